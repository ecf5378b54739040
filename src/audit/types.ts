/**
 * The audit's own records. A reader turns each stored message into a RawMessage; checking one
 * gives an Outcome; the report is built from Outcomes only. Everything here is plain data, since
 * it crosses worker threads and is written to the cache.
 */
import type { MailMessage } from '../engine/model';
import type { MessageData, Severity } from '../engine/types';

/** Where a message came from, for the reader to say and the report to show. */
export type MessageMeta = { date?: string; messageId?: string };

/** `notMail`: a calendar item, contact or task in an Outlook store: counted, not listed. */
export type ReadMail = { ok: true; message: MailMessage; meta: MessageMeta } | { ok: false; reason: Reason; notMail?: true };

/** A text id with its data; the main thread puts it into the report's language. */
export type Reason = { id: string; data?: MessageData };

export type RawMessage =
  /** Bytes the worker parses: MIME (.eml, an mbox entry) or an Outlook .msg. */
  | { source: string; format: 'mime' | 'msg'; bytes: Uint8Array; size: number; cacheKey: string }
  /** Read by the main thread already (.pst items come out of the reader as objects). */
  | { source: string; format: 'model'; mail: ReadMail; size: number; cacheKey: string }
  /** A reader could not even get the message out (a broken .pst item, an I/O error). */
  | { source: string; format: 'broken'; reason: Reason };

export type AuditedFinding = { ruleId: string; severity: Severity; message: string };

export type AuditedMessage = {
  source: string;
  /** ISO date from the message's own Date (or the client's submit time in .msg/.pst). */
  date?: string;
  sender: { address: string; name?: string };
  /** Masked: personal numbers keep their last three characters only. */
  subject: string;
  findings: AuditedFinding[];
  /** Rules that threw on this message (the engine's fault, reported, never fatal). */
  failedRules: string[];
};

export type Outcome =
  | { kind: 'audited'; message: AuditedMessage }
  | { kind: 'notFromOffice' }
  | { kind: 'notMail' }
  | { kind: 'outsideDates' }
  | { kind: 'unreadable'; reason: Reason };

/** What every check needs, the same for each message of a run (sent once to each worker). */
export type AuditSettings = {
  config: import('../engine/config').EngineConfig;
  lang: import('../engine/i18n').Lang;
  /** Lower-case domains of the office; subdomains count too. */
  officeDomains: string[];
  /** Local dates (Europe/Warsaw), inclusive: YYYY-MM-DD. */
  since?: string;
  until?: string;
};
