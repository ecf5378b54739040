/**
 * Words that every office's name shares ("Urząd Gminy", "Starostwo Powiatowe w …"): what is left
 * of the name without them is its distinctive part ("Kędzierzynie-Koźlu"), which a typed signature
 * may use instead of the full name. Folded: lower case, no Polish diacritics.
 */
export const GENERIC_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'urzad', 'urzedu', 'gminy', 'gmina', 'gminny', 'gminne', 'gminnego', 'miasta', 'miasto', 'miejski', 'miejska', 'miejskiego',
  'starostwo', 'starostwa', 'powiatowe', 'powiatowego', 'powiatowy', 'powiatowa', 'powiatu', 'powiat',
  'wojewodzki', 'wojewodztwa', 'marszalkowski', 'marszalkowskiego', 'osrodek', 'pomocy', 'spolecznej', 'zarzad', 'drog',
  'centrum', 'uslug', 'wspolnych', 'zespol', 'biuro', 'wydzial', 'referat', 'i', 'w', 'we', 'z', 'na', 'do',
]);

/** Labels of the office's registry numbers in a signature or the policy's `organization.registry`. */
export const REGISTRY_LABELS: readonly string[] = ['NIP', 'REGON', 'KRS', 'BDO'];
