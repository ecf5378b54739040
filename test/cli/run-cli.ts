/** Runs the CLI in-process with captured output, the way the launcher runs it with process streams. */
import path from 'node:path';
import { main } from '../../src/cli/main';

export type CliRun = { code: number; stdout: string; stderr: string };

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

export const REPO = path.resolve(__dirname, '../..');
export const fixture = (name: string) => path.join(REPO, 'test/fixtures', name);
