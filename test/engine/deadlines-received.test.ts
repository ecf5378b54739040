import { dateInHeader, quotedMessageDate } from '../../src/engine/deadlines';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';

describe('dateInHeader', () => {
  test.each<[string, string | undefined]>([
    ['Wysłane: środa, 18 listopada 2026 14:05', '2026-11-18'],
    ['Wysłano: 1 marca 2026 09:12', '2026-03-01'],
    ['Sent: Wednesday, November 18, 2026 2:05 PM', '2026-11-18'],
    ['Sent: 18 November 2026 14:05', '2026-11-18'],
    ['Data: 18.11.2026 14:05', '2026-11-18'],
    ['Date: 2026-02-28', '2026-02-28'],
    ['Dnia 29.02.2028 o 10:15 Jan Kowalski <jan@wp.pl> napisał(a):', '2028-02-29'],
    ['Data: 31.02.2026', undefined],
    ['Wysłane: jutro', undefined],
    ['Sent: Smarch 5, 2026', undefined],
  ])('%s → %s', (line, expected) => {
    expect(dateInHeader(line)).toBe(expected);
  });
});

describe('quotedMessageDate', () => {
  test('takes the newest quoted message (the first header), not an older one below it', () => {
    const text =
      'Szanowna Pani,\nodpowiadam na pytanie.\n\nOd: Anna Kowalska <anna@wp.pl>\nWysłane: środa, 18 listopada 2026 14:05\nDo: urzad@gmina.example.pl\nTemat: Wniosek\n\nPytanie.\n\nOd: Urząd <urzad@gmina.example.pl>\nWysłane: 2 listopada 2026 10:00\n';
    expect(quotedMessageDate(parseBody(createMessage({ bodyText: text })))).toBe('2026-11-18');
  });

  test('reads the Outlook HTML reply header', () => {
    const html = '<div>Dzień dobry,</div><div id="divRplyFwdMsg"><b>Od:</b> Anna<br><b>Wysłane:</b> 3 grudnia 2026 08:00<br><b>Do:</b> urzad</div>';
    expect(quotedMessageDate(parseBody(createMessage({ bodyHtml: html })))).toBe('2026-12-03');
  });

  test('no thread, or a date only in the own text: nothing', () => {
    expect(quotedMessageDate(parseBody(createMessage({ bodyText: 'Data: 18.11.2026 — pismo wpłynęło wtedy.' })))).toBeUndefined();
  });
});
