import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/plain-long-word';

const citizen = { name: 'Anna Kowalska', address: 'anna.kowalska@onet.pl' };
const clerk = { name: 'Piotr Zając', address: 'p.zajac@starostwo.kedzierzyn.pl' };
const sender = { name: 'Piotr Zając', position: 'Inspektor', department: 'Wydział Architektury i Budownictwa' };

/** A plain-text reply: own text, a typed signature, then Outlook's Polish quote header. */
function reply(own: string, quoted = 'Dzień dobry,\nproszę o informację, na jakim etapie jest mój wniosek.\nAnna Kowalska') {
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: 'RE: Pozwolenie na budowę',
    bodyText: `${own}\n\nZ poważaniem\nPiotr Zając\nInspektor\nWydział Architektury i Budownictwa\ntel. 77 405 23 40\n\nOd: Anna Kowalska <anna.kowalska@onet.pl>\nWysłane: wtorek, 17 listopada 2026 08:40\nDo: p.zajac@starostwo.kedzierzyn.pl\nTemat: Pozwolenie na budowę\n\n${quoted}`,
  };
}

/** Outlook HTML reply with the quote under divRplyFwdMsg. */
function htmlReply(ownParagraphs: string[], quotedParagraphs: string[]) {
  const own = ownParagraphs.map((p) => `<p class="MsoNormal">${p}</p>`).join('');
  const quoted = quotedParagraphs.map((p) => `<p class="MsoNormal">${p}</p>`).join('');
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: 'RE: Podatek od nieruchomości',
    bodyHtml: `<html><body><div class="WordSection1">${own}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna.kowalska@onet.pl&gt;<br><b>Wysłane:</b> 17 listopada 2026<br><b>Do:</b> p.zajac@starostwo.kedzierzyn.pl<br><b>Temat:</b> Podatek od nieruchomości</div>${quoted}</div></body></html>`,
  };
}

