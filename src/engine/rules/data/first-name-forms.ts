/**
 * Forms of men's first names that clerks see in display names ("Józek Nowak", "Kostia Melnyk")
 * but that the PESEL register holds rarely or not at all: a register lists given names, not the
 * diminutives people sign with. Consulted only for a name the register's table (first-names.ts,
 * generated) does not hold; a test keeps every form here absent from the register or borne there
 * by men (≥ 95 %), so this list never says what the register contradicts. Women's diminutives need
 * no list: they end in "-a" (Kasia, Gosia, Ola), which the ending rule reads.
 * Sorted (Polish collation), no duplicates.
 */
export const MALE_FORMS: readonly string[] = [
  'Alosza',
  'Czarek',
  'Edek',
  'Gienek',
  'Grisza',
  'Grzesiek',
  'Heniek',
  'Jerema',
  'Jędrek',
  'Józek',
  'Kazek',
  'Kola',
  'Kostek',
  'Kostia',
  'Krzysiek',
  'Lutek',
  'Mirek',
  'Pasza',
  'Piotrek',
  'Przemek',
  'Romek',
  'Rysiek',
  'Stasiek',
  'Staszek',
  'Stefek',
  'Wasia',
  'Wiesiek',
  'Witek',
  'Władek',
  'Wołodia',
  'Zdzisiek',
  'Zenek',
];
