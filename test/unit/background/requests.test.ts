import { afterEach, describe, expect, test } from 'vitest';
import type { LuoshiDatabase } from '../../../lib/db/database';
import { handleRequest, type Reply } from '../../../lib/background/requests';
import { addDrafts } from '../../../lib/db/tasks';
import { extract } from '../../../lib/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { clipReplySchema, errorReplySchema, extractReplySchema, MAX_EXTRACT_CHARS, tasksReplySchema } from '../../../lib/messages';
import { draft, freshDb, SPEECH_URL } from '../db/fixtures';

let db: LuoshiDatabase;
let notified: string[];
afterEach(async () => {
  await db?.delete();
});
function handle(message: unknown): Promise<Reply> {
  return handleRequest(message, { db, notifyPage: (url) => notified.push(url), settings: async () => DEFAULT_SETTINGS });
}
function setup() {
  db = freshDb();
  notified = [];
}

describe('invalid messages get an error and write nothing', () => {
  test.each([
    ['not an object', 'clip'],
    ['null', null],
    ['unknown type', { type: 'delete-everything' }],
    ['clip without drafts', { type: 'clip' }],
    ['clip with an empty list', { type: 'clip', drafts: [] }],
    ['a draft with blank text', { type: 'clip', drafts: [{ ...draft('好句。'), text: '  ' }] }],
    ['a draft without anchor', { type: 'clip', drafts: [{ ...draft('好句。'), anchor: undefined }] }],
    ['one bad draft among good ones', { type: 'clip', drafts: [draft('好句。'), { ...draft('坏句。'), due: '明天' }] }],
    ['set-orphaned with a string flag', { type: 'set-orphaned', ids: ['x'], orphaned: 'yes' }],
    ['tasks-for-page without url', { type: 'tasks-for-page' }],
  ])('%s', async (_name, message) => {
    setup();
    const reply = await handle(message);
    expect(errorReplySchema.parse(reply).error).toMatch(/invalid message/);
    expect(await db.tasks.count()).toBe(0);
    expect(notified).toEqual([]);
  });
});

describe('valid messages', () => {
  test('clip stores, reports added and existing ids, and notifies the page once per page', async () => {
    setup();
    const first = clipReplySchema.parse(await handle({ type: 'clip', drafts: [draft('甲句。'), draft('乙句。')] }));
    expect(first.added).toHaveLength(2);
    expect(notified).toEqual([SPEECH_URL]);
    const second = clipReplySchema.parse(await handle({ type: 'clip', drafts: [draft('甲句。')] }));
    expect(second).toEqual({ ok: true, added: [], existing: [first.added[0]] });
    expect(notified).toEqual([SPEECH_URL]); // nothing new: no notification
    expect(await db.tasks.count()).toBe(2);
  });

  test('tasks-for-page returns schema-valid tasks of that page only', async () => {
    setup();
    await addDrafts(db, [draft('甲句。'), draft('乙句。', { source: { url: 'https://other.example/', title: '' } })]);
    const reply = tasksReplySchema.parse(await handle({ type: 'tasks-for-page', url: `${SPEECH_URL}#x` }));
    expect(reply.tasks.map((task) => task.text)).toEqual(['甲句。']);
    expect(reply.tasks[0]).not.toHaveProperty('dedupeKey');
  });

  test('set-orphaned flags the tasks', async () => {
    setup();
    const { added } = await addDrafts(db, [draft('甲句。')]);
    expect(await handle({ type: 'set-orphaned', ids: added, orphaned: true })).toEqual({ ok: true });
    expect((await db.tasks.get(added[0]))?.orphaned).toBe(true);
  });
});

describe('extract: the engine for the pages, in the background', () => {
  const text = '会议要求,县商务局要在2024年6月底前完成外贸企业走访。\n发布时间:2024-03-05';

  test('with a reference date: exactly what extract() gives, checked by the reply schema', async () => {
    setup();
    const reply = extractReplySchema.parse(await handle({ type: 'extract', text, referenceDate: '2024-01-01' }));
    const expected = extract(text, { referenceDate: '2024-01-01' });
    expect(reply.spans).toEqual(expected.spans);
    expect(reply.tasks).toEqual(expected.tasks);
    expect(reply.referenceDate).toBe('2024-01-01');
    // the unit, read by eye: 县商务局
    expect(reply.spans.filter((s) => s.type === 'unit').map((s) => s.text)).toEqual(['县商务局']);
  });

  test('without one: the page date in the text decides (settings default: the page)', async () => {
    setup();
    const reply = extractReplySchema.parse(await handle({ type: 'extract', text }));
    expect(reply.published).toBe('2024-03-05');
    expect(reply.referenceDate).toBe('2024-03-05');
  });

  test('a text too long or not a string is refused', async () => {
    setup();
    expect(errorReplySchema.parse(await handle({ type: 'extract', text: 42 })).error).toMatch(/invalid message/);
    expect(errorReplySchema.parse(await handle({ type: 'extract', text: 'x'.repeat(MAX_EXTRACT_CHARS + 1) })).error).toMatch(/invalid message/);
  });
});

describe('settings for the page part, which reads them without zod', () => {
  test('settings: what lib/settings parsed', async () => {
    setup();
    expect(await handle({ type: 'settings' })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('disable-site: the hostname is added once, lower-cased; a non-hostname is refused and nothing saved', async () => {
    setup();
    let stored = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    const saved: unknown[] = [];
    const context = {
      db,
      notifyPage: () => undefined,
      settings: async () => stored,
      saveSettings: async (patch: Partial<typeof stored>) => {
        saved.push(patch);
        stored = { ...stored, ...patch };
        return stored;
      },
    };
    const reply = await handleRequest({ type: 'disable-site', host: 'News.Example.' }, context);
    expect(reply).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'news.example'] } });
    await handleRequest({ type: 'disable-site', host: 'news.example' }, context);
    expect(saved).toHaveLength(1);
    expect(errorReplySchema.parse(await handleRequest({ type: 'disable-site', host: 'not a host' }, context)).error).toMatch(/not a hostname/);
    expect(errorReplySchema.parse(await handleRequest({ type: 'disable-site' }, context)).error).toMatch(/invalid message/);
    expect(saved).toHaveLength(1);
  });
});
