// The popup at its real size (420 × 560) in Chromium: six or more tasks in view, each with its unit, deadline and
// state; a start date (…后) reads 开始, never 截止 or 逾期; the section of a page of several speeches is named; the
// two exports say what they export. The screenshot goes to test-results/popup-420x560.png (looked at by eye).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TaskDraft } from '../../lib/domain/task';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './harness';

const SHOTS = join(ROOT, 'test-results');
const URL = 'https://www.example.gov.cn/2023/xiangmu.html';
const TITLE = '2023年项目推进会上的讲话内容(优质9篇)';
/** The list as of this day (popup.html?today=), a few days after the speeches' upload date. */
const TODAY = '2023-11-28';

function draft(text: string, section: string, extra: Partial<TaskDraft>): TaskDraft {
  return { text, units: [], deadlines: [], targets: [], source: { url: URL, title: TITLE }, section, anchor: { exact: text, prefix: '', suffix: '' }, ...extra };
}

// Sentences of the seed (corpus/seed/000_df3268c7679847d0.txt), with the fields a reader would mark.
const DRAFTS: TaskDraft[] = [
  draft('经济局要将市场主体培育作为各社区经济目标考核的重要内容,年底一并纳入绩效考核范围。', '项目推进会上的讲话内容篇一', {
    units: ['经济局'], deadlines: [{ text: '年底', kind: 'date', due: '2023-12-31' }], due: '2023-12-31',
  }),
  draft('国宝公司尾矿库建设要力争6月底投入使用,金鑫矿业公司尾矿库和共建中兴尾矿库建设10月底要达到使用条件。', '项目推进会上的讲话内容篇三', {
    units: ['国宝公司', '金鑫矿业公司'], deadlines: [{ text: '6月底', kind: 'date', due: '2023-06-30' }, { text: '10月底', kind: 'date', due: '2023-10-31' }], due: '2023-06-30',
  }),
  draft('对部分前期工作相对简单、目前已经基本完成的项目,2月17日(正月十五)后要抓紧开工;', '项目推进会上的讲话内容篇四', {
    deadlines: [{ text: '2月17日(正月十五)后', kind: 'start', due: '2024-02-17' }],
  }),
  draft('交通部门要切实加快小岭工业区尤其是大西沟矿山公路建设速度,进一步加强施工的组织管理,严把道路施工质量,确保当前生产不受影响,7月底大西沟整个矿区道路全线贯通。', '项目推进会上的讲话内容篇三', {
    units: ['交通部门'], deadlines: [{ text: '7月底', kind: 'date', due: '2024-07-31' }], due: '2024-07-31',
  }),
  draft('同时,县政府督查室、县发改局、县重点项目办要切实加强对重点项目前期工作的督促检查,发现问题,及时解决。', '项目推进会上的讲话内容篇四', {
    units: ['县政府督查室', '县发改局', '县重点项目办'],
  }),
  draft('每个县市区都要有5个以上、市直部门至少2个项目进入开工计划。', '项目推进会上的讲话内容篇六', {
    units: ['每个县市区', '市直部门'], targets: ['5个以上', '至少2个项目进入开工计划'],
  }),
  draft('发改局要加强重点项目的监测、统计、报告工作,重点项目建设情况每月底报县委县政府。', '项目推进会上的讲话内容篇八', {
    units: ['发改局'], deadlines: [{ text: '每月底', kind: 'recurring' }],
  }),
  draft('财政局要定期通报专项资金争取排名情况,进一步健全奖惩机制。', '项目推进会上的讲话内容篇九', { units: ['财政局'] }),
  draft('二是各乡镇和部门要对未开工项目强化衔接协调,及时跟进各项工作,全力落实建设条件,确保×月底前全部开工建设。', '项目推进会上的讲话内容篇八', {
    units: ['各乡镇', '部门'], deadlines: [{ text: '×月底前', kind: 'placeholder' }],
  }),
];
const START_ONLY = DRAFTS[2].text;

