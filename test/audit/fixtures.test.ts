/**
 * The audit's generated fixtures (test/support/audit-fixtures.ts) are committed as made: the
 * mbox holds exactly the folder's messages, the .msg is exactly what the writer produces.
 * `UPDATE_AUDIT_FIXTURES=1 npx jest test/audit/fixtures.test.ts` rewrites both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_FIXTURES, FIXTURE_LETTER, fixtureMbox, mailFiles, mboxEntry, writeMsg } from '../support/audit-fixtures';

const MBOX = path.join(AUDIT_FIXTURES, 'export.mbox');
const MSG = path.join(AUDIT_FIXTURES, 'letter.msg');

if (process.env.UPDATE_AUDIT_FIXTURES) {
  writeFileSync(MBOX, fixtureMbox());
  writeFileSync(MSG, writeMsg(FIXTURE_LETTER));
}

test('export.mbox is the folder’s readable messages, one mbox entry each', () => {
  const text = readFileSync(MBOX, 'utf8');
  expect(text).toBe(fixtureMbox());
  expect(text.match(/^From \S+ \w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} \d{4}$/gm)).toHaveLength(mailFiles().length);
});

test('letter.msg is what the .msg writer makes of the fixture letter', () => {
  expect(Buffer.compare(readFileSync(MSG), Buffer.from(writeMsg(FIXTURE_LETTER)))).toBe(0);
});

test('an mbox entry quotes body lines that start with "From " (mboxrd), so they do not start a message', () => {
  const entry = mboxEntry('Subject: x\r\n\r\nFrom now on\r\n>From the office\r\n', 'a@b.pl', new Date(Date.UTC(2026, 1, 3, 4, 5, 6)));
  expect(entry).toBe('From a@b.pl Tue Feb 03 04:05:06 2026\nSubject: x\n\n>From now on\n>>From the office\n\n');
});
