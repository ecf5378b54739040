/**
 * The task pane as Outlook shows it: 320, 380 and 450 px wide, Polish and English, keyboard
 * only and forced colours (Chromium's emulation). The tab bar stays on one line; axe finds no
 * WCAG 2 A/AA violation at 320 px in either language, with or without forced colours; the
 * selected tab is marked by a system colour, not by weight alone.
 * ETYKIETA_SCREENSHOTS=docs/screenshots saves the 320 px pane (README) as it is tested.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AXE_PATH, previewPages } from './support/harness';

jest.setTimeout(120_000);

const { session, newPage } = previewPages();

/** Below 900 px the preview stacks the pane under the compose window, as wide as the page less 34 px. */
const PAGE_MARGIN = 34;

async function openPane(width: number, lang: 'pl' | 'en', sample = 'quoted-thread'): Promise<Page> {
  const page = await newPage();
  await page.setViewportSize({ width: width + PAGE_MARGIN, height: 1800 });
  await page.goto(`${session.base}preview.html?lang=${lang}&sample=${sample}`);
  await page.locator('[data-rule]').first().waitFor({ timeout: 15_000 });
  return page;
}

const pane = (page: Page) => page.locator('aside.pane');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: `${session.base}${AXE_PATH}` });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: object, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    // Fluent's focus sentinels (Tabster) are aria-hidden and focusable by design (see preview.test.ts).
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe.each(['pl', 'en'] as const)('the pane in %s', (lang) => {
  test.each([320, 380, 450])('at %i px the four tabs fit on one line', async (width) => {
    const page = await openPane(width, lang);
    const box = await pane(page).boundingBox();
    expect(Math.round(box?.width ?? 0)).toBeGreaterThanOrEqual(width - 2);
    expect(Math.round(box?.width ?? 0)).toBeLessThanOrEqual(width + 2);
    const tabs = pane(page).getByRole('tab');
    await expect(tabs.count()).resolves.toBe(4);
    const tops = await tabs.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const fits = await pane(page).getByRole('tablist').evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await page.close();
  });

  test('at 320 px axe is clean, and with forced colours too; the selected tab has a system-colour bar', async () => {
    const page = await openPane(320, lang, 'every-problem');
    // Open one standard disclosure and the plain-language group, so their content is checked too.
    await pane(page).getByRole('button', { name: lang === 'pl' ? /^Podstawa w standardzie/ : /^Basis in the standard/ }).first().click();
    expect(await axeViolations(page)).toEqual([]);
    const shots = process.env.ETYKIETA_SCREENSHOTS;
    if (shots) await pane(page).screenshot({ path: path.join(shots, `pane-320-${lang}.png`) });

    await page.emulateMedia({ forcedColors: 'active' });
    expect(await axeViolations(page)).toEqual([]);
    const [selected, other] = await Promise.all(
      [pane(page).getByRole('tab', { selected: true }), pane(page).getByRole('tab', { selected: false }).first()].map((tab) =>
        tab.evaluate((el) => ({ colour: getComputedStyle(el).borderBottomColor, width: getComputedStyle(el).borderBottomWidth })),
      ),
    );
    expect(selected.colour).not.toBe(other.colour);
    expect(selected.colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(parseFloat(selected.width)).toBeGreaterThanOrEqual(2);
    if (shots) await pane(page).screenshot({ path: path.join(shots, `pane-320-${lang}-forced-colours.png`) });
    await page.close();
  });
});

test('keyboard only at 320 px: Tab reaches the tabs and every finding action, arrows switch tabs', async () => {
  const page = await openPane(320, 'pl', 'every-problem');
  await pane(page).getByRole('tab', { name: 'Sprawdź' }).focus();
  await page.keyboard.press('End');
  // Settings is the gear tab: named by its label.
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Ustawienia');
  await page.keyboard.press('Home');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Sprawdź');
  // Ignoruj on a finding: the focus goes to the next finding, not to the page.
  const before = await pane(page).locator('li[data-finding-key]').count();
  const ignore = pane(page).getByRole('button', { name: 'Ignoruj' }).first();
  await ignore.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('aside.pane li[data-finding-key]').length === n - 1, before);
  await expect(page.evaluate(() => document.activeElement?.matches('li[data-finding-key]'))).resolves.toBe(true);
  await page.close();
});
