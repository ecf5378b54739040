import { MALE_FORMS } from '../../src/engine/rules/data/first-name-forms';
import { ADDRESS_TITLES, INFORMAL_GREETINGS } from '../../src/engine/rules/data/greetings';
import { NAME_TITLES, OFFICE_LOCAL_PARTS, OFFICE_NAME_WORDS } from '../../src/engine/rules/data/office-mailboxes';
import { firstNameSex, genderOfFirstName, isFirstNameForm, isKnownFirstName } from '../../src/engine/greeting';
import { COMPACT_FIRST_NAMES, FirstNamesTextError, parseFirstNamesText } from '../../src/engine/greeting/first-name-table';
import { renderTable, type TableEntry } from '../../scripts/data/pesel-first-names';
import { readRegister } from '../support/pesel-register';
import { registerFirstNames } from '../support/first-names';

const polish = new Intl.Collator('pl');
const sorted = (list: readonly string[]) => [...list].sort(polish.compare);
const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);

describe('hand-written name data', () => {
  test.each([
    ["men's forms the register lacks", MALE_FORMS],
    ['address titles', ADDRESS_TITLES],
    ['informal greetings', INFORMAL_GREETINGS],
    ['office local parts', OFFICE_LOCAL_PARTS],
    ['office name words', OFFICE_NAME_WORDS],
    ['name titles', NAME_TITLES],
  ])('%s are sorted and without duplicates', (_what, list) => {
    expect(duplicates(list)).toEqual([]);
    expect(list).toEqual(sorted(list));
  });

  test("no men's form contradicts the register: each is absent there or borne by men (≥ 95 %)", () => {
    const register = new Map(readRegister().map((n) => [n.key, n]));
    const contradicted = MALE_FORMS.filter((form) => {
      const n = register.get(form.toLocaleLowerCase('pl'));
      return n !== undefined && n.male < 0.95 * (n.female + n.male);
    });
    expect(contradicted).toEqual([]);
  });
});

describe('first-name tables (first-name-table.ts reads what renderTable writes)', () => {
  const entry = (key: string, sex: TableEntry['sex'], established = true): TableEntry => ({ key, sex, established });
  const sample: TableEntry[] = [
    entry('anna', 'f'),
    entry('anna-maria', 'f'),
    entry('annabel', 'f', false),
    entry('jan', 'm'),
    entry('kuba', 'm'),
    entry('lis', 'f', false),
    entry('nika', 'x'),
    entry('nikol', 'f'),
    entry('robin', 'x', false),
    entry('łucja', 'f'),
  ];

  test('decodes what renderTable wrote: shared prefixes, marks, sections, names with hyphens and Polish letters', () => {
    const table = parseFirstNamesText(renderTable(sample, 'whole', ['a comment']));
    expect(table.scope).toBe('whole');
    expect(table.state).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sexes: Record<TableEntry['sex'], string> = { f: 'female', m: 'male', x: 'either' };
    expect([...table.names].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(sample.map((e) => [e.key, { sex: sexes[e.sex], established: e.established }]));
  });

  test('a long section wraps into lines that read back the same (CRLF too)', () => {
    const letters = (i: number) => [...String(i).padStart(3, '0')].map((d) => 'abcdefghij'[Number(d)]).join('');
    const many = Array.from({ length: 300 }, (_, i) => entry(`imię${letters(i)}a`, i % 3 === 0 ? 'm' : 'f', i % 2 === 0));
    const text = renderTable(many, 'cut');
    expect(text.split('\n').length).toBeGreaterThan(10);
    for (const t of [text, text.replace(/\n/g, '\r\n')]) expect(parseFirstNamesText(t).names.size).toBe(300);
  });

  test.each<[string, (text: string) => string]>([
    ['empty text', () => ''],
    ['an HTML error page', () => '<!DOCTYPE html><html><body>404</body></html>'],
    ['another format version', (t) => t.replace('etykieta-first-names 1', 'etykieta-first-names 2')],
    ['a cut-off file (fewer names than the section says)', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2))],
    ['a count that is not the number of names', (t) => t.replace(/section rare \d+/, 'section rare 99')],
    ['a missing section', (t) => t.replace(/section rare[^]*$/, '')],
    ['no register line', (t) => t.replace(/register .*\n/, '')],
    ['names out of order', (t) => t.replace('0anna', '0zanna')],
    ['a key with a space', (t) => t.replace('0anna', '0an na')],
    ['a shared prefix longer than the name before', () => renderTable([entry('ala', 'f')], 'whole').replace('0ala', '5ala')],
  ])('refuses %s', (_what, spoil) => {
    expect(() => parseFirstNamesText(spoil(renderTable(sample, 'whole')))).toThrow(FirstNamesTextError);
  });

  test('the compact table is cut and holds thousands of names of each kind', () => {
    expect(COMPACT_FIRST_NAMES.scope).toBe('cut');
    const sexes = [...COMPACT_FIRST_NAMES.names.values()].map((i) => i.sex);
    expect(sexes.filter((s) => s === 'female').length).toBeGreaterThan(500);
    expect(sexes.filter((s) => s === 'male').length).toBeGreaterThan(1000);
    expect(sexes.filter((s) => s === 'either').length).toBeGreaterThan(100);
  });

  test('the register table is whole: every name of the register, each as the compact table says it', () => {
    const whole = registerFirstNames();
    expect(whole.scope).toBe('whole');
    expect(whole.names.size).toBe(readRegister().length);
    for (const [key, info] of COMPACT_FIRST_NAMES.names) expect([key, whole.names.get(key)]).toEqual([key, info]);
  });

  test('renderTable refuses a key the format cannot hold (a digit or a mark in it)', () => {
    for (const key of ['ann4', 'ann!', 'an?a']) expect(() => renderTable([entry(key, 'f')], 'whole')).toThrow(/cannot/);
  });

  test.each(['Nowak', 'Kowalski', 'Kowalska', 'Wiśniewski', 'Mazur', 'Wójcik', 'Kowalczyk', 'Zieliński', 'Pokój', 'Urząd', 'Wydział', 'Gmina', 'Sekretariat', 'Decyzja', 'Uwaga', 'Termin', 'Pan', 'Pani'])(
    '%s is no first name in the compact table',
    (word) => {
      expect(isKnownFirstName(word)).toBe(false);
    },
  );
});

