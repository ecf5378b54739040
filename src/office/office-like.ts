/**
 * The part of Office.js's compose item that Etykieta uses, typed structurally so that the real
 * `Office.context.mailbox.item`, the preview's in-page mailbox and the test fakes all fit.
 * Status strings equal Office.AsyncResultStatus values, so no global Office is needed here.
 */
export type AsyncResultLike<T> = {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code?: number | string; name?: string; message: string };
};
export type Callback<T> = (result: AsyncResultLike<T>) => void;

/** `recipientType` as Office reports it: 'distributionList', 'user', 'externalUser', 'other'. */
export type EmailAddressLike = { displayName?: string; emailAddress: string; recipientType?: string };
export type AttachmentLike = { id?: string; name: string; size: number; isInline: boolean; attachmentType?: string };

export type RecipientsLike = {
  getAsync(callback: Callback<EmailAddressLike[]>): void;
  setAsync(recipients: Array<EmailAddressLike | string>, callback: Callback<void>): void;
  addAsync?(recipients: Array<EmailAddressLike | string>, callback: Callback<void>): void;
};

export type CoercionOptions = { coercionType: 'html' | 'text' };

export type BodyLike = {
  getAsync(coercionType: 'html' | 'text', callback: Callback<string>): void;
  setAsync(data: string, options: CoercionOptions, callback: Callback<void>): void;
  prependAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
  setSelectedDataAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
  setSignatureAsync?(data: string, options: CoercionOptions, callback: Callback<void>): void;
  getTypeAsync?(callback: Callback<string>): void;
};

/**
 * Data kept with this one item for this add-in (Mailbox 1.11), readable by the task pane and the
 * event handlers alike; values are strings. Office.js may throw synchronously where the feature
 * is off.
 */
export type SessionDataLike = {
  getAsync(name: string, callback: Callback<string>): void;
  setAsync(name: string, value: string, callback?: Callback<void>): void;
  removeAsync?(name: string, callback?: Callback<void>): void;
};

export type ComposeItemLike = {
  itemType?: string;
  subject: { getAsync(callback: Callback<string>): void; setAsync(subject: string, callback: Callback<void>): void };
  body: BodyLike;
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  from?: { getAsync(callback: Callback<EmailAddressLike>): void };
  getAttachmentsAsync?(callback: Callback<AttachmentLike[]>): void;
  getComposeTypeAsync?(callback: Callback<{ composeType: string; coercionType?: string }>): void;
  /** Mailbox 1.2: the selection in the body or subject; empty data is a bare caret. */
  getSelectedDataAsync?(coercionType: 'html' | 'text', callback: Callback<{ data: string; sourceProperty?: string }>): void;
  disableClientSignatureAsync?(callback: Callback<void>): void;
  addHandlerAsync?(eventType: string, handler: (event?: unknown) => void, callback?: Callback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: Callback<void>): void;
  sessionData?: SessionDataLike;
};

export type RoamingSettingsLike = {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(callback?: Callback<void>): void;
};

export type OfficeThemeLike = { bodyBackgroundColor?: string; bodyForegroundColor?: string };

export type MailboxLike = {
  item: ComposeItemLike | null | undefined;
  /** Mailbox-level events (OfficeThemeChanged, 1.14). */
  addHandlerAsync?(eventType: string, handler: (event?: { officeTheme?: OfficeThemeLike }) => void, callback?: Callback<void>): void;
  removeHandlerAsync?(eventType: string, callback?: Callback<void>): void;
  userProfile?: { displayName?: string; emailAddress?: string };
  diagnostics?: { hostName?: string; hostVersion?: string };
};
