import { countFindings, ruleTester, runRule } from '../support/rule-tester';
import { applyTextFixes } from '../support/apply-text-fixes';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG } from '../../src/engine/config';
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
  test('holds at least 50 word families and 200 swapped forms, each with a reason in both languages', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(50);
    expect(JARGON.reduce((n, e) => n + Object.keys(e.swaps ?? {}).length, 0)).toBeGreaterThanOrEqual(200);
    for (const e of JARGON) {
      expect(e.note.pl.length).toBeGreaterThan(5);
      expect(e.note.en.length).toBeGreaterThan(5);
    }
  });
  test('every listed form is caught by its own entry, and swapped at the end of a sentence', () => {
    const unmatched: string[] = [];
    for (const e of JARGON) {
      if (e.when === 'infinitive' || e.when === 'conjunction') continue;
      for (const [form, to] of Object.entries(e.swaps ?? {})) {
        const written = e.from.endsWith('.') ? `${form}.` : form;
        const m = letter(`Szanowna Pani,\nto jest zdanie: ${written}.`);
        const found = runRule(rule, { name: form, message: m }).filter((f) => f.messageId === 'plain-jargon/swap');
        if (found.length !== 1 || found[0].fix?.kind !== 'replaceText' || found[0].fix.to !== to) unmatched.push(`${form} -> ${found.map((f) => (f.fix?.kind === 'replaceText' ? f.fix.to : f.messageId)).join(', ')}`);
      }
    }
    expect(unmatched).toEqual([]);
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
    { name: 'uiścić: the verb only, so the fee and its kind stay ("zapłacić opłatę skarbową")', message: fee, errors: [{ messageId: 'swap', at: 'uiścić', data: { to: 'zapłacić' }, fix: swap(fee, 'uiścić', 'zapłacić') }] },
    { name: 'Tutejszy organ at the sentence start keeps the capital', message: organ, errors: [{ messageId: 'swap', at: 'Tutejszy organ', fix: swap(organ, 'Tutejszy organ', 'Urząd') }] },
    { name: 'w dniu dzisiejszym', message: today, errors: [{ messageId: 'swap', at: 'w dniu dzisiejszym', fix: swap(today, 'w dniu dzisiejszym', 'dziś') }] },
    { name: 'W związku z powyższym', message: therefore, errors: [{ messageId: 'swap', at: 'W związku z powyższym', fix: swap(therefore, 'W związku z powyższym', 'Dlatego') }] },
    { name: 'w załączeniu przesyłam becomes "załączam": the file is still promised', message: enclosed, errors: [{ messageId: 'swap', fix: swap(enclosed, 'w załączeniu przesyłam', 'załączam') }] },
    { name: 'zwracam się z uprzejmą prośbą', message: request, errors: [{ messageId: 'swap', at: 'zwracam się z uprzejmą prośbą', fix: swap(request, 'zwracam się z uprzejmą prośbą', 'proszę') }] },
    { name: 'dokonać wpłaty', message: pay, errors: [{ messageId: 'swap', fix: swap(pay, 'dokonać wpłaty', 'wpłacić') }] },
    { name: 'w terminie do dnia', message: deadline, errors: [{ messageId: 'swap', fix: swap(deadline, 'w terminie do dnia', 'do') }] },
    { name: 'celem uzyskania: "aby uzyskać" changes the case of the noun after it, so no automatic text', message: purpose, errors: [{ messageId: 'rewrite', at: 'celem uzyskania', data: { to: 'aby uzyskać, aby złożyć, aby odebrać…' }, fix: null }] },
    { name: 'ww. has no safe swap (gender): explained, no fix', message: mentioned, errors: [{ messageId: 'explain', at: 'ww.', data: { phrase: 'ww.' }, fix: null }] },
    { name: 'przedmiotowa: "ta" has the same case and gender, whatever the noun', message: subject, errors: [{ messageId: 'swap', at: 'przedmiotowa', fix: swap(subject, 'przedmiotowa', 'ta') }] },
    { name: 'pozostawiony bez rozpoznania becomes "nie zostanie rozpatrzony"', message: notHeard, errors: [{ messageId: 'swap', fix: swap(notHeard, 'zostanie pozostawiony bez rozpoznania', 'nie zostanie rozpatrzony') }] },
    { name: 'two in one sentence, one finding each', message: two, errors: [{ messageId: 'swap', at: 'niniejszym informuję', fix: swap(two, 'niniejszym informuję', 'informuję') }, { messageId: 'swap', at: 'iż', fix: swap(two, 'iż', 'że') }] },
    {
      name: 'typed without Polish letters: caught, and the swap named, but no automatic text (the letters tell "ta" from "tą")',
      message: withoutDiacritics,
      errors: [{ messageId: 'rewrite', at: 'uiscic', data: { to: 'zapłacić' }, fix: null }],
    },
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

/** Own text before and after accepting every plain-jargon suggestion, with the kinds of finding. */
function acceptAll(own: string): { text: string; kinds: string[] } {
  const message = createMessage(letter(`Szanowna Pani,\n${own}`));
  const bodyText = checkMessage(message, DEFAULT_CONFIG, []).body.text;
  const findings = runRule(rule, { name: own, message: letter(`Szanowna Pani,\n${own}`) });
  const after = applyTextFixes(bodyText, findings);
  return { text: after.split('\n')[1], kinds: findings.map((f) => f.messageId.replace('plain-jargon/', '')) };
}

describe('plain-jargon: every form of a word family, and only correct Polish as automatic text', () => {
  test.each([
    // Issue 20.4: the family of "uiścić", each form with its own swap.
    ['Opłatę należy uiszczać co miesiąc.', 'Opłatę należy płacić co miesiąc.', ['swap']],
    ['Po uiszczeniu opłaty wydamy zaświadczenie.', 'Po zapłaceniu opłaty wydamy zaświadczenie.', ['swap']],
    ['Brak dowodu uiszczenia opłaty skarbowej.', 'Brak dowodu zapłacenia opłaty skarbowej.', ['swap']],
    ['Opłata została uiszczona w terminie.', 'Opłata została zapłacona w terminie.', ['swap']],
    ['Kwotę uiszczoną przelewem zaliczymy na poczet podatku.', 'Kwotę zapłaconą przelewem zaliczymy na poczet podatku.', ['swap']],
    ['Uiszczenie opłaty jest warunkiem wydania decyzji.', 'Zapłacenie opłaty jest warunkiem wydania decyzji.', ['swap']],
    // Issue 14.3: "Celem odbioru dokumentów należy uiścić opłatę w dniu dzisiejszym" became "Aby odebrać dokumentów należy zapłacić dziś".
    ['Celem odbioru dokumentów należy uiścić opłatę w dniu dzisiejszym.', 'Celem odbioru dokumentów należy zapłacić opłatę dziś.', ['rewrite', 'swap', 'swap']],
    ['Proszę dokonać wpłaty na rachunek urzędu.', 'Proszę wpłacić na rachunek urzędu.', ['swap']],
    ['Proszę dokonać wpłaty kwoty 50 zł.', 'Proszę dokonać wpłaty kwoty 50 zł.', ['rewrite']],
    ['W celu dokonania wpłaty proszę użyć numeru sprawy.', 'W celu wpłacenia proszę użyć numeru sprawy.', ['swap']],
    ['Proszę dokonać zmiany danych w deklaracji.', 'Proszę dokonać zmiany danych w deklaracji.', ['rewrite']],
    ['Jeśli dane są błędne, proszę dokonać korekty.', 'Jeśli dane są błędne, proszę poprawić.', ['swap']],
    ['W związku z powyższym informuję, że wniosek jest kompletny.', 'Dlatego informuję, że wniosek jest kompletny.', ['swap']],
    ['W związku z powyższym, decyzja jest ostateczna.', 'Dlatego, decyzja jest ostateczna.', ['swap']],
    ['W związku z powyższym pismem wyjaśniam, że termin minął.', 'W związku z powyższym pismem wyjaśniam, że termin minął.', ['rewrite']],
    ['Mając na uwadze powyższe okoliczności, wniosek oddalono.', 'Mając na uwadze powyższe okoliczności, wniosek oddalono.', ['rewrite']],
    ['Zwracam się z prośbą o przesłanie skanu umowy.', 'Proszę o przesłanie skanu umowy.', ['swap']],
    ['Zwracam się z prośbą do Pana o przesłanie skanu umowy.', 'Zwracam się z prośbą do Pana o przesłanie skanu umowy.', ['rewrite']],
    ['Zwracam się do Pani z uprzejmą prośbą o kontakt.', 'Zwracam się do Pani z uprzejmą prośbą o kontakt.', ['rewrite']],
    ['Wnioskodawca winien złożyć oświadczenie.', 'Wnioskodawca powinien złożyć oświadczenie.', ['swap']],
    ['Kontrahent jest nam winien 50 zł.', 'Kontrahent jest nam winien 50 zł.', ['rewrite']],
    ['Wniosek można złożyć osobiście bądź przez pełnomocnika.', 'Wniosek można złożyć osobiście lub przez pełnomocnika.', ['swap']],
    ['Bądź pewna, że sprawą się zajmiemy.', 'Bądź pewna, że sprawą się zajmiemy.', ['rewrite']],
    ['Podstawa: ustawa o podatkach (tj. Dz.U. z 2023 r. poz. 70).', 'Podstawa: ustawa o podatkach (tj. Dz.U. z 2023 r. poz. 70).', ['rewrite']],
    ['Termin minął w piątek, tj. 15 listopada.', 'Termin minął w piątek, czyli 15 listopada.', ['swap']],
    ['Przedmiotową decyzję wydano 3 marca.', 'Tę decyzję wydano 3 marca.', ['swap']],
    ['Zgodnie z przedmiotową decyzją opłata wynosi 17 zł.', 'Zgodnie z tą decyzją opłata wynosi 17 zł.', ['swap']],
    ['Przedmiotowe dokumenty są w aktach.', 'Przedmiotowe dokumenty są w aktach.', ['rewrite']],
    ['Przedmiotowej nieruchomości nie obejmuje plan.', 'Tej nieruchomości nie obejmuje plan.', ['swap']],
    ['Niniejsza decyzja jest ostateczna.', 'Ta decyzja jest ostateczna.', ['swap']],
    ['Niniejszą decyzją umorzono postępowanie.', 'Tą decyzją umorzono postępowanie.', ['swap']],
    ['Niniejszym wzywam do uzupełnienia wniosku.', 'Wzywam do uzupełnienia wniosku.', ['swap']],
    ['Niniejszym zobowiązuję Pana do zapłaty.', 'Niniejszym zobowiązuję Pana do zapłaty.', ['rewrite']],
    ['Tutejszemu organowi przekazano akta.', 'Urzędowi przekazano akta.', ['swap']],
    ['Mieszkańcy tutejszej gminy płacą mniej.', 'Mieszkańcy tutejszej gminy płacą mniej.', ['rewrite']],
    ['Obsługa petentów trwa do 15:30.', 'Obsługa klientów trwa do 15:30.', ['swap']],
    ['Posiada Pani zaległość za 2025 rok.', 'Ma Pani zaległość za 2025 rok.', ['swap']],
    ['Proszę przynieść wszelkie dokumenty.', 'Proszę przynieść wszystkie dokumenty.', ['swap']],
    ['Udzielamy informacji wszelkiego rodzaju.', 'Udzielamy informacji wszelkiego rodzaju.', ['rewrite']],
    ['Stosownie do przepisów ustawy opłata wynosi 17 zł.', 'Stosownie do przepisów ustawy opłata wynosi 17 zł.', ['rewrite']],
    ['Proszę złożyć stosowne oświadczenie.', 'Proszę złożyć odpowiednie oświadczenie.', ['swap']],
    ['Proszę przedłożyć zaświadczenie.', 'Proszę przekazać zaświadczenie.', ['swap']],
    ['Wniosek bez podpisu zostanie pozostawiony bez rozpoznania.', 'Wniosek bez podpisu nie zostanie rozpatrzony.', ['swap']],
    ['Proszę usunąć braki formalne wniosku.', 'Proszę usunąć braki formalne wniosku.', ['explain']],
  ])('%s', (own, expected, kinds) => {
    expect(acceptAll(own)).toEqual({ text: expected, kinds });
  });
});
