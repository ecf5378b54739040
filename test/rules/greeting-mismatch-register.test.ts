/**
 * greeting-mismatch measured against the PESEL register itself (scripts/data/sources/), through
 * the real rule: every name of the sets below, as "Imię Nowak", "Nowak Imię" and "Nowak, Imię"
 * (Nowak tells no sex), with "Szanowna Pani" and with "Szanowny Panie".
 * - A name with a clear sex (≥ 95 % of its bearers) has one agreeing and one disagreeing greeting;
 *   a name borne by both sexes has no disagreeing one: either greeting is an agreeing case, where a
 *   finding is a false alarm.
 * - Sets: the 300 most frequent names of each sex; every name in -a borne mostly by men and every
 *   name not in -a borne mostly by women, among the names the table is cut to (≥ 20 and ≥ 75
 *   bearers: scripts/data/pesel-first-names.ts says why); and a seeded sample of rare names (fewer
 *   than 20 bearers), where the table knows nothing and only the fallbacks speak.
 * - A finding is either kind of gender finding: the register's ("gender", with a fix) or the "-a"
 *   ending's ("gender-guess", which asks and offers no text). Recall is asked on the sets the table
 *   covers; false alarms on every set, the rare one too. No fix ever writes the disagreeing form,
 *   nor any gendered form for a name of both sexes.
 */
import fc from 'fast-check';
import { rule } from '../../src/engine/rules/greeting-mismatch';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { EXCEPTION_CUT, WOMEN_SEX_CUT, endsInA, sexOf, type RegisterName } from '../../scripts/data/pesel-first-names';
import { readRegister } from '../support/pesel-register';

const register = readRegister();
const byFemale = [...register].sort((a, b) => b.female - a.female);
const byMale = [...register].sort((a, b) => b.male - a.male);
const bearers = (n: RegisterName) => n.female + n.male;

/** Uniform draws without replacement, from a fixed seed (fast-check's generator, so the sample is the same on every run). */
function seededSample<T>(list: readonly T[], size: number, seed: number): T[] {
  const indices = fc.sample(fc.uniqueArray(fc.nat({ max: list.length - 1 }), { minLength: size, maxLength: size }), { seed, numRuns: 1 })[0];
  return indices.map((i) => list[i]);
}

const SETS: Record<string, RegisterName[]> = {
  'top 300 female': byFemale.slice(0, 300),
  'top 300 male': byMale.slice(0, 300),
  'in -a, mostly men': register.filter((n) => endsInA(n.key) && n.male > n.female && bearers(n) >= EXCEPTION_CUT),
  'not in -a, mostly women': register.filter((n) => !endsInA(n.key) && n.female > n.male && bearers(n) >= WOMEN_SEX_CUT),
  'rare (< 20 bearers)': seededSample(
    register.filter((n) => bearers(n) < EXCEPTION_CUT),
    300,
    20,
  ),
};

const capitalised = (key: string) => key.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toLocaleUpperCase('pl'));
const ORDERS = [(n: string) => `${n} Nowak`, (n: string) => `Nowak ${n}`, (n: string) => `Nowak, ${n}`];
const GREETINGS = { female: 'Szanowna Pani', male: 'Szanowny Panie' } as const;
const clerk = { name: 'Ewa Mazur', address: 'e.mazur@ug.example.pl' };
const body = (greeting: string) => `${greeting},\nw odpowiedzi na wniosek informuję, że zaświadczenie jest do odbioru w pokoju 12.\n\nZ poważaniem\nEwa Mazur`;

type Tally = { disagreeing: number; caught: number; agreeing: number; falseAlarms: number; wrongFixes: string[] };

function measure(names: readonly RegisterName[]): Tally {
  const t: Tally = { disagreeing: 0, caught: 0, agreeing: 0, falseAlarms: 0, wrongFixes: [] };
  for (const n of names) {
    const sex = sexOf(n);
    for (const order of ORDERS) {
      const name = order(capitalised(n.key));
      for (const written of ['female', 'male'] as const) {
        const message = createMessage({ from: clerk, to: [{ name, address: 'adresat@o2.pl' }], subject: 'Zaświadczenie', bodyText: body(GREETINGS[written]) });
        const findings = checkMessage(message, DEFAULT_CONFIG, [rule]).findings.filter((f) => f.messageId === 'greeting-mismatch/gender' || f.messageId === 'greeting-mismatch/gender-guess');
        const disagrees = sex !== 'x' && (sex === 'f' ? 'female' : 'male') !== written;
        if (disagrees) {
          t.disagreeing++;
          if (findings.length) t.caught++;
        } else {
          t.agreeing++;
          if (findings.length) t.falseAlarms++;
        }
        const to = findings[0]?.fix?.kind === 'replaceText' ? findings[0].fix.to : undefined;
        if (to !== undefined && (sex === 'x' || to !== GREETINGS[sex === 'f' ? 'female' : 'male'])) t.wrongFixes.push(`${name}: ${GREETINGS[written]} -> ${to}`);
      }
    }
  }
  return t;
}

const results = Object.fromEntries(Object.entries(SETS).map(([set, names]) => [set, measure(names)]));
const sum = (sets: string[], key: 'disagreeing' | 'caught' | 'agreeing' | 'falseAlarms') => sets.reduce((s, set) => s + results[set][key], 0);
const covered = Object.keys(SETS).filter((s) => !s.startsWith('rare'));
const all = Object.keys(SETS);

describe('greeting-mismatch on the names of the PESEL register', () => {
  test('every set holds hundreds of names', () => {
    for (const [set, names] of Object.entries(SETS)) expect([set, names.length >= 250]).toEqual([set, true]);
  });

  test('recall ≥ 0.95 on disagreeing greetings of the names the table covers, and in each of those sets', () => {
    const recall = sum(covered, 'caught') / sum(covered, 'disagreeing');
    console.log(
      'greeting-mismatch on the register:\n' +
        all
          .map((set) => {
            const r = results[set];
            return `  ${set}: ${SETS[set].length} names, recall ${(r.caught / r.disagreeing).toFixed(3)} (${r.caught}/${r.disagreeing}), false alarms ${(r.falseAlarms / r.agreeing).toFixed(4)} (${r.falseAlarms}/${r.agreeing})`;
          })
          .join('\n') +
        `\n  covered sets together: recall ${recall.toFixed(3)}; all sets: false alarms ${(sum(all, 'falseAlarms') / sum(all, 'agreeing')).toFixed(4)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    for (const set of covered) expect([set, results[set].caught / results[set].disagreeing >= 0.95]).toEqual([set, true]);
  });

  test('false alarms ≤ 0.02 on agreeing greetings, over all sets and in each one, the rare names included', () => {
    expect(sum(all, 'falseAlarms') / sum(all, 'agreeing')).toBeLessThanOrEqual(0.02);
    for (const set of all) expect([set, results[set].falseAlarms / results[set].agreeing <= 0.02]).toEqual([set, true]);
  });

  test('the fix never suggests the disagreeing form', () => {
    expect(all.flatMap((set) => results[set].wrongFixes)).toEqual([]);
  });
});
