/**
 * The seam between the task pane / event handlers and Outlook. The Office implementation
 * (src/office/compose-adapter.ts) is the only code that calls Office.js; the preview drives
 * the very same implementation against an in-page mailbox that imitates Office.js.
 */
import type { Address, MailMessage, SenderProfile } from '../engine/model';
import type { EngineConfig } from '../engine/config';
import type { Fix } from '../engine/types';
import type { Lang } from '../engine/i18n';
import type { TemplateText } from '../engine/templates';

export type FixContext = { config: EngineConfig; profile: SenderProfile; lang: Lang };

/** Where an inserted sentence went: at the clerk's caret in the own text, or at the end of the own text. */
export type SentencePlace = 'caret' | 'end';

/** The message exactly as Outlook holds it, to undo "fix all" (body in its own format, subject, recipients). */
export type MessageSnapshot = {
  format: 'html' | 'text';
  body: string;
  subject: string;
  to: Address[];
  cc: Address[];
  bcc: Address[];
};

export type ComposeAdapter = {
  /** The message as the engine sees it, read in one wave of parallel Office calls. */
  read(): Promise<MailMessage>;
  /** Applies one fix to the item. Rejects with an OfficeCallError; never loses body text. */
  applyFix(fix: Fix, context: FixContext): Promise<void>;
  /**
   * Inserts a template built for the message as it is now (its recipients decide the greeting):
   * its body below the letter's greeting, replacing an earlier copy, its greeting and closing
   * only where the letter has none. Never into the signature or the quoted thread.
   */
  insertTemplate(build: (message: MailMessage) => TemplateText): Promise<void>;
  /** Inserts a sentence at the caret when it is in the own text, else at the end of the own text. */
  insertSentence(text: string): Promise<SentencePlace>;
  /** The message as it is now, to restore it later. */
  snapshot(): Promise<MessageSnapshot>;
  /**
   * Writes a snapshot back. With `expected`, refuses (OfficeCallError code 'changed') when the
   * message is no longer exactly `expected`, so an undo never wipes out what the clerk wrote since.
   */
  restore(snapshot: MessageSnapshot, expected?: MessageSnapshot): Promise<void>;
  /**
   * The findings the clerk ignored in this message (ids of engine/ignore.ts), kept with the item
   * (Office's sessionData, Mailbox 1.11) so that the send check leaves them out too. Never
   * rejects: none kept, or unreadable, is [].
   */
  loadIgnored(): Promise<string[]>;
  /** Keeps the ignored ids with the item; rejects (OfficeCallError) where they cannot be kept. */
  saveIgnored(ids: readonly string[]): Promise<void>;
  /** Whether this Outlook keeps session data, so the send check can know what the pane ignored. */
  ignoresReachSend(): boolean;
  loadProfile(): Promise<SenderProfile>;
  saveProfile(profile: SenderProfile): Promise<void>;
  /** Calls back (debounced by the caller) when recipients, attachments or the body may have changed. Returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
  /** Office's displayLanguage, e.g. "pl-PL". */
  displayLanguage(): string;
  /** Office theme colours when the host gives them (follows light/dark). */
  theme(): { bodyBackgroundColor?: string; bodyForegroundColor?: string } | undefined;
  /**
   * Calls back with the new colours when the clerk changes Office's theme while the pane is open
   * (Office.EventType.OfficeThemeChanged, Mailbox 1.14; nothing happens where it is missing).
   * Returns an unsubscribe.
   */
  onThemeChange?(listener: (theme: { bodyBackgroundColor?: string; bodyForegroundColor?: string }) => void): () => void;
};

/** A failed Office call, with the operation named so the pane can say what happened. */
export class OfficeCallError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string | number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeCallError';
  }
}
