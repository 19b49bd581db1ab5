// Shared test data: drafts as the page side would send them, and a fresh fake-indexeddb database per test.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LuoshiDatabase } from '../../../lib/db/database';
import type { Task, TaskDraft } from '../../../lib/domain/task';

let counter = 0;
export const dexieOptions = { indexedDB, IDBKeyRange };

/** A database with a name no other test uses, so tests never see each other's rows. */
export function freshDb(): LuoshiDatabase {
  counter += 1;
  return new LuoshiDatabase(`luoshi-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, dexieOptions);
}

export const SPEECH_URL = 'https://www.example.gov.cn/speech/2026/0301.html';

export function draft(exact: string, extra: Partial<TaskDraft> = {}): TaskDraft {
  return {
    text: exact,
    units: [],
    deadlines: [],
    targets: [],
    source: { url: SPEECH_URL, title: '在全市经济工作会议上的讲话' },
    anchor: { exact, prefix: '', suffix: '' },
    ...extra,
  };
}

/** A complete task for the pure list functions; only the fields a test names differ. */
export function task(id: string, extra: Partial<Task> = {}): Task {
  return {
    id,
    text: `任务${id}`,
    units: [],
    deadlines: [],
    targets: [],
    status: 'todo',
    note: '',
    source: { url: SPEECH_URL, title: '讲话' },
    anchor: { exact: `任务${id}`, prefix: '', suffix: '' },
    createdAt: 1000,
    updatedAt: 1000,
    ...extra,
  };
}
