/**
 * The message model: the one plain object that both the Outlook adapter and the CLI build,
 * and the only thing the engine reads. Keep it serialisable (no functions, no Dates).
 */
/** `isList`: an Outlook distribution list (recipientType "distributionList"): it reaches many people. */
export type Address = { name?: string; address: string; isList?: boolean };

export type Attachment = { name: string; size: number; isInline: boolean };

export type ComposeType = 'new' | 'reply' | 'forward';

/** The clerk's own fields, stored in roamingSettings by the task pane or passed with `--user`. */
export type SenderProfile = {
  name?: string;
  position?: string;
  department?: string;
  phone?: string;
  email?: string;
  room?: string;
};

export type MailMessage = {
  from?: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  /** At least one of the two bodies is present; HTML wins when both are. */
  bodyHtml?: string;
  bodyText?: string;
  attachments: Attachment[];
  composeType: ComposeType;
  sender?: SenderProfile;
};

export type RecipientField = 'to' | 'cc' | 'bcc';

/** Builds a complete message from a partial one; tests and samples use it. */
export function createMessage(partial: Partial<MailMessage> = {}): MailMessage {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: '',
    attachments: [],
    composeType: 'new',
    ...partial,
  };
}
