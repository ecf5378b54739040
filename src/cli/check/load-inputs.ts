/**
 * The files `check` reads besides the messages: `--policy` (validated, every problem named by
 * its JSON path) and `--user`. Each failure is reported on stderr and makes the run exit 2
 * before any message is checked: a run against the wrong policy would mislead.
 */
import type { EngineConfig } from '../../engine/config';
import type { SenderProfile } from '../../engine/model';
import { policyProblemText, validatePolicyText } from '../../policy';
import type { CliContext } from '../context';
import { parseUserProfile } from './user-file';
import { readRegularFile } from '../read-regular';

/** A policy, a --user file or a manifest is a few KB; this only keeps a wrong file from filling memory. */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

export async function readTextFile(path: string, ctx: CliContext): Promise<string | undefined> {
  try {
    return (await readRegularFile(path, MAX_TEXT_FILE_BYTES)).toString('utf8');
  } catch (e) {
    ctx.fail(`${path}: ${ctx.t('cannotRead', { reason: describeFsError(e, ctx) })}`);
    return undefined;
  }
}

export function describeFsError(e: unknown, ctx: CliContext): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'ENOTREG' || code === 'ENXIO') return ctx.t(`fs.${code === 'ENXIO' ? 'ENOTREG' : code}`);
  if (code === 'EFBIG') return ctx.t('fs.EFBIG', { mb: MAX_TEXT_FILE_BYTES / 1024 / 1024 });
  return e instanceof Error ? e.message : String(e);
}

/** Prints every policy problem as `FILE: $.path: reason` (in --lang); returns undefined when there was any. */
export async function loadPolicy(path: string, ctx: CliContext): Promise<EngineConfig | undefined> {
  const text = await readTextFile(path, ctx);
  if (text === undefined) return undefined;
  const result = validatePolicyText(text);
  if (result.ok) return result.config;
  for (const p of result.problems) ctx.fail(`${path}: ${ctx.t('policy.problem', { path: p.path, message: policyProblemText(ctx.lang, p) })}`);
  return undefined;
}

export async function loadUser(path: string, ctx: CliContext): Promise<SenderProfile | undefined> {
  const text = await readTextFile(path, ctx);
  if (text === undefined) return undefined;
  const result = parseUserProfile(text);
  if (result.ok) return result.profile;
  ctx.fail(`${path}: ${ctx.t(result.problem, result.data)}`);
  return undefined;
}
