/**
 * Findings the clerk ignored ("Ignoruj"), one definition for the task pane and the send check
 * (contract § 5: what the pane leaves out, the send check leaves out too, and no more).
 *
 * A finding is known by a key that survives re-checks: positions move as the clerk types, so the
 * key is its message and what it names (its data: the phrase, the masked number, the address; a
 * suggestion also by its replacement), and, when those repeat, by their order. What travels with
 * the item (Office's session data of this one message) is not the key but a fixed-size digest of
 * it: none of the letter's words is copied there, and any number of ignores fits the 50,000
 * characters Outlook allows. The value read back is checked whole: anything but a short list of
 * digests means nothing is ignored.
 */
import type { Finding } from './types';

export type KeyedFinding = { key: string; finding: Finding };

function dataKey(finding: Finding): string {
  const data = finding.data ?? {};
  return Object.keys(data)
    .sort()
    .map((k) => `${k}=${data[k]}`)
    .join('&');
}

export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const fix = finding.fix;
    const base = `${finding.messageId}|${dataKey(finding)}${fix?.kind === 'replaceText' ? `|${fix.from}|${fix.to}` : ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}|${n}`, finding };
  });
}

/**
 * Findings that state a fact about the message, not a judgement of its words, cannot be a false
 * alarm: they get no "Ignoruj", and no stored value can hide them (a template placeholder left
 * in the text, no subject, a subject over the length limit, external addresses visible to each other).
 */
const CERTAIN = new Set(['subject-missing', 'subject-too-long', 'placeholder-left', 'recipients-external-visible']);

export function canBeIgnored(finding: Finding): boolean {
  return !CERTAIN.has(finding.ruleId);
}

/** At most this many ignores are kept per message; the most recent win. */
export const MAX_IGNORED = 500;
/** A stored value longer than this is not even parsed (500 digests in JSON take 9,501 characters). */
export const MAX_IGNORED_VALUE = 10_000;

const hex8 = (n: number) => `0000000${(n >>> 0).toString(16)}`.slice(-8);

/** The final mix of MurmurHash3: every input bit moves about half of the output bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The stored form of a finding's key: 16 hex digits from two FNV-1a lanes with different
 * primes. Not a secret, only a name: a collision could at worst hide another finding that may be
 * ignored, once in 2^64.
 */
export function ignoreId(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x27d4eb2f);
  }
  return hex8(mix(a)) + hex8(mix(b ^ key.length));
}

const ID = /^[0-9a-f]{16}$/;

/** The value to store: the ids as JSON, the most recent MAX_IGNORED of them. */
export function ignoredValue(ids: readonly string[]): string {
  return JSON.stringify(ids.slice(-MAX_IGNORED));
}

/**
 * What a stored value says is ignored. Fail safe: a value that is not a JSON list of at most
 * MAX_IGNORED digests (too long, another type, one bad entry) ignores nothing.
 */
export function parseIgnored(raw: unknown): string[] {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_IGNORED_VALUE) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value) || value.length > MAX_IGNORED || !value.every((v) => typeof v === 'string' && ID.test(v))) return [];
  return [...new Set(value as string[])];
}

/** The findings left once the ignored ones are out; one the clerk could not ignore always stays. */
export function withoutIgnored(keyed: readonly KeyedFinding[], ignored: ReadonlySet<string>): KeyedFinding[] {
  if (ignored.size === 0) return [...keyed];
  return keyed.filter((k) => !(canBeIgnored(k.finding) && ignored.has(ignoreId(k.key))));
}
