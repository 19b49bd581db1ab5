// Calendar arithmetic on 'YYYY-MM-DD' strings. Computed in UTC so that no time zone or DST shift moves a day;
// what "today" is comes from the caller (the reader's local date).

const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Sunday of the week holding `day`; weeks run Monday to Sunday as in China. */
export function endOfWeek(day: string): string {
  const weekday = toUtc(day).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

export function endOfMonth(day: string): string {
  const date = toUtc(day);
  return fromUtc(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}
