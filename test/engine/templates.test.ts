import { acknowledgementTemplate, acknowledgementText, isTemplateCopy, outOfOfficeText, summonsTemplate, summonsText } from '../../src/engine/templates';
import { createMessage } from '../../src/engine/model';
import { computeDeadline } from '../../src/engine/deadlines';
import { MESSAGES } from '../../src/engine/i18n';

const clerk = { name: 'Jan Nowak', phone: '77 123 45 67', room: '12' };

describe('acknowledgement of receipt', () => {
  test('Polish: greeting, received date, case reference, reply date from the deadline helper, closing', () => {
    const replyBy = computeDeadline({ received: '2026-11-24', kind: 'kpa-1m' }).date;
    const text = acknowledgementText('pl', { received: '2026-11-24', caseReference: 'OR.5430.112.2026', replyBy });
    expect(text).toBe(
      'Szanowni Państwo,\n\n' +
        'potwierdzam otrzymanie Państwa wiadomości z dnia 24.11.2026 r. ' +
        'Sprawie nadano znak OR.5430.112.2026 – prosimy powoływać się na niego w dalszej korespondencji. ' +
        'Odpowiedź przekażemy niezwłocznie, nie później niż do 28.12.2026 r.\n\n' +
        'Z poważaniem',
    );
  });

  test('English, without a reference yet: the reply date is a visible placeholder when unknown', () => {
    const text = acknowledgementText('en', { received: '2026-11-24' });
    expect(text).toContain('your message of 24 November 2026.');
    expect(text).not.toContain('reference');
    expect(text).toContain('at the latest by [fill in: reply date].');
  });
});

describe('out of office', () => {
  test('names the substitute with phone and e-mail and the return date', () => {
    const text = outOfOfficeText('pl', { returnDate: '2027-01-04', substitute: { name: 'Anna Wiśniewska', phone: '77 123 45 68', email: 'a.wisniewska@powiat.example.pl' } });
    expect(text).toContain('Wracam do pracy 04.01.2027 r. i wtedy odpowiem.');
    expect(text).not.toContain('włącznie');
    expect(text).toContain('Anna Wiśniewska, tel. 77 123 45 68, e-mail a.wisniewska@powiat.example.pl.');
  });

  test('a missing substitute is a placeholder, never a gap', () => {
    const text = outOfOfficeText('en', { returnDate: '2027-01-04', substitute: {} });
    expect(text).toContain("[fill in: substitute's name], [fill in: substitute's phone or e-mail].");
  });
});

describe('issue 14.7: the return date is the first day back', () => {
  test.each([
    ['pl', 'dziękuję za wiadomość. Obecnie przebywam poza urzędem. Wracam do pracy 28.12.2026 r. i wtedy odpowiem. W pilnych sprawach proszę kontaktować się z osobą zastępującą: Jan Wiśniewski, tel. 22 123 45 68.'],
    ['en', 'Thank you for your message. I am out of the office at the moment. I will be back at work on 28 December 2026 and will reply then. For urgent matters please contact my substitute: Jan Wiśniewski, phone 22 123 45 68.'],
  ] as const)('%s', (lang, body) => {
    const text = outOfOfficeText(lang, { returnDate: '2026-12-28', substitute: { name: 'Jan Wiśniewski', phone: '22 123 45 68' } });
    expect(text.split('\n\n')[1]).toBe(body);
  });
});

