import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/plain-long-sentence';
import { citizen, clerk, taxHtmlReply, taxReply } from '../support/tax-office-reply';

const reply = (own: string, quoted = 'Dzień dobry,\nile wynosi podatek od nieruchomości za garaż?\nTomasz Wójcik') => taxReply(own, quoted, 'Podatek od nieruchomości');
const htmlReply = taxHtmlReply;

// 26 words: one over the default.
const LONG_DECISION =
  'Uprzejmie informuję, że w wyniku postępowania podatkowego organ ustalił wysokość zobowiązania w podatku od nieruchomości za rok 2026 w kwocie wynikającej z załączonej do pisma decyzji.';
// 54 words (numbers count), with the citations of a public-information reply.
const CITATION_SENTENCE =
  'W odpowiedzi na wniosek z dnia 3 marca 2026 r. o udostępnienie informacji publicznej, na podstawie art. 13 ust. 2 pkt 1 ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (Dz.U. z 2022r. poz. 902 z późn. zm.) informujemy, że wnioskowane dane zostaną udostępnione w terminie dwóch miesięcy.';
// 25 words: exactly the default.
const AT_LIMIT =
  'Informuję, że w wyniku postępowania podatkowego organ ustalił wysokość zobowiązania w podatku od nieruchomości za rok 2026 w kwocie wynikającej z załączonej do pisma decyzji.';
// The same quoted complaint, one sentence of 30+ words.
const LONG_QUOTE =
  'Piszę już trzeci raz w tej samej sprawie i nadal nie otrzymałem żadnej odpowiedzi ani informacji, kiedy mogę się spodziewać decyzji w sprawie podatku od garażu, który kupiłem w marcu tego roku.';

