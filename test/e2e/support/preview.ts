/**
 * Helpers for the preview's compose Body in browser tests. The Body is a rich-text editor
 * (`#field-body`, role textbox, labelled "Treść" / "Body"); its HTML — what the Office adapter
 * reads — is shown by the "Pokaż kod HTML" toggle (`#body-source-toggle`) in `#field-body-source`.
 * Type into the editor with the keyboard (`typeLetter`); read or replace the HTML through the
 * source view (`readBodyHtml`, `fillBodyHtml`), which leaves the editor showing again.
 */
import type { Locator, Page } from 'playwright-core';

export const editor = (page: Page): Locator => page.locator('#field-body');
const toggle = (page: Page) => page.locator('#body-source-toggle');
const source = (page: Page) => page.locator('#field-body-source');

async function withSource<T>(page: Page, action: (textarea: Locator) => Promise<T>): Promise<T> {
  const wasOn = (await toggle(page).getAttribute('aria-pressed')) === 'true';
  if (!wasOn) await toggle(page).click();
  try {
    return await action(source(page));
  } finally {
    if (!wasOn) await toggle(page).click();
  }
}

/** The body's HTML as the mailbox holds it (what the adapter reads). */
export function readBodyHtml(page: Page): Promise<string> {
  return withSource(page, (textarea) => textarea.inputValue());
}

/** Replaces the body's HTML, as if the clerk edited the source. */
export function fillBodyHtml(page: Page, html: string): Promise<void> {
  return withSource(page, (textarea) => textarea.fill(html));
}

/** Waits until the body's HTML satisfies `test` (it is read through the source view each time). */
export async function waitForBodyHtml(page: Page, test: (html: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const html = await readBodyHtml(page);
    if (test(html)) return html;
    if (Date.now() > end) throw new Error(`the body never matched; last HTML: ${html}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Types lines into the editor with the keyboard, Enter between them ('' is an empty line), at the
 * end of what is there (Ctrl+End), as a clerk writes.
 */
export async function typeLetter(page: Page, lines: readonly string[]): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    if (lines[i] !== '') await page.keyboard.type(lines[i]);
  }
}
