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
  // "DZ. U." — Dziennik Ustaw cited in capitals, as real notices do.
  'DZ',
  // Institutions everyone knows.
  'ZUS', 'KRUS', 'NFZ', 'USC', 'MOPS', 'GOPS', 'PKO', 'PKP', 'PKS', 'NBP', 'GUS', 'PCK',
  // Everyday words of correspondence and technology.
  'PDF', 'SMS', 'OK', 'PIN', 'PL', 'PLN', 'EUR', 'USD', 'CV', 'DVD', 'USB', 'WWW', 'TV', 'GPS', 'SOS', 'ID',
  'JPG', 'JPEG', 'PNG', 'DOC', 'DOCX', 'XML', 'QR', 'AM', 'PM',
  // Vehicles and driving licences (categories are letters, AM..D are read as they are).
  'AB', 'BE', 'CE', 'DE', 'C1E', 'D1E',
];

/**
 * Ordinary Polish words a clerk may write in capitals for emphasis or as a heading or label
 * ("UWAGA:", "TERMIN:", "Proszę NIE przychodzić", "OPŁATA"): shouting, not acronyms. Words of
 * 7+ letters never count as acronyms anyway, so only short ones are listed: the function words
 * and adverbs people stress, and the nouns that head the parts of a letter. Not listed: words
 * that are also acronyms a citizen meets ("PAN", Polska Akademia Nauk). plain-acronym also takes
 * a word for ordinary when the letter writes it in lower case elsewhere, or when it heads a line
 * as a label ("ADRES:") or alone; see there.
 */
export const SHOUTED_WORDS: readonly string[] = [
  // Stressed function words and adverbs.
  'NIE', 'TAK', 'BRAK', 'TYLKO', 'ORAZ', 'LUB', 'ALBO', 'ALE', 'LECZ', 'ANI', 'CZY', 'GDY', 'JEŚLI', 'JEŻELI', 'ŻE', 'ABY', 'ŻEBY', 'BY',
  'DO', 'OD', 'NA', 'W', 'WE', 'Z', 'ZE', 'I', 'A', 'O', 'U', 'BEZ', 'PO', 'PRZED', 'PRZY', 'POD', 'NAD', 'ZA', 'PRZEZ', 'DLA',
  'JUŻ', 'TERAZ', 'DZIŚ', 'JUTRO', 'ZAWSZE', 'NIGDY', 'NADAL', 'WCIĄŻ', 'NAWET', 'WCALE', 'BARDZO', 'WIĘCEJ', 'MNIEJ', 'RAZEM',
  'MUSI', 'MUSZĄ', 'NALEŻY', 'PROSZĘ', 'MOŻNA', 'WOLNO', 'JEST', 'SĄ', 'BĘDZIE', 'KAŻDY', 'KAŻDA', 'KAŻDE', 'WSZYSTKO', 'NIC',
  'TEN', 'TA', 'TO', 'TE', 'TEGO', 'TEJ', 'TYM', 'JAK', 'CO', 'KTO', 'GDZIE', 'KIEDY', 'ILE',
  'UWAGA', 'PILNE', 'PILNY', 'PILNA', 'WAŻNE', 'WAŻNY', 'WAŻNA', 'NOWE', 'NOWY', 'NOWA', 'DNIA', 'TERMIN', 'KONIEC', 'STOP', 'INFO',
  // Headings and labels of a letter or form.
  'TEMAT', 'DATA', 'ADRES', 'KWOTA', 'OPŁATA', 'OPŁATY', 'CENA', 'KOSZT', 'KOSZTY', 'SUMA', 'ZWROT', 'ODBIÓR', 'ODMOWA', 'ZGODA',
  'UMOWA', 'SPRAWA', 'PROŚBA', 'SKARGA', 'PISMO', 'AKTA', 'AKT', 'PODPIS', 'POKÓJ', 'TREŚĆ', 'CEL', 'OSOBA', 'STAN', 'OPIS', 'WYNIK',
  'ZMIANA', 'ZMIANY', 'WYKAZ', 'LISTA', 'TABELA', 'MAPA', 'PLAN', 'ETAP', 'KROK', 'PUNKT', 'CZĘŚĆ', 'WSTĘP', 'UWAGI', 'ZASADY', 'PRAWO',
  'GMINA', 'MIASTO', 'POWIAT', 'URZĄD', 'WÓJT', 'RADA', 'SĄD', 'ULICA', 'NUMER', 'KOD', 'TEL', 'FAX', 'EMAIL', 'MAIL', 'STRONA',
  'WZÓR', 'DANE', 'KOPIA', 'ZAŁ', 'NR', 'UL', 'RE', 'FW', 'ODP', 'PD',
];
