/**
 * The e2e harness: a tiny static server over dist/ on 127.0.0.1 (random port) and Debian's
 * Chromium through playwright-core with a fresh profile. Every request that is not to that
 * server is blocked, so the tests prove the preview needs no network.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const DIST = resolve(__dirname, '../../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'preview.html'))) {
    throw new Error(`dist/preview.html is missing: build first (npm test builds it; or npx webpack --mode production). Looked in ${DIST}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
}

/** axe-core is served from our own origin: the page's CSP (rightly) refuses inline scripts. */
export const AXE_PATH = '__test__/axe.min.js';

export function startServer(root = DIST): Promise<{ server: Server; base: string }> {
  const extra: Record<string, string> = { [`/${AXE_PATH}`]: require.resolve('axe-core/axe.min.js') };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = extra[path] ?? normalize(join(root, path));
    if ((!extra[path] && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((resolveStart) =>
    server.listen(0, '127.0.0.1', () => resolveStart({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

export type Browser = { context: BrowserContext; blocked: string[]; close(): Promise<void> };

/** `bypassCSP`: for pages whose CSP allows no script at all (the audit report), so axe can run. */
export async function startBrowser(base: string, options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'etykieta-e2e-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 1000 }, bypassCSP: options.bypassCSP ?? false });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The built dist/ served and a browser open for the whole test file (beforeAll / afterAll): what
 * every preview test file starts with. Read `base` and `browser` inside the tests.
 */
export function servedPreview(): { readonly base: string; readonly browser: Browser } {
  let server: Server | undefined;
  const session = { base: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    assertBuilt();
    ({ server, base: session.base } = await startServer());
    session.browser = await startBrowser(session.base);
  });
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((r) => server?.close(r));
  });
  return session;
}

/**
 * servedPreview() plus what every preview test repeats: `newPage()` opens a tab whose page errors
 * and console errors are collected, and after each test none may have happened (CSP violations
 * and React errors land there too); `open(query)` also loads the preview and waits until the
 * compose window takes input.
 */
export function previewPages() {
  const session = servedPreview();
  const errors: string[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  async function newPage(): Promise<Page> {
    const page = await session.browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return page;
  }
  async function open(query = ''): Promise<Page> {
    const page = await newPage();
    await page.goto(`${session.base}preview.html${query}`);
    await page.getByLabel('Temat', { exact: true }).or(page.getByLabel('Subject', { exact: true })).waitFor();
    await page.waitForFunction(() => !(document.getElementById('field-subject') as HTMLInputElement | null)?.disabled);
    return page;
  }
  return { session, newPage, open };
}
