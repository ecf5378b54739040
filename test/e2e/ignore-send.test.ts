/**
 * "Ignoruj" as a clerk uses it in the preview: a warning the clerk judged a false alarm is left
 * out by the send check too (contract § 5: Send counts what the pane shows), while a finding that
 * cannot be a false alarm offers no "Ignoruj" at all. Needs a built dist/.
 */
import type { Page } from 'playwright-core';
import { previewPages } from './support/harness';
import { typeLetter, waitForBodyHtml } from './support/preview';

jest.setTimeout(90_000);

const { open } = previewPages();

const finding = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);

/** Presses the preview's Send and returns the dialog's text, or null when the message went out. */
async function send(page: Page): Promise<string | null> {
  await page.getByRole('button', { name: 'Wyślij', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const sent = page.getByText('Wysłano (symulacja): Etykieta nie zatrzymała wiadomości.');
  await Promise.race([dialog.waitFor({ timeout: 15_000 }), sent.waitFor({ timeout: 15_000 })]);
  if (await sent.isVisible()) return null;
  const text = (await dialog.textContent()) ?? '';
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return text;
}

test('an ignored attachment warning stops no more at Send', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('Anna Kowalska <anna.kowalska@wp.pl>');
  await page.getByLabel('Temat', { exact: true }).fill('Decyzja w sprawie podatku od nieruchomości – znak FN.3120.5.2026');
  await typeLetter(page, ['Szanowna Pani,', '', 'w załączeniu przesyłam decyzję w sprawie podatku od nieruchomości na rok 2027.', '', 'Z poważaniem']);
  await waitForBodyHtml(page, (h) => h.includes('Z poważaniem'));
  const signature = finding(page, 'signature-missing');
  await signature.getByRole('button', { name: 'Wstaw podpis' }).click();
  await signature.waitFor({ state: 'detached', timeout: 10_000 });

  const attachment = finding(page, 'attachment-missing');
  await attachment.waitFor({ timeout: 10_000 });
  const before = await send(page);
  expect(before).toContain('załącz');

  await attachment.getByRole('button', { name: 'Ignoruj' }).click();
  await attachment.waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByText('Zignorowane w tej wiadomości: 1. Sprawdzenie przy wysyłaniu też je pominie.').waitFor();

  // The letter is otherwise right: with the warning ignored, it goes out.
  expect(await send(page)).toBeNull();

  await page.close();
});

test('a finding that states a fact (no subject) offers no "Ignoruj" and still stops Send', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('Anna Kowalska <anna.kowalska@wp.pl>');
  await typeLetter(page, ['Szanowna Pani,', '', 'uprzejmie informuję, że wniosek został rozpatrzony pozytywnie.']);
  const subject = finding(page, 'subject-missing');
  await subject.waitFor({ timeout: 10_000 });
  await expect(subject.getByRole('button', { name: 'Ignoruj' }).count()).resolves.toBe(0);
  expect(await send(page)).toContain('temat');
  await page.close();
});
