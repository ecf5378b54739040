/** Texts the pane derives from engine data: a fix's button label, a failure's explanation. */
import { OfficeCallError } from '../office/types';
import type { Fix } from '../engine/types';
import type { Translate } from './hooks/useLang';

export function fixLabel(t: Translate, fix: Fix): string {
  if (fix.kind === 'insertSignature' && fix.replace) return t('pane.fix.replaceSignature');
  if (fix.kind === 'replaceText') return t(fix.label ? `pane.fix.${fix.label}` : 'pane.fix.accept');
  return t(`pane.fix.${fix.kind}`);
}

/** Names the Outlook call that failed, so the clerk (or the helpdesk) knows what went wrong. */
export function describeError(t: Translate, error: unknown): string {
  if (error instanceof OfficeCallError) {
    const prefix = `${error.operation}: `;
    const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return t('pane.error.operation', { operation: error.operation, reason });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return t('pane.error.unknown', { reason });
}
