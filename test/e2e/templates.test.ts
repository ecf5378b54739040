/**
 * Templates in the browser preview: the acknowledgement goes to the top of the own text of a
 * reply, above Outlook's quoted thread, which stays byte for byte as it was. Needs a built dist/.
 */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { acknowledgementText } from '../../src/engine/templates';
import { assertBuilt, startBrowser, startServer, type Browser } from './support/harness';
import { readBodyHtml } from './support/preview';

jest.setTimeout(60_000);

let server: Server;
let base: string;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  assertBuilt();
  ({ server, base } = await startServer());
  browser = await startBrowser(base);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

afterEach(() => {
  // No page may fail at run time (CSP violations and React errors land here too).
  expect(errors.splice(0)).toEqual([]);
});

async function open(query: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}preview.html${query}`);
  await page.getByLabel('Temat', { exact: true }).waitFor();
  await page.waitForFunction(() => !(document.getElementById('field-subject') as HTMLInputElement | null)?.disabled);
  return page;
}

/** The text of each top-level element of the body, one line each, as the clerk sees the lines. */
const bodyLines = async (page: Page) =>
  page.evaluate((html) => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return [...body.children].map((el) => el.textContent ?? '');
  }, await readBodyHtml(page));

const QUOTE_START = '<div id="appendonsend">';

test('the acknowledgement goes above the own text of a reply; the quoted thread is unchanged', async () => {
  const page = await open('?sample=quoted-thread');
  const before = await readBodyHtml(page);
  expect(before).toContain(QUOTE_START);

  await page.getByRole('tab', { name: 'Szablony' }).click();
  await page.getByLabel('Znak sprawy (jeśli nadano)').fill('FN.3120.15.2026');
  const received = await page.getByLabel('Data otrzymania wiadomości').inputValue();
  const replyBy = await page.getByLabel(/Przewidywany termin odpowiedzi/).inputValue();
  expect(received).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(replyBy > received).toBe(true);

  await page.getByRole('button', { name: 'Wstaw potwierdzenie na początku' }).click();
  await page.getByText('Wstawiono szablon na początku wiadomości.').waitFor({ timeout: 10_000 });
  const after = await readBodyHtml(page);
  expect(after).not.toBe(before);

  // The body starts with the template, line by line, then the clerk's own text as it was.
  const text = acknowledgementText('pl', { received, caseReference: 'FN.3120.15.2026', replyBy });
  const lines = text.split('\n');
  const shown = await bodyLines(page);
  expect(shown.slice(0, lines.length)).toEqual(lines);
  expect(shown.slice(lines.length).find((l) => l.trim() !== '')).toBe('w odpowiedzi na pytanie informuję, że decyzja zostanie wysłana w przyszłym tygodniu.');

  // Everything from the quote marker on is exactly what it was, and the template is above it.
  const quote = before.slice(before.indexOf(QUOTE_START));
  expect(after.slice(after.indexOf(QUOTE_START))).toBe(quote);
  expect(after.indexOf('FN.3120.15.2026')).toBeLessThan(after.indexOf(QUOTE_START));
  expect(after.split('FN.3120.15.2026').length - 1).toBe(1);
  await page.close();
});
