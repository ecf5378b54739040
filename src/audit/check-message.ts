/**
 * One message: parse it (unless the reader already did), keep it only when the office sent it
 * and it falls in the dates, run the engine exactly as `check` does (same rules, policy and
 * texts), and keep what the report needs: no body text beyond what a finding itself quotes, and
 * every personal number masked. Runs in a worker thread; never throws.
 */
import { runRules } from '../engine/run-rules';
import { allRules } from '../engine/rules';
import { reportFindings } from '../cli/check/report';
import { inRange } from './dates';
import { forReport } from './mask';
import { isFromOffice } from './office';
import { readMime } from './readers/mime';
import { readMsg } from './readers/msg';
import type { AuditSettings, Outcome, RawMessage, ReadMail } from './types';

export type CheckTask = Exclude<RawMessage, { format: 'broken' }>;

async function parse(task: CheckTask): Promise<ReadMail> {
  if (task.format === 'model') return task.mail;
  return task.format === 'msg' ? readMsg(task.bytes) : readMime(task.bytes);
}

export async function checkMessage(task: CheckTask, settings: AuditSettings): Promise<Outcome> {
  let mail: ReadMail;
  try {
    mail = await parse(task);
  } catch {
    return { kind: 'unreadable', reason: { id: 'cli.notMessage.unparsable' } };
  }
  if (!mail.ok) return mail.notMail ? { kind: 'notMail' } : { kind: 'unreadable', reason: mail.reason };
  const { message, meta } = mail;
  if (!isFromOffice(message.from?.address, settings.officeDomains)) return { kind: 'notFromOffice' };
  if (!inRange(meta.date, settings.since, settings.until)) return { kind: 'outsideDates' };

  const result = runRules(message, settings.config, allRules);
  const findings = reportFindings(result.findings, result.body.text, settings.lang).map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: forReport(f.message) }));
  const from = message.from!;
  return {
    kind: 'audited',
    message: {
      source: forReport(task.source),
      ...(meta.date ? { date: meta.date } : {}),
      sender: { address: forReport(from.address.toLowerCase()), ...(from.name ? { name: forReport(from.name) } : {}) },
      subject: forReport(message.subject),
      findings,
      failedRules: result.failedRules,
    },
  };
}
