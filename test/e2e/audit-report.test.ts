/**
 * The audit's report.html in Chromium: made from the fixtures by the built CLI, opened from a
 * local server with every other request blocked. It loads nothing (no request leaves it, its
 * CSP refuses any script), shows both charts, and axe finds no WCAG 2 A/AA violation.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { AUDIT_FIXTURES, AUDIT_FOLDER } from '../support/audit-fixtures';
import { buildCli, etykieta, POLICY, tempOut } from '../audit/support';
import { AXE_PATH, CHROMIUM, startBrowser, startServer, type Browser } from './support/harness';

let out: string;
let server: Server;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  buildCli();
  out = tempOut();
  const run = etykieta('audit', '--out', out, '--policy', POLICY, AUDIT_FOLDER, path.join(AUDIT_FIXTURES, 'letter.msg'));
  if (run.code !== 0) throw new Error(`audit failed: ${run.stderr}`);
  ({ server, base } = await startServer(out));
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

async function withBrowser<T>(options: { bypassCSP?: boolean }, use: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await startBrowser(base, options);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

test('the report makes no request, runs no script, and shows its two charts and tables', async () => {
  await withBrowser({}, async (browser) => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}report.html`);
    expect(requests).toEqual([`${base}report.html`]);
    expect(browser.blocked).toEqual([]);
    await expect(page.locator('svg[role="img"]').count()).resolves.toBe(2);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Audyt korespondencji e-mail');
    await expect(page.getByRole('img', { name: 'Wykres: problemy w kolejnych miesiącach według wagi' }).isVisible()).resolves.toBe(true);
    // The CSP allows no script: one injected by a page (or a subject) does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      return (window as unknown as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
  });
}, 60_000);

test('axe finds no WCAG 2 A/AA violations', async () => {
  await withBrowser({ bypassCSP: true }, async (browser) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}report.html`);
    await page.addScriptTag({ url: `${base}${AXE_PATH}` });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });
}, 60_000);
