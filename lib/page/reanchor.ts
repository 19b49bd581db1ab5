// Re-anchoring: which of the page's tasks are the sentences clipped on an earlier visit, found again by their
// text quotes (the page's layout or surrounding text may have changed a little), and which stored tasks are lost.
import type { Task } from '../domain/task';
import type { PageTask } from './annotator';
import { matchQuote } from './text-quote';

export interface Reanchored {
  /** indexes of the page tasks that hold a clipped sentence */
  found: Set<number>;
  /** stored tasks no longer found on the page (to be flagged, never dropped) */
  lost: string[];
  /** stored tasks flagged before and found again */
  refound: string[];
}

type StoredAnchor = Pick<Task, 'id' | 'anchor' | 'orphaned'>;

export function reanchor(
  pageText: string,
  stored: readonly StoredAnchor[],
  tasks: readonly PageTask[],
  rangeOf: (task: PageTask) => [number, number],
): Reanchored {
  const found = new Set<number>();
  const lost: string[] = [];
  const refound: string[] = [];
  for (const task of stored) {
    const match = matchQuote(pageText, task.anchor);
    if (!match) {
      if (!task.orphaned) lost.push(task.id);
      continue;
    }
    if (task.orphaned) refound.push(task.id);
    for (const pageTask of tasksOverlapping(tasks, rangeOf, match.start, match.end)) found.add(pageTask.index);
  }
  return { found, lost, refound };
}

/** Tasks sharing at least half of the shorter of the two ranges with [start, end). */
function tasksOverlapping(
  tasks: readonly PageTask[],
  rangeOf: (task: PageTask) => [number, number],
  start: number,
  end: number,
): PageTask[] {
  return tasks.filter((task) => {
    const [a, b] = rangeOf(task);
    const overlap = Math.min(b, end) - Math.max(a, start);
    return overlap > 0 && overlap * 2 >= Math.min(b - a, end - start);
  });
}
