// The popup's "today", against which due dates count down and turn overdue.
import { isCalendarDate, localDate } from '../../lib/dates';

/**
 * The reader's local date, unless the page was opened as popup.html?today=YYYY-MM-DD: a seam for the demo and the
 * browser tests, which show years-old sample speeches as of a day just after them. The toolbar button opens the
 * popup without parameters, so a reader never meets it; an invalid value is ignored.
 */
export function popupToday(search: string = location.search, now: Date = new Date()): string {
  const given = new URLSearchParams(search).get('today');
  return given && isCalendarDate(given) ? given : localDate(now);
}
