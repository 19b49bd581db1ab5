import { afterEach, describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import { LuoshiDatabase } from '../../../lib/db/database';
import {
  addDrafts,
  countOpen,
  deleteTask,
  listTasks,
  restoreDeleted,
  setOrphaned,
  tasksForPage,
  TaskNotFoundError,
  updateTask,
} from '../../../lib/db/tasks';
import { dexieOptions, draft, freshDb, SPEECH_URL } from './fixtures';

let db: LuoshiDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('addDrafts', () => {
  test('stores new drafts as todo tasks with an empty note and both times set', async () => {
    db = freshDb();
    const result = await addDrafts(db, [draft('一、要在3月底前完成方案。', { units: ['市财政局'] })], 5000);
    expect(result.added).toHaveLength(1);
    expect(result.existing).toEqual([]);
    const [stored] = await listTasks(db);
    expect(stored).toMatchObject({
      id: result.added[0],
      text: '一、要在3月底前完成方案。',
      units: ['市财政局'],
      status: 'todo',
      note: '',
      createdAt: 5000,
      updatedAt: 5000,
    });
    expect(stored).not.toHaveProperty('dedupeKey');
  });

  test('the same sentence from the same page (other fragment, other spacing) is not stored twice', async () => {
    db = freshDb();
    const first = await addDrafts(db, [draft('要在3月底前完成方案。')]);
    const again = await addDrafts(db, [
      draft('要在 3月底前\n完成方案。', { source: { url: `${SPEECH_URL}#p3`, title: 'x' } }),
      draft('另一句：年底前全面完成。'),
    ]);
    expect(again.existing).toEqual(first.added);
    expect(again.added).toHaveLength(1);
    expect(await db.tasks.count()).toBe(2);
  });

  test('the same sentence from another page is another task', async () => {
    db = freshDb();
    await addDrafts(db, [draft('要在3月底前完成方案。')]);
    const other = await addDrafts(db, [draft('要在3月底前完成方案。', { source: { url: 'https://other.example/a', title: '' } })]);
    expect(other.added).toHaveLength(1);
    expect(await db.tasks.count()).toBe(2);
  });

  test('a sentence repeated inside one batch is stored once', async () => {
    db = freshDb();
    const result = await addDrafts(db, [draft('甲句。'), draft('甲句。'), draft('乙句。')]);
    expect(result.added).toHaveLength(2);
    expect(await db.tasks.count()).toBe(2);
  });

  test('concurrent clips from two tabs lose nothing and duplicate nothing', async () => {
    db = freshDb();
    const tabA = Array.from({ length: 30 }, (_, i) => draft(`A页第${i}句。`));
    const tabB = Array.from({ length: 30 }, (_, i) => draft(`B页第${i}句。`));
    const shared = [draft('两页都有的一句。')];
    const results = await Promise.all([
      addDrafts(db, [...tabA, ...shared]),
      addDrafts(db, [...tabB, ...shared]),
      addDrafts(db, shared),
      ...tabA.slice(0, 5).map((one) => addDrafts(db, [one])),
    ]);
    expect(await db.tasks.count()).toBe(61);
    const addedIds = results.flatMap((r) => r.added);
    expect(new Set(addedIds).size).toBe(61);
    // the shared sentence was added by exactly one call; the other two report its id as existing
    const sharedId = (await db.tasks.filter((t) => t.text === '两页都有的一句。').first())?.id;
    expect(addedIds.filter((id) => id === sharedId)).toHaveLength(1);
    expect(results.slice(0, 3).flatMap((r) => r.existing).filter((id) => id === sharedId)).toHaveLength(2);
  });

  test('two connections to one database (background and popup) clipping at once lose nothing', async () => {
    db = freshDb();
    const other = new LuoshiDatabase(db.name, dexieOptions);
    const batch = (prefix: string) => Array.from({ length: 20 }, (_, i) => draft(`${prefix}第${i}句。`));
    const results = await Promise.all([
      addDrafts(db, [...batch('甲'), draft('同一句。')]),
      addDrafts(other, [...batch('乙'), draft('同一句。')]),
    ]);
    other.close();
    expect(await db.tasks.count()).toBe(41);
    expect(results[0].added.length + results[1].added.length).toBe(41);
    expect(results[0].existing.length + results[1].existing.length).toBe(1);
  });

  test('an invalid draft is refused and nothing is written', async () => {
    db = freshDb();
    await expect(addDrafts(db, [draft('好句。'), { ...draft('坏句。'), text: '   ' }])).rejects.toBeInstanceOf(ZodError);
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('updateTask', () => {
  test('applies a valid patch, cleans lists and bumps updatedAt', async () => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')], 1000)).added;
    const updated = await updateTask(db, id, { text: '要按时完成方案。', units: [' 市财政局', '市财政局', ''], status: 'doing', note: '周五前报送' }, 2000);
    expect(updated).toMatchObject({ text: '要按时完成方案。', units: ['市财政局'], status: 'doing', note: '周五前报送', updatedAt: 2000, createdAt: 1000 });
    expect((await db.tasks.get(id))?.updatedAt).toBe(2000);
  });

  test('updatedAt moves forward even if the clock went back', async () => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')], 5000)).added;
    expect((await updateTask(db, id, { status: 'done' }, 4000)).updatedAt).toBe(5001);
  });

  test('sets and clears the due date', async () => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')])).added;
    await updateTask(db, id, { due: '2026-03-31', deadlines: [{ text: '3月底前', kind: 'date', due: '2026-03-31' }] });
    expect((await db.tasks.get(id))?.due).toBe('2026-03-31');
    await updateTask(db, id, { due: undefined });
    const row = await db.tasks.get(id);
    expect(row).not.toHaveProperty('due');
    expect(await db.tasks.where('due').equals('2026-03-31').count()).toBe(0);
  });

  test.each([
    ['empty text', { text: '  ' }],
    ['unknown status', { status: 'finished' }],
    ['malformed date', { due: '2026/03/31' }],
    ['field outside the patch', { id: 'other' }],
    ['unknown field', { colour: 'red' }],
  ])('refuses a bad patch (%s) and writes nothing', async (_name, patch) => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')], 1000)).added;
    await expect(updateTask(db, id, patch as never, 2000)).rejects.toBeInstanceOf(ZodError);
    expect(await db.tasks.get(id)).toMatchObject({ text: '要完成方案。', status: 'todo', updatedAt: 1000 });
  });

  test('a missing task is reported', async () => {
    db = freshDb();
    await expect(updateTask(db, 'nope', { status: 'done' })).rejects.toBeInstanceOf(TaskNotFoundError);
  });
});

describe('delete and undo', () => {
  test('restoreDeleted brings the task back exactly as it was', async () => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')], 1000)).added;
    await updateTask(db, id, { note: '已请示', status: 'doing' }, 2000);
    const before = await db.tasks.get(id);
    const deleted = await deleteTask(db, id);
    expect(await db.tasks.count()).toBe(0);
    expect(await restoreDeleted(db, deleted!)).toEqual({ restored: true, id });
    expect(await db.tasks.get(id)).toEqual(before);
  });

  test('deleting a missing task returns undefined', async () => {
    db = freshDb();
    expect(await deleteTask(db, 'nope')).toBeUndefined();
  });

  test('undo does not duplicate a sentence clipped again meanwhile', async () => {
    db = freshDb();
    const [id] = (await addDrafts(db, [draft('要完成方案。')])).added;
    const deleted = await deleteTask(db, id);
    const [again] = (await addDrafts(db, [draft('要完成方案。')])).added;
    expect(await restoreDeleted(db, deleted!)).toEqual({ restored: false, id: again });
    expect(await db.tasks.count()).toBe(1);
  });
});

