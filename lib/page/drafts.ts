// Task drafts (what the background stores) from extracted tasks and from a selection. Pure: no DOM.
import type { TaskDraft, TaskSource } from '../domain/task';
import { TASK_LIMITS as LIMITS } from '../domain/task-limits';
import type { ExtractedTask, ExtractResult } from '../extract/types';
import { dueOf } from '../tasks/due';
import type { PageTask } from './annotator';
import type { TableRow } from './task-table';
import { describeQuote } from './text-quote';

/** Where a task comes from, cut to what the schema accepts (a URL or title may be any length). */
export function taskSource(url: string, title: string, published?: string): TaskSource {
  return { url: url.slice(0, LIMITS.url), title: title.slice(0, LIMITS.title), ...(published ? { published } : {}) };
}

/** [start, end) without the whitespace at either end. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function fields(tasks: ExtractedTask[]): Pick<TaskDraft, 'units' | 'deadlines' | 'targets' | 'due'> {
  const units = [...new Set(tasks.flatMap((t) => t.units))].slice(0, LIMITS.listItems).map((u) => u.slice(0, LIMITS.unit));
  const targets = [...new Set(tasks.flatMap((t) => t.targets))].slice(0, LIMITS.listItems).map((u) => u.slice(0, LIMITS.target));
  // a selection over several tasks may name the same deadline twice: once is enough
  const seen = new Set<string>();
  const deadlines = tasks
    .flatMap((t) => t.deadlines)
    .filter((d) => !seen.has(d.text) && !!seen.add(d.text))
    .slice(0, LIMITS.deadlines)
    .map((d) => ({ text: d.text.slice(0, LIMITS.deadlineText), kind: d.kind, ...(d.due ? { due: d.due } : {}) }));
  // not the engine's task.due, which counts start dates (…后) too: a start date makes nothing due
  const due = dueOf(deadlines);
  return { units, deadlines, targets, ...(due ? { due } : {}) };
}

/**
 * A draft for one extracted task. `text` is the text extract() read (the TextMap text of one batch),
 * `base` that batch's offset in the page text, so anchor offsets are page-wide.
 */
export function draftFromTask(text: string, task: ExtractedTask, base: number, source: TaskSource): TaskDraft | null {
  const [start, end] = trimRange(text, task.start, task.end);
  if (end <= start) return null;
  const quote = describeQuote(text, start, Math.min(end, start + LIMITS.text));
  return {
    text: quote.exact,
    ...fields([task]),
    source,
    anchor: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: base + start, end: base + start + quote.exact.length },
  };
}

/** A draft for a task found on the page (in one of the annotator's batches). */
export function draftFromPageTask(task: PageTask, source: TaskSource): TaskDraft | null {
  if (task.row) return draftFromRow(task.batch.map.text, task.task, task.row, task.batch.base, source);
  return draftFromTask(task.batch.map.text, task.task, task.batch.base, source);
}

/**
 * A draft for a row of a task table: its text is the task cell with the row number (1 推进…), its anchor the task
 * cell; units, deadline and targets come from the row's cells (task-table.ts).
 */
export function draftFromRow(text: string, task: ExtractedTask, row: TableRow, base: number, source: TaskSource): TaskDraft | null {
  const draft = draftFromTask(text, { ...task, start: row.taskStart, end: row.taskEnd }, base, source);
  if (!draft) return null;
  return { ...draft, text: task.text.slice(0, LIMITS.text) };
}

/**
 * A draft for any selected text: extract() was run on the selection itself; the anchor comes from the page text
 * around it when the selection could be located there (pageStart/pageEnd), else it has no context.
 */
export function draftFromSelection(
  selection: string,
  result: ExtractResult,
  source: TaskSource,
  page?: { text: string; start: number; end: number },
): TaskDraft | null {
  const exact = selection.trim().slice(0, LIMITS.text);
  if (!exact) return null;
  let anchor: TaskDraft['anchor'] = { exact, prefix: '', suffix: '' };
  if (page) {
    const [start, end] = trimRange(page.text, page.start, page.end);
    if (end > start) {
      const quote = describeQuote(page.text, start, Math.min(end, start + LIMITS.text));
      anchor = { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start, end: start + quote.exact.length };
    }
  }
  // a selection over several paragraphs keeps its line breaks in the anchor (to be found again), not in the text
  return { text: anchor.exact.replace(/\s+/g, ' '), ...fields(result.tasks), source, anchor };
}