ruleTester(rule, {
  valid: [
    { name: 'a short reply about the tax amount', message: reply('Szanowny Panie,\npodatek od garażu za 2026 rok wynosi 96 zł. Decyzję wyślemy pocztą w przyszłym tygodniu.') },
    { name: 'exactly 25 words is within the limit', message: reply(`Szanowny Panie,\n${AT_LIMIT}`) },
    { name: 'a summons in short sentences', message: reply('Szanowny Panie,\nzapraszam do urzędu 2 grudnia 2026 r. o godz. 10.30. Pokój 14, parter. Sprawę prowadzi Ewa Mazur, tel. 75 645 51 20. Proszę zabrać umowę kupna garażu.') },
    {
      name: 'an account number in groups counts as one word (22, not 28)',
      message: reply('Szanowny Panie,\nopłatę za gospodarowanie odpadami za listopad w kwocie 37 zł proszę wpłacić do 15 grudnia na rachunek urzędu 12 1020 3668 0000 5002 0123 4567 z dopiskiem „odpady”.'),
    },
    { name: 'a long sentence only in the quoted thread', message: reply('Szanowny Panie,\nprzepraszamy za opóźnienie. Decyzja jest już podpisana.', LONG_QUOTE) },
    { name: 'Outlook HTML reply, the long sentence only below divRplyFwdMsg', message: htmlReply(['Szanowny Panie,', 'opłata za odpady wynosi 37 zł miesięcznie.', 'Z poważaniem'], [LONG_QUOTE]) },
    {
      name: '"r." closes a sentence before a capital: two sentences of 16 and 15 words',
      message: reply('Szanowny Panie,\nDecyzja ustalająca wysokość podatku od nieruchomości za garaż została wydana w dniu 12 marca 2026 r. Przysługuje od niej odwołanie do Samorządowego Kolegium Odwoławczego w Jeleniej Górze w terminie 14 dni.'),
    },
    {
      name: 'a numbered list of documents, each item its own sentence',
      message: reply('Szanowny Panie,\ndo wniosku o ulgę proszę dołączyć:\n1. Zaświadczenie o dochodach wszystkich członków gospodarstwa domowego za ostatnie trzy miesiące.\n2. Kopię umowy kupna garażu.\n3. Oświadczenie o stanie majątkowym na formularzu dostępnym w pokoju 14.'),
    },
    {
      name: 'abbreviations do not cut a sentence short, and this one is short',
      message: reply('Szanowny Panie,\nzgodnie z art. 6 ust. 1 ustawy o podatkach i opłatach lokalnych obowiązek podatkowy powstaje od 1. dnia miesiąca po zakupie, tj. od kwietnia.'),
    },
    { name: 'the confidentiality notice in the signature is not the clerk’s sentence', message: reply('Szanowny Panie,\ndziękuję za wiadomość. Odpowiem do piątku.') },
    { name: 'option maxWords 40 allows a 26-word sentence', message: reply(`Szanowny Panie,\n${LONG_DECISION}`), options: { maxWords: 40 } },
  ],
  invalid: [
    {
      // SPEC § 2.1: "Dz.U.", "2022r.", "poz.", "zm.", "art.", "ust.", "pkt" do not end the sentence.
      name: 'a legal citation does not cut a long opening sentence short',
      message: reply(`Szanowny Panie,\n${CITATION_SENTENCE}\nProsimy o cierpliwość.`),
      errors: [{ messageId: 'tooLong', at: CITATION_SENTENCE, data: { count: 54, max: 25 }, fix: null }],
    },
    {
      name: 'a 26-word sentence in a tax decision letter',
      message: reply(`Szanowny Panie,\n${LONG_DECISION}`),
      errors: [{ messageId: 'tooLong', at: LONG_DECISION, data: { count: 26, max: 25 }, fix: null }],
    },
    {
      name: 'fee information in one long sentence',
      message: reply(
        'Szanowny Panie,\nopłatę skarbową w wysokości 17 zł za wydanie zaświadczenia należy uiścić przelewem na rachunek bankowy Urzędu Miasta w Kamiennej Górze nr 12 1020 3668 0000 5002 0123 4567 lub gotówką w kasie urzędu w pokoju 3 w godzinach pracy urzędu.\nDziękuję.',
      ),
      errors: [{ messageId: 'tooLong', data: { count: 34, max: 25 } }],
    },
    {
      name: 'a summons in one breath, abbreviations inside',
      message: reply(
        'Szanowny Panie,\nwzywam Pana do osobistego stawiennictwa w Urzędzie Miasta przy ul. Wojska Polskiego 10 w pok. 14 w dniu 2 grudnia 2026 r. o godz. 10.30 w celu złożenia wyjaśnień w sprawie podatku od nieruchomości za garaż, np. umowy kupna.',
      ),
      errors: [{ messageId: 'tooLong', data: { count: 39 } }],
    },
    {
      name: 'two long sentences, two findings in order',
      message: reply(`Szanowny Panie,\n${LONG_DECISION} ${LONG_DECISION.replace('Uprzejmie informuję', 'Jednocześnie informuję')}`),
      errors: [
        { messageId: 'tooLong', at: LONG_DECISION },
        { messageId: 'tooLong', at: LONG_DECISION.replace('Uprzejmie informuję', 'Jednocześnie informuję') },
      ],
    },
    {
      name: 'a hard-wrapped sentence over three lines',
      message: reply(
        'Szanowny Panie,\nuprzejmie informuję, że wniosek o umorzenie zaległości podatkowej za rok 2025\nzostał rozpatrzony negatywnie, ponieważ nie wykazał Pan ważnego interesu\npodatnika ani interesu publicznego uzasadniającego umorzenie zaległości.',
      ),
      errors: [{ messageId: 'tooLong', data: { count: 27 } }],
    },
    {
      name: 'Outlook HTML reply: only the own long paragraph',
      message: htmlReply(['Szanowny Panie,', LONG_DECISION, 'Z poważaniem'], [LONG_QUOTE]),
      errors: [{ messageId: 'tooLong', at: LONG_DECISION, data: { count: 26 } }],
    },
    {
      name: 'own long sentence, a long quote too: one finding',
      message: reply(`Szanowny Panie,\n${LONG_DECISION}`, LONG_QUOTE),
      errors: [{ messageId: 'tooLong', at: LONG_DECISION }],
    },
    {
      name: 'option maxWords 15 flags a 21-word sentence',
      message: reply('Szanowny Panie,\nw odpowiedzi na Pana pytanie informuję, że podatek od garażu za rok 2026 wynosi 96 zł i jest płatny w ratach.'),
      options: { maxWords: 15 },
      errors: [{ messageId: 'tooLong', data: { count: 21, max: 15 } }],
    },
    {
      name: 'a long question',
      message: reply(
        'Szanowny Panie,\nczy może Pan przesłać kopię umowy kupna garażu wraz z aktem notarialnym i zaświadczeniem o niezaleganiu w podatkach, abyśmy mogli zakończyć postępowanie jeszcze w tym miesiącu i wydać decyzję?',
      ),
      errors: [{ messageId: 'tooLong', data: { count: 29 } }],
    },
    {
      name: 'a long legal basis sentence with art., ust. and an act title after "r."',
      message: reply(
        'Szanowny Panie,\nna podstawie art. 21 § 1 pkt 1 ustawy z dnia 29 sierpnia 1997 r. Ordynacja podatkowa oraz art. 6 ust. 1 ustawy o podatkach i opłatach lokalnych zobowiązanie podatkowe powstaje z dniem doręczenia decyzji ustalającej jego wysokość.',
      ),
      errors: [{ messageId: 'tooLong', data: { count: 37 } }],
    },
    {
      name: 'a new message to a citizen, not a reply',
      message: {
        from: clerk,
        to: [citizen],
        subject: 'Zawiadomienie o wszczęciu postępowania',
        bodyText: `Szanowny Panie,\n${LONG_DECISION}\n\nZ poważaniem\nEwa Mazur`,
      },
      errors: [{ messageId: 'tooLong', at: LONG_DECISION, data: { count: 26 } }],
    },
  ],
});
