import { countFindings, ruleTester } from '../support/rule-tester';
import { correspondence } from '../support/office-letters';
import { rule } from '../../src/engine/rules/plain-jargon';
import { JARGON } from '../../src/engine/rules/data/jargon';

const citizen = { name: 'Anna Kowalska', address: 'anna.kowalska@onet.pl' };
const clerk = { name: 'Piotr Zieliński', address: 'p.zielinski@ug.kolonowskie.pl' };
const sender = { name: 'Piotr Zieliński', position: 'Inspektor', department: 'Referat Podatków i Opłat' };
const SIGNATURE = '\n\nZ poważaniem\nPiotr Zieliński\nInspektor\nReferat Podatków i Opłat\ntel. 77 461 10 22';

/** A new letter: own text and a typed signature. */
const { letter, reply } = correspondence({
  clerk,
  citizen,
  sender,
  signature: SIGNATURE,
  letterSubject: 'Opłata za gospodarowanie odpadami – znak FN.3120.4.2026',
  topic: 'Zaświadczenie o niezaleganiu',
  sent: 'wtorek, 17 listopada 2026 10:05',
});

const body = (m: { bodyText: string }) => m.bodyText;
/** The exact fix for the first occurrence of `from` in the message body. */
function swap(m: { bodyText: string }, from: string, to: string) {
  const start = body(m).indexOf(from);
  return { kind: 'replaceText' as const, field: 'body' as const, start, end: start + from.length, from, to };
}

const fee = letter('Szanowna Pani,\nproszę uiścić opłatę skarbową w wysokości 17 zł na rachunek urzędu.');
const organ = letter('Szanowna Pani,\nTutejszy organ rozpatrzył wniosek z 3 listopada.');
const today = letter('Szanowna Pani,\nw dniu dzisiejszym wysłaliśmy decyzję listem poleconym.');
const therefore = letter('Szanowna Pani,\nwniosek nie zawiera podpisu. W związku z powyższym proszę o jego podpisanie w pokoju 12.');
const enclosed = letter('Szanowna Pani,\nw załączeniu przesyłam zaświadczenie o niezaleganiu w podatkach.');
const request = letter('Szanowna Pani,\nzwracam się z uprzejmą prośbą o przesłanie skanu umowy najmu.');
const pay = letter('Szanowna Pani,\nprosimy dokonać wpłaty do 30 listopada na rachunek 12 1020 3668 0000 5502 0012 3456.');
const deadline = letter('Szanowny Panie,\nproszę złożyć deklarację w terminie do dnia 15 grudnia 2026 r.');
const purpose = letter('Szanowna Pani,\nproszę przyjść do pokoju 12 celem uzyskania zaświadczenia.');
const mentioned = letter('Szanowna Pani,\nww. decyzja jest ostateczna.');
const subject = letter('Szanowny Panie,\nprzedmiotowa nieruchomość nie jest objęta planem miejscowym.');
const notHeard = letter('Szanowny Panie,\nwniosek bez podpisu zostanie pozostawiony bez rozpoznania.');
const two = letter('Szanowna Pani,\nniniejszym informuję, iż decyzja została wydana.');
const withoutDiacritics = letter('Dzien dobry,\nprosze uiscic oplate w kasie urzedu, pokoj 3.');
const htmlReply = {
  from: clerk,
  to: [citizen],
  sender,
  composeType: 'reply' as const,
  subject: 'RE: Podatek od nieruchomości',
  bodyHtml:
    '<html><body><div class="WordSection1"><p class="MsoNormal">Szanowna Pani,</p><p class="MsoNormal">w chwili obecnej sprawa jest w toku.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna.kowalska@onet.pl&gt;<br><b>Wysłane:</b> 16 listopada 2026<br><b>Temat:</b> Podatek od nieruchomości</div><p class="MsoNormal">Czy tutejszy organ w dniu dzisiejszym rozpatrzy moją sprawę?</p></div></body></html>',
};

