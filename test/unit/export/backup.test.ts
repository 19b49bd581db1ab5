import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import { LuoshiDatabase, type StoredTask } from '../../../lib/db/database';
import { dedupeKey } from '../../../lib/domain/task-keys';
import { restoreBackup } from '../../../lib/db/restore';
import { listTasks } from '../../../lib/db/tasks';
import type { Task } from '../../../lib/domain/task';
import { backupFileName, backupToJson, parseBackup } from '../../../lib/export/backup';
import { tasksToCsv } from '../../../lib/export/csv';
import { makeTask } from './fixtures';

const open: LuoshiDatabase[] = [];
let dbSerial = 0;
function freshDb(): LuoshiDatabase {
  dbSerial += 1;
  const db = new LuoshiDatabase(`luoshi-test-${dbSerial}`, { indexedDB, IDBKeyRange });
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const stored = (task: Task): StoredTask => ({ ...task, dedupeKey: dedupeKey(task) });
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('backup file', () => {
  test('database -> backup -> parse gives back the same tasks, with the format marker and version', async () => {
    const tasks = [
      makeTask({ text: '含逗号,引号"和\r\n换行', note: '备注👍🏻', status: 'done', orphaned: true }),
      makeTask({ text: '=HYPERLINK("x")', due: undefined, deadlines: [], units: ['𠀀单位', '𪚥单位'] }),
      makeTask({ anchor: { exact: '锚点', prefix: '前', suffix: '后', start: 3, end: 5 } }),
    ];
    const db = freshDb();
    await db.tasks.bulkAdd(tasks.map(stored));
    const json = backupToJson(await listTasks(db), new Date(Date.UTC(2025, 4, 6, 7, 8, 9)));
    const raw = JSON.parse(json);
    expect(raw.format).toBe('luoshi-backup');
    expect(raw.version).toBe(1);
    expect(raw.exportedAt).toBe('2025-05-06T07:08:09.000Z');
    expect(raw.tasks[0]).not.toHaveProperty('dedupeKey');
    const parsed = parseBackup(json);
    expect(parsed.ok && parsed.tasks.sort(byId)).toEqual(tasks.sort(byId));
    expect(parsed).toMatchObject({ ok: true, version: 1, exportedAt: '2025-05-06T07:08:09.000Z', rejected: [] });
  });

  test('invalid records are rejected one by one, with their index and the zod reason', () => {
    const good = makeTask();
    const { text: _dropped, ...noText } = makeTask();
    const badStatus = { ...makeTask(), status: 'finished' };
    const badDue = { ...makeTask(), due: '2025/6/30' };
    const parsed = parseBackup(JSON.stringify({ format: 'luoshi-backup', version: 1, tasks: [noText, good, badStatus, 'x', badDue, {}] }));
    if (!parsed.ok) throw new Error('expected a backup');
    expect(parsed.tasks).toEqual([good]);
    expect(parsed.rejected.map((r) => r.index)).toEqual([0, 2, 3, 4, 5]);
    expect(parsed.rejected[0].reason).toMatch(/^text: /);
    expect(parsed.rejected[1].reason).toMatch(/^status: /);
    expect(parsed.rejected[3].reason).toMatch(/^due: /);
    // a record missing everything: the first three problems, then how many more
    expect(parsed.rejected[2].reason).toBe('Invalid input: expected object, received string');
    expect(parsed.rejected[4].reason).toMatch(/^[^;]+(; [^;]+){2}; \(\+\d+\)$/);
  });

  test('a leading byte-order mark (some editors add one) is accepted', () => {
    const task = makeTask();
    const parsed = parseBackup('\uFEFF' + backupToJson([task]));
    expect(parsed.ok && parsed.tasks).toEqual([task]);
  });

  test('file name is 落实备份_YYYY-MM-DD.json in local time', () => {
    expect(backupFileName(new Date(2025, 11, 31, 23, 30))).toBe('落实备份_2025-12-31.json');
  });
});

describe('restore', () => {
  test('adds new tasks, skips duplicates by id or by page+sentence, rejects invalid ones; overwrites nothing', async () => {
    const db = freshDb();
    const created = new Date(2025, 0, 1).getTime();
    const kept = makeTask({ id: 'kept', text: '已有任务甲', note: '原备注', createdAt: created, updatedAt: created });
    const samePage = makeTask({
      id: 'same-sentence',
      text: '已有任务乙',
      source: { url: 'https://www.example.gov.cn/p.html', title: '讲话' },
      anchor: { exact: '已有任务 乙', prefix: '', suffix: '' },
    });
    await db.tasks.bulkAdd([stored(kept), stored(samePage)]);
    // the reader edits the note after the backup was made
    await db.tasks.update('kept', { note: '改过的备注', status: 'done', updatedAt: created + 1000 });
    const before = (await db.tasks.toArray()).sort(byId);

    const newOne = makeTask({ id: 'new-1', text: '新任务一' });
    const newTwo = makeTask({ id: 'new-2', text: '新任务二', status: 'doing', note: '备份里的备注' });
    const sameSentenceOtherId = {
      ...samePage,
      id: 'other-id',
      note: '不应写入',
      source: { url: 'https://www.example.gov.cn/p.html#part2', title: '讲话' },
      anchor: { exact: '已有任务乙', prefix: 'x', suffix: 'y' },
    };
    const backupTasks: unknown[] = [
      kept, // older copy of an existing task: note '原备注', status 'todo'
      newOne,
      { ...newOne, note: '同一文件里的第二份' }, // duplicate inside the file
      sameSentenceOtherId,
      { ...makeTask(), id: '' }, // invalid: empty id
      newTwo,
      { hello: 'world' }, // invalid
    ];
    const result = await restoreBackup(db, JSON.stringify({ format: 'luoshi-backup', version: 1, tasks: backupTasks }));
    if (!result.ok) throw new Error(result.detail);
    expect(result.added).toBe(2);
    expect(result.skipped).toBe(3);
    expect(result.rejected.map((r) => r.index)).toEqual([4, 6]);
    expect(result.addedIds.sort()).toEqual(['new-1', 'new-2']);

    const after = (await db.tasks.toArray()).sort(byId);
    expect(after).toHaveLength(4);
    // nothing lost, nothing overwritten
    for (const old of before) expect(after.find((t) => t.id === old.id)).toEqual(old);
    expect((await db.tasks.get('kept'))?.note).toBe('改过的备注');
    expect((await db.tasks.get('kept'))?.status).toBe('done');
    expect(await db.tasks.get('other-id')).toBeUndefined();
    expect(await db.tasks.get('new-1')).toEqual(stored(newOne));
    expect(await db.tasks.get('new-2')).toEqual(stored(newTwo));
  });

  test('restoring the same backup twice adds nothing the second time', async () => {
    const db = freshDb();
    const json = backupToJson([makeTask(), makeTask(), makeTask()]);
    expect(await restoreBackup(db, json)).toMatchObject({ ok: true, added: 3, skipped: 0 });
    expect(await restoreBackup(db, json)).toMatchObject({ ok: true, added: 0, skipped: 3 });
    expect(await db.tasks.count()).toBe(3);
  });

  test('a backup moved to an empty database reproduces it exactly', async () => {
    const source = freshDb();
    await source.tasks.bulkAdd(
      [makeTask({ text: '一,"二"\n三' }), makeTask({ status: 'done', note: '𪚥' }), makeTask({ orphaned: true })].map(stored),
    );
    const target = freshDb();
    const result = await restoreBackup(target, backupToJson(await listTasks(source)));
    expect(result).toMatchObject({ ok: true, added: 3, skipped: 0, rejected: [] });
    expect((await target.tasks.toArray()).sort(byId)).toEqual((await source.tasks.toArray()).sort(byId));
  });

  test('units and targets are cleaned as the database keeps them (older backups may hold padded entries)', async () => {
    const db = freshDb();
    const task = makeTask({ units: [' 财政局 ', '财政局', '', '交通局'], targets: ['  增长 5% ', ''] });
    expect(await restoreBackup(db, backupToJson([task]))).toMatchObject({ ok: true, added: 1 });
    const row = await db.tasks.get(task.id);
    expect(row?.units).toEqual(['财政局', '交通局']);
    expect(row?.targets).toEqual(['增长 5%']);
  });

  const valid = makeTask();
  const NOT_BACKUPS: Array<[string, string, string]> = [
    ['an empty file', '', 'empty'],
    ['whitespace', '  \n ', 'empty'],
    ['CSV text', tasksToCsv([valid], 'zh'), 'not-json'],
    ['truncated JSON', backupToJson([valid]).slice(0, 40), 'not-json'],
    ['random JSON', '{"name":"something else","items":[1,2,3]}', 'not-backup'],
    ['a bare array of tasks', JSON.stringify([valid]), 'not-backup'],
    ['null', 'null', 'not-backup'],
    ['a number', '42', 'not-backup'],
    ['a wrong format marker', JSON.stringify({ format: 'other-backup', version: 1, tasks: [valid] }), 'not-backup'],
    ['a backup without tasks', JSON.stringify({ format: 'luoshi-backup', version: 1 }), 'bad-shape'],
    ['tasks that are not a list', JSON.stringify({ format: 'luoshi-backup', version: 1, tasks: { 0: valid } }), 'bad-shape'],
    ['no version', JSON.stringify({ format: 'luoshi-backup', tasks: [valid] }), 'bad-shape'],
    ['a newer version', JSON.stringify({ format: 'luoshi-backup', version: 2, tasks: [valid] }), 'newer-version'],
  ];
  test.each(NOT_BACKUPS)('%s writes nothing and says why', async (_name, text, error) => {
    const db = freshDb();
    const existing = stored(makeTask({ note: '原有' }));
    await db.tasks.add(existing);
    const result = await restoreBackup(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(error);
      expect(result.detail).not.toBe('');
    }
    expect(await db.tasks.toArray()).toEqual([existing]);
  });
});
