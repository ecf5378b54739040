/**
 * The kinds of matter and their statutory reply deadlines. `ruleId` names the provision in
 * i18n (`deadline.rule.<kind>`); both languages cite the act.
 */
export type DeadlineKind = 'kpa-immediate' | 'kpa-1m' | 'kpa-2m' | 'public-info-14d' | 'public-info-2m' | 'petition-3m' | 'complaint-1m' | 'custom-days';

export type DeadlineLength = { unit: 'none' } | { unit: 'days'; count: number } | { unit: 'months'; count: number } | { unit: 'custom' };

export const DEADLINE_KINDS: Readonly<Record<DeadlineKind, DeadlineLength>> = {
  // KPA art. 35 § 1–2: matters settled from evidence at hand, "bez zbędnej zwłoki".
  'kpa-immediate': { unit: 'none' },
  // KPA art. 35 § 3: explanatory proceedings one month, particularly complicated ones two months.
  'kpa-1m': { unit: 'months', count: 1 },
  'kpa-2m': { unit: 'months', count: 2 },
  // Ustawa o dostępie do informacji publicznej art. 13 ust. 1 and 2.
  'public-info-14d': { unit: 'days', count: 14 },
  'public-info-2m': { unit: 'months', count: 2 },
  // Ustawa o petycjach art. 10 ust. 1.
  'petition-3m': { unit: 'months', count: 3 },
  // KPA art. 237 § 1: a complaint (skarga) within one month.
  'complaint-1m': { unit: 'months', count: 1 },
  'custom-days': { unit: 'custom' },
};

export const KIND_NAMES = Object.keys(DEADLINE_KINDS) as DeadlineKind[];

export function isDeadlineKind(name: string): name is DeadlineKind {
  return Object.prototype.hasOwnProperty.call(DEADLINE_KINDS, name);
}

/** A custom deadline longer than ten years is a typo, not a matter. */
export const MAX_CUSTOM_DAYS = 3650;
