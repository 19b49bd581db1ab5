// The task list's data layer: every read and write of tasks goes through these functions, over a database
// handed in (the background's and popup's shared instance, or a fake-indexeddb one in tests).
import { z } from '../zod';
import { cleanList, toStored, type LuoshiDatabase, type StoredTask } from './database';
import { dedupeKey, pageKey } from '../domain/task-keys';
import { OPEN_STATUSES, taskDraftSchema, taskPatchSchema, taskSchema, type Task, type TaskDraft, type TaskPatch } from '../domain/task';

export interface AddResult {
  /** ids of the tasks this call created */
  added: string[];
  /** ids of tasks that were already in the list (same sentence, same page) */
  existing: string[];
}

/** Unknown fields in a patch are a caller's mistake, not something to drop silently. */
const strictPatchSchema = z.strictObject(taskPatchSchema.shape);

export class TaskNotFoundError extends Error {
  constructor(id: string) {
    super(`task ${id} not found`);
    this.name = 'TaskNotFoundError';
  }
}

/** The stored row without its derived fields: what the schema calls a Task. */
export function toTask(stored: StoredTask): Task {
  const { dedupeKey: _derived, ...task } = stored;
  return task;
}

function isConstraintError(error: unknown): boolean {
  const named = error as { name?: string; failures?: { name?: string }[]; inner?: { name?: string } };
  return (
    named?.name === 'ConstraintError' ||
    named?.inner?.name === 'ConstraintError' ||
    (named?.name === 'BulkError' && !!named.failures?.length && named.failures.every((f) => f?.name === 'ConstraintError'))
  );
}

/**
 * Stores drafts as new 'todo' tasks, skipping sentences already clipped from the same page.
 * The duplicate check and the write share one read-write transaction, which IndexedDB runs one at a time per
 * store, so two tabs clipping at once can neither both add the same sentence nor lose one. Should another
 * connection still win a race on the unique dedupeKey index, the whole batch is simply retried.
 * A draft repeated within the same batch is stored once and reported once.
 */
export async function addDrafts(db: LuoshiDatabase, drafts: readonly TaskDraft[], now = Date.now()): Promise<AddResult> {
  const parsed = drafts.map((draft) => taskDraftSchema.parse(draft));
  const keys = parsed.map(dedupeKey);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction('rw', db.tasks, async () => {
        const found = await db.tasks.where('dedupeKey').anyOf(keys).toArray();
        const known = new Map(found.map((task) => [task.dedupeKey, task.id]));
        const seen = new Set<string>();
        const fresh: StoredTask[] = [];
        const existing: string[] = [];
        parsed.forEach((draft, i) => {
          const key = keys[i];
          if (seen.has(key)) return;
          seen.add(key);
          const id = known.get(key);
          if (id) {
            existing.push(id);
            return;
          }
          fresh.push(toStored({ ...draft, id: crypto.randomUUID(), status: 'todo', note: '', createdAt: now, updatedAt: now }));
        });
        await db.tasks.bulkAdd(fresh);
        return { added: fresh.map((task) => task.id), existing };
      });
    } catch (error) {
      if (attempt < 3 && isConstraintError(error)) continue;
      throw error;
    }
  }
}

export async function listTasks(db: LuoshiDatabase): Promise<Task[]> {
  return (await db.tasks.toArray()).map(toTask);
}

/** Tasks clipped from this page, whatever fragment either URL carries. */
export async function tasksForPage(db: LuoshiDatabase, url: string): Promise<Task[]> {
  const key = pageKey(url);
  const rows = await db.tasks
    .where('source.url')
    .startsWith(key)
    .filter((task) => pageKey(task.source.url) === key)
    .toArray();
  return rows.map(toTask);
}

/**
 * Applies a popup edit. The patch is validated (unknown fields, empty text, a bad status or date are refused
 * with a ZodError, nothing written); a field given as undefined is cleared (e.g. { due: undefined }).
 * updatedAt always moves forward, even when the clock does not.
 */
export async function updateTask(db: LuoshiDatabase, id: string, patch: TaskPatch, now = Date.now()): Promise<Task> {
  const clean = strictPatchSchema.parse(patch);
  return db.transaction('rw', db.tasks, async () => {
    const old = await db.tasks.get(id);
    if (!old) throw new TaskNotFoundError(id);
    const next: Record<string, unknown> = { ...old, ...clean, updatedAt: Math.max(now, old.updatedAt + 1) };
    if (clean.units) next.units = cleanList(clean.units);
    if (clean.targets) next.targets = cleanList(clean.targets);
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    const task = taskSchema.parse(next);
    await db.tasks.put({ ...task, dedupeKey: old.dedupeKey });
    return task;
  });
}

/** Deletes a task and hands it back, so the popup can offer undo. */
export async function deleteTask(db: LuoshiDatabase, id: string): Promise<StoredTask | undefined> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (task) await db.tasks.delete(id);
    return task;
  });
}

/**
 * Undo of deleteTask: puts the task back as it was (same id, status, note, times). If the same sentence was
 * clipped again in the meantime, that newer task stays and the old one is not restored.
 */
export async function restoreDeleted(db: LuoshiDatabase, task: StoredTask): Promise<{ restored: boolean; id: string }> {
  return db.transaction('rw', db.tasks, async () => {
    const clash = await db.tasks.where('dedupeKey').equals(task.dedupeKey).first();
    if (clash && clash.id !== task.id) return { restored: false, id: clash.id };
    await db.tasks.put(task);
    return { restored: true, id: task.id };
  });
}

/**
 * Flags tasks whose sentence the page no longer holds (or clears the flag once found again). This is the page's
 * state, not the reader's edit, so updatedAt is left alone. Returns how many tasks changed.
 */
export async function setOrphaned(db: LuoshiDatabase, ids: readonly string[], orphaned: boolean): Promise<number> {
  return db.tasks
    .where('id')
    .anyOf([...ids])
    .filter((task) => !!task.orphaned !== orphaned)
    .modify((task) => {
      if (orphaned) task.orphaned = true;
      else delete task.orphaned;
    });
}

/** Tasks not done yet (待办 and 进行中): the toolbar badge. */
export function countOpen(db: LuoshiDatabase): Promise<number> {
  return db.tasks.where('status').anyOf([...OPEN_STATUSES]).count();
}
