/**
 * Fixes that write data the office already holds into the letter (issue 16, SPEC § 9): the
 * clerk's room, phone and name into a summons, the office's account into a fee request, and a
 * PESEL masked down to its last digits. Each is offered only where the data exists and the edit
 * is exactly placeable: an addition goes right after the sentence it completes (written as the
 * replacement of that sentence's last word and full stop, so a changed text is refused as stale),
 * and only when the rule would find what was missing in the added words. Otherwise no fix: the
 * finding explains, the clerk writes.
 */
import type { Fix } from '../types';
import type { ParsedBody, Sentence } from '../parse/body';
import { formatMessage, type Lang } from '../i18n';
import { maskIdentifier } from '../identifiers';

/** The pane's label for a data fix (`pane.fix.<label>`). */
export type DataFixLabel = 'addSummonsDetails' | 'addFeeAccount' | 'maskNumber';

/** The last word of a sentence and its full stop or exclamation mark, as one run of text. */
const LAST_WORD_AND_STOP = /^[\p{L}\p{N}]+[.!]$/u;

/** `addition` written after `sentence`, or undefined when the sentence does not end in a plain word and stop. */
export function appendAfterSentence(body: ParsedBody, sentence: Sentence, addition: string, label: DataFixLabel): Fix | undefined {
  const last = sentence.words[sentence.words.length - 1];
  if (!last || sentence.end > body.own.end) return undefined;
  const from = body.text.slice(last.start, sentence.end);
  if (!LAST_WORD_AND_STOP.test(from)) return undefined;
  return { kind: 'replaceText', field: 'body', start: last.start, end: sentence.end, from, to: `${from} ${addition}`, label };
}

export type SummonsDetailData = { room?: string; name?: string; phone?: string };

/**
 * The sentences that give the missing details from the clerk's profile ("Sprawę prowadzi Anna
 * Nowak. Zapraszam do pokoju nr 12. Telefon kontaktowy: 75 123 45 67."), or undefined when a
 * missing detail has no data.
 */
export function summonsDetailsText(lang: Lang, missing: readonly string[], data: SummonsDetailData): string | undefined {
  const parts: string[] = [];
  for (const detail of ['name', 'room', 'phone'] as const) {
    if (!missing.includes(detail)) continue;
    const value = data[detail]?.replace(/\s+/g, ' ').trim();
    if (!value) return undefined;
    parts.push(formatMessage(lang, `template.details.${detail}`, { [detail]: value }));
  }
  return parts.length > 0 && parts.length === missing.length ? parts.join(' ') : undefined;
}

/** "Opłatę można wpłacić na rachunek urzędu nr PL61 …." */
export function feeAccountText(lang: Lang, account: string): string {
  return formatMessage(lang, 'template.fee.account', { account: account.replace(/\s+/g, ' ').trim() });
}

/** Masks a number in the own text, when this is its one occurrence there (else one copy would stay). */
export function maskNumberFix(body: ParsedBody, start: number, end: number, value: string): Fix | undefined {
  if (end > body.own.end) return undefined;
  const from = body.text.slice(start, end);
  if (from !== value) return undefined;
  const first = body.ownText.indexOf(value);
  if (first !== start || body.ownText.indexOf(value, first + 1) >= 0) return undefined;
  return { kind: 'replaceText', field: 'body', start, end, from, to: maskIdentifier(value), label: 'maskNumber' };
}
