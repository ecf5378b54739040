/**
 * Templates in the browser preview: the acknowledgement goes into the own text of a reply, above
 * Outlook's quoted thread, which stays byte for byte as it was; the letter then has one greeting
 * (agreeing with the addressee) and one closing. Needs a built dist/.
 */
import type { Page } from 'playwright-core';
import { acknowledgementTemplate } from '../../src/engine/templates';
import { createMessage } from '../../src/engine/model';
import { previewPages } from './support/harness';
import { readBodyHtml } from './support/preview';
import { parseLocalDate } from '../../src/taskpane/components/LocalDateInput/localDate';

jest.setTimeout(60_000);

const { open } = previewPages();

/** The text of each top-level element of the body, one line each, as the clerk sees the lines. */
const bodyLines = async (page: Page) =>
  page.evaluate((html) => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return [...body.children].map((el) => el.textContent ?? '');
  }, await readBodyHtml(page));

const QUOTE_START = '<div id="appendonsend">';

test('the acknowledgement goes above the own text of a reply, with one greeting and one closing; the quoted thread is unchanged', async () => {
  const page = await open('?sample=quoted-thread');
  const before = await readBodyHtml(page);
  expect(before).toContain(QUOTE_START);

  await page.getByRole('tab', { name: 'Szablony' }).click();
  await page.getByLabel('Znak sprawy (jeśli nadano)').fill('FN.3120.15.2026');
  // Dates show as a Polish letter writes them (dd.mm.rrrr), and the received date is the quoted
  // letter's, as on the deadline tab.
  const shownReceived = await page.getByLabel('Data otrzymania wiadomości').inputValue();
  expect(shownReceived).toBe('19.11.2026');
  const received = parseLocalDate(shownReceived) ?? '';
  const replyBy = parseLocalDate(await page.getByLabel(/Przewidywany termin odpowiedzi/).inputValue()) ?? '';
  expect(replyBy > received).toBe(true);

  await page.getByRole('button', { name: 'Wstaw potwierdzenie', exact: true }).click();
  await page.getByText('Wstawiono szablon do treści wiadomości.').waitFor({ timeout: 10_000 });
  const after = await readBodyHtml(page);
  expect(after).not.toBe(before);

  // A single woman: "Szanowna Pani", then the template, then the clerk's text, then one closing.
  const template = acknowledgementTemplate('pl', { received, caseReference: 'FN.3120.15.2026', replyBy }, createMessage({ to: [{ name: 'Katarzyna Mazur', address: 'k.mazur@interia.pl' }], composeType: 'reply' }));
  expect(template.greeting).toBe('Szanowna Pani,');
  const own = (await bodyLines(page)).map((l) => l.trim()).filter((l) => l !== '');
  const clerk = own.indexOf('w odpowiedzi na pytanie informuję, że decyzja zostanie wysłana w przyszłym tygodniu.');
  expect(own.slice(0, clerk)).toEqual([template.greeting, ...template.body.split('\n')]);
  expect(own[clerk + 1]).toBe(template.closing);
  expect(own.filter((l) => l === template.closing)).toHaveLength(1);

  // Everything from the quote marker on is exactly what it was, and the template is above it.
  const quote = before.slice(before.indexOf(QUOTE_START));
  expect(after.slice(after.indexOf(QUOTE_START))).toBe(quote);
  expect(after.indexOf('FN.3120.15.2026')).toBeLessThan(after.indexOf(QUOTE_START));
  expect(after.split('FN.3120.15.2026').length - 1).toBe(1);
  await page.close();
});
