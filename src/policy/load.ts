/**
 * Loads the organisation's policy.json (the one fetch of src/policy). An invalid or unreachable
 * policy never breaks the add-in: it falls back to the last good policy (cached by the caller in
 * roamingSettings / sessionData, since the classic Outlook runtime has no localStorage) or to the
 * defaults, and says so, naming every bad field.
 */
import { DEFAULT_CONFIG, type EngineConfig } from '../engine/config';
import { policyProblem, validatePolicyTextWith, type PolicyProblem, type PolicyResult } from './validate-core';

export type PolicySource = 'remote' | 'cached' | 'default';

export type PolicyState = {
  config: EngineConfig;
  source: PolicySource;
  /** The organisation's name from the policy in force, for "which policy is active". */
  organizationName?: string;
  url?: string;
  /** Why the remote policy was not used (empty when source is 'remote'). */
  problems: PolicyProblem[];
  /** 'invalid' (the file breaks the schema), 'unreachable' (fetch failed), or undefined. */
  fallbackReason?: 'invalid' | 'unreachable';
};

export type PolicyCache = {
  read(): string | undefined | Promise<string | undefined>;
  write(text: string): void | Promise<void>;
};

type FetchLike = (url: string, init?: { signal?: AbortSignal; cache?: string; credentials?: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export type LoadPolicyOptions = {
  url: string;
  fetch: FetchLike;
  cache?: PolicyCache;
  /** The fetch is abandoned after this many milliseconds (on-send has a 4 s budget for everything). */
  timeoutMs?: number;
  /**
   * How to validate the text. The task pane passes `validatePolicyText` (full rule catalogue, so
   * a misspelt rule id is named); the default checks the schema only, for small bundles.
   */
  validate?: (text: string) => PolicyResult;
};

const schemaOnly = (text: string) => validatePolicyTextWith(text, undefined);

/** policy.json beside the add-in: resolved against the page or script's own URL. */
export function policyUrlFor(base: string, file = 'policy.json'): string {
  return new URL(file, base).toString();
}

async function fromCache(cache: PolicyCache | undefined, validate: (text: string) => PolicyResult): Promise<{ config: EngineConfig; name?: string } | undefined> {
  try {
    const text = cache ? await cache.read() : undefined;
    if (!text) return undefined;
    const result = validate(text);
    return result.ok ? { config: result.config, name: result.policy.organization?.name } : undefined;
  } catch {
    return undefined;
  }
}

/** Why the policy could not be fetched, as a message id with data. */
class Unreachable extends Error {
  constructor(
    readonly id: string,
    readonly data: Record<string, string | number>,
  ) {
    super(id);
  }
}

/** A file beside the add-in as text, within `timeoutMs` (default 3 s); also how first-names.ts fetches. Rejects on any failure. */
export async function fetchText(options: Pick<LoadPolicyOptions, 'url' | 'fetch' | 'timeoutMs'>): Promise<string> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new Unreachable('policy.unreachable.timeout', { ms: options.timeoutMs ?? 3000 }));
    }, options.timeoutMs ?? 3000);
  });
  try {
    const response = await Promise.race([options.fetch(options.url, { signal: controller?.signal, cache: 'no-cache', credentials: 'omit' }), timeout]);
    if (!response.ok) throw new Unreachable('policy.unreachable.http', { status: response.status });
    return await Promise.race([response.text(), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function loadPolicy(options: LoadPolicyOptions): Promise<PolicyState> {
  let text: string;
  try {
    text = await fetchText(options);
  } catch (e) {
    const problems = e instanceof Unreachable ? [policyProblem('$', e.id, { url: options.url, ...e.data })] : [policyProblem('$', 'policy.unreachable.failed', { url: options.url, reason: String((e as Error)?.message ?? e) })];
    return fallback(options, problems, 'unreachable');
  }
  const result = (options.validate ?? schemaOnly)(text);
  if (!result.ok) return fallback(options, result.problems, 'invalid');
  try {
    await options.cache?.write(text);
  } catch {
    // A full or unavailable cache only costs the offline fallback; the policy itself is fine.
  }
  return { config: result.config, source: 'remote', organizationName: result.policy.organization?.name, url: options.url, problems: [] };
}

async function fallback(options: LoadPolicyOptions, problems: PolicyProblem[], reason: 'invalid' | 'unreachable'): Promise<PolicyState> {
  const cached = await fromCache(options.cache, options.validate ?? schemaOnly);
  if (cached) return { config: cached.config, source: 'cached', organizationName: cached.name, url: options.url, problems, fallbackReason: reason };
  return { config: DEFAULT_CONFIG, source: 'default', url: options.url, problems, fallbackReason: reason };
}
