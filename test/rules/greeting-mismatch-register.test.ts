/**
 * greeting-mismatch measured against the PESEL register itself (scripts/data/sources/), through
 * the real rule: every name of the sets below, as "Imię Nowak", "Nowak Imię" and "Nowak, Imię"
 * (Nowak tells no sex and is no first name), with "Szanowna Pani" and with "Szanowny Panie".
 * - A name with a clear sex (≥ 95 % of its bearers) has one agreeing and one disagreeing greeting;
 *   a name borne by both sexes has no disagreeing one: either greeting is an agreeing case, where a
 *   finding is a false alarm.
 * - Sets: the 300 most frequent names of each sex; EVERY name in -a borne mostly by men and EVERY
 *   name not in -a borne mostly by women, whatever their count; and a seeded sample of rare names
 *   (fewer than 20 bearers).
 * - A finding is either kind of gender finding: the register's ("gender", with a fix) or the "-a"
 *   ending's ("gender-guess", which asks and offers no text).
 * Measured with the register's whole table (first-names.txt, what the pane, the send check and the
 * CLI load): recall ≥ 0.95 and false alarms ≤ 0.02 in every set, and no fix ever writes the
 * disagreeing form. Measured again with the compact table alone (the fallback when the file cannot
 * be loaded): it may miss more, but it never makes a finding the whole table would not make.
 */
import fc from 'fast-check';
import { rule } from '../../src/engine/rules/greeting-mismatch';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { COMPACT_FIRST_NAMES, type FirstNameTable } from '../../src/engine/greeting/first-name-table';
import type { Finding } from '../../src/engine/types';
import { bearers, endsInA, sexOf, type RegisterName } from '../../scripts/data/pesel-first-names';
import { readRegister } from '../support/pesel-register';
import { registerFirstNames } from '../support/first-names';

const register = readRegister();
const byFemale = [...register].sort((a, b) => b.female - a.female || (a.key < b.key ? -1 : 1));
const byMale = [...register].sort((a, b) => b.male - a.male || (a.key < b.key ? -1 : 1));
const RARE = 20;

/** Uniform draws without replacement, from a fixed seed (fast-check's generator, so the sample is the same on every run). */
function seededSample<T>(list: readonly T[], size: number, seed: number): T[] {
  const indices = fc.sample(fc.uniqueArray(fc.nat({ max: list.length - 1 }), { minLength: size, maxLength: size }), { seed, numRuns: 1 })[0];
  return indices.map((i) => list[i]);
}

const SETS: Record<string, RegisterName[]> = {
  'top 300 female': byFemale.slice(0, 300),
  'top 300 male': byMale.slice(0, 300),
  'every name in -a, mostly men': register.filter((n) => endsInA(n.key) && n.male > n.female),
  'every name not in -a, mostly women': register.filter((n) => !endsInA(n.key) && n.female > n.male),
  'rare (< 20 bearers), seeded sample': seededSample(
    register.filter((n) => bearers(n) < RARE),
    300,
    20,
  ),
};

const capitalised = (key: string) => key.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toLocaleUpperCase('pl'));
const ORDERS = [(n: string) => `${n} Nowak`, (n: string) => `Nowak ${n}`, (n: string) => `Nowak, ${n}`];
const GREETINGS = { female: 'Szanowna Pani', male: 'Szanowny Panie' } as const;
const clerk = { name: 'Ewa Mazur', address: 'e.mazur@ug.example.pl' };
const body = (greeting: string) => `${greeting},\nw odpowiedzi na wniosek informuję, że zaświadczenie jest do odbioru w pokoju 12.\n\nZ poważaniem\nEwa Mazur`;
const isGenderFinding = (f: Finding) => f.messageId === 'greeting-mismatch/gender' || f.messageId === 'greeting-mismatch/gender-guess';

type Letter = { name: string; sex: ReturnType<typeof sexOf>; written: 'female' | 'male' };

/** Every letter of a set: each name in each order with each greeting. */
function lettersOf(names: readonly RegisterName[]): Letter[] {
  return names.flatMap((n) => ORDERS.flatMap((order) => (['female', 'male'] as const).map((written) => ({ name: order(capitalised(n.key)), sex: sexOf(n), written }))));
}

