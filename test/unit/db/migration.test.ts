// Opens a database written by schema version 1 only, then opens it with today's LuoshiDatabase:
// every task must come through, with the v2 clean-up applied and nothing else changed.
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { LuoshiDatabase } from '../../../lib/db/database';
import { dedupeKey } from '../../../lib/domain/task-keys';
import { taskSchema } from '../../../lib/domain/task';
import { countOpen, listTasks } from '../../../lib/db/tasks';
import { dexieOptions, SPEECH_URL } from './fixtures';

function v1Row(i: number) {
  const exact = `第${i}项：各区县要在${(i % 12) + 1}月底前完成排查整治。`;
  const row = {
    id: `v1-${i}`,
    text: exact,
    units: ['各区县'],
    deadlines: [{ text: `${(i % 12) + 1}月底前`, kind: 'date' as const, due: `2026-${String((i % 12) + 1).padStart(2, '0')}-28` }],
    targets: [] as string[],
    due: `2026-${String((i % 12) + 1).padStart(2, '0')}-28`,
    status: (['todo', 'doing', 'done'] as const)[i % 3],
    note: i % 5 === 0 ? `备注${i}` : '',
    source: { url: i % 2 ? SPEECH_URL : `${SPEECH_URL}#p${i}`, title: '讲话', published: '2026-02-20' },
    anchor: { exact, prefix: '会议强调，', suffix: '同时', start: i * 40, end: i * 40 + exact.length },
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i * 2,
    ...(i === 7 ? { orphaned: true } : {}),
  };
  return { ...row, dedupeKey: dedupeKey(row) };
}

test('a database written by version 1 opens with the current schema, every task intact', async () => {
  const name = `luoshi-migration-${Math.random().toString(36).slice(2)}`;
  const v1 = new Dexie(name, dexieOptions);
  v1.version(1).stores({ tasks: 'id, &dedupeKey, status, due, createdAt, source.url' });
  const rows = Array.from({ length: 50 }, (_, i) => v1Row(i));
  // what v1 let through and v2 cleans: padded, repeated and empty list entries, a missing updatedAt
  rows[3] = { ...rows[3], units: [' 市财政局 ', '市财政局', '', '市发展改革委'], targets: ['  全年GDP增长5%左右 '] };
  const { updatedAt: _dropped, ...withoutUpdatedAt } = rows[4];
  await v1.table('tasks').bulkAdd([...rows.slice(0, 4), withoutUpdatedAt, ...rows.slice(5)]);
  expect(v1.verno).toBe(1);
  v1.close();

  const db = new LuoshiDatabase(name, dexieOptions);
  await db.open();
  expect(db.verno).toBe(3);
  const migrated = await db.tasks.toArray();
  expect(migrated).toHaveLength(50);

  for (const [i, row] of rows.entries()) {
    const after = migrated.find((task) => task.id === row.id)!;
    if (i === 3) {
      expect(after.units).toEqual(['市财政局', '市发展改革委']);
      expect(after.targets).toEqual(['全年GDP增长5%左右']);
      expect({ ...after, units: row.units, targets: row.targets }).toEqual(row);
    } else if (i === 4) {
      expect(after.updatedAt).toBe(row.createdAt);
      expect(after).toEqual({ ...row, updatedAt: row.createdAt });
    } else {
      expect(after).toEqual(row);
    }
    // every migrated row is a valid task under today's schema
    expect(() => taskSchema.parse(after)).not.toThrow();
  }

  // the new index works and the old ones still answer
  expect(await db.tasks.orderBy('updatedAt').first()).toMatchObject({ id: 'v1-0' });
  expect(await db.tasks.where('dedupeKey').equals(rows[10].dedupeKey).count()).toBe(1);
  expect(await countOpen(db)).toBe(rows.filter((row) => row.status !== 'done').length);
  expect((await listTasks(db)).find((task) => task.id === 'v1-7')?.orphaned).toBe(true);
  await db.delete();
});

test('version 3 clears a due date taken from a start date (…后), and keeps every other due date', async () => {
  const name = `luoshi-migration-${Math.random().toString(36).slice(2)}`;
  const v2 = new Dexie(name, dexieOptions);
  v2.version(2).stores({ tasks: 'id, &dedupeKey, status, due, createdAt, updatedAt, source.url' });
  const start = { text: '2月17日(正月十五)后', kind: 'start' as const, due: '2024-02-17' };
  const date = { text: '3月底前', kind: 'date' as const, due: '2024-03-31' };
  const row = (i: number, deadlines: object[], due?: string) => ({ ...v1Row(i), deadlines, ...(due ? { due } : { due: undefined }) });
  const rows = [
    row(1, [start], '2024-02-17'), // start only: the old due date was the start date
    row(2, [start, date], '2024-02-17'), // start and due: the old due date was the (earlier) start date
    row(3, [date], '2024-03-31'), // a plain due date
    row(4, [start], '2024-05-01'), // typed by the reader: no deadline names it
    row(5, [], undefined),
  ];
  await v2.table('tasks').bulkAdd(rows);
  v2.close();

  const db = new LuoshiDatabase(name, dexieOptions);
  await db.open();
  const due = Object.fromEntries((await db.tasks.toArray()).map((task) => [task.id, task.due]));
  expect(due).toEqual({ 'v1-1': undefined, 'v1-2': '2024-03-31', 'v1-3': '2024-03-31', 'v1-4': '2024-05-01', 'v1-5': undefined });
  await db.delete();
});
