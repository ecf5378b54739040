/**
 * Acronyms every citizen knows (or meets on every form), which plain-acronym never asks to
 * explain, and capitalised ordinary words that are shouting, not acronyms. Data, reviewed like
 * prose: add an acronym here only if a citizen with no office experience would understand it.
 * Matched case-sensitively, exactly as written.
 */

export const KNOWN_ACRONYMS: readonly string[] = [
  // Identifiers and registers on every form.
  'PESEL', 'NIP', 'REGON', 'KRS', 'CEIDG', 'ePUAP', 'BIP', 'IBAN',
  // Law and taxes everyone meets.
  'RODO', 'KPA', 'PIT', 'CIT', 'VAT', 'RP', 'UE', 'USA',
  // Institutions everyone knows.
  'ZUS', 'KRUS', 'NFZ', 'USC', 'MOPS', 'GOPS', 'PKO', 'PKP', 'PKS', 'NBP', 'GUS', 'PCK',
  // Everyday words of correspondence and technology.
  'PDF', 'SMS', 'OK', 'PIN', 'PL', 'PLN', 'EUR', 'USD', 'CV', 'DVD', 'USB', 'WWW', 'TV', 'GPS', 'SOS', 'ID',
  'JPG', 'JPEG', 'PNG', 'DOC', 'DOCX', 'XML', 'QR', 'AM', 'PM',
  // Vehicles and driving licences (categories are letters, AM..D are read as they are).
  'AB', 'BE', 'CE', 'DE', 'C1E', 'D1E',
];

/**
 * Ordinary Polish words a clerk may write in capitals for emphasis or as a heading
 * ("UWAGA", "PILNE", "NIE dotyczy"): shouting, not acronyms. Longer words (7+ letters) never
 * count as acronyms anyway.
 */
export const SHOUTED_WORDS: readonly string[] = [
  'UWAGA', 'PILNE', 'PILNY', 'WAŻNE', 'WAŻNY', 'NIE', 'TAK', 'BRAK', 'TYLKO', 'ORAZ', 'LUB', 'ALBO',
  'DO', 'OD', 'NA', 'W', 'Z', 'ZE', 'I', 'A', 'BEZ', 'PO', 'PRZED', 'DNIA', 'DZIŚ', 'JUTRO', 'TERMIN',
  'KONIEC', 'INFO', 'NOWE', 'NOWY', 'WZÓR', 'DANE', 'KOPIA', 'ZAŁ', 'NR', 'UL', 'RE', 'FW', 'ODP', 'PD',
];
