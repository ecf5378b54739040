/**
 * contract § 8: one rule's failure is that rule's, never the whole check's. What runs before the
 * per-rule guard of src/engine/run-rules.ts (the body parse, the recipients, the internal
 * domains) gets values of any type in every field of the message, as a stored profile, an
 * Office.js result or a hand-made object can hand them over; the check never throws, no rule
 * fails, and the empty subject is still found.
 */
import fc from 'fast-check';
import { checkMessage } from '../../src/engine/runner';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import type { MailMessage } from '../../src/engine/model';
import { RUNS } from './hostile';

const odd = fc.oneof(fc.anything(), fc.constantFrom(5, null, [], {}, [5], [{ address: 5 }], { name: 5 }, 'x', Number.NaN, true));

describe('odd values in every field', () => {
  test.each([
    ['the issue’s stored profile {"name":5}', { sender: { name: 5 } }],
    ['a profile that is a number', { sender: 5 }],
    ['a From display name that is a number', { from: { name: 5, address: 'jan@gmina.example.pl' } }],
    ['a From without an address', { from: { name: 'Jan' } }],
    ['To that is not a list', { to: 'anna@wp.pl' }],
    ['a recipient address that is a number', { to: [{ address: 5 }, { address: 'anna@wp.pl' }] }],
    ['a body that is a number', { bodyText: 5, bodyHtml: {} }],
    ['attachments that are not a list', { attachments: 'plik.pdf' }],
    ['an unknown compose type', { composeType: 'replyAll' }],
  ])('%s: no throw, no failed rule, subject-missing found', (_name, fields) => {
    const message = { to: [{ address: 'anna@wp.pl' }], cc: [], bcc: [], subject: '', attachments: [], composeType: 'new', bodyText: 'Dzień dobry,\nprzesyłam.', ...fields } as unknown as MailMessage;
    const result = checkMessage(message, DEFAULT_CONFIG);
    expect(result.failedRules).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain('subject-missing');
  });

  test('any value in any field: the check returns, every rule runs', () => {
    fc.assert(
      fc.property(fc.record({ from: odd, to: odd, cc: odd, bcc: odd, subject: odd, bodyHtml: odd, bodyText: odd, attachments: odd, composeType: odd, sender: odd }, { requiredKeys: [] }), (fields) => {
        const result = checkMessage(fields as unknown as MailMessage, DEFAULT_CONFIG);
        expect(result.failedRules).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
