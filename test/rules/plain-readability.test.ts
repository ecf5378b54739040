import { ruleTester, runRule } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/plain-readability';
import { citizen, clerk, sender, taxHtmlReply, taxReply } from '../support/tax-office-reply';
import { formatFinding } from '../../src/engine/i18n';

const reply = (own: string, quoted = 'Dzień dobry,\nile wynosi podatek od garażu i kiedy trzeba go zapłacić?\nTomasz Wójcik') => taxReply(own, quoted, 'Podatek od garażu');
const htmlReply = taxHtmlReply;

// Plain answers. FOG-PL of the reply's own text, with the closing „Z poważaniem”: 4.5 to 7.3.
const PLAIN_REPLY =
  'Szanowna Pani,\ndziękuję za wniosek. Decyzja jest gotowa. Może ją Pani odebrać w pokoju 12 na parterze. Urząd jest otwarty od poniedziałku do piątku, od 7.30 do 15.30. Proszę zabrać dowód osobisty. Opłata wynosi 17 zł. Można ją wpłacić w kasie albo przelewem. W razie pytań proszę dzwonić.';
const SUMMONS_PLAIN =
  'Szanowny Panie,\nzapraszam Pana do urzędu w sprawie podatku od garażu. Termin: 2 grudnia 2026 r., godz. 10.00. Miejsce: pokój 14, parter. Sprawę prowadzi Ewa Mazur, tel. 75 645 51 20. Jeśli termin Panu nie pasuje, proszę zadzwonić. Ustalimy inny dzień. Proszę zabrać umowę kupna garażu i dowód osobisty.';
const FEE_PLAIN =
  'Szanowny Panie,\nopłata za wydanie zaświadczenia wynosi 17 zł. Można ją zapłacić w kasie urzędu, pokój 3. Kasa jest czynna od 8.00 do 14.00. Można też zrobić przelew na konto 12 1020 3668 0000 5002 0123 4567. W tytule proszę wpisać: opłata skarbowa, zaświadczenie. Potwierdzenie proszę dołączyć do wniosku. Dziękuję i pozdrawiam.';
const TAX_MEDIUM =
  'Szanowny Panie,\nodpowiadając na Pana pytanie, informuję, że podatek od garażu za 2026 rok wynosi 96 zł. Decyzję w tej sprawie wyślemy pocztą w przyszłym tygodniu. Podatek można zapłacić w czterech ratach, do 15 marca, 15 maja, 15 września i 15 listopada. Jeżeli ma Pan trudności z zapłatą, może Pan złożyć wniosek o rozłożenie na raty.';
const TAX_HARDER =
  'Szanowny Panie,\nodpowiadając na Pana pytanie, informuję, że podatek od garażu za 2026 rok wynosi 96 zł, a decyzję w tej sprawie wyślemy pocztą w przyszłym tygodniu. Podatek można zapłacić w czterech ratach, do 15 marca, 15 maja, 15 września i 15 listopada. Jeżeli ma Pan trudności z zapłatą, może Pan złożyć wniosek o rozłożenie zaległości na raty albo ewentualnie o odroczenie terminu płatności.';
// Office jargon: 14.4 to 25.1.
const DECISION_HARD =
  'Szanowna Pani,\nuprzejmie informuję, iż w związku z przeprowadzonym postępowaniem administracyjnym w przedmiocie ustalenia warunków zabudowy dla inwestycji polegającej na rozbudowie budynku mieszkalnego jednorodzinnego organ, po przeanalizowaniu zgromadzonej dokumentacji, stwierdził konieczność uzupełnienia wniosku o dodatkowe opracowania kartograficzne. Jednocześnie informuję, że nieuzupełnienie wskazanych braków formalnych w wyznaczonym terminie skutkować będzie pozostawieniem wniosku bez rozpoznania, zgodnie z obowiązującymi przepisami postępowania administracyjnego.';
const HARD_SHORT =
  'Szanowna Pani,\nuprzejmie informuję, iż w związku z przeprowadzonym postępowaniem administracyjnym organ stwierdził konieczność uzupełnienia dokumentacji.';
