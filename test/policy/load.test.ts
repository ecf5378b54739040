import { loadPolicy, type PolicyCache } from '../../src/policy/load';
import { policyProblemText, validatePolicyText } from '../../src/policy';

const good = JSON.stringify({ organization: { name: 'Urząd Gminy Example' }, internalDomains: ['gmina.example.pl'] });
const ok = (text: string) => async () => ({ ok: true, status: 200, text: async () => text });

function memoryCache(initial?: string): PolicyCache & { value?: string } {
  const cache = {
    value: initial,
    read: () => cache.value,
    write: (t: string) => {
      cache.value = t;
    },
  };
  return cache;
}

describe('loadPolicy', () => {
  test('a valid remote policy is used and cached', async () => {
    const cache = memoryCache();
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: ok(good), cache });
    expect(state.source).toBe('remote');
    expect(state.organizationName).toBe('Urząd Gminy Example');
    expect(state.config.internalDomains).toEqual(['gmina.example.pl']);
    expect(cache.value).toBe(good);
  });

  test('an invalid remote policy falls back to the last good one and names the bad field', async () => {
    const cache = memoryCache(good);
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: ok('{"onSend":{"block":"maybe"}}'), cache });
    expect(state.source).toBe('cached');
    expect(state.fallbackReason).toBe('invalid');
    expect(state.problems.map((p) => p.path)).toEqual(['$.onSend.block']);
    expect(state.config.internalDomains).toEqual(['gmina.example.pl']);
    expect(cache.value).toBe(good);
  });

  test('an unreachable policy with no cache falls back to the defaults', async () => {
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: async () => ({ ok: false, status: 404, text: async () => '' }) });
    expect(state.source).toBe('default');
    expect(state.fallbackReason).toBe('unreachable');
    expect(state.problems[0].message).toMatch(/HTTP 404/);
  });

  test('a fetch that never answers is abandoned after the timeout', async () => {
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: () => new Promise(() => {}), timeoutMs: 50 });
    expect(state.source).toBe('default');
    expect(state.problems[0].message).toMatch(/no answer within 50 ms/);
  });

  test('a broken cache entry is ignored, not trusted', async () => {
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: ok('not json'), cache: memoryCache('{"colour":1}') });
    expect(state.source).toBe('default');
    expect(state.problems[0].message).toMatch(/not valid JSON/);
  });
});

describe('loadPolicy: refusals as message ids, in the reader’s language', () => {
  test('a policy with a back-reference pattern falls back to the last good one, in every bundle alike', async () => {
    const unsafe = JSON.stringify({ rules: { 'case-reference-missing': ['warning', { pattern: '(KT)\\1' }] } });
    // The default validation (schema only) and the pane's full one refuse it the same way.
    for (const validate of [undefined, validatePolicyText]) {
      const state = await loadPolicy({ url: 'https://x/policy.json', fetch: ok(unsafe), cache: memoryCache(good), validate });
      expect(state.source).toBe('cached');
      expect(state.problems.map((p) => [p.path, p.id])).toEqual([['$.rules["case-reference-missing"][1].pattern', 'policy.pattern.backreference']]);
    }
  });

  test.each([
    ['HTTP 404', async () => ({ ok: false, status: 404, text: async () => '' }), 'policy.unreachable.http', 'serwer odpowiedział HTTP 404', 'HTTP 404'],
    ['a network error', async () => Promise.reject(new Error('Failed to fetch')), 'policy.unreachable.failed', 'nie udało się wczytać polityki z https://x/policy.json: Failed to fetch', 'Failed to fetch'],
    ['no answer', () => new Promise<never>(() => undefined), 'policy.unreachable.timeout', 'brak odpowiedzi w ciągu 20 ms', 'no answer within 20 ms'],
  ])('%s', async (_name, fetch, id, polish, english) => {
    const state = await loadPolicy({ url: 'https://x/policy.json', fetch: fetch as never, timeoutMs: 20 });
    expect(state.problems[0].id).toBe(id);
    expect(policyProblemText('pl', state.problems[0])).toContain(polish);
    expect(state.problems[0].message).toContain(english);
  });
});
