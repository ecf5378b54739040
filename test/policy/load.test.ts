import { loadPolicy, type PolicyCache } from '../../src/policy/load';

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
