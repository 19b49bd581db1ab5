// Export, backup and restore in Chromium with the built extension: the popup page in a tab, real downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Task, TaskDraft } from '../../lib/domain/task';
import { EN_HEADER, parseCsv, rowEnds, ZH_HEADER } from '../unit/export/csvReading';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './harness';

const PAGE = 'https://www.example.gov.cn/2025/speech.html';
const TITLE = '在全市重点工作推进会上的讲话';

function draft(text: string, extra: Partial<TaskDraft> = {}): TaskDraft {
  return {
    text,
    units: ['发展改革委', '财政局'],
    deadlines: [{ text: '6月底前', kind: 'date', due: '2025-06-30' }],
    targets: ['完成率100%'],
    due: '2025-06-30',
    source: { url: PAGE, title: TITLE },
    anchor: { exact: text, prefix: '', suffix: '' },
    ...extra,
  };
}

// What page text may hold: CSV metacharacters, formulas, emoji with a skin-tone modifier, rare CJK.
// (No leading tab: a draft's text is trimmed on the way in; the unit tests cover it.)
const DRAFTS: TaskDraft[] = [
  draft('=HYPERLINK("http://evil.example/","点此")要求各地落实'),
  draft('甲,"乙"\r\n丙：年底前完成改造', { units: ['=1+1'] }),
  draft('@SUM(1+1) 点赞👍🏻 生僻字𠀀𪚥', { deadlines: [], due: undefined, targets: [] }),
  draft('-1 表示下降，+2 表示增长'),
];
// How each text must read in the CSV: formula-like ones with one leading apostrophe, nothing else changed.
const EXPECTED_TEXT = [
  '\'=HYPERLINK("http://evil.example/","点此")要求各地落实',
  '甲,"乙"\r\n丙：年底前完成改造',
  "'@SUM(1+1) 点赞👍🏻 生僻字𠀀𪚥",
  "'-1 表示下降，+2 表示增长",
];

let browser: ExtensionBrowser;
let page: Page;
/** the extension's export_ strings in the language Chromium chose for its UI */
let strings: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // Chromium picks the extension's locale from the system language (the harness's --lang does not always win)
  const shown: string = await page.evaluate(() => (globalThis as any).chrome.i18n.getMessage('export_backup'));
  const fragments = ['zh_CN', 'en'].map((lang) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'export.json'), 'utf8')));
  strings = fragments.find((fragment) => fragment.export_backup.message === shown)!;
  expect(strings, `locale of ${shown}`).toBeDefined();
});

/** A message as chrome.i18n.getMessage fills it: named placeholders from $1, $2, … */
function message(key: string, subs: string[] = []): string {
  const entry = strings[key];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders![name.toLowerCase()].content;
    return subs[Number(content.slice(1)) - 1];
  });
}

// Chromium drops an 11th download fired within about a second from one document; a fresh document per test
// keeps each test well under that (a reader never clicks that fast).
beforeEach(async () => {
  await page.reload();
});
afterAll(async () => {
  await browser?.close();
});

const localDate = (date = new Date()) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

