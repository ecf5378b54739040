/**
 * contract § 8: moving recipients keeps every address exactly once. The multiset of addresses
 * (compared as the engine compares them) before the move, with duplicates collapsed, is the
 * multiset after it; moved addresses are in Bcc only, the others stay where they were.
 */
import fc from 'fast-check';
import { moveToBcc } from '../../src/engine/fixes/move-to-bcc';
import { normalizeAddress } from '../../src/engine/parse/addresses';
import { createMessage, type Address } from '../../src/engine/model';
import { hostileAddress, RUNS } from './hostile';

// A small pool in several spellings, so that duplicates across and within fields are common.
const pooled: fc.Arbitrary<Address> = fc.oneof(
  fc.constantFrom('anna@wp.pl', 'ANNA@WP.PL', ' anna@wp.pl ', 'jan@gmina.example.pl', 'Jan@Gmina.Example.PL', 'b@onet.pl').map((address) => ({ address })),
  hostileAddress,
);
const list = fc.array(pooled, { maxLength: 8 });

const keys = (l: readonly Address[]) => l.map((a) => normalizeAddress(a.address));
const sorted = (l: string[]) => [...l].sort();

describe('moveToBcc', () => {
  test('every address ends up exactly once, the moved ones in Bcc', () => {
    fc.assert(
      fc.property(list, list, list, fc.array(pooled, { maxLength: 4 }), (to, cc, bcc, moving) => {
        const before = [...keys(to), ...keys(cc), ...keys(bcc)];
        const after = moveToBcc(createMessage({ to, cc, bcc }), moving.map((a) => a.address));
        const all = [...keys(after.to), ...keys(after.cc), ...keys(after.bcc)];
        expect(sorted(all)).toEqual(sorted([...new Set(before)]));
        const moved = new Set(keys(moving));
        for (const k of [...keys(after.to), ...keys(after.cc)]) expect(moved.has(k)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  test('10,000 recipients are moved with none lost', () => {
    const to = Array.from({ length: 10_000 }, (_, i) => ({ address: `Osoba${i}@Firma${i % 7}.pl` }));
    const after = moveToBcc(createMessage({ to }), to.filter((_, i) => i % 2 === 0).map((a) => a.address.toLowerCase()));
    expect(after.to).toHaveLength(5000);
    expect(after.bcc).toHaveLength(5000);
    expect(new Set([...keys(after.to), ...keys(after.bcc)]).size).toBe(10_000);
  });
});
