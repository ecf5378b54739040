/**
 * Issue 14 as a clerk meets it in the preview: a letter typed with the keyboard, the greeting fix
 * that must keep the words after "Witam", "fix all" that must not add a second closing and can be
 * undone exactly, and a summons template whose open field blocks the send. Needs a built dist/.
 */
import type { Page } from 'playwright-core';
import { previewPages } from './support/harness';
import { readBodyHtml, typeLetter, waitForBodyHtml } from './support/preview';

jest.setTimeout(90_000);

const { open } = previewPages();

const finding = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);

/** The text of each top-level block of the body, as the clerk sees the lines (empty ones left out). */
const lines = async (page: Page, html?: string) =>
  page.evaluate(
    (h) => [...new DOMParser().parseFromString(h, 'text/html').body.children].map((el) => (el.textContent ?? '').trim()).filter((t) => t !== ''),
    html ?? (await readBodyHtml(page)),
  );

const SENTENCE = 'uprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.';

test('case 1: the greeting fix replaces "Witam" only; fix all adds no second closing and one undo restores the message', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('Jan Kowalski <jan.kowalski@gmail.com>');
  await page.getByLabel('Temat', { exact: true }).fill('Zaświadczenie o zameldowaniu');
  await typeLetter(page, ['Witam', '', SENTENCE, '', 'Pozdrawiam']);
  await waitForBodyHtml(page, (h) => h.includes('Pozdrawiam'));

  const greeting = finding(page, 'greeting-informal');
  await page.waitForFunction(() => document.querySelector('[data-rule="greeting-informal"]')?.textContent?.includes('„Witam” →'));
  await greeting.getByRole('button', { name: 'Zastosuj' }).click();
  await greeting.waitFor({ state: 'detached', timeout: 10_000 });
  // Jan is a man: "Szanowny Panie,"; every word the clerk wrote after "Witam" is still there.
  expect(await lines(page)).toEqual(['Szanowny Panie,', SENTENCE, 'Pozdrawiam']);

  const before = await readBodyHtml(page);
  await page.getByRole('button', { name: 'Popraw wszystko, co bezpieczne' }).click();
  const summary = page.getByText('Co zmieniono:');
  await summary.waitFor({ timeout: 10_000 });
  const after = await lines(page);
  // One greeting, one closing ("Pozdrawiam" is one: no "Z poważaniem" after it), the signature below.
  expect(after.slice(0, 3)).toEqual(['Szanowny Panie,', SENTENCE, 'Pozdrawiam']);
  expect(after.filter((l) => /^(Z poważaniem|Pozdrawiam)/.test(l))).toHaveLength(1);
  await page.getByText('Wstawiono podpis urzędu.').waitFor();

  await page.getByRole('button', { name: 'Cofnij te poprawki' }).click();
  await page.getByText('Cofnięto poprawki: wiadomość jest taka jak przed „Popraw wszystko”.').waitFor({ timeout: 10_000 });
  expect(await readBodyHtml(page)).toBe(before);
  await page.close();
});

test('case 4: a summons with an open field is shown by placeholder-left, and Send is blocked with no "send anyway"', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('Jan Kowalski <jan.kowalski@gmail.com>');
  await page.getByLabel('Temat', { exact: true }).fill('Wezwanie do stawiennictwa – znak OR.1234.5.2026');
  await typeLetter(page, ['Dzień dobry,']);
  await waitForBodyHtml(page, (h) => h.includes('Dzień dobry'));

  await page.getByRole('tab', { name: 'Szablony' }).click();
  const summons = page.getByRole('region', { name: 'Wezwanie' });
  await summons.getByLabel('W sprawie').fill('wydania dowodu osobistego');
  // No date and no office hours: the template leaves that field open for the clerk.
  await summons.getByRole('button', { name: 'Wstaw wezwanie' }).click();
  const html = await waitForBodyHtml(page, (h) => h.includes('[uzupełnij:'));
  // The letter keeps one greeting: the template goes below the clerk's "Dzień dobry,".
  expect((await lines(page, html)).filter((l) => /^(Dzień dobry|Szanown)/.test(l))).toHaveLength(1);

  await page.getByRole('tab', { name: 'Sprawdź' }).click();
  const openField = finding(page, 'placeholder-left');
  await openField.waitFor({ timeout: 10_000 });
  await expect(openField.textContent()).resolves.toContain('[uzupełnij:');

  await page.getByRole('button', { name: 'Wyślij', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect(dialog.getByRole('button', { name: 'Wyślij mimo to' }).count()).resolves.toBe(0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Nie wysłano. Popraw wiadomość w panelu Etykieta.').waitFor();
  await page.close();
});