async function download(action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-luoshi-action="${action}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Chooses a file in the restore input and waits for the report that contains `expected`. */
async function restore(name: string, text: string, expected: string): Promise<string> {
  await page.setInputFiles('input[type=file][data-luoshi-action="restore"]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  const notice = page.locator('[data-luoshi-export-notice]');
  await expect.poll(async () => ((await notice.count()) > 0 ? await notice.textContent() : '')).toContain(expected);
  return (await notice.textContent()) ?? '';
}

async function backupTasks(): Promise<Task[]> {
  const { name, bytes } = await download('backup');
  expect(name).toBe(`落实备份_${localDate()}.json`);
  const backup = JSON.parse(bytes.toString('utf8'));
  expect(backup).toMatchObject({ format: 'luoshi-backup', version: 1 });
  return backup.tasks;
}

test('clipped tasks export as a CSV whose bytes are what the unit tests promise', async () => {
  const reply = await page.evaluate(
    (drafts) => (globalThis as any).chrome.runtime.sendMessage({ type: 'clip', drafts }),
    DRAFTS,
  );
  expect(reply).toMatchObject({ ok: true });
  expect(reply.added).toHaveLength(DRAFTS.length);

  // the popup lists what was clipped; the shown-tasks button counts it
  const exportButton = page.locator('[data-luoshi-action="export-csv"]');
  await expect.poll(async () => (await exportButton.isEnabled()) && (await exportButton.textContent())).toContain(String(DRAFTS.length));

  const { name, bytes } = await download('export-csv');
  expect(name).toBe(`落实任务_${localDate()}.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect([...bytes.subarray(-2)]).toEqual([0x0d, 0x0a]);
  expect(rowEnds(bytes.subarray(3))).toEqual(Array(DRAFTS.length + 1).fill('CRLF'));

  const rows = parseCsv(bytes.toString('utf8'));
  expect(rows[0]).toEqual(ZH_HEADER);
  expect(rows.slice(1).map((row) => row[1]).sort()).toEqual([...EXPECTED_TEXT].sort());
  for (const row of rows) expect(row).toHaveLength(ZH_HEADER.length);
  expect(rows.slice(1).map((row) => row[0])).toEqual(DRAFTS.map((_, i) => String(i + 1)));
  const second = rows.find((row) => row[1] === EXPECTED_TEXT[1])!;
  expect(second[2]).toBe("'=1+1");
  const first = rows.find((row) => row[1] === EXPECTED_TEXT[0])!;
  expect(first.slice(2)).toEqual([
    '发展改革委、财政局',
    '6月底前',
    '2025-06-30',
    '完成率100%',
    '待办',
    '',
    TITLE,
    PAGE,
    expect.stringMatching(new RegExp(`^${localDate()} \\d{2}:\\d{2}$`)),
  ]);
});

test('English headers when settings.csvHeaders is en', async () => {
  await page.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { csvHeaders: 'en' } }));
  const rows = parseCsv((await download('export-csv-all')).bytes.toString('utf8'));
  expect(rows[0]).toEqual(EN_HEADER);
  expect(rows.slice(1).every((row) => row[6] === 'To do')).toBe(true);
  await page.evaluate(() => (globalThis as any).chrome.storage.local.remove('settings'));
});

test('责任单位 under standard names when settings.csvUnits is normalised', async () => {
  await page.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { csvUnits: 'normalised' } }));
  const rows = parseCsv((await download('export-csv-all')).bytes.toString('utf8'));
  // 发展改革委 is the short form of 发展和改革委员会 (unit-names.data.ts); 财政局 is its own full name
  expect(rows.find((row) => row[1] === EXPECTED_TEXT[0])![2]).toBe('发展和改革委员会、财政局');
  await page.evaluate(() => (globalThis as any).chrome.storage.local.remove('settings'));
});

test('backup holds the whole list; restore adds new tasks, skips duplicates, rejects invalid ones', async () => {
  const before = await backupTasks();
  expect(before.map((task) => task.text).sort()).toEqual(DRAFTS.map((d) => d.text).sort());

  const original = before.find((task) => task.text === DRAFTS[0].text)!;
  const brandNew: Task = {
    ...original,
    id: 'restored-from-another-computer',
    text: '新增的任务：三季度末前完成',
    anchor: { exact: '新增的任务：三季度末前完成', prefix: '', suffix: '' },
    status: 'doing',
    note: '从备份恢复',
  };
  const sameSentenceOtherId = { ...original, id: 'same-sentence-other-id', note: '旧备注，不得覆盖' };
  const sameId = { ...original, note: '旧备注，不得覆盖' };
  const json = JSON.stringify({
    format: 'luoshi-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    tasks: [sameId, brandNew, { id: 'broken', text: '' }, sameSentenceOtherId],
  });
  const report = await restore('落实备份.json', json, message('export_restore_report', ['1', '2', '1']));
  expect(report).toContain(message('export_restore_rejected_item', ['3', 'text: ']));

  const after = await backupTasks();
  expect(after).toHaveLength(before.length + 1);
  for (const task of before) expect(after.find((t) => t.id === task.id)).toEqual(task);
  expect(after.find((t) => t.id === brandNew.id)).toEqual(brandNew);

  // the same file again adds nothing
  await restore('落实备份.json', json, message('export_restore_report', ['0', '3', '1']));
});

test('a file that is not a Luoshi backup writes nothing and says what to choose', async () => {
  const before = await backupTasks();
  const csv = (await download('export-csv-all')).bytes.toString('utf8');
  await restore('落实任务.csv', csv, message('export_error_not_json'));
  await restore('other.json', '{"items":[1,2,3]}', message('export_error_not_backup'));
  await restore('empty.json', '', message('export_error_empty'));
  expect(await backupTasks()).toEqual(before);
});

test('export-csv gives what the search shows, in the order shown; export all ignores the search', async () => {
  const rowsOf = async (action: string) => parseCsv((await download(action)).bytes.toString('utf8')).slice(1);
  const total = (await backupTasks()).length;
  const search = page.locator('[data-luoshi-control="search"]');
  await search.fill('改造');
  await expect.poll(() => page.locator('li[data-task-id]').count()).toBe(1);
  expect((await rowsOf('export-csv')).map((row) => row[1])).toEqual([EXPECTED_TEXT[1]]);
  expect(await rowsOf('export-csv-all')).toHaveLength(total);

  await search.fill('');
  await expect.poll(() => page.locator('li[data-task-id]').count()).toBe(total);
  const shownIds = await page.locator('li[data-task-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-task-id')));
  const textById = new Map((await backupTasks()).map((task) => [task.id, task.text]));
  const unneutralised = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
  expect((await rowsOf('export-csv')).map((row) => unneutralised(row[1]))).toEqual(shownIds.map((id) => textById.get(id!)));
});

test('keyboard: Enter on the export button downloads; Tab from backup reaches the restore file input', async () => {
  await expect.poll(() => page.locator('[data-luoshi-action="export-csv"]').isEnabled()).toBe(true); // the list has loaded
  await page.focus('[data-luoshi-action="export-csv"]');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe(`落实任务_${localDate()}.csv`);
  await page.focus('[data-luoshi-action="backup"]');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('input[type=file][data-luoshi-action="restore"]'))).toBe(true);
});