const SUMMONS_HARD =
  'Szanowny Panie,\nna podstawie art. 50 § 1 Kodeksu postępowania administracyjnego wzywam Pana do osobistego stawiennictwa w charakterze strony w celu złożenia wyjaśnień dotyczących nieprawidłowości stwierdzonych w deklaracji na podatek od nieruchomości. Niestawiennictwo bez usprawiedliwienia może skutkować nałożeniem kary porządkowej przewidzianej w przepisach Kodeksu postępowania administracyjnego.';
const FEE_HARD =
  'Szanowny Panie,\nuprzejmie informuję, że uiszczenie należnej opłaty skarbowej z tytułu wydania zaświadczenia winno nastąpić bezgotówkowo na rachunek bankowy organu podatkowego właściwego miejscowo, przy czym dowód dokonania zapłaty opłaty skarbowej stanowi załącznik do wniosku. Nieuiszczenie opłaty skarbowej skutkuje pozostawieniem wniosku bez rozpatrzenia.';
const COMPLAINT_HARD =
  'Szanowny Panie,\nw odpowiedzi na skargę dotyczącą przewlekłości postępowania administracyjnego w przedmiocie wymiaru podatku od nieruchomości uprzejmie informuję, iż przeprowadzone postępowanie wyjaśniające nie potwierdziło zarzutów przedstawionych w skardze, albowiem wszystkie czynności procesowe dokonywane były z zachowaniem ustawowych terminów przewidzianych w przepisach Ordynacji podatkowej.';
// Simple words in one endless sentence: 12.5.
const LONG_SIMPLE =
  'Szanowny Panie,\nw odpowiedzi na Pana list z 10 listopada piszę, że sprawdziłam w naszym systemie wszystkie wpłaty za garaż z tego roku i widzę, że jedna rata z maja nie wpłynęła na konto, dlatego przyszło do Pana upomnienie, ale jeśli ma Pan dowód wpłaty, to proszę go przesłać, a sprawę szybko wyjaśnimy i upomnienie anulujemy.';
// 38 words; with the closing „Z poważaniem” the own text has exactly 40.
const FORTY_HARD =
  'Szanowny Panie,\nuprzejmie informuję, iż w związku z przeprowadzonym postępowaniem administracyjnym organ stwierdził konieczność uzupełnienia dokumentacji. Nieuzupełnienie dokumentacji w wyznaczonym terminie skutkować będzie pozostawieniem wniosku bez rozpoznania, zgodnie z obowiązującymi przepisami Kodeksu postępowania administracyjnego oraz właściwych rozporządzeń wykonawczych.';

const paragraphs = (text: string) => text.split(/\n|(?<=\.) /);

