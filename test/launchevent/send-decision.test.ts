import { decideSend, describeProblems, MAX_ERROR_MESSAGE, MAX_CANCEL_LABEL } from '../../src/launchevent/send-decision';
import { allRules } from '../../src/engine/rules';
import { formatMessage, plForm } from '../../src/engine/i18n';
import type { Finding, Severity } from '../../src/engine/types';

const finding = (severity: Severity, messageId = 'subject-missing/missing', ruleId = 'subject-missing'): Finding => ({ ruleId, severity, messageId });

describe('decideSend', () => {
  test.each<[string, Severity[], 'errors' | 'warnings' | 'never', 'allow' | 'block' | 'prompt']>([
    ['nothing found', [], 'errors', 'allow'],
    ['info only never interrupts', ['info', 'info'], 'warnings', 'allow'],
    ['an error blocks by default', ['error'], 'errors', 'block'],
    ['warnings prompt by default', ['warning', 'warning'], 'errors', 'prompt'],
    ['error and warning block by default', ['error', 'warning'], 'errors', 'block'],
    ['"warnings" blocks on warnings', ['warning'], 'warnings', 'block'],
    ['"never" only prompts on errors', ['error'], 'never', 'prompt'],
    ['"never" only prompts on warnings', ['warning'], 'never', 'prompt'],
  ])('%s', (_name, severities, block, kind) => {
    const decision = decideSend(severities.map((s) => finding(s)), block, 'pl', { markdown: false, prompt: true });
    expect(decision.kind).toBe(kind);
    if (decision.kind === 'prompt') expect(decision.options.sendModeOverride).toBe('promptUser');
    if (decision.kind === 'block') expect(decision.options.sendModeOverride).toBeUndefined();
  });

  test.each<[string, Severity[], 'errors' | 'warnings' | 'never', 'allow' | 'block']>([
    ['an error still blocks', ['error', 'warning'], 'errors', 'block'],
    ['warnings that would only be asked about go through', ['warning'], 'errors', 'allow'],
    ['"never" cannot ask, so nothing stops', ['error'], 'never', 'allow'],
    ['"warnings" still blocks on a warning', ['warning'], 'warnings', 'block'],
  ])('a 1.12/1.13 client (no sendModeOverride, no commandId): %s', (_name, severities, block, kind) => {
    const decision = decideSend(severities.map((s) => finding(s)), block, 'pl', { markdown: false, prompt: false });
    expect(decision.kind).toBe(kind);
    if (decision.kind === 'block') {
      expect(decision.options.sendModeOverride).toBeUndefined();
      expect(decision.options.commandId).toBeUndefined();
      expect(decision.options.cancelLabel).toBeUndefined();
      expect(decision.options.errorMessage).toMatch(/^Etykieta/);
    }
  });

  test.each(['errors', 'warnings', 'never'] as const)('issue 14.4: an open template field blocks with no "send anyway" (onSend.block %s)', (block) => {
    const open = finding('error', 'placeholder-left/body', 'placeholder-left');
    for (const findings of [[open], [open, finding('warning')], [{ ...open, severity: 'warning' as const }]]) {
      const decision = decideSend(findings, block, 'pl', { markdown: true, prompt: true });
      expect(decision.kind).toBe('block');
      if (decision.kind === 'block') {
        expect(decision.options.sendModeOverride).toBeUndefined();
        expect(decision.options.errorMessage).toContain('Niewypełnione pole szablonu');
      }
    }
  });

  test('markdown is sent only where requirement set 1.15 exists; the plain text always', () => {
    const withMd = decideSend([finding('error')], 'errors', 'pl', { markdown: true, prompt: true });
    const without = decideSend([finding('error')], 'errors', 'pl', { markdown: false, prompt: true });
    expect(withMd.kind !== 'allow' && withMd.options.errorMessageMarkdown).toMatch(/^Etykieta/);
    expect(without.kind !== 'allow' && without.options.errorMessageMarkdown).toBeUndefined();
    expect(without.kind !== 'allow' && without.options.errorMessage).toMatch(/^Etykieta/);
  });

  test('the cancel label fits Outlook\'s 20 characters in both languages and comes with the pane command', () => {
    for (const lang of ['pl', 'en'] as const) {
      const d = decideSend([finding('error')], 'errors', lang, { markdown: true, prompt: true });
      if (d.kind === 'allow') throw new Error('expected a block');
      expect(d.options.cancelLabel!.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL);
      expect(d.options.commandId).toBe('msgComposeOpenPaneButton');
    }
  });

  test('with many problems both texts stay within 500 characters and name the rest', () => {
    const many = allRules.map((r) => finding('warning', `${r.id}/x`, r.id));
    const { text, markdown } = describeProblems(many, 'pl', true);
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    expect(markdown.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    const rest = allRules.length - 4;
    expect(text).toContain(`jeszcze ${rest} ${plForm(rest, 'inny', 'inne', 'innych')}`);
  });

  test('each problem is named by its rule title, once per rule with a count', () => {
    const text = describeProblems([finding('error'), finding('warning', 'sensitive-data/inOwnText', 'sensitive-data'), finding('warning', 'sensitive-data/inQuote', 'sensitive-data')], 'pl', true).text;
    expect(text.split('\n')).toEqual(['Etykieta: 3 problemy do poprawienia przed wysłaniem:', '• Brak tematu', '• Dane osobowe wysyłane na zewnątrz (2)']);
  });

  test('every rule has a short title for the dialog in both languages (a policy can make any rule stop a send)', () => {
    for (const rule of allRules) for (const lang of ['pl', 'en'] as const) expect(formatMessage(lang, `send.rule.${rule.id}`)).not.toBe(`send.rule.${rule.id}`);
  });

  test('Polish plural forms in the headline and in "and N more"', () => {
    const more = (n: number) => describeProblems(allRules.slice(0, 4 + n).map((r) => finding('warning', `${r.id}/x`, r.id)), 'pl', true).text;
    expect(more(2)).toContain('… i jeszcze 2 inne');
    expect(more(5)).toContain('… i jeszcze 5 innych');
    expect(describeProblems([finding('error')], 'pl', true).text).toMatch(/^Etykieta: 1 problem /);
    expect(describeProblems([finding('error'), finding('error')], 'pl', true).text).toMatch(/^Etykieta: 2 problemy /);
    expect(describeProblems(Array(5).fill(finding('error')), 'pl', true).text).toMatch(/^Etykieta: 5 problemów /);
  });
});
