/**
 * The preview loads the PESEL register's first-name table from beside the add-in (dist/first-names.txt)
 * as the Office pane does: "Szanowna Pani" to Yannick Nowak (a name of 78 men, below the compact
 * table's cuts) is reported with the agreeing fix, and Settings says the full list is in force. With
 * the file answering 404, the pane keeps the compact table: the same letter has no gender finding,
 * and Settings says so in one plain line, with no warning. Needs a built dist/.
 */
import type { Page } from 'playwright-core';
import { servedPreview } from './support/harness';
import { fillBodyHtml } from './support/preview';

jest.setTimeout(60_000);

const preview = servedPreview();

async function open(withoutNamesFile = false): Promise<{ page: Page; errors: string[]; asked: string[] }> {
  const page = await preview.browser.context.newPage();
  const errors: string[] = [];
  const asked: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.url().endsWith('/first-names.txt')) asked.push(r.url());
  });
  if (withoutNamesFile) await page.route('**/first-names.txt', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto(`${preview.base}preview.html`);
  await page.getByLabel('Temat', { exact: true }).waitFor();
  await page.waitForFunction(() => !(document.getElementById('field-subject') as HTMLInputElement | null)?.disabled);
  return { page, errors, asked };
}

async function writeToYannick(page: Page): Promise<void> {
  await page.getByLabel('Do', { exact: true }).fill('Yannick Nowak <yannick.nowak@wp.pl>');
  await page.getByLabel('Temat', { exact: true }).fill('Zaświadczenie o zameldowaniu – znak OR.1234.5.2026');
  // An attachment the letter mentions and lacks: attachment-missing's finding shows that the pane has checked this letter.
  await fillBodyHtml(page, '<html><body><div>Szanowna Pani,</div><div>w załączniku przesyłam zaświadczenie o zameldowaniu.</div><div>Z poważaniem</div></body></html>');
  await page.locator('[data-rule="attachment-missing"]').first().waitFor({ timeout: 10_000 });
}

const finding = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);

test('with first-names.txt: the register knows Yannick, the fix writes "Szanowny Panie"', async () => {
  const { page, errors, asked } = await open();
  await writeToYannick(page);
  const mismatch = finding(page, 'greeting-mismatch');
  await mismatch.first().waitFor({ timeout: 10_000 });
  await expect(mismatch.first().textContent()).resolves.toContain('Szanowny Panie');
  expect(asked).toEqual([`${preview.base}first-names.txt`]);
  await page.getByRole('tab', { name: 'Ustawienia' }).click();
  await page.getByRole('tabpanel', { name: 'Ustawienia' }).getByText('Imiona: pełny wykaz z rejestru PESEL (stan na 2026-01-20).').waitFor({ timeout: 10_000 });
  expect(errors).toEqual([]);
  await page.close();
});

test('first-names.txt answering 404: the compact table, no gender finding for Yannick, one plain line in Settings', async () => {
  const { page, errors, asked } = await open(true);
  await writeToYannick(page);
  await expect(finding(page, 'greeting-mismatch').count()).resolves.toBe(0);
  expect(asked).toHaveLength(1);
  await page.getByRole('tab', { name: 'Ustawienia' }).click();
  const settings = page.getByRole('tabpanel', { name: 'Ustawienia' });
  await settings.getByText('Imiona: wykaz skrócony, wbudowany w dodatek (rejestr PESEL, stan na 2026-01-20).').waitFor({ timeout: 10_000 });
  await expect(settings.locator('.fui-MessageBar').count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