describe('pages, orphans and counts', () => {
  test('tasksForPage finds a page\'s tasks whatever the fragment, and nothing from a longer URL', async () => {
    db = freshDb();
    await addDrafts(db, [
      draft('甲。'),
      draft('乙。', { source: { url: `${SPEECH_URL}#section2`, title: '' } }),
      draft('丙。', { source: { url: `${SPEECH_URL}x`, title: '' } }),
      draft('丁。', { source: { url: 'https://other.example/', title: '' } }),
    ]);
    const texts = (await tasksForPage(db, `${SPEECH_URL}#top`)).map((t) => t.text).sort();
    expect(texts).toEqual(['乙。', '甲。']);
  });

  test('setOrphaned flags and clears without touching updatedAt', async () => {
    db = freshDb();
    const ids = (await addDrafts(db, [draft('甲。'), draft('乙。')], 1000)).added;
    expect(await setOrphaned(db, [ids[0]], true)).toBe(1);
    expect(await setOrphaned(db, [ids[0]], true)).toBe(0);
    expect((await db.tasks.get(ids[0]))?.orphaned).toBe(true);
    expect((await db.tasks.get(ids[1]))?.orphaned).toBeUndefined();
    await setOrphaned(db, ids, false);
    expect(await db.tasks.get(ids[0])).not.toHaveProperty('orphaned');
    expect((await db.tasks.get(ids[0]))?.updatedAt).toBe(1000);
  });

  test('countOpen counts todo and doing, not done', async () => {
    db = freshDb();
    const ids = (await addDrafts(db, [draft('甲。'), draft('乙。'), draft('丙。')])).added;
    expect(await countOpen(db)).toBe(3);
    await updateTask(db, ids[0], { status: 'doing' });
    await updateTask(db, ids[1], { status: 'done' });
    expect(await countOpen(db)).toBe(2);
  });
});
