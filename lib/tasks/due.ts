// When a task is due, and when it may start, from its deadlines. One rule for drafts (lib/page/drafts.ts), the
// editor (components/popup/edit.ts) and the v3 clean-up of stored tasks (lib/db/database.ts).
import type { DeadlineRecord } from '../domain/task';

/**
 * The due date: the earliest date among deadlines of kind 'date' (…前, …底, 年内), YYYY-MM-DD, or undefined.
 * A start date (kind 'start', `2月17日后要抓紧开工`) says when work may begin, not when it is due, so it never
 * makes a task due or overdue (issue 11: `2月17日(正月十五)后` had been shown as 逾期).
 */
export function dueOf(deadlines: readonly DeadlineRecord[]): string | undefined {
  return earliest(deadlines, 'date');
}

/** The earliest start date (kind 'start', …后 / …起), YYYY-MM-DD, or undefined. */
export function startOf(deadlines: readonly DeadlineRecord[]): string | undefined {
  return earliest(deadlines, 'start');
}

function earliest(deadlines: readonly DeadlineRecord[], kind: DeadlineRecord['kind']): string | undefined {
  return deadlines
    .filter((deadline) => deadline.kind === kind && deadline.due)
    .map((deadline) => deadline.due!)
    .sort()[0];
}
