/** Polish plural forms through Intl.PluralRules: one (1), few (2–4, 22–24…), many (0, 5–21, 25…). */
const polish = new Intl.PluralRules('pl');

export function plForm(n: number, one: string, few: string, many: string): string {
  const rule = polish.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
