import type { MailMessage, RecipientField, Address } from './model';
import type { ParsedBody } from './parse/body';
import type { EngineConfig } from './config';
import type { FirstNameTable } from './greeting/first-name-table';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Category = 'subject' | 'courtesy' | 'signature' | 'recipients' | 'privacy' | 'attachments' | 'plain' | 'tone' | 'content';

/** Which standard and which line of it a rule enforces (files in shared/standards/). */
export type StandardRef = {
  /** '000' Kamienna Góra (Zarządzenie 39/2021), '002' Kędzierzyn-Koźle (Zarządzenie 20/2023). */
  doc: '000' | '002';
  /** Line number in the full text of the standard. */
  line: number;
  /** Human citation, e.g. "§ 8 ust. 2 pkt 5" or "Wytyczne dla korespondencji e-mail, pkt 5". */
  cite: string;
};

export type Location =
  | { field: 'subject'; start: number; end: number }
  | { field: 'body'; start: number; end: number }
  | { field: RecipientField; address: string };

/**
 * A fix is data. Whole-block fixes may be applied with one click ("Fix all safe");
 * replaceText is a suggestion the user accepts one by one. Every kind is one Office.js can
 * perform (contract § 9: no button that does nothing): nothing can move the focus into the subject.
 */
export type Fix =
  | { kind: 'insertSignature'; variant: 'full' | 'short'; replace: boolean }
  | { kind: 'insertGreeting'; text: string }
  | { kind: 'insertClosing'; text: string }
  /** `toWhenEmpty`: who goes into To when every visible recipient moved (policy option, contract § 2). */
  | { kind: 'moveToBcc'; addresses: string[]; toWhenEmpty?: Address }
  /** `label`: the pane's button for a fix that writes data rather than a suggestion (fixes/data-fixes.ts). */
  | { kind: 'replaceText'; field: 'body' | 'subject'; start: number; end: number; from: string; to: string; label?: 'addSummonsDetails' | 'addFeeAccount' | 'maskNumber' }
  | { kind: 'setSubject'; text: string };

export type MessageData = Record<string, string | number>;

export type Finding = {
  ruleId: string;
  severity: Severity;
  /** Key into i18n: `<ruleId>/<messageId>`. */
  messageId: string;
  data?: MessageData;
  location?: Location;
  fix?: Fix;
};

/**
 * What a rule returns; the runner adds ruleId and the configured severity. A rule may lower
 * (never raise) the severity of one finding, e.g. a semi-formal closing is only an `info` hint.
 */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export type RuleMeta<O> = {
  category: Category;
  severity: SeveritySetting;
  standard: StandardRef;
  docs: { pl: string; en: string };
  /** The message ids this rule may report (without the rule prefix). */
  messages: readonly string[];
  fixable?: boolean;
  defaultOptions: O;
};

export type RuleContext<O> = {
  body: ParsedBody;
  options: O;
  policy: EngineConfig;
  /** True when the address is outside the sender's domain and the policy's internal domains. */
  isExternal: (address: string) => boolean;
  /** All recipients of the message (To, Cc, Bcc) with their field. */
  recipients: ReadonlyArray<Address & { field: RecipientField }>;
  /** The first-name table in force: the policy's `firstNames`, else the compact one. */
  firstNames: FirstNameTable;
};

export type Rule<O = Record<string, never>> = {
  id: string;
  meta: RuleMeta<O>;
  check: (message: MailMessage, context: RuleContext<O>) => Report[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Identity helper that keeps a rule's option type inferred. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