describe('issue 14.6: the acknowledgement greets and addresses the people it goes to', () => {
  const input = { received: '2026-12-21', replyBy: '2027-01-21' };
  const to = (...people: { name: string; address: string }[]) => createMessage({ from: { address: 'anna.nowak@gmina.example.pl' }, to: people });
  test.each([
    ['one woman', to({ name: 'Katarzyna Mazur', address: 'k.mazur@interia.pl' }), 'Szanowna Pani,', 'potwierdzam otrzymanie Pani wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.'],
    ['one man', to({ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }), 'Szanowny Panie,', 'potwierdzam otrzymanie Pana wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.'],
    ['two people', to({ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }, { name: 'Ewa Lis', address: 'ewa.lis@wp.pl' }), 'Szanowni Państwo,', 'potwierdzam otrzymanie Państwa wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.'],
    ['an unknown person', to({ name: 'jk1977', address: 'jk1977@wp.pl' }), 'Dzień dobry,', 'potwierdzam otrzymanie Państwa wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.'],
  ])('%s', (_name, message, greeting, body) => {
    expect(acknowledgementTemplate('pl', input, message)).toEqual({ id: 'acknowledgement', greeting, body, closing: 'Z poważaniem' });
  });

  test('the summons says "Panu" to a man', () => {
    const t = summonsTemplate('pl', { hours: 'pon.–pt. 8:00–15:00', sender: clerk }, to({ name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' }));
    expect(t.body).toBe(
      'uprzejmie proszę o osobiste stawiennictwo w urzędzie w godzinach pracy urzędu (pon.–pt. 8:00–15:00), w pokoju nr 12. Sprawę prowadzi Jan Nowak, tel. 77 123 45 67. Gdyby termin Panu nie odpowiadał, proszę o kontakt telefoniczny.',
    );
  });
});

describe('isTemplateCopy', () => {
  const woman = createMessage({ to: [{ name: 'Katarzyna Mazur', address: 'k.mazur@interia.pl' }] });
  test.each([
    ['acknowledgement', acknowledgementTemplate('pl', { received: '2026-12-21', replyBy: '2027-01-21' }, woman).body],
    ['acknowledgement', acknowledgementTemplate('pl', { received: '2026-12-21', caseReference: 'OR.1.2026' }).body],
    ['acknowledgement', acknowledgementTemplate('en', { received: '', replyBy: '2027-01-21' }).body],
    ['summons', summonsTemplate('pl', { date: '2026-12-03', time: '10:00', matter: 'rejestracji pojazdu', sender: clerk }, woman).body],
    ['summons', summonsTemplate('en', { sender: {} }).body],
  ] as const)('%s: %s', (id, body) => {
    expect(isTemplateCopy(id, body)).toBe(true);
    expect(isTemplateCopy(id, `  ${body}  `)).toBe(true);
    expect(isTemplateCopy(id === 'summons' ? 'acknowledgement' : 'summons', body)).toBe(false);
  });

  test.each([
    'potwierdzam otrzymanie Pani wiadomości z dnia 21.12.2026 r. i dziękuję.',
    'uprzejmie proszę o osobiste stawiennictwo w urzędzie w dniu 3 grudnia.',
    'Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.',
  ])('a paragraph the clerk wrote is no copy: %s', (paragraph) => {
    expect(isTemplateCopy('acknowledgement', paragraph) || isTemplateCopy('summons', paragraph)).toBe(false);
  });
});

describe('summons', () => {
  test('all four details: room, employee name, phone, appointment time', () => {
    const text = summonsText('pl', { date: '2026-12-03', time: '10:00', matter: 'rejestracji pojazdu', sender: clerk });
    expect(text).toContain('osobiste stawiennictwo w urzędzie w sprawie rejestracji pojazdu w dniu 03.12.2026 r. o godz. 10:00, w pokoju nr 12.');
    expect(text).toContain('Sprawę prowadzi Jan Nowak, tel. 77 123 45 67.');
  });

  test('office hours instead of an appointment; missing profile fields become placeholders', () => {
    const text = summonsText('en', { hours: 'Mon–Fri 8:00–15:00', sender: { name: 'Jan Nowak' } });
    expect(text).toContain('during office hours (Mon–Fri 8:00–15:00), room [fill in: room number].');
    expect(text).toContain('phone [fill in: phone].');
  });
});

test('every template text exists in both languages', () => {
  const ids = (lang: 'pl' | 'en') => Object.keys(MESSAGES[lang]).filter((k) => k.startsWith('template.')).sort();
  expect(ids('pl')).toEqual(ids('en'));
  expect(ids('pl').length).toBeGreaterThan(20);
});