let browser: ExtensionBrowser;
let popup: Page;
let ids: string[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
  const sender = await browser.context.newPage();
  await sender.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const reply = await sender.evaluate((drafts) => (globalThis as any).chrome.runtime.sendMessage({ type: 'clip', drafts }), DRAFTS);
  expect(reply.ok).toBe(true);
  ids = reply.added;
  await sender.close();
  popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?today=${TODAY}`);
  await popup.waitForFunction((n) => document.querySelectorAll('[data-task-id]').length === n, DRAFTS.length);
});

afterAll(async () => {
  await browser?.close();
});

/** Rows whose whole box lies inside the scrolling list's visible box, with what of each row can be seen. */
async function visibleRows(page: Page) {
  return page.evaluate(() => {
    const area = document.querySelector('.list-area')!.getBoundingClientRect();
    const inside = (el: Element | null, box: DOMRect) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-task-id]')]
      .filter((row) => inside(row, area))
      .map((row) => {
        const meta = row.querySelector('.task-meta')!.getBoundingClientRect();
        const shown = (selector: string) => [...row.querySelectorAll(selector)].filter((el) => inside(el, meta)).length;
        return {
          text: row.querySelector('.task-text')!.textContent ?? '',
          checkbox: inside(row.querySelector('[data-luoshi-action="toggle-done"]'), area),
          units: [row.querySelectorAll('[data-field="unit"]').length, shown('[data-field="unit"]')],
          deadlines: [row.querySelectorAll('[data-field="deadline"]').length, shown('[data-field="deadline"]')],
          due: [row.querySelectorAll('[data-field="due"], [data-field="start"]').length, shown('[data-field="due"], [data-field="start"]')],
          meta: row.querySelector('.task-meta')!.textContent ?? '',
          mine: inside(row.querySelector('[data-field="mine"]'), area),
        };
      });
  });
}

test('at 420 × 560, six or more tasks are in view, each with its state, due date, units and deadline', async () => {
  await popup.mouse.move(0, 0);
  await popup.screenshot({ path: join(SHOTS, 'popup-420x560.png') });
  const rows = await visibleRows(popup);
  expect(rows.length, JSON.stringify(rows.map((r) => r.text.slice(0, 12)))).toBeGreaterThanOrEqual(6);
  for (const row of rows) {
    expect(row.checkbox, row.text).toBe(true);
    // the due date (or start date) chip and at least the first unit and deadline are on the row's one meta line
    if (row.due[0]) expect(row.due[1], row.text).toBe(row.due[0]);
    if (row.units[0]) expect(row.units[1], `${row.text}: ${row.meta}`).toBeGreaterThan(0);
    if (row.deadlines[0]) expect(row.deadlines[1], `${row.text}: ${row.meta}`).toBeGreaterThan(0);
  }
});

test('a start date reads 开始, never 截止 or 逾期, and the task sorts with the undated ones', async () => {
  const row = popup.locator('[data-task-id]', { hasText: START_ONLY });
  expect(await row.locator('[data-field="start"]').textContent()).toBe('开始 2024-02-17');
  expect(await row.locator('[data-field="due"]').count()).toBe(0);
  const meta = (await row.locator('.task-meta').textContent()) ?? '';
  expect(meta).not.toMatch(/截止|逾期/);
  // dated tasks first (by due date), then the others in clip order: the start-only task is not among the dated
  const order = await popup.locator('[data-task-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.taskId));
  expect(order.slice(0, 3)).toEqual([ids[1], ids[0], ids[3]]);
  expect(order).toContain(ids[2]);
  expect(order.indexOf(ids[2])).toBeGreaterThan(2);
  // …and the 已逾期 filter leaves it out, while 无截止日期 keeps it
  await popup.locator('[data-luoshi-control="due"]').selectOption('overdue');
  await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(1); // 6月底 (2023-06-30) before 2023-11-28
  await popup.locator('[data-luoshi-control="due"]').selectOption('none');
  await expect.poll(() => popup.locator('[data-task-id]', { hasText: START_ONLY }).count()).toBe(1);
  await popup.locator('[data-luoshi-control="due"]').selectOption('all');
});

test('overdue and days left count from ?today=', async () => {
  const overdue = popup.locator(`[data-task-id="${ids[1]}"] [data-field="due"]`);
  // within today's year the row leaves the year out; the chip's title gives the whole date
  expect(await overdue.textContent()).toBe('截止 06-30 · 逾期 151 天'); // 2023-06-30 → 2023-11-28
  expect(await overdue.getAttribute('title')).toBe('截止 2023-06-30');
  expect(await popup.locator(`[data-task-id="${ids[0]}"] [data-field="due"]`).textContent()).toBe('截止 12-31 · 剩余 33 天');
});

test('each row names its section (the speech of a page of nine)', async () => {
  expect(await popup.locator(`[data-task-id="${ids[0]}"] [data-field="section"]`).textContent()).toBe('项目推进会上的讲话内容篇一');
  expect(await popup.locator(`[data-task-id="${ids[5]}"] [data-field="section"]`).textContent()).toBe('项目推进会上的讲话内容篇六');
});

test('the two exports say what they export; buttons and hints are at least 12 px', async () => {
  expect(await popup.locator('[data-luoshi-action="export-csv"]').textContent()).toBe(`导出当前列表（${DRAFTS.length}）`);
  expect(await popup.locator('[data-luoshi-action="export-csv-all"]').textContent()).toBe(`全部导出（${DRAFTS.length}）`);
  const sizes = await popup.evaluate(() =>
    [...document.querySelectorAll('button, .shortcuts, .shown-count, .luoshi-export__restore')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
  );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
});

test('a row shows its source link, edit and delete when hovered, and to the keyboard when tabbed into', async () => {
  const row = popup.locator(`[data-task-id="${ids[0]}"]`);
  const actions = row.locator('.task-actions');
  const opacity = () => actions.evaluate((el) => getComputedStyle(el).opacity);
  await popup.mouse.move(0, 0);
  expect(await opacity()).toBe('0');
  await row.hover();
  expect(await opacity()).toBe('1');
  await popup.mouse.move(0, 0);
  await row.locator('[data-luoshi-action="toggle-done"]').focus();
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.luoshiAction)).toBe('open-source');
  expect(await opacity()).toBe('1');
  await popup.screenshot({ path: join(SHOTS, 'popup-420x560-focus.png') });
});

test('with my units set (issue 12), the header keeps one title line and six or more mine rows are in view with their ★', async () => {
  // seven of the drafts are mine: 经济局, 国宝公司, 交通部门 (an alias), 县发改局, 发改局 (the county's), 财政局, and
  // 市直部门 (a collective that may include 经济局 and 财政局, written without their level); not 各乡镇 and 部门
  const myUnits = '经济局\n国宝公司|enterprise\n县交通局=交通部门\n县发改局\n财政局';
  await popup.evaluate((text) => (globalThis as any).chrome.storage.local.set({ settings: { myUnits: text } }), myUnits);
  const mineToggle = popup.locator('[data-luoshi-filter="mine"]');
  await mineToggle.waitFor();
  await popup.reload(); // 我的任务 is on by default when the popup opens with units set
  await expect.poll(() => mineToggle.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(7);
  await popup.mouse.move(0, 0);
  await popup.screenshot({ path: join(SHOTS, 'popup-420x560-mine.png') });
  // the title row holds 任务清单, its count and the three page buttons on one line, as high as a button
  const heights = await popup.evaluate(() => ({
    row: document.querySelector('.title-row')!.getBoundingClientRect().height,
    button: document.querySelector('[data-luoshi-action="clip-mine"]')!.getBoundingClientRect().height,
    h1: document.querySelector('h1')!.getBoundingClientRect().height,
  }));
  expect(heights.row).toBeLessThanOrEqual(heights.button + 1);
  expect(heights.h1).toBeLessThanOrEqual(26); // one line of 16 px text at line-height 1.55 (24.8 px), not two
  const rows = await visibleRows(popup);
  expect(rows.length, JSON.stringify(rows.map((r) => r.text.slice(0, 12)))).toBeGreaterThanOrEqual(6);
  for (const row of rows) {
    expect(row.mine, row.text).toBe(true);
    // the ★ takes nothing of the meta line: the due date, a unit and a deadline still show
    if (row.due[0]) expect(row.due[1], row.text).toBe(row.due[0]);
    if (row.units[0]) expect(row.units[1], `${row.text}: ${row.meta}`).toBeGreaterThan(0);
    if (row.deadlines[0]) expect(row.deadlines[1], `${row.text}: ${row.meta}`).toBeGreaterThan(0);
  }
});
