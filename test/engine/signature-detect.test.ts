import { detectSignatureFields, SIGNATURE_NOTICE_PL } from '../../src/engine/signature';

const known = { names: ['Anna Wiśniewska'], notice: SIGNATURE_NOTICE_PL };
const fields = (text: string, k = known) => [...detectSignatureFields(text, k)].sort();

describe('detectSignatureFields', () => {
  test('a full typed signature of a county office', () => {
    const text = 'Anna Wiśniewska\nstarszy inspektor\nWydział Komunikacji i Transportu\nStarostwo Powiatowe w Kędzierzynie-Koźlu\nul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle\ntel. 77 405 27 31\na.wisniewska@powiat.example.pl\nNIP 749-20-91-234\n\n' + SIGNATURE_NOTICE_PL;
    expect(fields(text)).toEqual(['address', 'department', 'email', 'name', 'notice', 'office', 'phone', 'position', 'registry']);
  });

  test('a placeholder is not a value, even when its label is a department word', () => {
    expect(fields('Anna Wiśniewska\n[uzupełnij: wydział]\n[uzupełnij: nazwa urzędu]\ntel. [uzupełnij: telefon]')).toEqual(['name']);
  });

  test('words inside e-mail addresses and links do not count', () => {
    expect(fields('Anna Wiśniewska\nbiuro@starostwo.example.pl\nhttps://www.gmina.example.pl/urzad')).toEqual(['email', 'name']);
  });

  test('a bare mobile number counts as a phone, a postal code or a NIP does not', () => {
    expect(fields('Anna Wiśniewska\n601 222 333')).toContain('phone');
    expect(fields('Anna Wiśniewska\n47-220 Kędzierzyn-Koźle')).not.toContain('phone');
    expect(fields('Anna Wiśniewska\nNIP 749-209-12-34')).not.toContain('phone');
    expect(fields('Anna Wiśniewska\nfax 77 405 27 99')).not.toContain('phone');
  });

  test('the values from the settings and the policy are recognised as written', () => {
    const k = { ...known, position: 'Pełniący obowiązki kierownika', department: 'Centrum Obsługi Mieszkańców', office: 'Starostwo Powiatowe w Oleśnie', address: 'Pieloka 21, 46-300 Olesno' };
    expect(fields('Anna Wiśniewska\nPełniący obowiązki kierownika\nCentrum Obsługi Mieszkańców\nStarostwo Powiatowe w Oleśnie\nPieloka 21, 46-300 Olesno', k)).toEqual(['address', 'department', 'name', 'office', 'position']);
  });

  test('without a known name, a first line that looks like a person counts; an office line does not', () => {
    const none = { names: [], notice: SIGNATURE_NOTICE_PL };
    expect(fields('Marek Zieliński\ntel. 77 405 28 00', none)).toContain('name');
    expect(fields('Starostwo Powiatowe\ntel. 77 405 28 00', none)).not.toContain('name');
  });
});
