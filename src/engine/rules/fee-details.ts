/**
 * When the clerk asks the citizen to pay, the message says how much and how or where to pay
 * (000 § 8 ust. 2 pkt 6). A sentence that only says no fee is due, or that a payment arrived or
 * will be refunded, asks for nothing. Own text only: the citizen's question "ile wynosi opłata?"
 * in the quoted thread is theirs.
 */
import { defineRule, type Report } from '../types';
import type { Word } from '../parse/body';
import { compilePhrases, foldedSentenceWords, foldWord } from '../text/phrases';
import { CURRENCY_WORDS, NOT_A_REQUEST, PAYMENT_METHODS, PAYMENT_WORDS } from './data/fee-words';
import { appendAfterSentence, feeAccountText } from '../fixes/data-fixes';
import { textLanguage } from './data/language-hints';

const payment = compilePhrases(PAYMENT_WORDS.map((phrase) => ({ phrase, value: true })));
const notARequest = compilePhrases(NOT_A_REQUEST.map((phrase) => ({ phrase, value: true })));
const method = compilePhrases(PAYMENT_METHODS.map((phrase) => ({ phrase, value: true })));
const currency = new Set(CURRENCY_WORDS.map(foldWord));

/** A Polish account number (NRB, optionally with PL): 26 digits, spaced in groups or not. Bounded, so linear. */
const ACCOUNT = /(?:^|[^\p{L}\p{N}])(?:PL ?)?\d{2}(?:[ -]?\d{4}){6}(?![\p{N}])/iu;

/** A number next to a currency word: "17 zł", "17,00 PLN", "PLN 17", "50 gr". */
function hasAmount(words: readonly Word[], folded: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!currency.has(folded[i])) continue;
    if (words[i - 1]?.kind === 'number' || words[i + 1]?.kind === 'number') return true;
  }
  return false;
}

export const rule = defineRule({
  id: 'fee-details',
  meta: {
    category: 'content',
    severity: 'warning',
    standard: { doc: '000', line: 97, cite: '§ 8 ust. 2 pkt 6: informować o opłatach, w tym o sposobie i miejscu ich wnoszenia' },
    docs: {
      pl: 'Gdy prosisz o zapłatę, podaj kwotę oraz sposób i miejsce zapłaty (numer rachunku, kasa urzędu).',
      en: 'When you ask for a payment, give the amount and how and where to pay (bank account, cash desk).',
    },
    messages: ['amount', 'method'],
    fixable: true,
    defaultOptions: {},
  },
  check(_message, { body, policy }) {
    const folded = foldedSentenceWords(body.sentences, body.text);
    let request: Word | null = null;
    let sentence = -1;
    for (let s = 0; s < folded.length && !request; s++) {
      const asks = payment.find(folded[s]);
      if (asks.length > 0 && notARequest.find(folded[s]).length === 0) {
        request = body.sentences[s].words[asks[0].first];
        sentence = s;
      }
    }
    if (!request) return [];

    const amountGiven = body.sentences.some((sentence, s) => hasAmount(sentence.words, folded[s]));
    const methodGiven = folded.some((words) => method.find(words).length > 0) || ACCOUNT.test(body.ownText);
    const reports: Report[] = [];
    const location = { field: 'body' as const, start: request.start, end: request.end };
    const data = { word: request.text };
    if (!amountGiven) reports.push({ messageId: 'fee-details/amount', data, location });
    if (!methodGiven) {
      // The office's own account from the policy, after the request (fixes/data-fixes.ts).
      const account = policy.organization.accounts.find((a) => ACCOUNT.test(` ${a} `));
      const addition = account ? feeAccountText(textLanguage(body.words), account) : undefined;
      const fix = addition && ACCOUNT.test(addition) ? appendAfterSentence(body, body.sentences[sentence], addition, 'addFeeAccount') : undefined;
      reports.push({ messageId: 'fee-details/method', data, location, ...(fix ? { fix } : {}) });
    }
    return reports;
  },
});
