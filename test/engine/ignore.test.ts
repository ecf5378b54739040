/**
 * Ignored findings (src/engine/ignore.ts): one key for the pane and the send check, a stored
 * form that is bounded and read back whole or not at all, and no ignore that hides a fact.
 */
import { canBeIgnored, ignoredValue, ignoreId, keyFindings, MAX_IGNORED, MAX_IGNORED_VALUE, parseIgnored, withoutIgnored } from '../../src/engine/ignore';
import { checkMessage } from '../../src/engine/runner';
import { createMessage } from '../../src/engine/model';
import type { Finding } from '../../src/engine/types';

const finding = (ruleId: string, data?: Record<string, string>, start = 0): Finding => ({
  ruleId,
  severity: 'warning',
  messageId: `${ruleId}/x`,
  ...(data ? { data } : {}),
  location: { field: 'body', start, end: start + 3 },
});

describe('keyFindings', () => {
  test('a key survives a re-check where the text moved, and repeats are told apart by their order', () => {
    const before = keyFindings([finding('attachment-missing', { word: 'załączniku' }, 10), finding('plain-jargon', { phrase: 'w dniu dzisiejszym' }, 40), finding('plain-jargon', { phrase: 'w dniu dzisiejszym' }, 90)]);
    const after = keyFindings([finding('attachment-missing', { word: 'załączniku' }, 25), finding('plain-jargon', { phrase: 'w dniu dzisiejszym' }, 55), finding('plain-jargon', { phrase: 'w dniu dzisiejszym' }, 105)]);
    expect(after.map((k) => k.key)).toEqual(before.map((k) => k.key));
    expect(new Set(before.map((k) => k.key)).size).toBe(3);
  });

  test('data in another order is the same key; other data is another key', () => {
    const [a] = keyFindings([finding('fee-details', { amount: '17 zł', method: 'przelew' })]);
    const [b] = keyFindings([{ ...finding('fee-details'), data: { method: 'przelew', amount: '17 zł' } }]);
    const [c] = keyFindings([finding('fee-details', { amount: '10 zł', method: 'przelew' })]);
    expect(a.key).toBe(b.key);
    expect(c.key).not.toBe(a.key);
  });

  test('the same message checked twice (the pane, then the send check) gives the same keys', () => {
    const message = createMessage({ subject: 'Decyzja', to: [{ address: 'jan.kowalski@gmail.com' }], bodyHtml: '<p>witam, w załączeniu przesyłam decyzję w dniu dzisiejszym.</p>' });
    const pane = keyFindings(checkMessage(message).findings).map((k) => k.key);
    const send = keyFindings(checkMessage(createMessage({ ...message })).findings).map((k) => k.key);
    expect(pane.length).toBeGreaterThan(1);
    expect(send).toEqual(pane);
  });
});

describe('canBeIgnored', () => {
  test.each([
    ['subject-missing', false],
    ['subject-too-long', false],
    ['placeholder-left', false],
    ['recipients-external-visible', false],
    ['attachment-missing', true],
    ['greeting-missing', true],
    ['sensitive-data', true],
  ])('%s: %s', (ruleId, expected) => {
    expect(canBeIgnored(finding(ruleId))).toBe(expected);
  });
});

describe('ignoreId', () => {
  test('16 hex digits, the same for the same key, none of the key\'s words in it', () => {
    const key = 'sensitive-data/pesel|number=8501******1';
    expect(ignoreId(key)).toMatch(/^[0-9a-f]{16}$/);
    expect(ignoreId(key)).toBe(ignoreId(`${key}`));
    expect(ignoreId(key)).not.toContain('8501');
  });

  test('no two of 20,000 near-identical keys share an id', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(ignoreId(`plain-jargon/x|phrase=w dniu ${i}|${i % 7}`));
    expect(ids.size).toBe(20_000);
  });
});

describe('the stored value', () => {
  const ids = ['0123456789abcdef', 'fedcba9876543210'];

  test('round trip: what is stored is read back', () => {
    expect(parseIgnored(ignoredValue(ids))).toEqual(ids);
  });

  test(`at most ${MAX_IGNORED} are kept, the most recent`, () => {
    const many = Array.from({ length: MAX_IGNORED + 3 }, (_, i) => ignoreId(`k${i}`));
    const value = ignoredValue(many);
    expect(value.length).toBeLessThanOrEqual(MAX_IGNORED_VALUE);
    expect(parseIgnored(value)).toEqual(many.slice(3));
  });

  test('duplicates count once', () => {
    expect(parseIgnored(JSON.stringify([ids[0], ids[0], ids[1]]))).toEqual(ids);
  });

  test.each<[string, unknown]>([
    ['undefined (never set)', undefined],
    ['an empty string', ''],
    ['a number', 42],
    ['an array object, not text', ids],
    ['text that is not JSON', 'attachment-missing/missing|word=załączniku'],
    ['a JSON object', JSON.stringify({ ids })],
    ['a JSON string', JSON.stringify(ids[0])],
    ['a list with a number', JSON.stringify([ids[0], 7])],
    ['a list with a raw key instead of an id', JSON.stringify([ids[0], 'placeholder-left/open|field=data'])],
    ['a list with an upper-case id', JSON.stringify(['0123456789ABCDEF'])],
    ['a list with a nested list', JSON.stringify([[ids[0]]])],
    [`more than ${MAX_IGNORED} ids`, JSON.stringify(Array.from({ length: MAX_IGNORED + 1 }, (_, i) => ignoreId(`k${i}`)))],
    ['a value over the size limit', `["${ids[0]}"${' '.repeat(MAX_IGNORED_VALUE)}]`],
  ])('%s ignores nothing', (_name, raw) => {
    expect(parseIgnored(raw)).toEqual([]);
  });
});

describe('withoutIgnored', () => {
  const list = keyFindings([finding('attachment-missing', { word: 'załączniku' }), finding('placeholder-left', { field: 'data' }), finding('subject-missing'), finding('greeting-missing')]);
  const idOf = (ruleId: string) => ignoreId(list.find((k) => k.finding.ruleId === ruleId)!.key);

  test('leaves out exactly the ignored findings that may be false alarms', () => {
    const kept = withoutIgnored(list, new Set([idOf('attachment-missing')]));
    expect(kept.map((k) => k.finding.ruleId)).toEqual(['placeholder-left', 'subject-missing', 'greeting-missing']);
  });

  test('an id of a finding that cannot be ignored hides nothing (a stale or smuggled value)', () => {
    const kept = withoutIgnored(list, new Set([idOf('placeholder-left'), idOf('subject-missing')]));
    expect(kept.map((k) => k.finding.ruleId)).toEqual(['attachment-missing', 'placeholder-left', 'subject-missing', 'greeting-missing']);
  });

  test('nothing ignored keeps every finding', () => {
    expect(withoutIgnored(list, new Set())).toEqual(list);
  });
});
