/**
 * One audit run: every message of the inputs, in order, through the cache or a checker, into
 * the aggregate. At most a window of messages is in flight (a few per thread), so memory stays
 * flat however large the export; results are taken in input order, so two runs over the same
 * inputs write the same report. A message that cannot be read, or that crashes its worker, is
 * one unreadable line; the run always goes on.
 */
import { AuditAggregate } from './aggregate';
import type { AuditCache } from './cache';
import { inRange } from './dates';
import { forReport } from './mask';
import type { Checker } from './pool';
import { readMessages } from './readers/messages';
import type { Input } from './readers/inputs';
import type { AuditedMessage, AuditSettings, Outcome, RawMessage } from './types';

export type AuditProgress = { bytes: number; messages: number };

export type AuditRun = {
  inputs: readonly Input[];
  settings: AuditSettings;
  checker: Checker;
  cache?: AuditCache;
  onProgress?: (progress: AuditProgress) => void;
  /** Each audited message as it is counted (findings.csv is written from here). */
  onAudited?: (message: AuditedMessage) => void;
};

function outcomeOf(raw: RawMessage, run: AuditRun): Promise<Outcome> {
  if (raw.format === 'broken') return Promise.resolve({ kind: 'unreadable', reason: raw.reason });
  const cached = run.cache?.get(raw.cacheKey);
  if (cached) return Promise.resolve(cached);
  return run.checker.check(raw).then(
    (outcome) => {
      run.cache?.put(raw.cacheKey, outcome);
      return outcome;
    },
    (e: unknown) => ({ kind: 'unreadable', reason: { id: 'cli.audit.workerFailed', data: { reason: e instanceof Error ? e.message : String(e) } } }),
  );
}

export async function runAudit(run: AuditRun): Promise<AuditAggregate> {
  const aggregate = new AuditAggregate();
  const progress: AuditProgress = { bytes: 0, messages: 0 };
  const take = (raw: RawMessage, outcome: Outcome) => {
    progress.messages++;
    run.onProgress?.(progress);
    const source = forReport(raw.source);
    if (outcome.kind === 'unreadable') aggregate.unreadable({ source, reason: outcome.reason });
    else if (outcome.kind !== 'audited') aggregate.skip(outcome.kind);
    // A cached result was stored without the dates of this run, and maybe under another path.
    else if (!inRange(outcome.message.date, run.settings.since, run.settings.until)) aggregate.skip('outsideDates');
    else {
      const message = { ...outcome.message, source };
      aggregate.add(message);
      run.onAudited?.(message);
    }
  };
  const inFlight: Array<Promise<[RawMessage, Outcome]>> = [];
  const limit = Math.max(8, run.checker.threads * 8);
  const onBytes = (bytes: number) => {
    progress.bytes += bytes;
    run.onProgress?.(progress);
  };
  for await (const raw of readMessages(run.inputs, onBytes)) {
    inFlight.push(outcomeOf(raw, run).then((o) => [raw, o]));
    if (inFlight.length >= limit) take(...(await inFlight.shift()!));
  }
  while (inFlight.length) take(...(await inFlight.shift()!));
  return aggregate;
}
