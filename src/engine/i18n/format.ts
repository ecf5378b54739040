/**
 * Turns a message id with data into text. Plural forms go through Intl.PluralRules, which knows
 * Polish one / few / many (1 odbiorca, 2 odbiorców is "few": 2 odbiorcy; 5 odbiorców is "many").
 */
import type { Finding, MessageData } from '../types';
import { pl } from './pl';
import { en } from './en';
import type { Lang, Messages } from './types';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { pl, en };

const pluralRules: Record<Lang, Intl.PluralRules> = {
  pl: new Intl.PluralRules('pl'),
  en: new Intl.PluralRules('en'),
};

export { plForm } from './plural';

export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function hasMessage(lang: Lang, id: string): boolean {
  return id in MESSAGES[lang];
}

export function formatMessage(lang: Lang, id: string, data: MessageData = {}): string {
  return formatFrom(MESSAGES, lang, id, data);
}

/** formatMessage over another pair of tables (texts only the command line shows, kept out of the pane's bundle). */
export function formatFrom(tables: Readonly<Record<Lang, Messages>>, lang: Lang, id: string, data: MessageData = {}): string {
  const text = tables[lang][id] ?? tables.en[id];
  if (text === undefined) return id;
  if (typeof text === 'function') return text(data, (n) => pluralRules[lang].select(n));
  return interpolate(text, data);
}

export function formatFinding(lang: Lang, finding: Pick<Finding, 'messageId' | 'data'>): string {
  return formatMessage(lang, finding.messageId, finding.data);
}

/** Picks the language from an Office display language ("pl-PL", "en-US"): Polish first. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return 'pl';
  return locale.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}
