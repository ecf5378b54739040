import { countFindings, ruleTester } from '../support/rule-tester';
import { correspondence } from '../support/office-letters';
import { rule } from '../../src/engine/rules/plain-acronym';
import { KNOWN_ACRONYMS, SHOUTED_WORDS } from '../../src/engine/rules/data/acronyms';

const citizen = { name: 'Tomasz Nowicki', address: 't.nowicki@gmail.com' };
const clerk = { name: 'Ewa Mazur', address: 'e.mazur@starostwo.kedzierzyn.pl' };
const sender = { name: 'Ewa Mazur', position: 'Inspektor', department: 'Wydział Architektury i Budownictwa' };
const SIGNATURE = '\n\nZ poważaniem\nEwa Mazur\nInspektor\nWydział Architektury i Budownictwa\ntel. 77 405 23 40';

const { letter, reply } = correspondence({
  clerk,
  citizen,
  sender,
  signature: SIGNATURE,
  letterSubject: 'Pozwolenie na budowę – znak AB.6740.112.2026',
  topic: 'Odwołanie od decyzji',
  sent: 'środa, 18 listopada 2026 08:40',
});

ruleTester(rule, {
  valid: [
    { name: 'well-known identifiers and institutions', message: letter('Szanowny Panie,\nproszę podać PESEL i NIP. Zaświadczenie z ZUS lub KRUS można przesłać przez ePUAP jako plik PDF.') },
    { name: 'explained at first use: pełna nazwa (SKRÓT), later uses bare', message: letter('Szanowny Panie,\nodwołanie rozpatrzy Samorządowe Kolegium Odwoławcze (SKO) w Opolu. Odwołanie składa się za naszym pośrednictwem, a SKO ma na decyzję miesiąc.') },
    { name: 'explained at first use: SKRÓT (pełna nazwa)', message: letter('Szanowny Panie,\nskargę można wnieść do WSA (Wojewódzki Sąd Administracyjny w Opolu) w ciągu 30 dni.') },
    { name: 'inflected after the explanation', message: letter('Szanowna Pani,\nzaświadczenie wydaje Powiatowy Urząd Pracy (PUP). W PUP-ie trzeba zarejestrować się osobiście.') },
    { name: 'Roman numerals: floor, department, session', message: letter('Szanowny Panie,\nWydział IV przyjmuje na II piętrze, pokój 204. Uchwała XII sesji rady jest w BIP.') },
    { name: 'a case reference and a registration plate are codes', message: letter('Szanowny Panie,\nw odpowiedzi na pismo znak KT.5430.112.2026 informuję, że pojazd OK 12345 jest zarejestrowany.') },
    { name: 'a surname in capitals beside a first name', message: letter('Szanowny Panie,\nsprawę prowadzi Anna NOWAK, pokój 12.') },
    { name: 'shouting and a heading in capitals', message: letter('UWAGA: PILNE\nWEZWANIE DO ZAPŁATY\nSzanowny Panie,\nproszę zapłacić podatek do 30 listopada.') },
    { name: 'acronyms only in the quoted thread', message: reply('Szanowny Panie,\nodwołanie wpłynęło 17 listopada. Przekażemy je w ciągu 7 dni.', 'Dzień dobry, składam odwołanie do SKO od decyzji WAB. Proszę o info z PINB.') },
    { name: 'the policy allows the office’s own acronym', message: letter('Szanowny Panie,\nwniosek trafił do WAB, odpowiemy w ciągu miesiąca.'), options: { allow: ['WAB'] } },
    { name: 'no acronym in a two-letter capital word that is shouted ("NIE dotyczy")', message: letter('Szanowny Panie,\nopłata NIE dotyczy osób zwolnionych.') },
    // Issue 20.4: ordinary words in capitals, as a heading, a label or for emphasis.
    { name: '"UWAGA:" and "TERMIN:" as labels', message: letter('Szanowny Panie,\nUWAGA: wniosek wymaga podpisu.\nTERMIN: 30 listopada 2026 r.') },
    { name: '"ODPOWIEDŹ NA WNIOSEK" as a heading line', message: letter('ODPOWIEDŹ NA WNIOSEK\nSzanowny Panie,\nwniosek rozpatrzono pozytywnie.') },
    { name: 'labels of a notice: KWOTA, ADRES, TEMAT, POKÓJ', message: letter('Szanowny Panie,\nKWOTA: 17 zł\nADRES: ul. Piastowska 14\nTEMAT: odpady\nPOKÓJ: 12') },
    { name: 'a heading word the lexicon does not list, alone on its line ("RATY")', message: letter('Szanowny Panie,\nRATY\nPodatek można zapłacić w czterech ratach.') },
    { name: 'a heading word with a colon the lexicon does not list ("ODSETKI:" is 7 letters; "KARA:")', message: letter('Szanowny Panie,\nKARA: 500 zł za każdy dzień zwłoki.') },
    { name: 'emphasis in running text: NIE, TYLKO, BEZ', message: letter('Szanowny Panie,\nproszę NIE przychodzić bez dowodu. Dokumenty przyjmujemy TYLKO osobiście, BEZ kolejki.') },
    { name: 'a word the letter also writes in lower case ("ZGODY … zgody")', message: letter('Szanowny Panie,\nbez ZGODY właściciela nie wydamy decyzji. Zgody udziela zarząd wspólnoty.') },
    { name: 'the signature block (with REGON, NIP) is not the own text', message: { ...letter('Szanowny Panie,\ndecyzja jest gotowa.'), bodyText: 'Szanowny Panie,\ndecyzja jest gotowa.\n\nZ poważaniem\nEwa Mazur\nInspektor\nWydział Architektury i Budownictwa\nStarostwo Powiatowe, REGON 531412421, WAB' } },
  ],
  invalid: [
    { name: 'SKO unexplained', message: letter('Szanowny Panie,\nodwołanie wnosi się do SKO w terminie 14 dni.'), errors: [{ messageId: 'unexplained', at: 'SKO', data: { acronym: 'SKO' }, fix: null }] },
    { name: 'one finding per acronym, at its first use', message: letter('Szanowny Panie,\nPINB wydał nakaz. Decyzja PINB jest ostateczna, a PINB może ją wykonać.'), errors: [{ messageId: 'unexplained', at: 'PINB' }] },
    { name: 'two different acronyms', message: letter('Szanowny Panie,\nodwołanie rozpatrzy SKO, a skargę WSA.'), errors: [{ messageId: 'unexplained', data: { acronym: 'SKO' } }, { messageId: 'unexplained', data: { acronym: 'WSA' } }] },
    { name: 'explained only later, not at first use', message: letter('Szanowna Pani,\nzaświadczenie wyda MOPR. Miejski Ośrodek Pomocy Rodzinie (MOPR) ma siedzibę przy ul. Długiej 5.'), errors: [{ messageId: 'unexplained', at: 'MOPR' }] },
    { name: 'brackets alone do not explain it', message: letter('Szanowna Pani,\nproszę o kontakt (ZGK).'), errors: [{ messageId: 'unexplained', at: 'ZGK' }] },
    { name: 'an inflected form reports the acronym itself', message: letter('Szanowna Pani,\nproszę zarejestrować się w PUP-ie przed złożeniem wniosku.'), errors: [{ messageId: 'unexplained', at: 'PUP', data: { acronym: 'PUP' } }] },
    { name: 'Polish capitals count', message: letter('Szanowny Panie,\nświadectwo wystawia ŚCHE w Opolu.'), errors: [{ messageId: 'unexplained', at: 'ŚCHE' }] },
    { name: 'a digit after the first letter', message: letter('Szanowny Panie,\nstężenie PM10 przekroczyło normę.'), errors: [{ messageId: 'unexplained', at: 'PM10' }] },
    { name: 'the policy’s allow list does not cover others', message: letter('Szanowny Panie,\nwniosek z WAB trafił do ZDP.'), options: { allow: ['WAB'] }, errors: [{ messageId: 'unexplained', at: 'ZDP' }] },
    { name: 'reply: the own text only', message: reply('Szanowny Panie,\nodwołanie przekażemy do SKO.', 'Czy SKO dostanie odwołanie? Pisałem też do WSA.'), errors: [{ messageId: 'unexplained', at: 'SKO' }] },
    { name: 'acronym at the sentence start', message: letter('Szanowny Panie,\nGDOŚ nie wydał jeszcze opinii.'), errors: [{ messageId: 'unexplained', at: 'GDOŚ' }] },
    // Real acronyms in the places headings take: still acronyms (three letters, or no vowel, or a word in running text).
    { name: '"SKO:" as a label still needs explaining', message: letter('Szanowny Panie,\nSKO: odwołanie w ciągu 14 dni.'), errors: [{ messageId: 'unexplained', at: 'SKO' }] },
    { name: '"WSA" alone on its line', message: letter('Szanowny Panie,\nWSA\nSkargę wnosi się za naszym pośrednictwem.'), errors: [{ messageId: 'unexplained', at: 'WSA' }] },
    { name: '"ZGK:" (no vowel) and "PUP" in running text', message: letter('Szanowny Panie,\nZGK: odbiór odpadów we wtorki.\nZaświadczenie wyda PUP w Opolu.'), errors: [{ messageId: 'unexplained', at: 'ZGK' }, { messageId: 'unexplained', at: 'PUP' }] },
    { name: 'a four-letter acronym in running text ("PCPR")', message: letter('Szanowna Pani,\nwniosek rozpatrzy PCPR w Kędzierzynie.'), errors: [{ messageId: 'unexplained', at: 'PCPR' }] },
    {
      name: 'Outlook HTML reply',
      message: {
        from: clerk,
        to: [citizen],
        sender,
        composeType: 'reply' as const,
        subject: 'RE: Mapa do celów projektowych',
        bodyHtml:
          '<html><body><p class="MsoNormal">Szanowny Panie,</p><p class="MsoNormal">mapę wydaje PODGiK w ciągu 7 dni.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Tomasz Nowicki<br><b>Temat:</b> Mapa</div><p>Gdzie jest ODGiK i WODGiK?</p></body></html>',
      },
      errors: [{ messageId: 'unexplained', at: 'PODGiK', data: { acronym: 'PODGiK' } }],
    },
  ],
});

