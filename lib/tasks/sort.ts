// Orders of the task list: by due date, or grouped by the page the tasks came from.
import { pageKey } from '../domain/task-keys';
import { isOpen, type Task } from '../domain/task';

/** Page order inside one source, and a stable order for tasks clipped at the same moment. */
function byClipOrder(a: Task, b: Task): number {
  return (
    a.createdAt - b.createdAt ||
    (a.anchor.start ?? 0) - (b.anchor.start ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Open tasks first (todo and doing), then done ones, so finished work sinks out of the way.
 * Within each: dated tasks by due date ascending (overdue ones have the earliest dates, so they come first),
 * undated tasks last.
 */
export function compareByDue(a: Task, b: Task): number {
  const openA = isOpen(a);
  if (openA !== isOpen(b)) return openA ? -1 : 1;
  if (a.due && b.due) return a.due < b.due ? -1 : a.due > b.due ? 1 : byClipOrder(a, b);
  if (a.due) return -1;
  if (b.due) return 1;
  return byClipOrder(a, b);
}

export function sortByDue<T extends Task>(tasks: readonly T[]): T[] {
  return [...tasks].sort(compareByDue);
}

export interface SourceGroup<T extends Task = Task> {
  /** the page's URL without fragment */
  key: string;
  url: string;
  title: string;
  published?: string;
  tasks: T[];
}

/**
 * One group per page (URL without fragment), tasks in page order (by anchor position, then clip order).
 * Groups: the most recently clipped page first, since that is usually the speech the reader is working on.
 */
export function groupBySource<T extends Task>(tasks: readonly T[]): SourceGroup<T>[] {
  const groups = new Map<string, SourceGroup<T>>();
  for (const task of tasks) {
    const key = pageKey(task.source.url);
    let group = groups.get(key);
    if (!group) {
      group = { key, url: task.source.url, title: task.source.title, tasks: [] };
      groups.set(key, group);
    }
    if (!group.published && task.source.published) group.published = task.source.published;
    group.tasks.push(task);
  }
  const latest = (group: SourceGroup<T>) => Math.max(...group.tasks.map((task) => task.createdAt));
  const inPageOrder = (a: T, b: T) =>
    (a.anchor.start ?? Number.MAX_SAFE_INTEGER) - (b.anchor.start ?? Number.MAX_SAFE_INTEGER) || byClipOrder(a, b);
  for (const group of groups.values()) group.tasks.sort(inPageOrder);
  return [...groups.values()].sort((a, b) => latest(b) - latest(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
