export * from './compute';
export * from './kinds';
export { easterSunday, holidaysOf, type HolidayId } from './holidays';
export { parseIsoDate, formatDay, type IsoDate } from './dates';
export { quotedMessageDate, dateInHeader } from './received';
