// What the popup shows: search, filters and order applied to the whole list. Pure, so the popup and
// "export what is shown" give the same rows in the same order.
import { isMineTask, type MyUnit } from '../domain/mine';
import { isOpen, type Task, type TaskStatus } from '../domain/task';
import { groupUnits } from '../domain/unit-names';
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
  /** '' = every unit; else a unit as written, standing for every spelling of it in the list (unitCounts) */
  unit: string;
  due: DueBucket;
  order: ListOrder;
  /** only tasks that are mine (lib/domain/mine.ts); the popup turns it on once the reader has set their units */
  mine: boolean;
}

export const DEFAULT_VIEW: ListView = { search: '', status: 'all', unit: '', due: 'all', order: 'due', mine: false };

/** What the filters need besides the view: the reader's own units (options page). */
export interface ViewContext {
  myUnits?: readonly MyUnit[];
}

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

/**
 * The unit filter's test: a task matches when one of its units is in the same group (groupUnits) as the chosen
 * unit, so choosing 县发改局 also shows the tasks that wrote 发改局 or 县发展改革委.
 */
function unitMatcher(tasks: readonly Task[], unit: string): (task: Task) => boolean {
  if (!unit) return () => true;
  const { groupOf } = groupUnits(countUnits(tasks));
  const chosen = groupOf.get(unit);
  if (chosen === undefined) return (task) => task.units.includes(unit);
  return (task) => task.units.some((name) => groupOf.get(name) === chosen);
}

export function filterTasks<T extends Task>(tasks: readonly T[], view: ListView, today: string, context: ViewContext = {}): T[] {
  const inUnit = unitMatcher(tasks, view.unit);
  const mine = context.myUnits ?? [];
  return tasks.filter(
    (task) =>
      matchesStatus(task, view.status) &&
      inUnit(task) &&
      (!view.mine || isMineTask(task, mine)) &&
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
export function applyView<T extends Task>(tasks: readonly T[], view: ListView, today: string, context: ViewContext = {}): ShownList<T> {
  const shown = filterTasks(tasks, view, today, context);
  if (view.order !== 'source') return { tasks: sortByDue(shown) };
  const groups = groupBySource(shown);
  return { tasks: groups.flatMap((group) => group.tasks), groups };
}

/** How many tasks name each unit as written. */
function countUnits(tasks: readonly Task[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) for (const unit of new Set(task.units)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return counts;
}

export interface UnitOption {
  /** the filter's value: the group's most frequent spelling, as written */
  unit: string;
  /** the group's normalised name (县发展和改革局), lib/domain/unit-names.ts */
  display: string;
  /** how many tasks name the unit under any of its spellings */
  count: number;
  /** the spellings the group holds, most frequent first */
  written: string[];
}

/**
 * Units present in the list, one entry per unit however it is spelt (县发改局, 发改局 and 县发展改革委 are one),
 * with how many tasks name it, most frequent first, for the unit filter.
 */
export function unitCounts(tasks: readonly Task[]): UnitOption[] {
  const { groups, groupOf } = groupUnits(countUnits(tasks));
  const perGroup = new Map<string, number>();
  for (const task of tasks) {
    for (const key of new Set(task.units.map((unit) => groupOf.get(unit)!))) perGroup.set(key, (perGroup.get(key) ?? 0) + 1);
  }
  return groups
    .map((group) => ({ unit: group.written[0], display: group.display, count: perGroup.get(group.key) ?? 0, written: group.written }))
    .sort((a, b) => b.count - a.count || a.display.localeCompare(b.display, 'zh-CN'));
}