describe('jargon table', () => {
  test('holds at least 60 swaps, each with a reason in both languages', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(60);
    for (const e of JARGON) {
      expect(e.note.pl.length).toBeGreaterThan(5);
      expect(e.note.en.length).toBeGreaterThan(5);
    }
  });
  test('no phrase is listed twice', () => {
    const froms = JARGON.map((e) => e.from.toLowerCase());
    expect(froms.filter((f, i) => froms.indexOf(f) !== i)).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'a plain fee notice', message: letter('Szanowna Pani,\nopłatę skarbową 17 zł można zapłacić przelewem na rachunek urzędu albo w kasie, pokój 3.') },
    { name: 'a plain decision notice', message: letter('Szanowna Pani,\ninformuję, że dziś wydaliśmy decyzję w Pani sprawie. Wyślemy ją listem poleconym.') },
    { name: 'plain summons', message: letter('Szanowny Panie,\nproszę przyjść do pokoju 12 w czwartek 19 listopada o 10:00, aby podpisać umowę. Sprawę prowadzi Piotr Zieliński, tel. 77 461 10 22.') },
    { name: '"celem" as a noun, not "in order to"', message: letter('Szanowna Pani,\nnaszym celem jest szybkie załatwienie sprawy.') },
    { name: '"dlatego" and "teraz" are the plain forms', message: letter('Szanowna Pani,\nwniosek jest niepodpisany, dlatego teraz nie możemy go rozpatrzyć.') },
    { name: '"przedmiot" (a school subject) is not "przedmiotowy"', message: letter('Szanowna Pani,\nzaświadczenie dotyczy przedmiotu opłaty, czyli odbioru odpadów.') },
    { name: '"ww" without the dot is not the abbreviation', message: letter('Szanowny Panie,\nprogram WW 2026 ruszył w poniedziałek.') },
    { name: 'jargon only in the citizen’s quoted message', message: reply('Szanowna Pani,\nzaświadczenie jest gotowe do odbioru w pokoju 3.', 'Uprzejmie informuję, iż w dniu dzisiejszym dokonałam wpłaty. W związku z powyższym proszę o zaświadczenie.') },
    { name: 'jargon only in a quoted earlier letter (> lines)', message: { ...letter('Szanowna Pani,\ndziękuję, wpłata dotarła.'), bodyText: `Szanowna Pani,\ndziękuję, wpłata dotarła.${SIGNATURE}\n\nDnia 12.11.2026 o 09:00 Urząd Gminy napisał(a):\n> Tutejszy organ wzywa do uiszczenia opłaty.\n> Niniejsze pismo przesyłam w załączeniu.` } },
    { name: 'Outlook HTML reply, jargon only below divRplyFwdMsg', message: { ...htmlReply, bodyHtml: htmlReply.bodyHtml.replace('w chwili obecnej', 'teraz') } },
    { name: '"uprzejmie proszę" is courteous, not jargon', message: letter('Szanowna Pani,\nuprzejmie proszę o przesłanie kopii umowy.') },
  ],
  invalid: [
    { name: 'uiścić opłatę skarbową keeps the kind of fee', message: fee, errors: [{ messageId: 'swap', at: 'uiścić opłatę skarbową', data: { to: 'zapłacić opłatę skarbową' }, fix: swap(fee, 'uiścić opłatę skarbową', 'zapłacić opłatę skarbową') }] },
    { name: 'Tutejszy organ at the sentence start keeps the capital', message: organ, errors: [{ messageId: 'swap', at: 'Tutejszy organ', fix: swap(organ, 'Tutejszy organ', 'Urząd') }] },
    { name: 'w dniu dzisiejszym', message: today, errors: [{ messageId: 'swap', at: 'w dniu dzisiejszym', fix: swap(today, 'w dniu dzisiejszym', 'dziś') }] },
    { name: 'W związku z powyższym', message: therefore, errors: [{ messageId: 'swap', at: 'W związku z powyższym', fix: swap(therefore, 'W związku z powyższym', 'Dlatego') }] },
    { name: 'w załączeniu przesyłam', message: enclosed, errors: [{ messageId: 'swap', fix: swap(enclosed, 'w załączeniu przesyłam', 'przesyłam') }] },
    { name: 'zwracam się z uprzejmą prośbą', message: request, errors: [{ messageId: 'swap', at: 'zwracam się z uprzejmą prośbą', fix: swap(request, 'zwracam się z uprzejmą prośbą', 'proszę') }] },
    { name: 'dokonać wpłaty', message: pay, errors: [{ messageId: 'swap', fix: swap(pay, 'dokonać wpłaty', 'wpłacić') }] },
    { name: 'w terminie do dnia', message: deadline, errors: [{ messageId: 'swap', fix: swap(deadline, 'w terminie do dnia', 'do') }] },
    { name: 'celem uzyskania', message: purpose, errors: [{ messageId: 'swap', fix: swap(purpose, 'celem uzyskania', 'aby uzyskać') }] },
    { name: 'ww. has no safe swap (gender): explained, no fix', message: mentioned, errors: [{ messageId: 'explain', at: 'ww.', data: { phrase: 'ww.' }, fix: null }] },
    { name: 'przedmiotowa with a noun the table does not know: explained only', message: subject, errors: [{ messageId: 'explain', at: 'przedmiotowa', fix: null }] },
    { name: 'pozostawiony bez rozpoznania becomes "nie zostanie rozpatrzony"', message: notHeard, errors: [{ messageId: 'swap', fix: swap(notHeard, 'zostanie pozostawiony bez rozpoznania', 'nie zostanie rozpatrzony') }] },
    { name: 'two in one sentence, one finding each', message: two, errors: [{ messageId: 'swap', at: 'niniejszym informuję', fix: swap(two, 'niniejszym informuję', 'informuję') }, { messageId: 'swap', at: 'iż', fix: swap(two, 'iż', 'że') }] },
    { name: 'typed without Polish letters, the fix replaces the text as typed', message: withoutDiacritics, errors: [{ messageId: 'swap', at: 'uiscic oplate', fix: swap(withoutDiacritics, 'uiscic oplate', 'zapłacić') }] },
    {
      name: 'own text of a reply, not the quoted question',
      message: reply('Szanowna Pani,\nposiada Pani zaległość za 2025 rok.', 'Czy posiadam zaległości? W chwili obecnej nie wiem.'),
      errors: [{ messageId: 'swap', at: 'posiada', data: { to: 'ma' } }],
    },
    { name: 'Outlook HTML reply: the own paragraph only', message: htmlReply, errors: [{ messageId: 'swap', at: 'w chwili obecnej', data: { to: 'teraz' } }] },
    {
      name: 'every occurrence is reported',
      message: letter('Szanowna Pani,\nwszelkie dokumenty proszę przynieść do pokoju 3. Odpowiemy na wszelkie pytania.'),
      errors: [{ messageId: 'swap', at: 'wszelkie' }, { messageId: 'swap', at: 'wszelkie' }],
    },
  ],
});

test('plain-jargon on a 1 MB body of look-alikes reports the findings of every line', () => {
  const line = 'w związku z powyższym tutejszy organ ww. przedmiotowej w dniu dzisiejszym celem uiścić opłatę\n';
  const lines = Math.ceil(1_000_000 / line.length);
  const count = (text: string) => countFindings(rule, text);
  expect(count(line)).toBeGreaterThan(0);
  expect(count(line.repeat(lines))).toBe(count(line) * lines);
});
