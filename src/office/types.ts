/**
 * The seam between the task pane / event handlers and Outlook. The Office implementation
 * (src/office/compose-adapter.ts) is the only code that calls Office.js; the preview drives
 * the very same implementation against an in-page mailbox that imitates Office.js.
 */
import type { MailMessage, SenderProfile } from '../engine/model';
import type { EngineConfig } from '../engine/config';
import type { Fix } from '../engine/types';
import type { Lang } from '../engine/i18n';

export type FixContext = { config: EngineConfig; profile: SenderProfile; lang: Lang };

/** Where a template or a sentence goes: at the cursor, or at the top of the own text (never into the quote). */
export type InsertPosition = 'cursor' | 'top';

export type ComposeAdapter = {
  /** The message as the engine sees it, read in one wave of parallel Office calls. */
  read(): Promise<MailMessage>;
  /** Applies one fix to the item. Rejects with an OfficeCallError; never loses body text. */
  applyFix(fix: Fix, context: FixContext): Promise<void>;
  /** Inserts plain text (templates, the deadline sentence) into the body. */
  insertText(text: string, where: InsertPosition): Promise<void>;
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
