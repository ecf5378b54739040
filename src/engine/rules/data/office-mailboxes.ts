/**
 * Signs that a recipient is an institution's shared mailbox, not a person: no greeting can agree
 * with it in gender or number, so greeting-mismatch ignores it and suggestGreeting falls back to
 * "Dzień dobry". Lower case, sorted.
 */

/** Local parts (before the @) of shared mailboxes; "biuro.podawcze@", "sekretariat2@" match too. */
export const OFFICE_LOCAL_PARTS: readonly string[] = [
  'admin',
  'biuro',
  'boi',
  'bok',
  'dziennik',
  'gmina',
  'info',
  'informacja',
  'kadry',
  'kancelaria',
  'kontakt',
  'ksiegowosc',
  'mops',
  'no-reply',
  'noreply',
  'office',
  'poczta',
  'podawcza',
  'powiat',
  'rekrutacja',
  'sekretariat',
  'starostwo',
  'ug',
  'um',
  'urzad',
  'wydzial',
];

/** Words of a display name that name an institution or a unit, not a person. */
export const OFFICE_NAME_WORDS: readonly string[] = [
  'biuro',
  'centrum',
  'dział',
  'dziennik',
  'fundacja',
  'gmina',
  'kancelaria',
  'komenda',
  'kontakt',
  'miasto',
  'ośrodek',
  'powiat',
  'prokuratura',
  'przedszkole',
  'punkt',
  'referat',
  'sąd',
  'sekretariat',
  'sp.',
  'spółdzielnia',
  'spółka',
  'starostwo',
  'stowarzyszenie',
  'szkoła',
  'urząd',
  'wspólnota',
  'wydział',
  'zarząd',
  'zespół',
];

/** Academic and professional titles written before a name in display names ("dr Anna Kowalska"). */
export const NAME_TITLES: readonly string[] = ['adw.', 'dr', 'dr.', 'hab.', 'inż.', 'ks.', 'lek.', 'mec.', 'mgr', 'prof.', 'r.pr.'];
