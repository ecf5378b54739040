/**
 * The worker thread's entry (bundled to lib/audit-worker.cjs by scripts/build-cli.mjs): piscina
 * calls the default export once per message, with the run's settings in its workerData.
 */
import { workerData } from 'piscina';
import { checkMessage, type CheckTask } from './check-message';
import type { AuditSettings, Outcome } from './types';

const settings = workerData as AuditSettings;

export default function auditTask(task: CheckTask): Promise<Outcome> {
  return checkMessage(task, settings);
}
