/**
 * What the Office task pane loads at start (the production build in dist/, made by `npm test`):
 * Polish, and English only as a separate chunk fetched when Outlook speaks English
 * (src/taskpane/language-pack.ts), so that the pane's first load stays within its budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIST = path.join(__dirname, '../../dist');
const file = (re: RegExp) => {
  const name = readdirSync(DIST).find((f) => re.test(f));
  if (!name) throw new Error(`no file matching ${re} in dist/: build first (npm test does)`);
  return readFileSync(path.join(DIST, name), 'utf8');
};
// esbuild and terser may write non-ASCII letters as escapes: read them back before searching.
const plain = (code: string) => code.replace(/\\u([0-9a-fA-F]{4})/g, (_m, u: string) => String.fromCharCode(parseInt(u, 16)));

test('the pane carries its Polish texts and not the English ones', () => {
  const pane = plain(file(/^taskpane\.[0-9a-f]+\.js$|^taskpane\.js$/));
  expect(pane).toContain('Etykieta – sprawdzanie wiadomości');
  expect(pane).not.toContain('Etykieta – message check');
});

test('English comes in its own chunk, complete', () => {
  const english = plain(file(/^lang-en\./));
  expect(english).toContain('Etykieta – message check');
  expect(english).not.toContain('Etykieta – sprawdzanie wiadomości');
});
