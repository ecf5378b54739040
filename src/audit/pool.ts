/**
 * Who checks the messages: a piscina pool of worker threads (one per core by default), or the
 * main thread itself (`--jobs 0`, for debugging and for tests that run the command in-process).
 * The worker's entry is lib/audit-worker.cjs, built beside lib/etykieta.cjs; running from the
 * sources (tests), it is the one the last `npm run build:cli` wrote.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { checkMessage, type CheckTask } from './check-message';
import type { AuditSettings, Outcome } from './types';

export type Checker = { threads: number; check: (task: CheckTask) => Promise<Outcome>; close: () => Promise<void> };

export const WORKER_FILE = 'audit-worker.cjs';

/** Beside the bundle (lib/), or lib/ of the repository when running from src/audit. */
export function findWorkerEntry(): string | undefined {
  return [join(__dirname, WORKER_FILE), join(__dirname, '..', '..', 'lib', WORKER_FILE)].find((p) => existsSync(p));
}

export function defaultJobs(): number {
  return availableParallelism();
}

export function inlineChecker(settings: AuditSettings): Checker {
  return { threads: 0, check: (task) => checkMessage(task, settings), close: async () => undefined };
}

export function workerChecker(settings: AuditSettings, threads: number, entry: string): Checker {
  const pool = new Piscina({ filename: entry, minThreads: threads, maxThreads: threads, workerData: settings, idleTimeout: 1000 });
  return { threads, check: (task) => pool.run(task) as Promise<Outcome>, close: () => pool.destroy() };
}
