import type { Messages } from '../types';
import { plForm } from '../plural';

const MONTH_RULE = 'termin w miesiącach kończy się w dniu o tym samym numerze, a gdy go brak – w ostatnim dniu miesiąca (art. 57 § 3 KPA)';

/** Reply deadlines in Polish: the provision applied, why a date moved, holidays. Keys: `deadline.*`. */
export const deadlines: Messages = {
  'deadline.rule.kpa-immediate': 'Bez zbędnej zwłoki (art. 35 § 1–2 KPA): sprawę, którą można załatwić od razu, załatwia się niezwłocznie.',
  'deadline.rule.kpa-1m': `Miesiąc na załatwienie sprawy wymagającej postępowania wyjaśniającego (art. 35 § 3 KPA); ${MONTH_RULE}.`,
  'deadline.rule.kpa-2m': `Dwa miesiące na sprawę szczególnie skomplikowaną (art. 35 § 3 KPA); ${MONTH_RULE}.`,
  'deadline.rule.public-info-14d': '14 dni od złożenia wniosku o informację publiczną (art. 13 ust. 1 ustawy o dostępie do informacji publicznej); dnia złożenia nie wlicza się.',
  'deadline.rule.public-info-2m': `Do 2 miesięcy, gdy informacji nie można udostępnić w 14 dni – wnioskodawcę trzeba o tym powiadomić (art. 13 ust. 2 ustawy o dostępie do informacji publicznej); ${MONTH_RULE}.`,
  'deadline.rule.petition-3m': `3 miesiące od złożenia petycji (art. 10 ust. 1 ustawy o petycjach); ${MONTH_RULE}.`,
  'deadline.rule.complaint-1m': `Miesiąc na załatwienie skargi (art. 237 § 1 KPA); ${MONTH_RULE}.`,
  'deadline.rule.custom-days': (d) => `${d.days} ${plForm(Number(d.days), 'dzień', 'dni', 'dni')} od doręczenia; dnia doręczenia nie wlicza się (art. 57 § 1 KPA).`,
  'deadline.shifted': 'Ostatni dzień terminu, {nominal}, to {reason}, więc termin upływa w najbliższym dniu, który nie jest sobotą ani dniem wolnym od pracy (art. 57 § 4 KPA).',
  'deadline.dayOff.saturday': 'sobota',
  'deadline.dayOff.sunday': 'niedziela',
  'deadline.dayOff.excluded': 'dzień wolny wskazany przez urząd',
  'deadline.holiday.newYear': 'Nowy Rok',
  'deadline.holiday.epiphany': 'Święto Trzech Króli',
  'deadline.holiday.easterSunday': 'Wielkanoc',
  'deadline.holiday.easterMonday': 'Poniedziałek Wielkanocny',
  'deadline.holiday.labourDay': 'Święto Pracy',
  'deadline.holiday.constitutionDay': 'Święto Narodowe Trzeciego Maja',
  'deadline.holiday.pentecost': 'Zielone Świątki',
  'deadline.holiday.corpusChristi': 'Boże Ciało',
  'deadline.holiday.assumption': 'Wniebowzięcie Najświętszej Maryi Panny',
  'deadline.holiday.allSaints': 'Wszystkich Świętych',
  'deadline.holiday.independenceDay': 'Narodowe Święto Niepodległości',
  'deadline.holiday.christmasEve': 'Wigilia Bożego Narodzenia',
  'deadline.holiday.christmasDay': 'pierwszy dzień Bożego Narodzenia',
  'deadline.holiday.secondChristmasDay': 'drugi dzień Bożego Narodzenia',
  'deadline.error.badDate': '{field}: „{value}” nie jest prawdziwą datą w formacie RRRR-MM-DD',
  'deadline.error.badKind': 'nieznany rodzaj terminu „{value}”; znane: {kinds}',
  'deadline.error.daysMissing': 'termin custom-days wymaga liczby dni (--days N)',
  'deadline.error.badDays': 'liczba dni musi być liczbą całkowitą od 1 do {max}, a jest „{value}”',
  'deadline.error.daysNotAllowed': 'liczbę dni (--days) podaje się tylko dla custom-days, nie dla {kind}',
};
