import { countFindings, ruleTester } from '../support/rule-tester';
import { correspondence } from '../support/office-letters';
import { rule } from '../../src/engine/rules/plain-imperative';

const citizen = { name: 'Katarzyna Wójcik', address: 'k.wojcik@wp.pl' };
const clerk = { name: 'Marta Kaczmarek', address: 'm.kaczmarek@um.opole.example.pl' };
const sender = { name: 'Marta Kaczmarek', position: 'Referent', department: 'Wydział Spraw Obywatelskich' };
const SIGNATURE = '\n\nZ poważaniem\nMarta Kaczmarek\nReferent\nWydział Spraw Obywatelskich\ntel. 77 451 18 30';

const { letter, reply } = correspondence({
  clerk,
  citizen,
  sender,
  signature: SIGNATURE,
  letterSubject: 'Wniosek o dowód osobisty – braki',
  topic: 'Dowód osobisty',
  sent: 'czwartek, 19 listopada 2026 12:14',
});

/** The exact fix replacing the first occurrence of `from`. */
function fix(m: { bodyText: string }, from: string, to: string) {
  const start = m.bodyText.indexOf(from);
  return { kind: 'replaceText' as const, field: 'body' as const, start, end: start + from.length, from, to };
}

const send = letter('Szanowna Pani,\nprześlij skan aktu urodzenia do piątku.');
const come = letter('Szanowna Pani,\nwniosek jest niekompletny. Zgłoś się do pokoju 12 z aktualnym zdjęciem.');
const plural = letter('Szanowni Państwo,\nprześlijcie podpisane oświadczenia do 30 listopada.');
const clause = letter('Szanowna Pani,\nw razie pytań, zadzwoń pod numer 77 451 18 30.');
const negated = letter('Szanowna Pani,\nnie zapomnij zabrać starego dowodu osobistego.');
const pay = letter('Szanowny Panie,\nzapłać 17 zł opłaty skarbowej przelewem na rachunek urzędu.');
const two = letter('Szanowna Pani,\nwypełnij wniosek. Podpisz go i przynieś do urzędu.');
const noDiacritics = letter('Dzien dobry,\nuzupelnij prosze brakujace dane w formularzu.');
const verify = letter('Szanowna Pani,\nzweryfikuj dane adresowe w załączonym formularzu.');
const update = letter('Szanowni Państwo,\nzaktualizujcie numer telefonu w systemie rezerwacji.');
const explain = letter('Szanowny Panie,\nwyjaśnij, dlaczego wniosek wpłynął po terminie.');
const transfer = letter('Szanowna Pani,\nPrzekazuj dokumenty do pokoju 12 na bieżąco.');
const keep = letter('Szanowny Panie,\nprzechowuj potwierdzenie wpłaty przez rok.');
const updateOne = letter('Szanowna Pani,\nZaktualizuj adres w systemie.');
const contact = letter('Szanowna Pani,\nskontaktuj się z nami, jeśli termin nie pasuje.');

