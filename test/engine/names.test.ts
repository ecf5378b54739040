import { MALE_FORMS } from '../../src/engine/rules/data/first-name-forms';
import { ADDRESS_TITLES, INFORMAL_GREETINGS } from '../../src/engine/rules/data/greetings';
import { NAME_TITLES, OFFICE_LOCAL_PARTS, OFFICE_NAME_WORDS } from '../../src/engine/rules/data/office-mailboxes';
import { firstNameSex, genderOfFirstName, isFirstNameForm, isKnownFirstName } from '../../src/engine/greeting';
import { decodeFirstNames } from '../../src/engine/greeting/first-name';
import { PESEL_FIRST_NAMES } from '../../src/engine/rules/data/first-names';
import { packTable, type TableEntry } from '../../scripts/data/pesel-first-names';
import { readRegister } from '../support/pesel-register';

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

describe('packed register table', () => {
  test('decodes what packTable wrote: shared prefixes, marks, names with hyphens and Polish letters', () => {
    const entries: TableEntry[] = [
      { key: 'anna', sex: 'f' },
      { key: 'anna-maria', sex: 'f' },
      { key: 'annabel', sex: 'f' },
      { key: 'jan', sex: 'm' },
      { key: 'kuba', sex: 'm' },
      { key: 'nika', sex: 'x' },
      { key: 'nikol', sex: 'f' },
      { key: 'robin', sex: 'x' },
      { key: 'łucja', sex: 'f' },
    ];
    const decoded = decodeFirstNames(packTable(entries));
    expect([...decoded]).toEqual([
      ['anna', 'female'],
      ['anna-maria', 'female'],
      ['annabel', 'female'],
      ['jan', 'male'],
      ['kuba', 'male'],
      ['nika', 'either'],
      ['nikol', 'female'],
      ['robin', 'either'],
      ['łucja', 'female'],
    ]);
  });

  test('the committed table holds thousands of names of each kind', () => {
    const sexes = [...decodeFirstNames(PESEL_FIRST_NAMES).values()];
    expect(sexes.filter((s) => s === 'female').length).toBeGreaterThan(500);
    expect(sexes.filter((s) => s === 'male').length).toBeGreaterThan(1000);
    expect(sexes.filter((s) => s === 'either').length).toBeGreaterThan(100);
  });

  test.each(['Nowak', 'Kowalski', 'Kowalska', 'Wiśniewski', 'Mazur', 'Wójcik', 'Kowalczyk', 'Zieliński', 'Pokój', 'Urząd', 'Wydział', 'Gmina', 'Sekretariat', 'Decyzja', 'Uwaga', 'Termin', 'Pan', 'Pani'])(
    '%s is no first name',
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
    // Not in the register: the men's forms, then the ending.
    ['Józek', 'male'],
    ['Kostia', 'male'],
    ['Gracjana', 'female'],
    ['Wisenna', 'female'],
  ])('%s is %s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });

  test.each(['Nika', 'Andrea', 'Saba', 'Bonawentura', 'Sasza'])('%s is borne by both sexes: the register says "either", the ending is not asked', (name) => {
    expect(firstNameSex(name)).toBe('either');
    expect(genderOfFirstName(name)).toBeUndefined();
  });

  test.each(['Xawer', 'Qwerty', 'a'])('an unknown name without the -a ending (%s) has no gender', (name) => {
    expect(genderOfFirstName(name)).toBeUndefined();
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
