// Turning the editor's text fields back into task fields.
import type { DeadlineRecord, Task, TaskPatch } from '../../lib/domain/task';
import { localDate } from '../../lib/dates';
import { extract } from '../../lib/extract';
import { dueOf } from '../../lib/tasks/due';

export const UNIT_SEPARATORS = /[、,，;；\n]+/;
export const LIST_SEPARATORS = /[;；\n]+/;

export function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Each deadline the reader typed: unchanged ones keep what the engine found; new ones are read by the engine
 * (kind and date), relative to the page's publish date or, failing that, the day the task was clipped.
 * Words the engine cannot read (尽快) are kept as written, as a deadline without a date.
 */
export function deadlinesFromText(text: string, task: Pick<Task, 'deadlines' | 'source' | 'createdAt'>): DeadlineRecord[] {
  const referenceDate = task.source.published ?? localDate(new Date(task.createdAt));
  return splitList(text, LIST_SEPARATORS).map((piece) => {
    const known = task.deadlines.find((deadline) => deadline.text === piece);
    if (known) return known;
    const span = extract(piece, { referenceDate }).spans.find((s) => s.type === 'deadline');
    return { text: piece, kind: span?.kind ?? 'date', ...(span?.due ? { due: span.due } : {}) };
  });
}

export interface EditorFields {
  text: string;
  units: string;
  deadlines: string;
  due: string;
  targets: string;
  status: Task['status'];
  note: string;
}

export function fieldsOf(task: Task): EditorFields {
  return {
    text: task.text,
    units: task.units.join('、'),
    deadlines: task.deadlines.map((d) => d.text).join('；'),
    due: task.due ?? '',
    targets: task.targets.join('；'),
    status: task.status,
    note: task.note,
  };
}

/**
 * The patch for what changed. The due date follows the reader's date field when they touched it; when they only
 * rewrote the deadlines, it follows the earliest date those deadlines name (none: no due date).
 */
export function patchFrom(task: Task, fields: EditorFields): TaskPatch {
  const before = fieldsOf(task);
  const patch: TaskPatch = {};
  if (fields.text.trim() !== before.text) patch.text = fields.text.trim();
  if (fields.units !== before.units) patch.units = splitList(fields.units, UNIT_SEPARATORS);
  if (fields.targets !== before.targets) patch.targets = splitList(fields.targets, LIST_SEPARATORS);
  if (fields.status !== before.status) patch.status = fields.status;
  if (fields.note !== before.note) patch.note = fields.note;
  if (fields.deadlines !== before.deadlines) {
    patch.deadlines = deadlinesFromText(fields.deadlines, task);
    if (fields.due === before.due) patch.due = dueOf(patch.deadlines);
  }
  if (fields.due !== before.due) patch.due = fields.due || undefined;
  return patch;
}
