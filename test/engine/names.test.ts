import { FEMALE_NAMES, FIRST_NAMES, MALE_NAMES, MALE_NAMES_ENDING_IN_A } from '../../src/engine/rules/data/first-names';
import { ADDRESS_TITLES, INFORMAL_GREETINGS } from '../../src/engine/rules/data/greetings';
import { NAME_TITLES, OFFICE_LOCAL_PARTS, OFFICE_NAME_WORDS } from '../../src/engine/rules/data/office-mailboxes';
import { genderOfFirstName, isFirstNameForm } from '../../src/engine/greeting';

const polish = new Intl.Collator('pl');
const sorted = (list: readonly string[]) => [...list].sort(polish.compare);
const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);

describe('first-name table', () => {
  const names = FIRST_NAMES.map((n) => n.name);

  test('holds at least 400 names of both genders', () => {
    expect(names.length).toBeGreaterThanOrEqual(400);
    expect(FIRST_NAMES.filter((n) => n.gender === 'female').length).toBeGreaterThan(150);
    expect(FIRST_NAMES.filter((n) => n.gender === 'male').length).toBeGreaterThan(150);
  });

  test.each([
    ['female first names', FEMALE_NAMES],
    ['male first names', MALE_NAMES],
    ['male names ending in -a', MALE_NAMES_ENDING_IN_A],
    ['address titles', ADDRESS_TITLES],
    ['informal greetings', INFORMAL_GREETINGS],
    ['office local parts', OFFICE_LOCAL_PARTS],
    ['office name words', OFFICE_NAME_WORDS],
    ['name titles', NAME_TITLES],
  ])('%s are sorted and without duplicates', (_what, list) => {
    expect(duplicates(list)).toEqual([]);
    expect(list).toEqual(sorted(list));
  });

  test('no name is both female and male', () => {
    expect(FEMALE_NAMES.filter((n) => MALE_NAMES.includes(n))).toEqual([]);
    expect(duplicates(names)).toEqual([]);
  });

  test('a male name ending in -a is in the exception list, not in the table', () => {
    expect(FIRST_NAMES.filter((n) => n.gender === 'male' && /a$/.test(n.name)).map((n) => n.name)).toEqual([]);
    expect(MALE_NAMES_ENDING_IN_A.filter((n) => names.includes(n))).toEqual([]);
    expect(MALE_NAMES_ENDING_IN_A.filter((n) => !/a$/.test(n))).toEqual([]);
  });
});

describe('genderOfFirstName', () => {
  test.each([
    ['Anna', 'female'],
    ['KATARZYNA', 'female'],
    ['Beatrycze', 'female'],
    ['Noemi', 'female'],
    ['Oksana', 'female'],
    ['Olena', 'female'],
    ['Piotr', 'male'],
    ['Andrij', 'male'],
    ['Serhij', 'male'],
    ['Kuba', 'male'],
    ['Barnaba', 'male'],
    ['Bonawentura', 'male'],
    ['Jarema', 'male'],
    ['Kosma', 'male'],
    ['Boryna', 'male'],
    ['Dyzma', 'male'],
    ['Saba', 'male'],
    // Not listed: the -a ending decides.
    ['Gracjana', 'female'],
    ['Wisenna', 'female'],
  ])('%s is %s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });

  test.each(['Xawer', 'Kim', 'Robin', 'a'])('an unlisted name without the -a ending (%s) has no gender', (name) => {
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
