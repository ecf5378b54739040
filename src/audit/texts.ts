/**
 * The audit's texts (src/engine/i18n/{pl,en}/audit.ts), read only here: they are kept out of the
 * shared tables so that the task pane's bundle does not carry a report it never shows. Any other
 * id (severities, `check`'s reasons) comes from the command line's tables (cli-messages.ts).
 */
import { formatFrom, type Lang } from '../engine/i18n';
import { formatCliMessage } from '../engine/i18n/cli-messages';
import type { MessageData } from '../engine/types';
import { audit as en } from '../engine/i18n/en/audit';
import { audit as pl } from '../engine/i18n/pl/audit';

export const AUDIT_TEXTS = { pl, en } as const;

export function auditText(lang: Lang, id: string, data?: MessageData): string {
  return id in AUDIT_TEXTS.en ? formatFrom(AUDIT_TEXTS, lang, id, data) : formatCliMessage(lang, id, data);
}
