/**
 * Words that show a signature line holds a field of the standard's signature (002 line 122):
 * positions in Polish local government, names of organisational units, kinds of offices.
 * Matched as whole words, case-insensitively, in any grammatical case the stem allows.
 */
export const POSITION_WORDS: readonly string[] = [
  'inspektor', 'inspektorka', 'podinspektor', 'podinspektorka', 'referent', 'referentka', 'specjalista', 'specjalistka',
  'kierownik', 'kierowniczka', 'naczelnik', 'naczelniczka', 'dyrektor', 'dyrektorka', 'zastępca', 'zastępczyni',
  'sekretarz', 'skarbnik', 'starosta', 'wicestarosta', 'burmistrz', 'wiceburmistrz', 'wójt', 'prezydent', 'wiceprezydent',
  'radca prawny', 'asystent', 'asystentka', 'koordynator', 'koordynatorka', 'pełnomocnik', 'geodeta', 'kasjer', 'kasjerka',
  'księgowa', 'księgowy', 'informatyk', 'administrator', 'rzecznik prasowy', 'audytor', 'audytor wewnętrzny', 'stażysta', 'stażystka',
  'pomoc administracyjna', 'sekretarka', 'pracownik socjalny', 'urzędnik', 'główny specjalista', 'starszy inspektor',
  'inspector', 'officer', 'manager', 'head of', 'clerk', 'specialist', 'director', 'assistant', 'secretary', 'mayor',
  // as offices abbreviate them in typed signatures ("Insp. ds. gospodarki odpadami", "Z-ca Kierownika")
  'insp.', 'podinsp.', 'st. insp.', 'młodszy inspektor', 'st. specjalista', 'gł. specjalista', 'spec.', 'st. spec.', 'gł. spec.',
  'specjalista ds.', 'inspektor ds.', 'referent ds.', 'kier.', 'kierownika', 'nacz.', 'dyr.', 'z-ca', 'zast.', 'ref.', 'sekr.',
  'insp. ochrony danych', 'inspektor ochrony danych', 'iod', 'sekretarz gminy', 'sekretarz powiatu', 'skarbnik gminy',
];

/** Organisational units: the department line of the signature. */
export const DEPARTMENT_WORDS: readonly string[] = [
  'wydział', 'wydziału', 'referat', 'referatu', 'biuro', 'biura', 'dział', 'działu', 'zespół', 'zespołu', 'samodzielne stanowisko',
  'kancelaria', 'sekretariat', 'oddział', 'oddziału', 'sekcja', 'sekcji', 'pion', 'department', 'division', 'unit', 'section',
];

/** Kinds of offices: the office-name line when the policy does not name the organisation. */
export const OFFICE_WORDS: readonly string[] = [
  'urząd', 'urzędu', 'starostwo', 'starostwa', 'gmina', 'gminy', 'powiat', 'powiatu', 'powiatowe', 'powiatowy', 'miasto', 'miasta',
  'ośrodek', 'ośrodka', 'zarząd', 'zarządu', 'centrum usług', 'ratusz', 'city hall', 'council', 'municipality', 'county office',
];

/** Labels of registry data. */
export const REGISTRY_WORDS: readonly string[] = ['nip', 'regon', 'krs', 'epuap'];

/** Labels of a phone line (a fax alone is no way to call back). */
export const PHONE_LABELS: readonly string[] = ['tel', 'tel. kom', 'telefon', 'tel./fax', 'tel/fax', 'kom', 'phone', 'mobile', 'mob'];
