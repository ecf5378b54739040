/**
 * Loading the register's first-name table beside the policy (src/policy/first-names.ts), with fake
 * fetches: the file is used when it is a whole table; a timeout, an HTTP error, a fetch that throws
 * and a malformed file each leave the compact table, after exactly one request, and nothing later
 * (a late answer) changes the outcome. The launch-event runtime keeps a loaded table for later sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPACT_FIRST_NAMES } from '../../src/engine/greeting/first-name-table';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { FIRST_NAMES_FILE, loadFirstNames, loadFirstNamesOnce, withFirstNames } from '../../src/policy/first-names';
import type { PolicyState } from '../../src/policy/load';

const FILE = readFileSync(join(__dirname, '../../src/engine/rules/data/first-names.txt'), 'utf8');
const URL = `https://addins.example.gov.pl/etykieta/${FIRST_NAMES_FILE}`;

type Answer = { ok: boolean; status: number; text(): Promise<string> };

/** A fetch that records each request and answers as told. */
function fakeFetch(answer: (url: string) => Promise<Answer>) {
  const calls: Array<{ url: string; init?: { signal?: AbortSignal; credentials?: string } }> = [];
  const fetch = (url: string, init?: { signal?: AbortSignal; credentials?: string }) => {
    calls.push({ url, init });
    return answer(url);
  };
  return { fetch, calls };
}

const serving = (text: string, status = 200) => async (): Promise<Answer> => ({ ok: status < 400, status, text: async () => text });

describe('loadFirstNames', () => {
  test('the file beside the add-in gives the whole register, fetched once without credentials', async () => {
    const { fetch, calls } = fakeFetch(serving(FILE));
    const table = await loadFirstNames({ url: URL, fetch });
    expect(table.scope).toBe('whole');
    expect(table.names.size).toBeGreaterThan(60_000);
    expect(table.names.get('yannick')).toEqual({ sex: 'male', established: false });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(URL);
    expect(calls[0].init?.credentials).toBe('omit');
  });

  test.each<[string, () => Promise<Answer>]>([
    ['404', serving('Not Found', 404)],
    ['500', serving('', 500)],
    ['an HTML error page served as 200', serving('<!DOCTYPE html><title>Error</title>')],
    ['an empty file', serving('')],
    ['a file cut off in transfer', serving(FILE.slice(0, FILE.length / 2))],
    ['a malformed table', serving(FILE.replace('section rare', 'section common'))],
    ['a body that cannot be read', async () => ({ ok: true, status: 200, text: () => Promise.reject(new Error('connection reset')) })],
    ['a fetch that rejects (CORS, offline)', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s: the compact table, after exactly one request', async (_what, answer) => {
    const { fetch, calls } = fakeFetch(answer);
    expect(await loadFirstNames({ url: URL, fetch })).toBe(COMPACT_FIRST_NAMES);
    expect(calls).toHaveLength(1);
  });

  test('a fetch that throws before it starts (no fetch in the runtime): the compact table', async () => {
    const fetch = () => {
      throw new ReferenceError('fetch is not defined');
    };
    expect(await loadFirstNames({ url: URL, fetch })).toBe(COMPACT_FIRST_NAMES);
  });

  test('no answer within the time: the compact table once, the request aborted, a late answer ignored', async () => {
    let late: ((a: Answer) => void) | undefined;
    const { fetch, calls } = fakeFetch(() => new Promise<Answer>((resolve) => (late = resolve)));
    const outcomes: unknown[] = [];
    const loading = loadFirstNames({ url: URL, fetch, timeoutMs: 30 }).then((t) => outcomes.push(t));
    await loading;
    expect(outcomes).toEqual([COMPACT_FIRST_NAMES]);
    expect(calls[0].init?.signal?.aborted).toBe(true);
    late?.({ ok: true, status: 200, text: async () => FILE });
    await new Promise((r) => setTimeout(r, 20));
    expect(outcomes).toEqual([COMPACT_FIRST_NAMES]);
    expect(calls).toHaveLength(1);
  });

  test('a body that arrives too slowly counts as no answer', async () => {
    const { fetch } = fakeFetch(async () => ({ ok: true, status: 200, text: () => new Promise<string>(() => {}) }));
    expect(await loadFirstNames({ url: URL, fetch, timeoutMs: 30 })).toBe(COMPACT_FIRST_NAMES);
  });
});

describe('loadFirstNamesOnce (the launch-event runtime handles many sends)', () => {
  test('a loaded table is kept: one request for many sends', async () => {
    const { fetch, calls } = fakeFetch(serving(FILE));
    const firstNames = loadFirstNamesOnce(() => loadFirstNames({ url: URL, fetch }));
    const [a, b] = [await firstNames(), await firstNames()];
    expect(a.scope).toBe('whole');
    expect(b).toBe(a);
    expect(calls).toHaveLength(1);
  });

  test('after a fallback the next send asks again, and keeps the file once it is there', async () => {
    let status = 404;
    const { fetch, calls } = fakeFetch(async () => ({ ok: status < 400, status, text: async () => FILE }));
    const firstNames = loadFirstNamesOnce(() => loadFirstNames({ url: URL, fetch }));
    expect(await firstNames()).toBe(COMPACT_FIRST_NAMES);
    status = 200;
    expect((await firstNames()).scope).toBe('whole');
    expect((await firstNames()).scope).toBe('whole');
    expect(calls).toHaveLength(2);
  });
});

test('withFirstNames hands the table to the engine in the policy config, leaving the policy as it was', () => {
  const policy: PolicyState = { config: DEFAULT_CONFIG, source: 'default', problems: [] };
  const withTable = withFirstNames(policy, COMPACT_FIRST_NAMES);
  expect(withTable.config.firstNames).toBe(COMPACT_FIRST_NAMES);
  expect({ ...withTable.config, firstNames: undefined }).toEqual({ ...DEFAULT_CONFIG, firstNames: undefined });
  expect(policy.config.firstNames).toBeUndefined();
});
