/**
 * The closing fits an office writing to a citizen (002 line 121: "odpowiednim do sytuacji i
 * osoby adresata"): not "Pozdro" or "Cheers". "Pozdrawiam" is semi-formal and accepted; a policy
 * may ask for an info-level hint on it with `semiformal: "info"`.
 */
import { defineRule, type Report } from '../types';
import { findClosings } from './data/closing-lines';
import { textLanguage } from './data/language-hints';

export type ClosingInformalOptions = { semiformal: 'off' | 'info' };

export const rule = defineRule<ClosingInformalOptions>({
  id: 'closing-informal',
  meta: {
    category: 'courtesy',
    severity: 'warning',
    standard: { doc: '002', line: 121, cite: 'Wytyczne dla korespondencji e-mail: zwrot grzecznościowy odpowiedni do sytuacji i osoby adresata' },
    docs: {
      pl: 'Zwrot na pożegnanie nie jest potoczny („Pozdro”, „Pa”, „Cheers”); opcja `semiformal: "info"` podpowiada też przy „Pozdrawiam”.',
      en: 'The closing is not casual (“Pozdro”, “Pa”, “Cheers”); option `semiformal: "info"` also hints at “Pozdrawiam”.',
    },
    messages: ['informal', 'semiformal'],
    fixable: true,
    defaultOptions: { semiformal: 'off' },
  },
  check(_message, { body, options }) {
    const reports: Report[] = [];
    const closings = findClosings(body);
    if (closings.length === 0) return reports;
    const suggestion = textLanguage(body.words) === 'en' ? 'Kind regards' : 'Z poważaniem';
    for (const c of closings) {
      const from = body.text.slice(c.start, c.end);
      if (c.entry.level === 'informal') {
        reports.push({
          messageId: 'closing-informal/informal',
          data: { closing: from, suggestion },
          location: { field: 'body', start: c.start, end: c.end },
          fix: { kind: 'replaceText', field: 'body', start: c.start, end: c.end, from, to: suggestion },
        });
      } else if (c.entry.level === 'semiformal' && options.semiformal === 'info') {
        reports.push({
          messageId: 'closing-informal/semiformal',
          severity: 'info',
          data: { closing: from, suggestion },
          location: { field: 'body', start: c.start, end: c.end },
          fix: { kind: 'replaceText', field: 'body', start: c.start, end: c.end, from, to: suggestion },
        });
      }
    }
    // findClosings walks from the end; report in reading order.
    return reports.reverse();
  },
});