ruleTester(rule, {
  valid: [
    { name: '"Proszę" with the infinitive', message: letter('Szanowna Pani,\nproszę przesłać skan aktu urodzenia do piątku.') },
    { name: '"Prosimy" with the infinitive', message: letter('Szanowni Państwo,\nprosimy o przesłanie podpisanych oświadczeń do 30 listopada.') },
    { name: '"Uprzejmie proszę"', message: letter('Szanowna Pani,\nuprzejmie proszę zgłosić się do pokoju 12 z aktualnym zdjęciem.') },
    { name: '"Proszę, prześlij" is still a polite request', message: letter('Szanowna Pani,\nproszę, prześlij skan do piątku.') },
    { name: 'indicative, not imperative', message: letter('Szanowna Pani,\ndowód osobisty odbierze Pani w pokoju 12. Prześlemy SMS, gdy będzie gotowy.') },
    { name: 'the imperative form inside a clause, not opening it', message: letter('Szanowna Pani,\nzaświadczenie wyślemy, gdy tylko Pani je podpisze.') },
    { name: '"Odpowiedź" is a noun, even typed without Polish letters', message: letter('Szanowna Pani,\nOdpowiedz na Pani pismo wyślemy jutro.') },
    { name: 'a first-person plan', message: letter('Szanowna Pani,\nsprawdzę status wniosku i zadzwonię do Pani jutro.') },
    { name: 'imperatives only in the quoted message', message: reply('Szanowna Pani,\ndowód jest gotowy do odbioru.', 'Prześlij mi proszę informację, kiedy dowód będzie gotowy. Zadzwoń, jeśli coś.') },
    { name: 'quoted with "> " lines', message: { ...letter('Szanowna Pani,\ndziękujemy za wiadomość.'), bodyText: `Szanowna Pani,\ndziękujemy za wiadomość.${SIGNATURE}\n\nDnia 18.11.2026 o 10:00 Katarzyna Wójcik napisał(a):\n> Wyślij mi wzór wniosku.\n> Podaj godziny otwarcia.` } },
    { name: 'first-person verbs and adverbs with look-alike endings', message: letter('Szanowna Pani,\ninformuję, że dowód jest gotowy. Dziękuję za cierpliwość. Dzisiaj wysłaliśmy też zawiadomienie.') },
    { name: '"Proszę" before a verb known only by its ending', message: letter('Szanowny Panie,\nproszę, wyjaśnij opóźnienie. Uprzejmie proszę zweryfikować dane.') },
    { name: '"Bardzo prosimy"', message: letter('Szanowna Pani,\nbardzo prosimy o dostarczenie zdjęcia do 4 grudnia.') },
  ],
  invalid: [
    { name: 'prześlij', message: send, errors: [{ messageId: 'imperative', at: 'prześlij', data: { verb: 'prześlij', suggestion: 'proszę przesłać' }, fix: fix(send, 'prześlij', 'proszę przesłać') }] },
    { name: 'Zgłoś się at a sentence start keeps the capital', message: come, errors: [{ messageId: 'imperative', at: 'Zgłoś', fix: fix(come, 'Zgłoś', 'Proszę zgłosić') }] },
    { name: 'plural prześlijcie', message: plural, errors: [{ messageId: 'imperative', at: 'prześlijcie', fix: fix(plural, 'prześlijcie', 'proszę przesłać') }] },
    { name: 'after an opening clause', message: clause, errors: [{ messageId: 'imperative', at: 'zadzwoń', fix: fix(clause, 'zadzwoń', 'proszę zadzwonić') }] },
    { name: 'negated imperative', message: negated, errors: [{ messageId: 'imperative', at: 'nie zapomnij', fix: fix(negated, 'nie zapomnij', 'proszę nie zapomnieć') }] },
    { name: 'zapłać in a fee notice', message: pay, errors: [{ messageId: 'imperative', at: 'zapłać', fix: fix(pay, 'zapłać', 'proszę zapłacić') }] },
    {
      name: 'two sentences, the opening verb of each; "Podpisz go i przynieś": "Proszę podpisać go i przynieś" would mix the moods, so no fix',
      message: two,
      errors: [{ messageId: 'imperative', at: 'wypełnij', fix: fix(two, 'wypełnij', 'proszę wypełnić') }, { messageId: 'imperativeRewrite', at: 'Podpisz', fix: null }],
    },
    { name: '"-uj" of a verb in "-ywać" ("przekazuj" is "przekazywać"): no fix', message: transfer, errors: [{ messageId: 'imperativeRewrite', at: 'Przekazuj', fix: null }] },
    { name: '"-uj" of another "-ywać" verb ("przechowuj" is "przechowywać"): no fix', message: keep, errors: [{ messageId: 'imperativeRewrite', at: 'przechowuj', fix: null }] },
    { name: '"-izuj" makes only "-izować": "zaktualizuj" -> "proszę zaktualizować"', message: updateOne, errors: [{ messageId: 'imperative', fix: fix(updateOne, 'Zaktualizuj', 'Proszę zaktualizować') }] },
    { name: 'typed without Polish letters', message: noDiacritics, errors: [{ messageId: 'imperative', at: 'uzupelnij', fix: fix(noDiacritics, 'uzupelnij', 'proszę uzupełnić') }] },
    { name: 'a verb outside the table by its "-uj" ending', message: verify, errors: [{ messageId: 'imperative', at: 'zweryfikuj', fix: fix(verify, 'zweryfikuj', 'proszę zweryfikować') }] },
    { name: 'its plural "-ujcie"', message: update, errors: [{ messageId: 'imperative', at: 'zaktualizujcie', fix: fix(update, 'zaktualizujcie', 'proszę zaktualizować') }] },
    { name: '"-nij": an imperative whose infinitive the ending does not tell, so no fix', message: explain, errors: [{ messageId: 'imperativeRewrite', at: 'wyjaśnij', data: { verb: 'wyjaśnij' }, fix: null }] },
    { name: 'skontaktuj się', message: contact, errors: [{ messageId: 'imperative', at: 'skontaktuj', fix: fix(contact, 'skontaktuj', 'proszę skontaktować') }] },
    { name: 'reply: the own text only', message: reply('Szanowna Pani,\nodbierz dowód w pokoju 12.', 'Wyślij mi informację.'), errors: [{ messageId: 'imperative', at: 'odbierz' }] },
    {
      name: 'Outlook HTML reply',
      message: {
        from: clerk,
        to: [citizen],
        sender,
        composeType: 'reply' as const,
        subject: 'RE: Zdjęcie do dowodu',
        bodyHtml:
          '<html><body><p class="MsoNormal">Szanowna Pani,</p><p class="MsoNormal">Dostarcz zdjęcie zgodne z wymogami.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Katarzyna Wójcik<br><b>Temat:</b> Zdjęcie</div><p>Popraw mi proszę dane.</p></body></html>',
      },
      errors: [{ messageId: 'imperative', at: 'Dostarcz', data: { suggestion: 'Proszę dostarczyć' } }],
    },
  ],
});

test('plain-imperative on a 1 MB body of look-alikes reports the findings of every line', () => {
  const line = 'prześlij, zadzwoń, nie nie nie zapomnij, prosze, ' + 'a, '.repeat(50) + 'wyślij.\n';
  const lines = Math.ceil(1_000_000 / line.length);
  const count = (text: string) => countFindings(rule, text);
  expect(count(line)).toBeGreaterThan(0);
  expect(count(line.repeat(lines))).toBe(count(line) * lines);
});
