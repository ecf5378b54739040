/**
 * The preview's Body as a compose window: a letter typed with the keyboard reaches the engine as
 * paragraphs (greeting and closing on their own lines); bold, italic and lists; pasted HTML keeps
 * its formatting and loses its scripts; a fix redraws the editor; plain text makes the body a
 * text and back. Needs a built dist/.
 */
import type { Page } from 'playwright-core';
import { previewPages } from './support/harness';
import { editor, readBodyHtml, typeLetter, waitForBodyHtml } from './support/preview';

jest.setTimeout(90_000);

const { open } = previewPages();

const finding = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);

/** The text of each top-level block of the body, as the clerk sees the lines. */
const blocks = (page: Page, html: string) =>
  page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').body.children].map((el) => el.textContent ?? ''), html);

const SENTENCE = 'uprzejmie informuję, że zaświadczenie jest gotowe do odbioru w pokoju 12.';

test('a letter typed with the keyboard reaches the engine as paragraphs: greeting and closing on their own lines', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('Jan Kowalski <jan.kowalski@gmail.com>');
  await page.getByLabel('Temat', { exact: true }).fill('Zaświadczenie o zameldowaniu');
  await typeLetter(page, ['Witam', '', SENTENCE, '']);
  // Without a closing line the engine says so; the closing typed on its own line is then found.
  await finding(page, 'closing-missing').waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Pozdrawiam');
  await finding(page, 'closing-missing').waitFor({ state: 'detached', timeout: 10_000 });

  const html = await waitForBodyHtml(page, (h) => h.includes('Pozdrawiam'));
  expect(await blocks(page, html)).toEqual(['Witam', '', SENTENCE, '', 'Pozdrawiam']);

  // The greeting is only "Witam" (its own line), not "Witam uprzejmie informuję…"; the closing is seen.
  const greeting = finding(page, 'greeting-informal');
  await greeting.waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('[data-rule="greeting-informal"]')?.textContent?.includes('„Witam” →'));
  await expect(greeting.textContent()).resolves.not.toContain('Witam uprzejmie');
  await page.close();
});

test('bold and italic with Ctrl+B / Ctrl+I, a list from the formatting buttons', async () => {
  const page = await open();
  await typeLetter(page, ['Szanowny Panie,', '', 'termin: ']);
  await page.keyboard.press('Control+B');
  await page.keyboard.type('pilne');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' i ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('ważne');
  await page.keyboard.press('Control+I');
  await page.keyboard.press('Enter');
  await page.keyboard.type('dowód osobisty');
  await page.getByRole('button', { name: 'Lista punktowana' }).click();
  await page.keyboard.type(' (oryginał)');

  const html = await waitForBodyHtml(page, (h) => h.includes('(oryginał)'));
  expect(html).toMatch(/<b>pilne<\/b>|<strong>pilne<\/strong>/);
  expect(html).toMatch(/<i>ważne<\/i>|<em>ważne<\/em>/);
  expect(html).toMatch(/<ul><li>dowód osobisty(?: |&nbsp;)\(oryginał\)<\/li><\/ul>/);
  // Outlook's document around the content is kept.
  expect(html.startsWith('<html><body>')).toBe(true);
  expect(html.endsWith('</body></html>')).toBe(true);
  await page.close();
});

test('pasted HTML keeps its formatting and loses scripts and event handlers', async () => {
  const page = await open();
  await typeLetter(page, ['Dzień dobry,', '']);
  await editor(page).evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<meta charset="utf-8"><p>Proszę przynieść <b>dowód</b> i <i>wniosek</i>.</p><img alt="" src="assets/icon-16.png" onerror="window.pwned=1" onload="window.pwned=3"><script>window.pwned=2</script>');
    data.setData('text/plain', 'Proszę przynieść dowód i wniosek.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const html = await waitForBodyHtml(page, (h) => h.includes('wniosek'));
  expect(html).toContain('<b>dowód</b>');
  expect(html).toContain('<i>wniosek</i>');
  expect(html).not.toMatch(/onerror|<script|pwned/);
  await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
  await page.close();
});

test('a fix from the pane redraws the editor, and typing goes on where the clerk is', async () => {
  const page = await open();
  await page.getByLabel('Do', { exact: true }).fill('jan.kowalski@gmail.com');
  await page.getByLabel('Temat', { exact: true }).fill('Zaświadczenie');
  await typeLetter(page, ['Szanowny Panie,', '', 'zaświadczenie jest gotowe.', '', 'Z poważaniem']);
  const fix = finding(page, 'signature-missing').getByRole('button', { name: 'Wstaw podpis' });
  await fix.waitFor({ timeout: 10_000 });
  await fix.click();
  await finding(page, 'signature-missing').waitFor({ state: 'detached', timeout: 10_000 });
  await expect(editor(page).textContent()).resolves.toContain('Referat Spraw Obywatelskich');

  // The clerk goes on writing at the end of the sentence; the signature stays once.
  await editor(page).getByText('zaświadczenie jest gotowe.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Zapraszam.');
  const html = await waitForBodyHtml(page, (h) => h.includes('Zapraszam.'));
  expect(html).toContain('zaświadczenie jest gotowe. Zapraszam.');
  expect(html.split('id="etykieta-signature"').length - 1).toBe(1);
  await page.close();
});

test('plain text: the body becomes a text area, formatting goes, lines stay; back to HTML gives a block per line', async () => {
  const page = await open();
  await typeLetter(page, ['Szanowny Panie,', '', 'zaświadczenie jest gotowe.']);
  await waitForBodyHtml(page, (h) => h.includes('gotowe.'));
  await page.getByRole('radio', { name: 'Zwykły tekst' }).check();
  const plain = page.getByRole('textbox', { name: 'Treść', exact: true });
  await expect(plain.evaluate((el) => el.tagName)).resolves.toBe('TEXTAREA');
  await expect(plain.inputValue()).resolves.toBe('Szanowny Panie,\n\nzaświadczenie jest gotowe.');
  await expect(page.getByRole('button', { name: 'Pokaż kod HTML' }).isDisabled()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Pogrubienie' }).isDisabled()).resolves.toBe(true);

  // The engine reads the text: a closing typed on its own line is found.
  await finding(page, 'closing-missing').waitFor({ timeout: 10_000 });
  await plain.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Z poważaniem');
  await finding(page, 'closing-missing').waitFor({ state: 'detached', timeout: 10_000 });

  await page.getByRole('radio', { name: 'HTML' }).check();
  const html = await readBodyHtml(page);
  expect(await blocks(page, html)).toEqual(['Szanowny Panie,', '', 'zaświadczenie jest gotowe.', '', 'Z poważaniem']);
  await page.close();
});
