/**
 * A sentence, or a clause after a comma, that opens with a second-person imperative ("Prześlij
 * skan umowy", "W razie pytań, zadzwoń…"): the standard asks to avoid the imperative mood
 * (002 line 125). Sentences opening with "Proszę" / "Prosimy" / "Uprzejmie proszę" are the polite
 * form and never fire. The fix suggests "Proszę" with the infinitive from data/imperatives.ts;
 * the clerk accepts it or rewrites the sentence. Verbs outside the table are recognised by a few
 * safe endings ("zweryfikuj", "wyjaśnij"; IMPERATIVE_ENDINGS), with a fix only where the
 * infinitive follows from the ending. Nor is there a fix when another imperative follows in the
 * same clause ("Podpisz go i przynieś do urzędu"): "Proszę podpisać go i przynieś" mixes the
 * moods, so the clerk rewrites the clause (contract § 9: automatic text only where it is right).
 */
import { defineRule, type Report } from '../types';
import { compilePhrases, foldedSentenceWords, foldWord } from '../text/phrases';
import { IMPERATIVE_ENDINGS, IMPERATIVES, POLITE_OPENINGS, type Imperative } from './data/imperatives';
import { matchCase } from './plain-jargon';

const BY_FORM: ReadonlyMap<string, Imperative> = new Map(
  IMPERATIVES.flatMap((entry) => {
    const singular = foldWord(entry.imperative);
    return [
      [singular, entry],
      [`${singular}cie`, entry],
    ] as const;
  }),
);
const polite = compilePhrases(POLITE_OPENINGS.map((phrase) => ({ phrase, value: true })));
/** The plural imperative is the singular + "cie": "prześlijcie", "zweryfikujcie". */
const PLURAL = 'cie';

/**
 * A verb outside the table by its ending: the infinitive (in the spelling the clerk typed) where
 * it follows from the ending, '' where it does not, or undefined when the word is no imperative.
 */
function byEnding(original: string, folded: string): string | undefined {
  const plural = folded.endsWith(PLURAL) && folded.length > PLURAL.length;
  const singular = plural ? folded.slice(0, -PLURAL.length) : folded;
  if (!/^[a-z]+$/.test(singular) || original.length !== folded.length) return undefined;
  for (const { ending, minLetters, infinitiveEnding } of IMPERATIVE_ENDINGS) {
    if (!singular.endsWith(ending) || singular.length < minLetters) continue;
    if (infinitiveEnding === undefined) return '';
    const stem = original.slice(0, singular.length - ending.length);
    return `${stem.toLocaleLowerCase('pl')}${infinitiveEnding}`;
  }
  return undefined;
}

/** Punctuation that opens a new clause inside a sentence. */
const CLAUSE_BREAK = /[,;:–—]/;

export const rule = defineRule({
  id: 'plain-imperative',
  meta: {
    category: 'plain',
    severity: 'info',
    standard: { doc: '002', line: 125, cite: 'Wytyczne dla korespondencji e-mail: unikaj trybu rozkazującego' },
    docs: {
      pl: 'Nie zaczynaj zdań od trybu rozkazującego („Prześlij”, „Uzupełnij”, „Zgłoś się”). Napisz grzecznie: „Proszę przesłać”, „Proszę uzupełnić”.',
      en: 'Do not open sentences with the imperative (“Prześlij”, “Uzupełnij”, “Zgłoś się”). Ask politely: “Proszę przesłać”, “Proszę uzupełnić”.',
    },
    messages: ['imperative', 'imperativeRewrite'],
    fixable: true,
    defaultOptions: {},
  },
  check(_message, { body }) {
    const reports: Report[] = [];
    const folded = foldedSentenceWords(body.sentences, body.text);
    body.sentences.forEach((sentence, s) => {
      const words = sentence.words;
      const first = words.findIndex((w) => w.kind === 'word');
      if (first < 0) return;
      const imperativeAt = (i: number) => (words[i].kind === 'word' ? (BY_FORM.get(folded[s][i])?.infinitive ?? byEnding(words[i].text, folded[s][i])) : undefined);
      const clauseBreakBefore = (i: number) => CLAUSE_BREAK.test(body.text.slice(words[i - 1].end, words[i].start));
      /** Another imperative later in the clause, coordinated with this one ("… i przynieś"). */
      const anotherInClause = (verbAt: number) => {
        for (let i = verbAt + 1; i < words.length && !clauseBreakBefore(i); i++) if (imperativeAt(i) !== undefined) return true;
        return false;
      };
      const opening = polite.find(folded[s].slice(first, first + 2));
      if (opening.length > 0 && opening[0].first === 0) return;
      for (let k = first; k < words.length; k++) {
        if (k > first && !clauseBreakBefore(k)) continue;
        const negated = folded[s][k] === 'nie';
        const verbAt = negated ? k + 1 : k;
        if (verbAt >= words.length || words[verbAt].kind !== 'word') continue;
        const infinitive = imperativeAt(verbAt);
        if (infinitive === undefined) continue;
        const start = words[k].start;
        const end = words[verbAt].end;
        const verb = body.text.slice(start, end);
        if (infinitive === '' || anotherInClause(verbAt)) {
          reports.push({ messageId: 'plain-imperative/imperativeRewrite', data: { verb }, location: { field: 'body', start, end } });
          continue;
        }
        const suggestion = matchCase(verb, `proszę ${negated ? 'nie ' : ''}${infinitive}`);
        reports.push({
          messageId: 'plain-imperative/imperative',
          data: { verb, suggestion },
          location: { field: 'body', start, end },
          fix: { kind: 'replaceText', field: 'body', start, end, from: verb, to: suggestion },
        });
      }
    });
    return reports;
  },
});
