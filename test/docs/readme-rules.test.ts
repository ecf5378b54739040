import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/engine/rules';
import { rulesMarkdown, rulesSection, withRulesSection, RULES_START, RULES_END } from '../../src/engine/docs/rules-table';
import { defineRule } from '../../src/engine/types';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README rule list', () => {
  test('matches the registered rules (run `npm run docs:rules` after changing a rule)', () => {
    expect(rulesSection(readme)).toBe(rulesMarkdown(allRules));
  });

  test('lists every registered rule id exactly once', () => {
    const section = rulesSection(readme) ?? '';
    for (const rule of allRules) expect(section.split(`| \`${rule.id}\` |`).length - 1).toBe(1);
  });
});

describe('rulesMarkdown', () => {
  const sample = defineRule({
    id: 'sample-rule',
    meta: {
      category: 'subject',
      severity: 'warning',
      standard: { doc: '002', line: 124, cite: 'tytuł krótki | rzeczowy' },
      docs: { pl: 'Temat\nma sens.', en: 'The subject makes sense.' },
      messages: ['x'],
      fixable: true,
      defaultOptions: {},
    },
    check: () => [],
  });

  test('one row per rule with severity, category, both languages, the standard line and fixability', () => {
    const lines = rulesMarkdown([sample]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('| `sample-rule` | warning | subject | Temat ma sens. | The subject makes sense. | 002 l. 124 (Kędzierzyn-Koźle, Zarządzenie 20/2023): tytuł krótki \\| rzeczowy | tak / yes |');
  });

  test('rewrites only the text between the markers', () => {
    const doc = `# Etykieta\n\nIntro.\n${RULES_START}\nold table\n${RULES_END}\n\nMore.\n`;
    const out = withRulesSection(doc, 'NEW');
    expect(out).toBe(`# Etykieta\n\nIntro.\n${RULES_START}\nNEW\n${RULES_END}\n\nMore.\n`);
    expect(rulesSection(out)).toBe('NEW');
    expect(() => withRulesSection('# no markers', 'NEW')).toThrow(/rules:start/);
  });
});
