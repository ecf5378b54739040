import { createMessage } from '../../src/engine/model';
import { genderOf, parseDisplayName, parseGreeting, suggestGreeting, suggestGreetingPhrase } from '../../src/engine/greeting';

describe('parseDisplayName', () => {
  test.each([
    ['Anna Kowalska', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['Kowalska Anna', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['Kowalska, Anna', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['KOWALSKA Anna', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['Anna Maria Kowalska-Nowak', '', { first: 'Anna', last: 'Kowalska-Nowak', isOffice: false }],
    ['Kowalska-Nowak Anna Maria', '', { first: 'Anna', last: 'Kowalska-Nowak', isOffice: false }],
    ['"Kowalska Anna (UG Example)"', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['dr Anna Kowalska', '', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['prof. dr hab. inż. Jan Nowak', '', { first: 'Jan', last: 'Nowak', isOffice: false }],
    ['Jan Nowak - Urząd Gminy Example', '', { first: 'Jan', last: 'Nowak', isOffice: false }],
    ['Shevchenko Oksana', '', { first: 'Oksana', last: 'Shevchenko', isOffice: false }],
    ['', 'anna.kowalska@gmail.com', { first: 'Anna', last: 'Kowalska', isOffice: false }],
    ['', 'kowalski_piotr@wp.pl', { first: 'Piotr', last: 'Kowalski', isOffice: false }],
    ['', 'jk1977@wp.pl', { isOffice: false }],
    ['', 'sekretariat@ug-example.pl', { isOffice: true }],
    ['', 'biuro.podawcze@starostwo.example.pl', { isOffice: true }],
    ['Urząd Gminy Example', 'urzad@example.pl', { isOffice: true }],
    ['Sekretariat', 'kancelaria@example.pl', { isOffice: true }],
    ['Kancelaria Radcy Prawnego', 'info@kancelaria.pl', { isOffice: true }],
    // A person's name on a shared mailbox is that person.
    ['Anna Kowalska', 'biuro@kowalska-tlumaczenia.pl', { first: 'Anna', last: 'Kowalska', isOffice: false }],
  ])('%j <%s>', (name, address, expected) => {
    expect(parseDisplayName(name, address)).toEqual(expected);
  });
});

describe('genderOf', () => {
  test.each([
    [{ name: 'Anna Kowalska', address: 'a.kowalska@gmail.com' }, 'female'],
    [{ name: 'Nowak Piotr', address: 'pnowak@wp.pl' }, 'male'],
    [{ name: 'Kowalska, Kuba', address: 'k@o2.pl' }, 'male'],
    [{ name: 'Bonawentura Zieliński', address: 'bz@o2.pl' }, 'male'],
    [{ name: 'Andrij Melnyk', address: 'andrij.melnyk@gmail.com' }, 'male'],
    [{ name: 'Olena Kovalenko', address: 'olena@ukr.net' }, 'female'],
    // Unknown first name: an adjectival surname still tells.
    [{ name: 'Robin Zawadzki', address: 'rz@o2.pl' }, 'male'],
    [{ name: 'Kim Nowicka', address: 'kn@o2.pl' }, 'female'],
    [{ address: 'ewa.mazur@interia.pl' }, 'female'],
    [{ name: 'anna.kowalska@gmail.com', address: 'anna.kowalska@gmail.com' }, 'female'],
  ])('%j is %s', (recipient, gender) => {
    expect(genderOf(recipient)).toBe(gender);
  });

  test.each([
    [{ name: 'Robin Mazur', address: 'rm@o2.pl' }],
    [{ name: 'Sekretariat Starosty', address: 'sekretariat@powiat.example.pl' }],
    [{ address: 'jk1977@wp.pl' }],
    [{ name: 'Urząd Miasta', address: 'um@example.pl' }],
  ])('%j has no known gender', (recipient) => {
    expect(genderOf(recipient)).toBeUndefined();
  });
});

describe('parseGreeting', () => {
  test.each([
    ['Szanowna Pani,', { form: 'formal-f', raw: 'Szanowna Pani' }],
    ['Szanowny Panie,', { form: 'formal-m', raw: 'Szanowny Panie' }],
    ['Szanowni Państwo,', { form: 'formal-plural', raw: 'Szanowni Państwo' }],
    ['Szanowne Panie!', { form: 'formal-plural', raw: 'Szanowne Panie' }],
    ['szanowny panie, w odpowiedzi na pismo', { form: 'formal-m', raw: 'szanowny panie' }],
    ['Szanowna Pani Dyrektor,', { form: 'formal-f', raw: 'Szanowna Pani Dyrektor', title: 'Dyrektor' }],
    ['Szanowny Panie Mecenasie,', { form: 'formal-m', raw: 'Szanowny Panie Mecenasie', title: 'Mecenasie' }],
    ['Szanowny Panie Burmistrzu!', { form: 'formal-m', raw: 'Szanowny Panie Burmistrzu', title: 'Burmistrzu' }],
    ['Szanowna Pani Prezes,', { form: 'formal-f', raw: 'Szanowna Pani Prezes', title: 'Prezes' }],
    ['Szanowny Panie Wicestarosto,', { form: 'formal-m', raw: 'Szanowny Panie Wicestarosto', title: 'Wicestarosto' }],
    ['Szanowny Panie Kowalski,', { form: 'formal-m', raw: 'Szanowny Panie Kowalski', surname: 'Kowalski' }],
    ['Szanowna Pani Kowalska,', { form: 'formal-f', raw: 'Szanowna Pani Kowalska', surname: 'Kowalska' }],
    ['Szanowna Pani Anno,', { form: 'formal-f', raw: 'Szanowna Pani Anno' }],
    ['Szanowny Panie Piotrze,', { form: 'formal-m', raw: 'Szanowny Panie Piotrze' }],
    ['Szanowny Kliencie,', { form: 'formal-m', raw: 'Szanowny Kliencie', title: 'Kliencie' }],
    ['Dzień dobry,', { form: 'neutral', raw: 'Dzień dobry' }],
    ['Szanowna Pani / Szanowny Panie,', { form: 'neutral', raw: 'Szanowna Pani / Szanowny Panie' }],
    ['Szanowna Pani/Panie,', { form: 'neutral', raw: 'Szanowna Pani/Panie' }],
    ['Dzień dobry Pani Anno,', { form: 'neutral', raw: 'Dzień dobry Pani Anno' }],
    ['Dzień dobry, w nawiązaniu do wniosku', { form: 'neutral', raw: 'Dzień dobry' }],
    ['Witam,', { form: 'informal', raw: 'Witam' }],
    ['Witam serdecznie!', { form: 'informal', raw: 'Witam serdecznie' }],
    ['Witam Pana Kowalskiego w imieniu wydziału', { form: 'informal', raw: 'Witam Pana Kowalskiego' }],
    ['Hej Aniu,', { form: 'informal', raw: 'Hej Aniu' }],
    ['Cześć', { form: 'informal', raw: 'Cześć' }],
    ['Hi John,', { form: 'informal', raw: 'Hi John' }],
    ['Dear Mr Smith,', { form: 'english', raw: 'Dear Mr Smith' }],
    ['Dear Sir or Madam,', { form: 'english', raw: 'Dear Sir or Madam' }],
    ['Good morning,', { form: 'english', raw: 'Good morning' }],
  ])('%s', (line, expected) => {
    const g = parseGreeting(line);
    expect(g).toMatchObject(expected);
    expect(g && line.slice(g.start, g.end)).toBe(expected.raw);
  });

  test.each(['W odpowiedzi na Pani pismo informuję', 'Hilary Nowak przesłał wniosek', 'Pan Jan Kowalski', 'Uprzejmie informuję, że', 'Dziękuję za wiadomość.', ''])('%j is no greeting', (line) => {
    expect(parseGreeting(line)).toBeNull();
  });

  test('offsets are absolute when the line offset is given', () => {
    expect(parseGreeting('  Witam,', 100)).toMatchObject({ start: 102, end: 107, raw: 'Witam' });
  });
});

describe('suggestGreeting', () => {
  const to = (...recipients: { name?: string; address: string }[]) => createMessage({ to: recipients });
  test.each([
    [to({ name: 'Kowalska Anna', address: 'anna.k@gmail.com' }), 'pl', 'Szanowna Pani,'],
    [to({ name: 'Piotr Nowak', address: 'pnowak@wp.pl' }), 'pl', 'Szanowny Panie,'],
    [to({ name: 'Piotr Nowak', address: 'pnowak@wp.pl' }, { name: 'Ewa Lis', address: 'ewa.lis@o2.pl' }), 'pl', 'Szanowni Państwo,'],
    [to({ name: 'Piotr Nowak', address: 'pnowak@wp.pl' }, { address: 'sekretariat@ug.example.pl' }), 'pl', 'Szanowny Panie,'],
    [to({ address: 'jk1977@wp.pl' }), 'pl', 'Dzień dobry,'],
    [to({ name: 'Sekretariat', address: 'sekretariat@ug.example.pl' }), 'pl', 'Dzień dobry,'],
    [createMessage({ bcc: [{ address: 'jan.lis@wp.pl' }, { address: 'ewa.mazur@o2.pl' }] }), 'pl', 'Szanowni Państwo,'],
    [to({ name: 'Kowalska Anna', address: 'anna.k@gmail.com' }), 'en', 'Dear Ms Kowalska,'],
    [to({ name: 'Piotr Nowak', address: 'pnowak@wp.pl' }), 'en', 'Dear Mr Nowak,'],
    [to({ name: 'Robin Mazur', address: 'rm@o2.pl' }), 'en', 'Dear Robin Mazur,'],
    [to({ name: 'Piotr Nowak', address: 'pnowak@wp.pl' }, { name: 'Ewa Lis', address: 'ewa.lis@o2.pl' }), 'en', 'Dear All,'],
    [to({ address: 'info@company.example.com' }), 'en', 'Dear Sir or Madam,'],
    // Issue 14.2: after the Bcc fix To holds the sender's own address and four citizens are in Bcc.
    [
      createMessage({
        from: { name: 'Anna Nowak', address: 'anna.nowak@gmina.example.pl' },
        to: [{ name: 'Anna Nowak', address: 'anna.nowak@gmina.example.pl' }],
        bcc: [{ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }, { name: 'Ewa Zielińska', address: 'ewa.z@wp.pl' }, { name: 'Piotr Wiśniewski', address: 'piotr.w@o2.pl' }, { name: 'Maria Lewandowska', address: 'maria.l@onet.pl' }],
      }),
      'pl',
      'Szanowni Państwo,',
    ],
    // Everyone who receives the letter counts, Bcc included: one visible citizen and three hidden ones.
    [createMessage({ to: [{ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }], bcc: [{ name: 'Ewa Zielińska', address: 'ewa.z@wp.pl' }] }), 'pl', 'Szanowni Państwo,'],
    // A colleague copied in Bcc for the record is not greeted.
    [createMessage({ from: { address: 'anna.nowak@gmina.example.pl' }, to: [{ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }], bcc: [{ name: 'Ewa Lis', address: 'ewa.lis@gmina.example.pl' }] }), 'pl', 'Szanowny Panie,'],
    // The same citizen in To and in Bcc is one person.
    [createMessage({ to: [{ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }], bcc: [{ name: 'Jan Kowalski', address: 'Jan.Kowalski@gmail.com' }] }), 'pl', 'Szanowny Panie,'],
  ] as const)('%#: %s -> %s', (message, lang, expected) => {
    expect(suggestGreeting(message, lang)).toBe(expected);
    expect(suggestGreetingPhrase(message, lang)).toBe(expected.slice(0, -1));
  });
});

describe('hostile input', () => {
  test('long display names, addresses and greeting lines are still parsed', () => {
    const long = '('.repeat(200_000) + 'a'.repeat(200_000);
    expect(parseDisplayName(long, `${'x'.repeat(200_000)}@example.pl`)).toMatchObject({ isOffice: false });
    const line = `Witam ${'ą'.repeat(500_000)} ${'('.repeat(500_000)}`;
    const g = parseGreeting(line);
    expect([g?.form, g?.start, g?.end]).toEqual(['informal', 0, 5]);
  });
});
