/**
 * Issue 14.3 / contract § 9: accepting every suggestion of the plain family (plain-jargon,
 * plain-imperative, greeting-informal, closing-informal) on a generated letter keeps what every
 * other rule reads (the promised attachment, the fee, the summons, the greeting and the closing),
 * and never writes one of the ungrammatical results that context-blind swaps used to produce.
 * Letters are built from sentences offices write, each piece of jargon both where a swap is right
 * and where it would break the sentence.
 */
import fc from 'fast-check';
import { checkMessage } from '../../src/engine/runner';
import { allRules } from '../../src/engine/rules';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { createMessage, type MailMessage } from '../../src/engine/model';
import { applyTextFixes } from '../support/apply-text-fixes';

const FIXED = new Set(['plain-jargon', 'plain-imperative', 'greeting-informal', 'closing-informal']);
/** Rules whose reading may change with the wording itself (sentence length, word count). */
const WORDING = (id: string) => id.startsWith('plain-');

const GREETINGS = ['Szanowna Pani,', 'Witam,', 'Witam', 'Witam i dziękuję za wiadomość.', 'Witam serdecznie i przesyłam odpowiedź.', 'Dzień dobry,', 'Hej,'];
const SENTENCES = [
  'W załączeniu przesyłam decyzję w Pani sprawie.',
  'Przesyłam w załączeniu zaświadczenie o niezaleganiu.',
  'W załączeniu znajduje się wzór wniosku.',
  'Celem odbioru dokumentów należy uiścić opłatę w dniu dzisiejszym.',
  'Proszę uiścić opłatę skarbową w wysokości 17 zł przelewem na rachunek urzędu.',
  'Proszę dokonać wpłaty kwoty 50 zł na rachunek 12 1020 3668 0000 5502 0012 3456.',
  'Proszę dokonać wpłaty na rachunek urzędu.',
  'Proszę dokonać zmiany danych w deklaracji.',
  'W związku z powyższym informuję, że wniosek jest kompletny.',
  'W związku z powyższym pismem wyjaśniam, że termin minął.',
  'Mając na uwadze powyższe okoliczności, wniosek oddalono.',
  'Zwracam się z prośbą o przesłanie skanu umowy.',
  'Zwracam się z prośbą do Pani o przesłanie skanu umowy.',
  'Wnioskodawca winien złożyć oświadczenie.',
  'Kontrahent jest nam winien 50 zł.',
  'Wniosek można złożyć osobiście bądź przez pełnomocnika.',
  'Podstawa: ustawa (tj. Dz.U. z 2023 r. poz. 70).',
  'Przedmiotową decyzję wydano 3 marca.',
  'Zgodnie z przedmiotową decyzją opłata wynosi 17 zł.',
  'Niniejsza decyzja jest ostateczna.',
  'Niniejszym wzywam Panią do osobistego stawiennictwa w pokoju 12.',
  'Tutejszy organ rozpatrzył wniosek.',
  'Stosownie do przepisów ustawy opłata wynosi 17 zł.',
  'Udzielamy informacji wszelkiego rodzaju.',
  'Wniosek bez podpisu zostanie pozostawiony bez rozpoznania.',
  'Prześlij skan umowy.',
  'Podpisz wniosek i przynieś go do urzędu.',
  'Przekazuj dokumenty na bieżąco.',
  'Zweryfikuj dane adresowe.',
  'Nie zapomnij zabrać dowodu osobistego.',
  'Sprawę prowadzi Ewa Mazur, pokój 12, tel. 77 461 10 22, w godzinach 8:00–15:00.',
];
const CLOSINGS = ['Z poważaniem', 'Pozdrawiam', 'Pozdro', 'Pa', 'Z poważaniem,'];
const SIGNATURE = 'Ewa Mazur\nInspektor\nReferat Podatków i Opłat\nUrząd Gminy Kolonowskie\nul. Wolności 2, 47-110 Kolonowskie\ntel. 77 461 10 22';

/** Results of context-blind swaps (issue 14.3 and the review of data/jargon.ts), lower case. */
const UNGRAMMATICAL = [
  'aby odebrać dokumentów',
  'zapłacić skarbową',
  'wpłacić kwoty',
  'zmienić danych',
  'dlatego pismem',
  'dlatego okoliczności',
  'proszę do pani',
  'jest nam powinien',
  'lub to',
  'czyli dz',
  'ta decyzją',
  'tę decyzją',
  'zgodnie z przepisów',
  'wszystkiego rodzaju',
  'szanowna pani i',
  'szanowna pani serdecznie',
  'proszę podpisać wniosek i przynieś',
  'proszę przekazować',
];

const letter = fc.record({
  greeting: fc.constantFrom(...GREETINGS),
  sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }),
  closing: fc.constantFrom(...CLOSINGS),
  attached: fc.boolean(),
});

function message(l: { greeting: string; sentences: string[]; closing: string; attached: boolean }, bodyText?: string): MailMessage {
  return createMessage({
    from: { name: 'Ewa Mazur', address: 'e.mazur@ug.kolonowskie.pl' },
    to: [{ name: 'Kowalska Anna', address: 'anna.kowalska@onet.pl' }],
    subject: 'Podatek od nieruchomości – FN.3120.4.2026',
    bodyText: bodyText ?? `${l.greeting}\n${l.sentences.join(' ')}\n\n${l.closing}\n${SIGNATURE}`,
    attachments: l.attached ? [{ name: 'decyzja.pdf', size: 40_000, isInline: false }] : [],
  });
}

/** What the rules outside the plain family say: rule and message ids, sorted. */
const readings = (findings: ReadonlyArray<{ ruleId: string; messageId: string }>) =>
  findings
    .filter((f) => !FIXED.has(f.ruleId) && !WORDING(f.ruleId))
    .map((f) => f.messageId)
    .sort();

describe('accepting every plain-language suggestion', () => {
  test('keeps every other rule\'s reading and writes no ungrammatical pattern', () => {
    fc.assert(
      fc.property(letter, (l) => {
        const before = checkMessage(message(l), DEFAULT_CONFIG, allRules);
        const text = applyTextFixes(
          before.body.text,
          before.findings.filter((f) => FIXED.has(f.ruleId)),
        );
        const after = checkMessage(message(l, text), DEFAULT_CONFIG, allRules);
        expect(readings(after.findings)).toEqual(readings(before.findings));
        const lower = text.toLocaleLowerCase('pl');
        expect(UNGRAMMATICAL.filter((bad) => lower.includes(bad))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('the letters do hold what the property guards: a promised file, a fee, a summons, every bad pattern\'s source', () => {
    const all = { greeting: 'Witam i dziękuję za wiadomość.', sentences: SENTENCES, closing: 'Pozdro', attached: false };
    const ids = checkMessage(message(all), DEFAULT_CONFIG, allRules).findings.map((f) => f.messageId);
    expect(ids).toEqual(expect.arrayContaining(['attachment-missing/missing', 'plain-jargon/swap', 'plain-jargon/rewrite', 'plain-imperative/imperative', 'greeting-informal/informal', 'closing-informal/informal']));
  });
});
