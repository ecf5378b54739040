/**
 * The README's rule list, generated from the rules' own meta so the documentation cannot drift
 * from the code (scripts/docs-rules.mjs writes it; test/docs checks it is current).
 */
import type { AnyRule } from '../types';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

const STANDARD_NAMES: Record<string, string> = {
  '000': 'Kamienna Góra, Zarządzenie 39/2021',
  '002': 'Kędzierzyn-Koźle, Zarządzenie 20/2023',
};

/** A table cell: one line, and a "|" must not end the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

export function rulesMarkdown(rules: readonly AnyRule[]): string {
  const header = [
    '| Reguła / Rule | Domyślnie / Default | Kategoria / Category | Co sprawdza | What it checks | Standard | Poprawka / Fix |',
    '|---|---|---|---|---|---|---|',
  ];
  const rows = rules.map((r) => {
    const s = r.meta.standard;
    const standard = `${s.doc} l. ${s.line} (${STANDARD_NAMES[s.doc] ?? s.doc}): ${s.cite}`;
    return `| \`${r.id}\` | ${r.meta.severity} | ${r.meta.category} | ${cell(r.meta.docs.pl)} | ${cell(r.meta.docs.en)} | ${cell(standard)} | ${r.meta.fixable ? 'tak / yes' : '—'} |`;
  });
  return [...header, ...rows].join('\n');
}

/** The text between the markers, or null when a marker is missing. */
export function rulesSection(readme: string): string | null {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + RULES_START.length, end).trim();
}

/** The README with the section between the markers replaced; unchanged outside them. */
export function withRulesSection(readme: string, table: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README has no ${RULES_START} … ${RULES_END} section`);
  return `${readme.slice(0, start + RULES_START.length)}\n${table}\n${readme.slice(end)}`;
}
