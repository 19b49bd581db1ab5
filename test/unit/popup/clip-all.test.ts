// 摘录全部 and 只摘录我的 together (issues 11 and 12): clipAll splits the page's drafts into work orders and the rest,
// after keeping only mine when asked, and sends the background exactly the chosen ones. The drafts of the tab's
// other frames with highlights (issue 10 §3: the background names them) are taken with the top frame's.
import { beforeEach, expect, test, vi } from 'vitest';
import { isMineTask, parseMyUnits } from '../../../lib/domain/mine';
import type { TaskDraft } from '../../../lib/domain/task';

const tabsSend = vi.hoisted(() => vi.fn());
const runtimeSend = vi.hoisted(() => vi.fn());
vi.mock('wxt/browser', () => ({ browser: { tabs: { sendMessage: tabsSend }, runtime: { sendMessage: runtimeSend } } }));
const { clipAll } = await import('../../../components/popup/page-actions');

const URL = 'https://www.example.gov.cn/speech.html';
function draft(text: string, units: string[], deadlines: TaskDraft['deadlines'] = []): TaskDraft {
  return { text, units, deadlines, targets: [], source: { url: URL, title: '讲话' }, anchor: { exact: text, prefix: '', suffix: '' } };
}

// Checked by hand against lib/tasks/work-orders.ts (a specific unit with a deadline, target or strong directive)
// and lib/domain/mine.ts (my unit 县发改局, a county department: 发改局 and 各部门 include it, 各企业 does not).
const MINE_ORDER = draft('县发改局要在6月底前完成项目申报。', ['县发改局'], [{ text: '6月底前', kind: 'date', due: '2026-06-30' }]);
const MINE_REST = draft('发改局要结合全省要求，积极主动谋项目。', ['发改局']); // mine by name; no deadline, target or order word
const OTHER_ORDER = draft('财政局要在9月底前拨付资金。', ['财政局'], [{ text: '9月底前', kind: 'date', due: '2026-09-30' }]);
const OTHER_REST = draft('各企业要讲诚信。', ['各企业']); // not mine, and 企业 is no one in particular
const MINE_COLLECTIVE = draft('各部门要讲诚信。', ['各部门']); // mine as a collective, not a work order
const PAGE = [MINE_ORDER, MINE_REST, OTHER_ORDER, OTHER_REST, MINE_COLLECTIVE];

const { units } = parseMyUnits('县发改局');
const mine = (d: TaskDraft) => isMineTask(d, units);

/** The clip messages the popup sent the background. */
const clips = () => runtimeSend.mock.calls.filter(([request]) => request.type === 'clip');
/** The texts the popup asked the background to store, per clip message. */
const sent = () => clips().map(([request]) => (request.drafts as TaskDraft[]).map((d) => d.text));
/** the frames the background names for the tab (none but the top one, unless a test says otherwise) */
let frameIds: number[] = [];

beforeEach(() => {
  frameIds = [];
  tabsSend.mockReset().mockResolvedValue({ ok: true, drafts: PAGE, title: '讲话' });
  runtimeSend.mockReset().mockImplementation(async (request: { type: string; drafts: TaskDraft[] }) =>
    request.type === 'tab-frames'
      ? { ok: true, frameIds }
      : { ok: true, added: request.drafts.map((_, i) => `id-${i}`), existing: [] },
  );
});

test('the hand-made page is what the comments say', () => {
  expect(PAGE.map(mine)).toEqual([true, true, false, false, true]);
});

test('摘录全部 stores the work orders and counts the rest; clip-rest stores the rest', async () => {
  expect(await clipAll(3)).toEqual({ kind: 'clipped', added: 2, existing: 0, rest: 3 });
  expect(await clipAll(3, { scope: 'rest' })).toEqual({ kind: 'clipped', added: 3, existing: 0, rest: 0 });
  expect(sent()).toEqual([
    [MINE_ORDER.text, OTHER_ORDER.text],
    [MINE_REST.text, OTHER_REST.text, MINE_COLLECTIVE.text],
  ]);
  // the top frame answers for the page
  expect(tabsSend).toHaveBeenCalledWith(3, { type: 'page-tasks' }, { frameId: 0 });
});

test('a speech in a frame: its drafts are clipped with the top frame\'s', async () => {
  frameIds = [7];
  const IN_FRAME = draft('县交通局要在11月底前完成道路验收。', ['县交通局'], [{ text: '11月底前', kind: 'date', due: '2026-11-30' }]);
  tabsSend.mockImplementation(async (_tab: number, _request: unknown, options: { frameId: number }) =>
    options.frameId === 7 ? { ok: true, drafts: [IN_FRAME], title: '框架' } : { ok: true, drafts: [OTHER_ORDER], title: '讲话' },
  );
  expect(await clipAll(3)).toEqual({ kind: 'clipped', added: 2, existing: 0, rest: 0 });
  expect(sent()).toEqual([[OTHER_ORDER.text, IN_FRAME.text]]);
  expect(tabsSend).toHaveBeenCalledWith(3, { type: 'page-tasks' }, { frameId: 7 });
});

test('只摘录我的 stores my work orders, offers the rest of mine, and clip-rest then stores only mine', async () => {
  expect(await clipAll(3, { only: mine })).toEqual({ kind: 'clipped', added: 1, existing: 0, rest: 2 });
  expect(await clipAll(3, { scope: 'rest', only: mine })).toEqual({ kind: 'clipped', added: 2, existing: 0, rest: 0 });
  expect(sent()).toEqual([[MINE_ORDER.text], [MINE_REST.text, MINE_COLLECTIVE.text]]);
});

test('nothing of mine on the page: nothing-found, and nothing is sent', async () => {
  const none = parseMyUnits('杏坪镇|township').units; // no township and no 各乡镇 on this page
  expect(await clipAll(3, { only: (d) => isMineTask(d, none) })).toEqual({ kind: 'nothing-found' });
  expect(clips()).toEqual([]);
});

test('mine but no work order among them: nothing clipped, the rest offered', async () => {
  tabsSend.mockResolvedValue({ ok: true, drafts: [MINE_REST, OTHER_ORDER, MINE_COLLECTIVE], title: '讲话' });
  expect(await clipAll(3, { only: mine })).toEqual({ kind: 'clipped', added: 0, existing: 0, rest: 2 });
  expect(clips()).toEqual([]);
});

test('no tab, or a page without the content script', async () => {
  expect(await clipAll(undefined, { only: mine })).toEqual({ kind: 'no-tab' });
  tabsSend.mockRejectedValue(new Error('Could not establish connection'));
  expect(await clipAll(3)).toEqual({ kind: 'no-content-script' });
});
