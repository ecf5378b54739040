import { MESSAGES, formatMessage, plForm, langFromLocale } from '../../src/engine/i18n';
import { CLI_MESSAGES } from '../../src/engine/i18n/cli-messages';
import { allRules } from '../../src/engine/rules';

describe('i18n', () => {
  test('every message id exists in Polish and in English', () => {
    const pl = Object.keys(MESSAGES.pl).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(pl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !pl.includes(k))).toEqual([]);
  });

  test('every message of the command line exists in Polish and in English, and the engine\'s are all there too', () => {
    const pl = Object.keys(CLI_MESSAGES.pl).sort();
    const en = Object.keys(CLI_MESSAGES.en).sort();
    expect(pl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !pl.includes(k))).toEqual([]);
    expect(pl.filter((k) => k.startsWith('cli.')).length).toBeGreaterThan(50);
    for (const id of Object.keys(MESSAGES.pl)) expect(pl).toContain(id);
  });

  test('the task pane\'s tables carry no command-line text (they are bundled into the pane)', () => {
    expect(Object.keys(MESSAGES.pl).filter((k) => k.startsWith('cli.'))).toEqual([]);
  });

  test('every message a rule declares has a text in both languages', () => {
    const missing: string[] = [];
    for (const rule of allRules) {
      for (const id of rule.meta.messages) {
        for (const lang of ['pl', 'en'] as const) if (!(`${rule.id}/${id}` in MESSAGES[lang])) missing.push(`${lang}:${rule.id}/${id}`);
      }
      if (!rule.meta.docs.pl || !rule.meta.docs.en) missing.push(`docs:${rule.id}`);
    }
    expect(missing).toEqual([]);
  });

  test.each([
    [1, 'odbiorca'],
    [2, 'odbiorcy'],
    [4, 'odbiorcy'],
    [5, 'odbiorców'],
    [12, 'odbiorców'],
    [22, 'odbiorcy'],
    [25, 'odbiorców'],
    [0, 'odbiorców'],
  ])('Polish plural of %i is %s', (n, form) => {
    expect(plForm(n, 'odbiorca', 'odbiorcy', 'odbiorców')).toBe(form);
  });

  test('an unknown id falls back to the id itself, never to an empty string', () => {
    expect(formatMessage('pl', 'no-such/message')).toBe('no-such/message');
  });

  test.each([
    ['pl-PL', 'pl'],
    ['pl', 'pl'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'pl'],
  ])('display language %s gives %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
