/**
 * English on demand. In the browser bundles webpack.config.js swaps the English table that the
 * engine's format.ts imports for the empty one in english-placeholder.ts, so that a Polish clerk's
 * pane (the default) does not load English it never shows. `ensureLanguage('en')` fetches the real
 * table once and fills the placeholder in place before the pane mounts; the preview, which switches
 * language at any time, installs it at start. Where no swap happened (tests, the CLI) the table is
 * complete already and both do nothing.
 */
import { MESSAGES, type Lang, type Messages } from '../engine/i18n';

export function installEnglish(table: Messages): void {
  if (Object.keys(MESSAGES.en).length === 0) Object.assign(MESSAGES.en, table);
}

export async function ensureLanguage(lang: Lang): Promise<void> {
  if (lang !== 'en' || Object.keys(MESSAGES.en).length > 0) return;
  installEnglish((await import(/* webpackChunkName: "lang-en" */ '../engine/i18n/en')).en);
}
