import { acknowledgementText, outOfOfficeText, summonsText } from '../../src/engine/templates';
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
    expect(text).toContain('Do 04.01.2027 r. włącznie');
    expect(text).toContain('Anna Wiśniewska, tel. 77 123 45 68, e-mail a.wisniewska@powiat.example.pl.');
  });

  test('a missing substitute is a placeholder, never a gap', () => {
    const text = outOfOfficeText('en', { returnDate: '2027-01-04', substitute: {} });
    expect(text).toContain("[fill in: substitute's name], [fill in: substitute's phone or e-mail].");
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
