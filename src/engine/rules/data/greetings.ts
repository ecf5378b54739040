/**
 * Greeting phrases and forms of address, as data (002 line 121: open every e-mail with a
 * greeting fit for the addressee). Polish etiquette (shared/standards.md): "Szanowna Pani",
 * "Szanowny Panie", "Szanowni Państwo" without a surname are formal; "Dzień dobry" is
 * acceptable; "Witam" is impolite from the writer's side.
 *
 * Every phrase is matched case-insensitively at the start of the first line of the own text,
 * as whole words, longest first.
 */

/** An opening that is no greeting an office should use; greeting-informal replaces it. */
export const INFORMAL_GREETINGS: readonly string[] = [
  'Cześć',
  'Czołem',
  'Elo',
  'Hej',
  'Hejka',
  'Hey',
  'Hi',
  'Serwus',
  'Siema',
  'Siemka',
  'Witaj',
  'Witajcie',
  'Witam',
  'Witam Pana',
  'Witam Panią',
  'Witam Państwa',
  'Witam serdecznie',
  'Witam uprzejmie',
  'Witam wszystkich',
  'Yo',
];

/** Neutral Polish openings: acceptable, never a mismatch (nothing in them names a gender). */
export const NEUTRAL_GREETINGS: readonly string[] = ['Dobry wieczór', 'Dzień dobry'];

/** English openings; "Dear …" carries the name, so only the opening word is listed. */
export const ENGLISH_GREETINGS: readonly string[] = ['Dear', 'Good afternoon', 'Good evening', 'Good morning', 'Hello'];

/**
 * Words that may follow "Szanowna Pani" / "Szanowny Panie" as a function, not a name: the
 * addressee's office, in the forms used after "Pani" (nominative) and "Panie" (vocative).
 * A greeting with a title is never a mismatch: the title says whom the clerk means.
 * Lower case; a leading "wice" is stripped before the look-up ("Wicestarosto").
 */
export const ADDRESS_TITLES: readonly string[] = [
  'burmistrz',
  'burmistrzu',
  'doktor',
  'doktorze',
  'dyrektor',
  'dyrektorze',
  'dziekan',
  'dziekanie',
  'inspektor',
  'inspektorze',
  'inżynierze',
  'kanclerz',
  'kanclerzu',
  'kierownik',
  'kierowniku',
  'komendancie',
  'komendant',
  'marszałek',
  'marszałku',
  'mecenas',
  'mecenasie',
  'minister',
  'ministrze',
  'naczelnik',
  'naczelniku',
  'poseł',
  'pośle',
  'prezes',
  'prezesie',
  'prezydencie',
  'prezydent',
  'profesor',
  'profesorze',
  'prokurator',
  'prokuratorze',
  'przewodnicząca',
  'przewodniczący',
  'radna',
  'radny',
  'redaktor',
  'redaktorze',
  'rektor',
  'rektorze',
  'rzeczniczko',
  'rzeczniku',
  'sekretarz',
  'sekretarzu',
  'senator',
  'senatorze',
  'sędzia',
  'sędzio',
  'skarbnik',
  'skarbniku',
  'sołtys',
  'sołtysie',
  'starosta',
  'starosto',
  'wojewoda',
  'wojewodo',
  'wójcie',
  'wójt',
];