ruleTester(rule, {
  valid: [
    { name: 'a short reply about a decision', message: reply('Szanowna Pani,\ninformuję, że decyzja o pozwoleniu na budowę jest gotowa do odbioru w pokoju 12.') },
    { name: 'a summons with room, name, phone and hour', message: reply('Szanowna Pani,\nproszę o przybycie do urzędu 2 grudnia 2026 r. o godz. 10.30, pokój 14. Sprawę prowadzi Piotr Zając, tel. 77 405 23 40.') },
    { name: 'a proper name inside a sentence: Powiatu Kędzierzyńsko-Kozielskiego', message: reply('Szanowna Pani,\nwniosek rozpatrzy Starosta Powiatu Kędzierzyńsko-Kozielskiego w ciągu 30 dni.') },
    { name: 'a long e-mail address', message: reply('Szanowna Pani,\nbrakujące dokumenty proszę przesłać na adres architektura.budownictwo@starostwo.kedzierzyn.pl.') },
    { name: 'a long web address', message: reply('Szanowna Pani,\nformularz jest na stronie https://bip.starostwo.kedzierzyn.pl/zagospodarowania-przestrzennego-wnioski.') },
    { name: 'six syllables is still fine: administracyjny, nieprawidłowości', message: reply('Szanowna Pani,\nto postępowanie administracyjny organ prowadzi z urzędu. Nie stwierdziliśmy nieprawidłowości.') },
    { name: 'nineteen letters and five syllables: przedsiębiorczością', message: reply('Szanowna Pani,\ndziękujemy za wniosek. Gmina wspiera mieszkańców z przedsiębiorczością i pomysłem.') },
    { name: 'fee information with an account number', message: reply('Szanowna Pani,\nopłata skarbowa wynosi 17 zł. Proszę ją wpłacić na konto 12 1020 3668 0000 5002 0123 4567.') },
    { name: 'the long word is only in the quoted thread', message: reply('Szanowna Pani,\nwniosek jest kompletny, decyzję wydamy w tym tygodniu.', 'Czy sprawa termomodernizacyjnego dofinansowania jest już zagospodarowania objęta?') },
    { name: 'Outlook HTML reply, long words only below divRplyFwdMsg', message: htmlReply(['Szanowna Pani,', 'podatek za 2026 rok wynosi 412 zł.', 'Z poważaniem'], ['Proszę o wyjaśnienie nieuregulowanego zobowiązania współodpowiedzialności.']) },
    { name: 'option maxSyllables 8 allows administracyjnego', message: reply('Szanowna Pani,\nw toku postępowania administracyjnego może Pani przeglądać akta sprawy.'), options: { maxSyllables: 8 } },
  ],
  invalid: [
    {
      name: 'administracyjnego has 7 syllables',
      message: reply('Szanowna Pani,\nw toku postępowania administracyjnego może Pani przeglądać akta sprawy.'),
      errors: [{ messageId: 'syllables', at: 'administracyjnego', data: { word: 'administracyjnego', syllables: 7 }, fix: null }],
    },
    {
      name: 'współodpowiedzialność has 21 letters but 6 syllables',
      message: reply('Szanowna Pani,\nwspółodpowiedzialność za szkodę ponoszą obaj właściciele działki.'),
      errors: [{ messageId: 'letters', at: 'współodpowiedzialność', data: { letters: 21, syllables: 6 } }],
    },
    {
      name: 'the same word twice gives one finding, at the first one',
      message: reply('Szanowna Pani,\nplan zagospodarowania przewiduje tu zabudowę. Wypis z planu zagospodarowania wydajemy w 7 dni.'),
      errors: [{ messageId: 'syllables', at: 'zagospodarowania' }],
    },
    {
      name: 'case does not make a new word: Zagospodarowania, zagospodarowania',
      message: reply('Szanowna Pani,\nZagospodarowania terenu dotyczy odrębna decyzja. Wniosek o warunki zagospodarowania złoży inwestor.'),
      errors: [{ messageId: 'syllables', at: 'Zagospodarowania' }],
    },
    {
      name: 'two different long words, in text order',
      message: reply('Szanowna Pani,\nzaległość z tytułu nieuregulowanego podatku dotyczy nieruchomości niezagospodarowanej.'),
      errors: [
        { messageId: 'syllables', at: 'nieuregulowanego', data: { syllables: 8 } },
        { messageId: 'syllables', at: 'niezagospodarowanej', data: { syllables: 8 } },
      ],
    },
    {
      name: 'a capitalised long word opening a sentence is not a name',
      message: reply('Szanowna Pani,\nTermomodernizacyjne prace w budynku urzędu potrwają do piątku.'),
      errors: [{ messageId: 'syllables', at: 'Termomodernizacyjne', data: { syllables: 8 } }],
    },
    {
      name: 'a list item opening with a long word after its number',
      message: reply('Szanowna Pani,\nw budynku urzędu planujemy:\n1. Wymianę okien na parterze.\n2. Termomodernizacyjne prace na dachu.'),
      errors: [{ messageId: 'syllables', at: 'Termomodernizacyjne' }],
    },
    {
      name: 'a summons to a fire-safety inspection',
      message: reply('Szanowna Pani,\nw sprawie kontroli przeciwpożarowego zabezpieczenia budynku proszę o przybycie do pokoju 14 w poniedziałek o godz. 9.00.'),
      errors: [{ messageId: 'syllables', at: 'przeciwpożarowego' }],
    },
    {
      name: 'only the own text counts, not the quote with other long words',
      message: reply('Szanowna Pani,\ndecyzja dotyczy termomodernizacyjnego projektu.', 'Proszę o informację w sprawie nieuregulowanego podatku.'),
      errors: [{ messageId: 'syllables', at: 'termomodernizacyjnego', data: { syllables: 9 } }],
    },
    {
      name: 'Outlook HTML reply: the own paragraph only',
      message: htmlReply(['Szanowna Pani,', 'zaległość dotyczy nieuregulowanego podatku za 2025 rok.', 'Z poważaniem'], ['Nie rozumiem termomodernizacyjnego programu.']),
      errors: [{ messageId: 'syllables', at: 'nieuregulowanego' }],
    },
    {
      name: 'option maxSyllables 5 flags nieprawidłowości (6)',
      message: reply('Szanowna Pani,\nw dokumentacji nie stwierdziliśmy nieprawidłowości.'),
      options: { maxSyllables: 5 },
      errors: [{ messageId: 'syllables', at: 'nieprawidłowości', data: { syllables: 6 } }],
    },
    {
      name: 'option maxLetters 15 flags nieprawidłowości (16 letters)',
      message: reply('Szanowna Pani,\nw dokumentacji nie stwierdziliśmy nieprawidłowości.'),
      options: { maxLetters: 15 },
      errors: [{ messageId: 'letters', at: 'nieprawidłowości', data: { letters: 16 } }],
    },
    {
      name: 'a new message, not a reply',
      message: { from: clerk, to: [citizen], subject: 'Zawiadomienie', bodyText: 'Szanowna Pani,\nzawiadamiam o wszczęciu postępowania w sprawie ustalenia ubezpieczeniowego statusu.\n\nZ poważaniem\nPiotr Zając' },
      errors: [{ messageId: 'syllables', at: 'ubezpieczeniowego', data: { syllables: 7 } }],
    },
  ],
});
