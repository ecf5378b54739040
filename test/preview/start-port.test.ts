/**
 * `PORT=N npm start`: a busy or invalid port is one line saying so (no stack trace) and exit
 * code 2, before anything is built. Serving on a free port writes a development build into
 * dist/, which the browser tests read at the same time, so that path is left to `npm start` itself.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '../..');

function run(cmd: string, args: string[], port: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, PORT: port, npm_config_update_notifier: 'false' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let holder: Server;
let busyPort: number;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
  busyPort = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => holder.close(resolve)));

test('the dev server start on a busy port: one line on stderr, exit code 2', async () => {
  const { code, stderr } = await run(process.execPath, ['scripts/start.mjs'], String(busyPort));
  expect(code).toBe(2);
  expect(stderr.trimEnd().split('\n')).toEqual([`etykieta: port ${busyPort} jest zajęty / port ${busyPort} is in use — uruchom z innym / start on another: PORT=${busyPort + 1} npm start`]);
});

test('npm start on a busy port: exit code 2, our line, no stack trace', async () => {
  const { code, stdout, stderr } = await run('npm', ['start', '--silent'], String(busyPort));
  expect(code).toBe(2);
  const out = stdout + stderr;
  expect(out).toContain(`etykieta: port ${busyPort} jest zajęty`);
  expect(out).not.toMatch(/^\s+at /m);
  expect(out).not.toMatch(/EADDRINUSE/);
});

test.each(['abc', '0', '70000', '80 80'])('PORT=%s is refused in one line with exit code 2', async (port) => {
  const { code, stderr } = await run(process.execPath, ['scripts/start.mjs'], port);
  expect(code).toBe(2);
  expect(stderr.trimEnd().split('\n')).toEqual([`etykieta: PORT=${port} nie jest numerem portu (1–65535) / is not a port number (1-65535)`]);
});
