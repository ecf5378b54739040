import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/tone-difficult';

const citizen = { name: 'Marek Wiśniewski', address: 'marek.wisniewski@wp.pl' };
const clerk = { name: 'Joanna Lis', address: 'j.lis@starostwo.kedzierzyn.pl' };
const sender = { name: 'Joanna Lis', position: 'Podinspektor', department: 'Wydział Komunikacji' };

/** A plain-text reply: own text, a typed signature, then Outlook's Polish quote header. */
function reply(own: string, quoted = 'Dzień dobry,\nczekam już trzeci tydzień na prawo jazdy. To skandal.\nMarek Wiśniewski') {
  return {
    from: clerk,
    to: [citizen],
    sender,
    composeType: 'reply' as const,
    subject: 'RE: Prawo jazdy – skarga',
    bodyText: `${own}\n\nZ poważaniem\nJoanna Lis\nPodinspektor\nWydział Komunikacji\ntel. 77 405 22 10\n\nOd: Marek Wiśniewski <marek.wisniewski@wp.pl>\nWysłane: poniedziałek, 16 listopada 2026 09:12\nDo: j.lis@starostwo.kedzierzyn.pl\nTemat: Prawo jazdy – skarga\n\n${quoted}`,
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
    subject: 'RE: Rejestracja pojazdu',
    bodyHtml: `<html><body><div class="WordSection1">${own}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Marek Wiśniewski &lt;marek.wisniewski@wp.pl&gt;<br><b>Wysłane:</b> 16 listopada 2026<br><b>Do:</b> j.lis@starostwo.kedzierzyn.pl<br><b>Temat:</b> Rejestracja pojazdu</div>${quoted}</div></body></html>`,
  };
}

