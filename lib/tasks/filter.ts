// What the popup shows: search, filters and order applied to the whole list. Pure, so the popup and
// "export what is shown" give the same rows in the same order.
import { isOpen, type Task, type TaskStatus } from '../db/schema';
import { endOfMonth, endOfWeek } from '../dates';
import { groupBySource, sortByDue, type SourceGroup } from './sort';

export type StatusFilter = 'all' | 'open' | TaskStatus;
/** overdue: open and due before today; week/month: due from today to the end of this week (Mon–Sun) / month. */
export type DueBucket = 'all' | 'overdue' | 'week' | 'month' | 'none';
export type ListOrder = 'due' | 'source';

export interface ListView {
  /** matched against text, units, targets, deadline texts, the note and the section; whitespace and Latin case ignored */
  search: string;
  status: StatusFilter;
  /** '' = every unit */
  unit: string;
  due: DueBucket;
  order: ListOrder;
}

export const DEFAULT_VIEW: ListView = { search: '', status: 'all', unit: '', due: 'all', order: 'due' };

/** Folds what a reader does not care about when searching: width (ＡＢ/AB), Latin case and all whitespace. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function matchesSearch(task: Task, search: string): boolean {
  const needle = normalizeForSearch(search);
  if (!needle) return true;
  const fields = [task.text, ...task.units, ...task.targets, ...task.deadlines.map((d) => d.text), task.note, task.section ?? ''];
  return fields.some((field) => normalizeForSearch(field).includes(needle));
}

export function matchesStatus(task: Task, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'open') return isOpen(task);
  return task.status === status;
}

/** A done task is never overdue. `today` is the reader's local date, YYYY-MM-DD. */
export function isOverdue(task: Task, today: string): boolean {
  return isOpen(task) && !!task.due && task.due < today;
}

export function matchesDue(task: Task, bucket: DueBucket, today: string): boolean {
  switch (bucket) {
    case 'all':
      return true;
    case 'none':
      return !task.due;
    case 'overdue':
      return isOverdue(task, today);
    case 'week':
      return !!task.due && task.due >= today && task.due <= endOfWeek(today);
    case 'month':
      return !!task.due && task.due >= today && task.due <= endOfMonth(today);
  }
}

export function filterTasks<T extends Task>(tasks: readonly T[], view: ListView, today: string): T[] {
  return tasks.filter(
    (task) =>
      matchesStatus(task, view.status) &&
      (!view.unit || task.units.includes(view.unit)) &&
      matchesDue(task, view.due, today) &&
      matchesSearch(task, view.search),
  );
}

export interface ShownList<T extends Task> {
  /** the tasks the list shows, in the order it shows them (groups flattened in group order) */
  tasks: T[];
  /** the groups, when the list is grouped by source */
  groups?: SourceGroup<T>[];
}

/** What the list shows for a view: filtered once, then sorted or grouped. */
export function applyView<T extends Task>(tasks: readonly T[], view: ListView, today: string): ShownList<T> {
  const shown = filterTasks(tasks, view, today);
  if (view.order !== 'source') return { tasks: sortByDue(shown) };
  const groups = groupBySource(shown);
  return { tasks: groups.flatMap((group) => group.tasks), groups };
}

/** Units present in the list with how many tasks name each, most frequent first, for the unit filter. */
export function unitCounts(tasks: readonly Task[]): { unit: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const task of tasks) for (const unit of new Set(task.units)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return [...counts]
    .map(([unit, count]) => ({ unit, count }))
    .sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, 'zh-CN'));
}
