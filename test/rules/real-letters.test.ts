/**
 * Issue 20.4: the checks on letters offices really sent (test/fixtures/letters/, sources in its
 * README). A table of what each rule must and must not say on each letter, for the classes of
 * false alarm and miss seen in real writing: ordinary words and reference initials in capitals
 * (plain-acronym), jargon with a correct swap (plain-jargon), neutral mentions of units and
 * reference numbers (tone-difficult, sensitive-data), and long sentences full of legal citations
 * that must not be cut at "r.", "poz." or "nr" (plain-long-sentence, the parse's abbreviations).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import type { Finding } from '../../src/engine/types';

const letter = (file: string) => readFileSync(join(__dirname, '../fixtures/letters', file), 'utf8');

function findings(file: string): Finding[] {
  const message = createMessage({
    from: { name: 'Urząd', address: 'urzad@gmina.example.pl' },
    to: [{ name: 'Jan Kowalski', address: 'jan.kowalski@o2.pl' }],
    subject: 'Odpowiedź na wniosek o udostępnienie informacji publicznej',
    bodyText: letter(file),
  });
  return checkMessage(message, DEFAULT_CONFIG).findings;
}

/** The findings of the given rules, as "message id: data that names the finding". */
const of = (file: string, ruleIds: readonly string[]) =>
  findings(file)
    .filter((f) => ruleIds.includes(f.ruleId))
    .map((f) => `${f.messageId}${f.data?.acronym ? ` ${f.data.acronym}` : ''}${f.data?.phrase ? ` ${f.data.phrase}` : ''}${f.data?.count ? ` ${f.data.count}` : ''}`);

const MINE = ['plain-acronym', 'plain-jargon', 'tone-difficult', 'sensitive-data', 'greeting-mismatch'];

describe('real letters', () => {
  test.each([
    // "Odpowiedź: TAK / NIE" are words, "BRK.1431.1.2018.JP" ends with the clerk's initials.
    ['bytow-2018-foi-reply.txt', []],
    // "BiP" is the known BIP in mixed case; "Or.1431.2.2020" is a reference.
    ['skarbimierz-2020-foi-reply.txt', []],
    // "DZ. U." is the Journal of Laws in capitals; the quoted statute is no jargon of the clerk's.
    ['ustka-gops-2023-notice.txt', []],
    ['baranow-notice-anonymous.txt', []],
    ['siemianowice-2022-order.txt', []],
    // "Przedmiotowa uchwała" -> "Ta uchwała" (same case and gender); "…2014.IP" ends a reference.
    ['dolnoslaskie-2014-supervision.txt', ['plain-jargon/swap Przedmiotowa']],
  ])('%s: the rule-level classes', (file, expected) => {
    expect(of(file, MINE)).toEqual(expected);
  });

  test('the jargon swap on a real letter is correct Polish in its sentence', () => {
    const swap = findings('dolnoslaskie-2014-supervision.txt').find((f) => f.messageId === 'plain-jargon/swap');
    expect(swap?.fix).toMatchObject({ kind: 'replaceText', from: 'Przedmiotowa', to: 'Ta' });
  });

  test.each([
    // 48 words with "§ 8 ust. 1", "8 stycznia 2002 r." and "(Dz. U. 2002 nr 5, poz. 46)" inside: one sentence.
    ['baranow-notice-anonymous.txt', ['plain-long-sentence/tooLong 48']],
    // The quoted article of the KPA, "(DZ. U. z 2022 poz. 2000 ze zm.)" inside, is one sentence of 39 words.
    ['ustka-gops-2023-notice.txt', ['plain-long-sentence/tooLong 39']],
  ])('%s: sentences are not cut inside legal citations', (file, expected) => {
    expect(of(file, ['plain-long-sentence'])).toEqual(expected);
  });
});
