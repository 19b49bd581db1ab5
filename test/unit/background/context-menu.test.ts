// 摘录为任务 from the context menu: the content script's draft when it answers, else one built from the selection.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { tabs: { sendMessage } } }));
// settings live in extension storage, absent here: the reference date falls back to today
vi.mock('../../../lib/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/settings')>()),
  getSettings: () => Promise.reject(new Error('no storage')),
}));

const { clipSelection } = await import('../../../lib/background/context-menu');
const { listTasks } = await import('../../../lib/db/tasks');
const { draft, freshDb, SPEECH_URL } = await import('../db/fixtures');

let db: ReturnType<typeof freshDb>;
let notified: string[];
beforeEach(() => {
  db = freshDb();
  notified = [];
  sendMessage.mockReset();
});
afterEach(async () => {
  await db.delete();
});

const tab = { id: 7, url: `${SPEECH_URL}#x`, title: '讲话' };
const notify = (url: string) => notified.push(url);

test('the content script draft is stored as it is (with its text-quote context)', async () => {
  const fromPage = draft('市财政局要在3月底前完成方案', {
    anchor: { exact: '市财政局要在3月底前完成方案', prefix: '会议强调，', suffix: '。', start: 120, end: 134 },
    units: ['市财政局'],
  });
  sendMessage.mockResolvedValue({ ok: true, draft: fromPage });
  await clipSelection(db, { selectionText: '市财政局要在3月底前完成方案', frameId: 0 }, tab, notify);
  expect(sendMessage).toHaveBeenCalledWith(7, { type: 'selection-draft' }, { frameId: 0 });
  const [task] = await listTasks(db);
  expect(task.anchor).toEqual(fromPage.anchor);
  expect(notified).toEqual([SPEECH_URL]);
});

test('without a content script the selection itself is clipped, filled in by extract()', async () => {
  sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  await clipSelection(db, { selectionText: '市教育局要在6月底前完成校舍排查。' }, tab, notify);
  const [task] = await listTasks(db);
  expect(task.text).toBe('市教育局要在6月底前完成校舍排查。');
  expect(task.units).toContain('市教育局');
  expect(task.deadlines.map((d) => d.text)).toContain('6月底前');
  expect(task.due).toMatch(/^\d{4}-06-30$/);
  expect(task.source).toEqual({ url: tab.url, title: '讲话' });
  expect(notified).toHaveLength(1);
});

test('a reply that does not parse falls back to the selection too; an empty selection stores nothing', async () => {
  sendMessage.mockResolvedValue({ ok: true, draft: { text: '' } });
  await clipSelection(db, { selectionText: '年底前全面完成。' }, tab, notify);
  expect((await listTasks(db)).map((t) => t.text)).toEqual(['年底前全面完成。']);
  sendMessage.mockResolvedValue({ ok: true, draft: null });
  await clipSelection(db, { selectionText: '  ' }, tab, notify);
  expect(await listTasks(db)).toHaveLength(1);
});