function findingsFor(letter: Letter, firstNames: FirstNameTable): Finding[] {
  const config: EngineConfig = { ...DEFAULT_CONFIG, firstNames };
  const message = createMessage({ from: clerk, to: [{ name: letter.name, address: 'adresat@o2.pl' }], subject: 'Zaświadczenie', bodyText: body(GREETINGS[letter.written]) });
  return checkMessage(message, config, [rule]).findings.filter(isGenderFinding);
}

type Tally = { disagreeing: number; caught: number; agreeing: number; falseAlarms: number; wrongFixes: string[]; addedByCompact: string[] };

function measure(names: readonly RegisterName[]): { whole: Tally; compact: Tally } {
  const tally = (): Tally => ({ disagreeing: 0, caught: 0, agreeing: 0, falseAlarms: 0, wrongFixes: [], addedByCompact: [] });
  const whole = tally();
  const compact = tally();
  for (const letter of lettersOf(names)) {
    const found = { whole: findingsFor(letter, registerFirstNames()), compact: findingsFor(letter, COMPACT_FIRST_NAMES) };
    const disagrees = letter.sex !== 'x' && (letter.sex === 'f' ? 'female' : 'male') !== letter.written;
    for (const [t, findings] of [
      [whole, found.whole],
      [compact, found.compact],
    ] as const) {
      if (disagrees) {
        t.disagreeing++;
        if (findings.length) t.caught++;
      } else {
        t.agreeing++;
        if (findings.length) t.falseAlarms++;
      }
      const to = findings[0]?.fix?.kind === 'replaceText' ? findings[0].fix.to : undefined;
      if (to !== undefined && (letter.sex === 'x' || to !== GREETINGS[letter.sex === 'f' ? 'female' : 'male'])) t.wrongFixes.push(`${letter.name}: ${GREETINGS[letter.written]} -> ${to}`);
    }
    // The fallback adds nothing: each compact finding is one the whole table makes too, suggesting the same greeting.
    for (const f of found.compact) {
      if (!found.whole.some((w) => w.data?.suggestion === f.data?.suggestion)) compact.addedByCompact.push(`${letter.name} with ${GREETINGS[letter.written]}: ${f.messageId}`);
    }
  }
  return { whole, compact };
}

const results = Object.fromEntries(Object.entries(SETS).map(([set, names]) => [set, measure(names)]));
const all = Object.keys(SETS);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const recall = (t: Tally) => ratio(t.caught, t.disagreeing);
const falseAlarms = (t: Tally) => (t.agreeing === 0 ? 0 : t.falseAlarms / t.agreeing);

describe('greeting-mismatch on the names of the PESEL register', () => {
  beforeAll(() => {
    const line = (t: Tally) => `recall ${recall(t).toFixed(3)} (${t.caught}/${t.disagreeing}), false alarms ${falseAlarms(t).toFixed(4)} (${t.falseAlarms}/${t.agreeing})`;
    console.log(
      'greeting-mismatch on the register (three name orders, surname Nowak):\n' +
        all.map((set) => `  ${set}: ${SETS[set].length} names\n    register table: ${line(results[set].whole)}\n    compact table:  ${line(results[set].compact)}`).join('\n'),
    );
  });

  test('every set holds hundreds of names', () => {
    for (const [set, names] of Object.entries(SETS)) expect([set, names.length >= 300]).toEqual([set, true]);
  });

  test('with the register table: recall ≥ 0.95 on disagreeing greetings in every set', () => {
    for (const set of all) expect([set, recall(results[set].whole) >= 0.95]).toEqual([set, true]);
  });

  test('with the register table: false alarms ≤ 0.02 on agreeing greetings in every set', () => {
    for (const set of all) expect([set, falseAlarms(results[set].whole) <= 0.02]).toEqual([set, true]);
  });

  test('the fix never suggests the disagreeing form, with either table', () => {
    expect(all.flatMap((set) => [...results[set].whole.wrongFixes, ...results[set].compact.wrongFixes])).toEqual([]);
  });

  test('with the compact table alone, no finding the register table would not make (a missing file only lowers recall)', () => {
    expect(all.flatMap((set) => results[set].compact.addedByCompact)).toEqual([]);
    for (const set of all) expect(results[set].compact.falseAlarms).toBeLessThanOrEqual(results[set].whole.falseAlarms);
  });
});