ruleTester(rule, {
  valid: [
    { name: 'a factual answer with the legal basis', message: reply('Szanowny Panie,\nzgodnie z art. 11 ustawy o kierujących pojazdami prawo jazdy wydajemy w ciągu 2 dni roboczych od otrzymania dokumentu z PWPW. Dokument jest już do odbioru.') },
    { name: 'an apology for the office’s mistake', message: reply('Szanowny Panie,\nprzepraszamy za pomyłkę w dacie decyzji. Poprawioną decyzję wyślemy jutro. Dziękujemy za zwrócenie uwagi.') },
    { name: 'the clerk apologises in the first person', message: reply('Szanowny Panie,\npomyliłam się przy wpisywaniu numeru rejestracyjnego, przepraszam. To nasza wina i naprawimy ją niezwłocznie.') },
    { name: 'the citizen’s angry words are only in the quoted thread', message: reply('Szanowny Panie,\ndziękuję za wiadomość. Sprawdziłam status sprawy: dokument jest do odbioru w pokoju 12.', 'Nie ma Pani racji! Proszę się uspokoić z tymi terminami. To wina koleżanki z okienka, a przepisy są absurdalne.') },
    { name: 'the citizen is right: "ma Pan rację"', message: reply('Szanowny Panie,\nma Pan rację, termin minął 10 listopada. Przepraszamy za opóźnienie.') },
    { name: 'a negation: "Pan się nie myli"', message: reply('Szanowny Panie,\nPan się nie myli: wniosek wpłynął 2 listopada i tego dnia został zarejestrowany.') },
    { name: 'reassurance is not "calm down": "proszę się nie martwić"', message: reply('Szanowny Panie,\nproszę się nie martwić, tymczasowe prawo jazdy jest ważne do dnia odbioru dokumentu.') },
    { name: 'advice about a procedure, not criticism: "procedury nie ma sensu powtarzać"', message: reply('Szanowna Pani,\nprocedury nie ma sensu powtarzać, ponieważ badanie lekarskie jest ważne jeszcze rok.') },
    { name: 'explaining a requirement of the law', message: reply('Szanowny Panie,\nwymóg ten wynika z przepisów rozporządzenia w sprawie rejestracji pojazdów. Rozumiem, że to uciążliwe, i postaram się pomóc.') },
    { name: 'Outlook HTML reply, harsh words only below divRplyFwdMsg', message: htmlReply(['Szanowny Panie,', 'rozumiem Pana zdenerwowanie. Sprawdzę sprawę jeszcze dziś.', 'Z poważaniem'], ['Jest Pani w błędzie, to wina kolegi z wydziału!']) },
    { name: 'a colleague is named without blame', message: reply('Szanowny Panie,\nsprawę prowadzi koleżanka z Wydziału Komunikacji, pani Anna Nowak, tel. 77 405 22 11. Przekazałam jej Pana pismo.') },
    { name: 'a previous owner of the car is not a colleague', message: reply('Szanowny Panie,\nbrak wpisu o badaniu technicznym to wina poprzedniego właściciela pojazdu, nie Pana. Wpis poprawimy na podstawie zaświadczenia ze stacji kontroli.') },
    // Issue 20.4: naming a unit, its hours, what it does, or a colleague's absence is no blame.
    { name: 'a unit named as the one that decides', message: reply('Szanowny Panie,\nwniosek rozpatrzy Wydział Komunikacji, który odpowie w ciągu 14 dni.') },
    { name: 'a unit that does not do something, as information', message: reply('Szanowny Panie,\nReferat Podatków nie wydaje zaświadczeń w soboty. Kancelaria przyjmuje pisma do 15:00.') },
    { name: '"ponieważ" with a unit that is closed', message: reply('Szanowny Panie,\nponieważ wydział jest nieczynny w poniedziałki, zapraszamy we wtorek.') },
    { name: 'a colleague on leave explains a date, blames no one', message: reply('Szanowna Pani,\nponieważ pracownik referatu jest na urlopie, odpowiemy do 20 listopada.') },
    { name: 'a courier\'s employee is not ours', message: reply('Szanowna Pani,\nprzesyłka wróciła, ponieważ pracownik firmy kurierskiej nie zastał nikogo w domu.') },
    { name: 'the clerk takes it on herself', message: reply('Szanowny Panie,\nprzepraszam za opóźnienie: nie przekazałam Pana pisma na czas. Odpowiemy jutro.') },
    { name: '"uspokoić" as reassurance without "proszę"', message: reply('Szanowna Pani,\nchciałabym Panią uspokoić: decyzja jest już podpisana i wyślemy ją jutro.') },
  ],
  invalid: [
    { name: 'nie ma Pan racji', message: reply('Szanowny Panie,\nnie ma Pan racji, termin wynosi 30 dni.'), errors: [{ messageId: 'client-wrong', at: 'nie ma Pan racji', data: { phrase: 'nie ma Pan racji' }, fix: null }] },
    { name: 'Pani nie ma racji (other word order, gap)', message: reply('Szanowna Pani,\nPani niestety nie ma racji w tej kwestii.'), errors: [{ messageId: 'client-wrong', at: 'Pani niestety nie ma racji' }] },
    { name: 'nie mają Państwo racji', message: reply('Szanowni Państwo,\nnie mają Państwo racji co do opłaty.'), errors: [{ messageId: 'client-wrong', at: 'nie mają Państwo racji' }] },
    { name: 'racji Pan nie ma', message: reply('Szanowny Panie,\nracji Pan nie ma, bo wniosek był niekompletny.'), errors: [{ messageId: 'client-wrong', at: 'racji Pan nie ma' }] },
    { name: 'myli się Pani', message: reply('Szanowna Pani,\nmyli się Pani, decyzja została doręczona 5 listopada.'), errors: [{ messageId: 'client-wrong', at: 'myli się Pani' }] },
    { name: 'jest Pan w błędzie', message: reply('Szanowny Panie,\njest Pan w błędzie co do terminu.'), errors: [{ messageId: 'client-wrong', at: 'jest Pan w błędzie' }] },
    { name: 'Pan się myli, typed without Polish letters', message: reply('Dzien dobry,\nPan sie myli, wniosek wplynal 20 pazdziernika.'), errors: [{ messageId: 'client-wrong', at: 'Pan sie myli' }] },
    { name: 'proszę się uspokoić', message: reply('Szanowny Panie,\nproszę się uspokoić, sprawa jest w toku.'), errors: [{ messageId: 'calm-down', at: 'proszę się uspokoić' }] },
    { name: 'proszę się nie denerwować', message: reply('Szanowny Panie,\nproszę się nie denerwować, dokument będzie w przyszłym tygodniu.'), errors: [{ messageId: 'calm-down', at: 'proszę się nie denerwować' }] },
    { name: 'niech Pan się uspokoi', message: reply('Panie Marku,\nniech Pan się uspokoi, wszystko załatwimy.'), errors: [{ messageId: 'calm-down', at: 'niech Pan się uspokoi' }] },
    { name: 'to wina koleżanki', message: reply('Szanowny Panie,\nto wina koleżanki, która przyjmowała wniosek.'), errors: [{ messageId: 'blame', at: 'to wina koleżanki' }] },
    { name: 'to wina poprzedniego pracownika', message: reply('Szanowny Panie,\nopóźnienie to wina poprzedniego pracownika na tym stanowisku.'), errors: [{ messageId: 'blame', at: 'to wina poprzedniego pracownika' }] },
    { name: 'to nie moja wina', message: reply('Szanowny Panie,\nrozumiem, ale to nie moja wina, że dokument się opóźnia.'), errors: [{ messageId: 'blame', at: 'to nie moja wina' }] },
    { name: 'inny wydział pomylił', message: reply('Szanowny Panie,\ninny wydział pomylił numer sprawy.'), errors: [{ messageId: 'blame', at: 'inny wydział pomylił' }] },
    { name: 'pomyliła się koleżanka, despite an apology earlier', message: reply('Szanowny Panie,\nprzepraszamy za pomyłkę. Pomyliła się koleżanka z biura obsługi.'), errors: [{ messageId: 'blame', at: 'Pomyliła się koleżanka' }] },
    // Issue 20.4: blame on a colleague in free words.
    {
      name: 'the issue\'s letter: "ponieważ nowa pracownica kancelarii nie przekazała nam Pana pisma"',
      message: reply('Szanowny Panie,\nodpowiadamy z opóźnieniem, ponieważ nowa pracownica kancelarii nie przekazała nam Pana pisma.'),
      errors: [{ messageId: 'blame', at: 'ponieważ nowa pracownica kancelarii nie przekazała', fix: null }],
    },
    { name: '"bo wydział nie przesłał akt"', message: reply('Szanowna Pani,\nsprawa się opóźniła, bo wydział geodezji nie przesłał akt.'), errors: [{ messageId: 'blame', at: 'bo wydział geodezji nie przesłał' }] },
    { name: '"gdyż sekretariat zgubił wniosek"', message: reply('Szanowna Pani,\nprosimy o ponowne złożenie, gdyż sekretariat zgubił wniosek.'), errors: [{ messageId: 'blame', at: 'gdyż sekretariat zgubił' }] },
    { name: 'a hand-over to us without "because": "kancelaria nie przekazała nam"', message: reply('Szanowny Panie,\nniestety kancelaria nie przekazała nam Pana pisma w terminie.'), errors: [{ messageId: 'blame', at: 'kancelaria nie przekazała nam' }] },
    { name: '"z powodu błędu pracownika urzędu"', message: reply('Szanowna Pani,\ndecyzja zawierała złą datę z powodu błędu pracownika urzędu.'), errors: [{ messageId: 'blame', at: 'z powodu błędu pracownika urzędu' }] },
    { name: '"przez pomyłkę koleżanki"', message: reply('Szanowna Pani,\nwezwanie trafiło pod zły adres przez pomyłkę koleżanki.'), errors: [{ messageId: 'blame', at: 'przez pomyłkę koleżanki' }] },
    { name: 'typed without Polish letters', message: reply('Dzien dobry,\nodpowiadamy pozno, poniewaz pracownik wydzialu nie przekazal nam wniosku.'), errors: [{ messageId: 'blame', at: 'poniewaz pracownik wydzialu nie przekazal' }] },
    { name: 'przepisy są absurdalne', message: reply('Szanowny Panie,\nwiem, przepisy są absurdalne, ale musimy je stosować.'), errors: [{ messageId: 'criticise-law', at: 'przepisy są absurdalne' }] },
    { name: 'bezsensowna procedura', message: reply('Szanowna Pani,\nto bezsensowna procedura, ale wymagana.'), errors: [{ messageId: 'criticise-law', at: 'bezsensowna procedura' }] },
    { name: 'takie są głupie przepisy', message: reply('Szanowny Panie,\ntakie są głupie przepisy, nic nie poradzę.'), errors: [{ messageId: 'criticise-law', at: 'głupie przepisy' }] },
    {
      name: 'Outlook HTML reply: two categories in the own text, none from the quote',
      message: htmlReply(['Szanowny Panie,', 'jest Pan w błędzie. Proszę się uspokoić.', 'Z poważaniem'], ['Przepisy są absurdalne!']),
      errors: [{ messageId: 'client-wrong', at: 'jest Pan w błędzie' }, { messageId: 'calm-down', at: 'Proszę się uspokoić' }],
    },
  ],
});