test('plain-acronym on a 1 MB body of look-alikes reports each acronym once, at its first use', () => {
  const line = 'AB CD EF GH (SKO (SKO) SKO ( PINB-ie Anna NOWAK II KT.1 ABC ABD\n';
  const lines = Math.ceil(1_000_000 / line.length);
  const count = (text: string) => countFindings(rule, text);
  expect(count(line)).toBeGreaterThan(0);
  expect(count(line.repeat(lines))).toBe(count(line));
});

test('the list of ordinary words in capitals holds no acronym a citizen meets, and no known one twice', () => {
  const acronyms = ['SKO', 'WSA', 'PUP', 'MOPS', 'GOPS', 'ZGK', 'PINB', 'GDOŚ', 'PCPR', 'MOPR', 'ZDP', 'PSSE', 'WIOŚ', 'PAN', 'ZUS', 'NFZ', 'KRUS', 'PFRON', 'SANEPID', 'ZOL', 'OPS', 'ŚDS', 'UM', 'UG', 'SP', 'ZS', 'OSP', 'PSP', 'KPP', 'KMP', 'WORD', 'ARiMR', 'KOWR'];
  expect(SHOUTED_WORDS.filter((w) => acronyms.includes(w))).toEqual([]);
  expect(SHOUTED_WORDS.filter((w) => KNOWN_ACRONYMS.includes(w))).toEqual([]);
  expect(SHOUTED_WORDS.filter((w, i) => SHOUTED_WORDS.indexOf(w) !== i)).toEqual([]);
});
