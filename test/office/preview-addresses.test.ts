import { formatRecipients, parseRecipients } from '../../src/preview/addresses';

describe('preview recipient fields', () => {
  it('splits on commas and semicolons, keeps names, honours quotes', () => {
    expect(parseRecipients('Jan Kowalski <jan@gmail.com>; ewa@wp.pl, "Lewandowska, Maria" <maria@onet.pl>;;')).toEqual([
      { displayName: 'Jan Kowalski', emailAddress: 'jan@gmail.com' },
      { displayName: 'ewa@wp.pl', emailAddress: 'ewa@wp.pl' },
      { displayName: 'Lewandowska, Maria', emailAddress: 'maria@onet.pl' },
    ]);
  });
  it('formats back to the same text', () => {
    const text = 'Jan Kowalski <jan@gmail.com>; ewa@wp.pl; "Lewandowska, Maria" <maria@onet.pl>';
    expect(formatRecipients(parseRecipients(text))).toBe(text);
  });
});
