/** Checks one .eml file: read, recognise as a message, parse, run the rules. Never throws. */
import type { EngineConfig } from '../../engine/config';
import type { SenderProfile } from '../../engine/model';
import { checkMessage } from '../../engine/runner';
import { allRules } from '../../engine/rules';
import type { CliContext } from '../context';
import { readEml } from '../mime/eml';
import { describeFsError } from './load-inputs';
import { readRegularFile } from '../read-regular';
import { reportFindings, type FileReport } from './report';

/** Far above any real e-mail (Exchange's default limit is 35 MB); keeps memory bounded. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type CheckOptions = { config: EngineConfig; user: SenderProfile };

export async function checkFile(path: string, options: CheckOptions, ctx: CliContext): Promise<FileReport> {
  const failed = (reason: string): FileReport => ({ path, findings: [], error: reason });
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(path, MAX_FILE_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return failed(ctx.t('fs.EISDIR'));
    if (code === 'EFBIG') return failed(ctx.t('notMessage.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }));
    return failed(ctx.t('cannotRead', { reason: describeFsError(e, ctx) }));
  }
  const eml = await readEml(buffer, options.user);
  if (!eml.ok) return failed(ctx.t(`notMessage.${eml.reason}`));
  const result = checkMessage(eml.message, options.config, allRules);
  // A faulty rule is the engine's bug, not the file's: say so, keep the other findings.
  for (const id of result.failedRules) ctx.fail(`${path}: ${ctx.t('ruleFailed', { rule: id })}`);
  return { path, findings: reportFindings(result.findings, result.body.text, ctx.lang) };
}
