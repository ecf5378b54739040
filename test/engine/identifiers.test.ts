import fc from 'fast-check';
import {
  findIdentifiers,
  isValidIban,
  isValidIdCard,
  isValidNip,
  isValidNrb,
  isValidPassport,
  isValidPesel,
  isValidRegon,
  maskIdentifier,
  peselBirthDate,
} from '../../src/engine/identifiers';

// Published specimens: PESEL 44051401359 (1944-05-14), ID card ABA300000 and passport ZS0000177
// (the state specimens), IBAN PL61 1090 1014 0000 0712 1981 2874, NIP 526-025-09-95, REGON 123456785.
describe('PESEL', () => {
  test.each([
    ['44051401359', true, 'specimen, born 1944'],
    ['02220803629', true, 'born 2002 (month + 20)'],
    ['02811500119', true, 'born 1802 (month + 80)'],
    ['85123100129', true, 'born 31 December 1985'],
    ['44051401358', false, 'wrong check digit'],
    ['99022904568', false, '29 February 1999 never was'],
    ['00022907895', false, '29 February 1900 never was (not a leap year)'],
    ['84133200113', false, 'month 13 is no month in any century'],
    ['4405140135', false, 'ten digits'],
    ['4405140135a', false, 'a letter'],
  ])('%s → %s (%s)', (pesel, valid) => {
    expect(isValidPesel(pesel)).toBe(valid);
  });

  test('decodes the century from the month', () => {
    expect(peselBirthDate('02220803629')).toEqual({ year: 2002, month: 2, day: 8 });
    expect(peselBirthDate('02811500119')).toEqual({ year: 1802, month: 1, day: 15 });
    expect(peselBirthDate('99022904568')).toBeNull();
  });
});

describe('ID card and passport', () => {
  test.each([
    ['ABA300000', true],
    ['ABA 300000', true],
    ['AYB434567', true],
    ['ayb434567', true],
    ['ABA400000', false],
    ['AB3300000', false],
  ])('ID card %s → %s', (id, valid) => expect(isValidIdCard(id)).toBe(valid));

  test.each([
    ['ZS0000177', true],
    ['EM0638245', true],
    ['ZS 0000177', true],
    ['ZS1000177', false],
    ['ZSO000177', false],
  ])('passport %s → %s', (id, valid) => expect(isValidPassport(id)).toBe(valid));
});

describe('bank accounts', () => {
  test.each([
    ['PL61109010140000071219812874', true],
    ['PL61 1090 1014 0000 0712 1981 2874', true],
    ['pl61 1090 1014 0000 0712 1981 2874', true],
    ['DE89370400440532013000', true],
    ['PL62109010140000071219812874', false],
    ['PL6110901014000007121981287', false],
  ])('IBAN %s → %s', (iban, valid) => expect(isValidIban(iban)).toBe(valid));

  test.each([
    ['61109010140000071219812874', true],
    ['48 1020 3661 0000 1234 5678 9012', true],
    ['91-1160-2202-0000-0001-2345-6789', true],
    ['48102036610000123456789013', false],
    ['PL61109010140000071219812874', false],
  ])('NRB %s → %s', (nrb, valid) => expect(isValidNrb(nrb)).toBe(valid));
});

describe('NIP and REGON', () => {
  test.each([
    ['5260250995', true],
    ['526-025-09-95', true],
    ['526-02-50-995', true],
    ['PL5260250995', true],
    ['5260250996', false],
    ['526025099', false],
  ])('NIP %s → %s', (nip, valid) => expect(isValidNip(nip)).toBe(valid));

  test.each([
    ['123456785', true],
    ['531412763', true],
    ['12345678500010', true],
    ['123456786', false],
    ['12345678500011', false],
    ['12345678600017', false],
  ])('REGON %s → %s', (regon, valid) => expect(isValidRegon(regon)).toBe(valid));
});

describe('findIdentifiers', () => {
  const text =
    'PESEL: 44051401359, dowód ABA 300000, paszport ZS0000177.\n' +
    'Rachunek: PL61 1090 1014 0000 0712 1981 2874 oraz 48102036610000123456789012.\n' +
    'NIP 526-025-09-95, REGON 123456785. Błędny PESEL 44051401358, tel. 77 405 67 00.';

  test('finds every kind with its offsets, checksum-valid only', () => {
    const found = findIdentifiers(text, 100);
    expect(found.map((f) => [f.kind, f.value, text.slice(f.start - 100, f.end - 100)])).toEqual([
      ['pesel', '44051401359', '44051401359'],
      ['idCard', 'ABA300000', 'ABA 300000'],
      ['passport', 'ZS0000177', 'ZS0000177'],
      ['account', '61109010140000071219812874', 'PL61 1090 1014 0000 0712 1981 2874'],
      ['account', '48102036610000123456789012', '48102036610000123456789012'],
      ['nip', '5260250995', '526-025-09-95'],
      ['regon', '123456785', '123456785'],
    ]);
  });

  test('returns only the kinds asked for', () => {
    expect(findIdentifiers(text, 0, ['nip', 'regon']).map((f) => f.kind)).toEqual(['nip', 'regon']);
    expect(findIdentifiers(text, 0, ['pesel']).map((f) => f.value)).toEqual(['44051401359']);
  });

  test('does not take a number out of a longer one or out of a word', () => {
    expect(findIdentifiers('sygn. 144051401359 i XABA300000 oraz 44051401359a', 0)).toEqual([]);
  });

  test('finds nothing in a megabyte of digits and separators (time: test/fuzz/linear-time)', () => {
    const hostile = '1 2-3 '.repeat(180_000) + '9'.repeat(200_000);
    expect(findIdentifiers(hostile)).toEqual([]);
  });

  test('finds every identifier set apart in random text, where it is, and nothing in the words around it', () => {
    const ids: Array<[kind: string, written: string]> = [
      ['pesel', '44051401359'], ['pesel', '90080515811'], ['idCard', 'ABA 300000'], ['idCard', 'ABA300000'], ['passport', 'ZS0000177'],
      ['account', 'PL61 1090 1014 0000 0712 1981 2874'], ['account', '61109010140000071219812874'],
    ];
    const noise = fc.constantFrom('pismo', 'nr', '12', '1', 'ABC', 'PL', 'A1', '2026 r.', '10:30', '12-345', 'tel. 77 123 45 67', '(12)', 'ą', 'XABA300000', '144051401359');
    fc.assert(
      fc.property(fc.array(fc.oneof(noise.map((w) => ({ w, id: null })), fc.constantFrom(...ids).map(([kind, w]) => ({ w, id: kind }))), { maxLength: 20 }), fc.constantFrom(', ', '\n', ' – ', '; '), (parts, sep) => {
        const text = parts.map((p) => p.w).join(sep);
        const found = findIdentifiers(text).map((f) => [f.kind, text.slice(f.start, f.end)]);
        const expected = parts.filter((p) => p.id !== null).map((p) => [p.id, p.w]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('masks all but the last three characters', () => {
    expect(maskIdentifier('44051401359')).toBe('********359');
    expect(maskIdentifier('ABA300000')).toBe('******000');
  });
});
