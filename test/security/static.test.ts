/**
 * contract § 8, checked on the files themselves: no HTML injection API in the task pane and the
 * preview, a Content Security Policy on every page, and no eval in the bundles we ship.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** Comments may name the APIs to explain why they are avoided; only code counts. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const HTML_SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/;

describe('no HTML injection in the pane and the preview', () => {
  const files = globSync(['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'], { cwd: ROOT });

  test('there are files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  test('no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    expect(files.filter((f) => HTML_SINKS.test(withoutComments(read(f))))).toEqual([]);
  });

  test('the check sees a sink in code but not in a comment', () => {
    expect(HTML_SINKS.test(withoutComments('// no innerHTML here\n/* nor .innerHTML */'))).toBe(false);
    expect(HTML_SINKS.test(withoutComments('el.innerHTML = x; // set'))).toBe(true);
  });
});

describe('a Content Security Policy on every page', () => {
  const pages = globSync(['src/**/*.html'], { cwd: ROOT });
  const cspOf = (html: string) => /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s has a CSP meta tag without unsafe-eval or unsafe-inline scripts', (page) => {
    const csp = cspOf(read(page));
    expect(csp).toBeDefined();
    expect(csp).toMatch(/default-src\s/);
    const scriptSrc = /script-src([^;]*)/.exec(csp ?? '')?.[1] ?? /default-src([^;]*)/.exec(csp ?? '')?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});

describe('the built bundles', () => {
  const dist = path.join(ROOT, 'dist');

  test('dist/ exists (npm test builds it first; run `npm run build` before this test alone)', () => {
    if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` (npm test builds it before jest)');
    expect(globSync(['*.js'], { cwd: dist }).length).toBeGreaterThan(0);
  });

  test('no eval( or new Function( in any dist/*.js', () => {
    const bundles = existsSync(dist) ? globSync(['*.js'], { cwd: dist }) : [];
    expect(bundles.length).toBeGreaterThan(0);
    expect(bundles.filter((b) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(path.join(dist, b), 'utf8')))).toEqual([]);
  });
});
