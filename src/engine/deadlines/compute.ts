/**
 * The last day of a reply deadline (contract § 9), by KPA art. 57: a deadline in days does not count
 * the day of receipt (received + N days); one in months ends on the same day number (§ 3); a last
 * day on a Saturday, Sunday or public holiday moves to the next day that is none of these (§ 4,
 * Saturdays since 2022; Civil Code art. 115 says the same for the other acts).
 */
import { addMonths, formatDay, parseIsoDate, partsOf, weekdayOf, type IsoDate } from './dates';
import { holidayOn, type HolidayId } from './holidays';
import { DEADLINE_KINDS, MAX_CUSTOM_DAYS, isDeadlineKind, type DeadlineKind } from './kinds';

export type DeadlineInput = {
  received: IsoDate;
  kind: DeadlineKind | string;
  /** Only for `custom-days`. */
  days?: number;
  /** Further days off to treat like public holidays (e.g. a holiday enacted after this release). */
  excludedDays?: readonly IsoDate[];
};

/** Why the nominal last day was not a working day. */
export type DayOffReason = { kind: 'saturday' | 'sunday' | 'excluded' } | { kind: 'holiday'; holiday: HolidayId };

export type Deadline = {
  date: IsoDate;
  kind: DeadlineKind;
  /** i18n id of the provision applied: `deadline.rule.<kind>`, data `{ days }` for custom-days. */
  ruleId: string;
  data: Record<string, number>;
  shifted: boolean;
  /** The last day before the shift (equal to `date` when not shifted). */
  nominal: IsoDate;
  /** Why the nominal day was moved, when it was. */
  shiftedBecause?: DayOffReason;
};

/** Bad input; `messageId` is the i18n id (`deadline.error.*`), `data` its placeholders. */
export class DeadlineInputError extends Error {
  constructor(
    readonly messageId: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(messageId);
    this.name = 'DeadlineInputError';
  }
}

function parseDate(text: string, field: string): number {
  const day = parseIsoDate(text);
  if (day === undefined) throw new DeadlineInputError('deadline.error.badDate', { field, value: text });
  return day;
}

export function dayOffReason(day: number, excluded: ReadonlySet<number>): DayOffReason | undefined {
  const weekday = weekdayOf(day);
  if (weekday === 6) return { kind: 'saturday' };
  if (weekday === 0) return { kind: 'sunday' };
  const holiday = holidayOn(day, partsOf(day).year);
  if (holiday) return { kind: 'holiday', holiday };
  return excluded.has(day) ? { kind: 'excluded' } : undefined;
}

function customDays(days: number | undefined): number {
  if (days === undefined) throw new DeadlineInputError('deadline.error.daysMissing');
  if (!Number.isInteger(days) || days < 1 || days > MAX_CUSTOM_DAYS) throw new DeadlineInputError('deadline.error.badDays', { value: String(days), max: MAX_CUSTOM_DAYS });
  return days;
}

export function computeDeadline(input: DeadlineInput): Deadline {
  const received = parseDate(input.received, 'received');
  if (!isDeadlineKind(input.kind)) throw new DeadlineInputError('deadline.error.badKind', { value: input.kind, kinds: Object.keys(DEADLINE_KINDS).join(', ') });
  const kind = input.kind;
  const length = DEADLINE_KINDS[kind];
  if (kind !== 'custom-days' && input.days !== undefined) throw new DeadlineInputError('deadline.error.daysNotAllowed', { kind });
  const ruleId = `deadline.rule.${kind}`;

  // "Without delay" has no last day to move: the answer is due as soon as possible.
  if (length.unit === 'none') {
    const date = formatDay(received);
    return { date, kind, ruleId, data: {}, shifted: false, nominal: date };
  }
  const data: Record<string, number> = {};
  let nominal: number;
  if (length.unit === 'months') nominal = addMonths(received, length.count);
  else if (length.unit === 'days') nominal = received + length.count;
  else {
    data.days = customDays(input.days);
    nominal = received + data.days;
  }

  const excluded = new Set((input.excludedDays ?? []).map((d) => parseDate(d, 'excludedDays')));
  let date = nominal;
  const shiftedBecause = dayOffReason(nominal, excluded);
  // Ends: statutory days off come a few in a row at most, and excludedDays is a finite list.
  while (dayOffReason(date, excluded)) date++;
  const result: Deadline = { date: formatDay(date), kind, ruleId, data, shifted: date !== nominal, nominal: formatDay(nominal) };
  if (shiftedBecause) result.shiftedBecause = shiftedBecause;
  return result;
}
