// The extension's own IndexedDB (extension origin), owned by the background.
// Schema changes add a new db.version(n) below; never edit an old one (see test/unit/db/migration.test.ts).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { dedupeKey } from '../domain/task-keys';
import type { Task } from '../domain/task';
import { dueOf } from '../tasks/due';

export const DB_NAME = 'luoshi';

/** A task as stored: the schema's Task plus its derived dedupe key (see dedupeKey). */
export type StoredTask = Task & { dedupeKey: string };

export class LuoshiDatabase extends Dexie {
  tasks!: EntityTable<StoredTask, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      // dedupeKey: one task per sentence per page
      tasks: 'id, &dedupeKey, status, due, createdAt, source.url',
    });
    // v2: index updatedAt (recently changed first, "changed since" exports), and clean the lists written by v1,
    // which stored units and targets as the page gave them (padded, repeated, empty entries).
    this.version(2)
      .stores({ tasks: 'id, &dedupeKey, status, due, createdAt, updatedAt, source.url' })
      .upgrade(normalizeV1Tasks);
    // v3: no index change; clear the due date that versions before it took from a start date (…后), which the
    // list then showed as 截止 and 逾期 (issue 11).
    this.version(3)
      .stores({ tasks: 'id, &dedupeKey, status, due, createdAt, updatedAt, source.url' })
      .upgrade(dropStartDue);
  }
}

/** Trimmed, without empty entries, each once, in first-seen order. */
export function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** A task as the database keeps it: units and targets cleaned, the dedupe key derived. */
export function toStored(task: Task): StoredTask {
  return { ...task, units: cleanList(task.units), targets: cleanList(task.targets), dedupeKey: dedupeKey(task) };
}

async function normalizeV1Tasks(tx: Transaction): Promise<void> {
  await tx
    .table('tasks')
    .toCollection()
    .modify((task: Partial<StoredTask>) => {
      task.units = cleanList(Array.isArray(task.units) ? task.units : []);
      task.targets = cleanList(Array.isArray(task.targets) ? task.targets : []);
      if (typeof task.note !== 'string') task.note = '';
      if (task.status !== 'todo' && task.status !== 'doing' && task.status !== 'done') task.status = 'todo';
      if (typeof task.createdAt !== 'number') task.createdAt = 0;
      if (typeof task.updatedAt !== 'number' || task.updatedAt < task.createdAt) task.updatedAt = task.createdAt;
    });
}

/**
 * A stored due date that a start date gives and no other deadline does was taken from the start date: it becomes
 * the earliest dated deadline's (dueOf), or none. A due date the reader typed (one no deadline names) is kept.
 */
async function dropStartDue(tx: Transaction): Promise<void> {
  await tx
    .table('tasks')
    .toCollection()
    .modify((task: Partial<StoredTask>) => {
      const deadlines = Array.isArray(task.deadlines) ? task.deadlines : [];
      const named = (start: boolean) => deadlines.some((d) => (d?.kind === 'start') === start && d?.due === task.due);
      if (!task.due || !named(true) || named(false)) return;
      const due = dueOf(deadlines);
      if (due) task.due = due;
      else delete task.due;
    });
}
