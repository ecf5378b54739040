/** The pane's date format: dd.mm.rrrr in Polish, ISO in English; only real days are dates. */
import { formatLocalDate, parseLocalDate } from '../../src/taskpane/components/LocalDateInput/localDate';

test.each([
  ['pl', '2026-11-20', '20.11.2026'],
  ['en', '2026-11-20', '2026-11-20'],
  ['pl', '', ''],
] as const)('format %s %s → %s', (lang, iso, shown) => {
  expect(formatLocalDate(lang, iso)).toBe(shown);
});

test.each([
  ['20.11.2026', '2026-11-20'],
  ['1.2.2026', '2026-02-01'],
  ['20.11.2026 r.', '2026-11-20'],
  ['20/11/2026', '2026-11-20'],
  ['2026-11-20', '2026-11-20'],
  ['31.02.2026', undefined],
  ['29.02.2028', '2028-02-29'],
  ['11/20/2026', undefined],
  ['20.11.26', undefined],
  ['jutro', undefined],
  ['', undefined],
])('parse %s → %s', (text, iso) => {
  expect(parseLocalDate(text)).toBe(iso);
});