describe('firstNameSex and genderOfFirstName', () => {
  test.each([
    ['Anna', 'female'],
    ['KATARZYNA', 'female'],
    ['Noemi', 'female'],
    ['Ines', 'female'],
    ['Nel', 'female'],
    ['Naomi', 'female'],
    ['Astrid', 'female'],
    ['Oksana', 'female'],
    ['Piotr', 'male'],
    ['Andrij', 'male'],
    ['Kuba', 'male'],
    ['Barnaba', 'male'],
    ['Jarema', 'male'],
    ['Kosma', 'male'],
    ['Mustafa', 'male'],
    ['Luca', 'male'],
    ['Mikita', 'male'],
    ['Zaza', 'male'],
    ['Musa', 'male'],
    // A Turkish capital İ: the register's key has no combining dot, nor does a clerk's typing.
    ['Ali', 'male'],
    ['Anna-Maria', 'female'],
    // Not in the register: a men's form.
    ['Józek', 'male'],
  ])('%s is %s, in the compact table and in the register\'s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
    expect(genderOfFirstName(name, registerFirstNames())).toBe(gender);
  });

  test.each([
    ['Gracjana', 'female'],
    ['Kasia', 'female'],
    ['Yannick', 'male'],
    ['Jakaria', 'male'],
    ['Kostia', 'male'],
  ])('%s (below the compact cuts) is %s in the register\'s table', (name, gender) => {
    expect(genderOfFirstName(name, registerFirstNames())).toBe(gender);
  });

  test.each(['Madzia', 'Gośka'])('%s, in no table: the -a ending says female with the whole register, nothing with the cut one', (name) => {
    expect(firstNameSex(name, registerFirstNames())).toBeUndefined();
    expect(genderOfFirstName(name, registerFirstNames())).toBe('female');
    expect(genderOfFirstName(name, COMPACT_FIRST_NAMES)).toBeUndefined();
  });

  test.each(['Nika', 'Andrea', 'Saba', 'Bonawentura', 'Sasza'])('%s is borne by both sexes: the register says "either", the ending is not asked', (name) => {
    for (const table of [COMPACT_FIRST_NAMES, registerFirstNames()]) {
      expect(firstNameSex(name, table)).toBe('either');
      expect(genderOfFirstName(name, table)).toBeUndefined();
    }
  });

  test.each(['Xyzzy', 'Qwerty', 'Brtek'])('an unknown name without the -a ending (%s) has no gender', (name) => {
    expect(genderOfFirstName(name, registerFirstNames())).toBeUndefined();
  });
});

describe('isFirstNameForm (nominative or vocative)', () => {
  test.each(['Anna', 'Anno', 'Mario', 'Olu', 'Piotrze', 'Aleksandrze', 'Robercie', 'Dawidzie', 'Michale', 'Pawle', 'Janie', 'Tomaszu', 'Marku', 'Jacku', 'Krzysztofie', 'Kubo'])('%s is a first name', (w) => {
    expect(isFirstNameForm(w)).toBe(true);
  });

  test.each(['Kowalski', 'Kowalska', 'Nowak', 'Nowaku', 'Wiśniewski', 'Mazur'])('%s is not a first name', (w) => {
    expect(isFirstNameForm(w)).toBe(false);
  });
});
