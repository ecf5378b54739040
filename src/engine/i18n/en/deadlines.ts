import type { Messages } from '../types';

const MONTH_RULE = 'a deadline in months ends on the same day number, or on the last day of the month when it has none (KPA art. 57 § 3)';

/** Reply deadlines in English: the provision applied, why a date moved, holidays. Keys: `deadline.*`. */
export const deadlines: Messages = {
  'deadline.rule.kpa-immediate': 'Without undue delay (KPA art. 35 § 1–2): a matter that can be settled at once is settled immediately.',
  'deadline.rule.kpa-1m': `One month for a matter that needs explanatory proceedings (KPA art. 35 § 3); ${MONTH_RULE}.`,
  'deadline.rule.kpa-2m': `Two months for a particularly complicated matter (KPA art. 35 § 3); ${MONTH_RULE}.`,
  'deadline.rule.public-info-14d': '14 days from the request for public information (Access to Public Information Act, art. 13(1)); the day of the request is not counted.',
  'deadline.rule.public-info-2m': `Up to 2 months when the information cannot be provided within 14 days – the requester must be told (Access to Public Information Act, art. 13(2)); ${MONTH_RULE}.`,
  'deadline.rule.petition-3m': `3 months from the petition (Petitions Act, art. 10(1)); ${MONTH_RULE}.`,
  'deadline.rule.complaint-1m': `One month to deal with a complaint (KPA art. 237 § 1); ${MONTH_RULE}.`,
  'deadline.rule.custom-days': (d) => `${d.days} ${Number(d.days) === 1 ? 'day' : 'days'} from receipt; the day of receipt is not counted (KPA art. 57 § 1).`,
  'deadline.shifted': 'The last day, {nominal}, is a {reason}, so the deadline ends on the next day that is neither a Saturday nor a public holiday (KPA art. 57 § 4).',
  'deadline.dayOff.saturday': 'Saturday',
  'deadline.dayOff.sunday': 'Sunday',
  'deadline.dayOff.excluded': 'day off named by the office',
  'deadline.holiday.newYear': "public holiday (New Year's Day)",
  'deadline.holiday.epiphany': 'public holiday (Epiphany)',
  'deadline.holiday.easterSunday': 'public holiday (Easter Sunday)',
  'deadline.holiday.easterMonday': 'public holiday (Easter Monday)',
  'deadline.holiday.labourDay': 'public holiday (Labour Day)',
  'deadline.holiday.constitutionDay': 'public holiday (Constitution Day, 3 May)',
  'deadline.holiday.pentecost': 'public holiday (Pentecost)',
  'deadline.holiday.corpusChristi': 'public holiday (Corpus Christi)',
  'deadline.holiday.assumption': 'public holiday (Assumption of Mary)',
  'deadline.holiday.allSaints': "public holiday (All Saints' Day)",
  'deadline.holiday.independenceDay': 'public holiday (Independence Day)',
  'deadline.holiday.christmasEve': 'public holiday (Christmas Eve)',
  'deadline.holiday.christmasDay': 'public holiday (Christmas Day)',
  'deadline.holiday.secondChristmasDay': 'public holiday (Second Day of Christmas)',
  'deadline.error.badDate': '{field}: "{value}" is not a real date in YYYY-MM-DD format',
  'deadline.error.badKind': 'unknown deadline kind "{value}"; known: {kinds}',
  'deadline.error.daysMissing': 'the custom-days kind needs a number of days (--days N)',
  'deadline.error.badDays': 'the number of days must be a whole number from 1 to {max}, got "{value}"',
  'deadline.error.daysNotAllowed': 'a number of days (--days) is given only for custom-days, not for {kind}',
};
