// The extension's own IndexedDB (extension origin), owned by the background.
// Schema changes add a new db.version(n) below; never edit an old one (see test/unit/db).
import Dexie, { type EntityTable } from 'dexie';
import type { Task } from './schema';

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
  }
}

/** The page a task came from, without its fragment: the same page reached by #anchor links is one page. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Two clips are the same task when the same sentence (whitespace-insensitive) comes from the same page. */
export function dedupeKey(task: { source: { url: string }; anchor: { exact: string } }): string {
  return `${pageKey(task.source.url)}\u0000${task.anchor.exact.replace(/\s+/g, '')}`;
}