ruleTester(rule, {
  valid: [
    { name: 'a plain answer about a decision (FOG-PL 4.5)', message: reply(PLAIN_REPLY) },
    { name: 'a plain summons with room, name, phone and hour', message: reply(SUMMONS_PLAIN) },
    { name: 'plain fee information with an account number', message: reply(FEE_PLAIN) },
    { name: 'a tax answer of medium difficulty (7.3)', message: reply(TAX_MEDIUM) },
    { name: 'a hard text under 40 words is not scored (18.0, 18 words)', message: reply(HARD_SHORT) },
    { name: 'the hard text is only in the quoted thread', message: reply(PLAIN_REPLY, DECISION_HARD) },
    { name: 'Outlook HTML reply, the hard text only below divRplyFwdMsg', message: htmlReply(paragraphs(PLAIN_REPLY), paragraphs(COMPLAINT_HARD)) },
    { name: 'the confidentiality notice in the signature is not scored', message: reply(FEE_PLAIN) },
    { name: 'option max 30 allows a hard decision (25.1)', message: reply(DECISION_HARD), options: { max: 30 } },
    { name: 'option max 10 allows 9.5', message: reply(TAX_HARDER.replace(' albo ewentualnie', ' albo')), options: { max: 10 } },
    { name: 'an empty reply above the quote', message: reply('', DECISION_HARD) },
    { name: '39 words is not scored', message: reply(FORTY_HARD.replace(' właściwych', '')) },
  ],
  invalid: [
    {
      name: 'a decision letter in office jargon',
      message: reply(DECISION_HARD),
      errors: [{ messageId: 'tooHard', data: { score: 25.1, max: 12, band: 'very-hard', words: 61, sentences: 4, hardWords: 29 }, fix: null }],
    },
    {
      name: 'the same decision as Outlook HTML, with a plain quote',
      message: htmlReply(paragraphs(DECISION_HARD), paragraphs(PLAIN_REPLY)),
      errors: [{ messageId: 'tooHard', data: { band: 'very-hard' } }],
    },
    {
      name: 'a summons quoting the Code of Administrative Procedure',
      message: reply(SUMMONS_HARD),
      errors: [{ messageId: 'tooHard', data: { score: 19.6, band: 'very-hard', words: 45, sentences: 4, hardWords: 17 } }],
    },
    {
      name: 'fee information in office jargon',
      message: reply(FEE_HARD),
      errors: [{ messageId: 'tooHard', data: { score: 14.4, band: 'very-hard' } }],
    },
    {
      name: 'a reply to a complaint, new message',
      message: { from: clerk, to: [citizen], sender, subject: 'Odpowiedź na skargę', bodyText: `${COMPLAINT_HARD}\n\nZ poważaniem\nEwa Mazur\nReferent\nWydział Finansowy\ntel. 75 645 51 20` },
      errors: [{ messageId: 'tooHard', data: { score: 23.8, words: 45, sentences: 3, hardWords: 20 } }],
    },
    {
      name: 'simple words in one endless sentence',
      message: reply(LONG_SIMPLE),
      errors: [{ messageId: 'tooHard', data: { score: 12.5, words: 57, sentences: 3, hardWords: 7 } }],
    },
    {
      name: 'exactly 40 words is scored',
      message: reply(FORTY_HARD),
      errors: [{ messageId: 'tooHard', data: { score: 22, words: 40, band: 'very-hard' } }],
    },
    {
      name: 'own hard text, a plain quote: one finding',
      message: reply(SUMMONS_HARD, PLAIN_REPLY),
      errors: [{ messageId: 'tooHard', data: { score: 19.6 } }],
    },
    {
      name: 'option max 7 flags medium (7.3)',
      message: reply(TAX_MEDIUM),
      options: { max: 7 },
      errors: [{ messageId: 'tooHard', data: { score: 7.3, max: 7, band: 'medium' } }],
    },
    {
      name: 'option max 10 flags a secondary-school text (10.1)',
      message: reply(TAX_HARDER),
      options: { max: 10 },
      errors: [{ messageId: 'tooHard', data: { score: 10.1, max: 10, band: 'hard' } }],
    },
  ],
});

describe('plain-readability message', () => {
  test('shows the score with one decimal, a comma in Polish, and the band’s meaning', () => {
    const [finding] = runRule(rule, { name: 'decision', message: reply(DECISION_HARD) });
    expect(formatFinding('pl', finding)).toBe(
      'Indeks czytelności FOG-PL wynosi 25,1 (zalecane najwyżej 12). Tekst bardzo trudny – wymaga wykształcenia wyższego, wielu klientów go nie zrozumie. Pisz krótszymi zdaniami i prostszymi słowami.',
    );
    expect(formatFinding('en', finding)).toBe(
      'The FOG-PL readability index is 25.1 (at most 12 recommended). Very difficult text – it needs a university education; many citizens will not understand it. Use shorter sentences and simpler words.',
    );
  });

  test('a whole score keeps its decimal: 7,0', () => {
    const [finding] = runRule(rule, { name: 'medium', message: reply(TAX_MEDIUM), options: { max: 5 } });
    expect(formatFinding('pl', { ...finding, data: { ...finding.data, score: 7 } })).toContain('wynosi 7,0 (zalecane najwyżej 5)');
  });
});
