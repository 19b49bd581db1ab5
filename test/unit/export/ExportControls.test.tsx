// @vitest-environment happy-dom
// The popup controls wired to the real CSV, backup and restore code, over a fake-indexeddb database.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Task } from '../../../lib/domain/task';
import { freshDb } from '../db/fixtures';
import { makeTask } from './fixtures';

vi.mock('wxt/browser', () => ({ browser: {} }));
const settings = vi.hoisted(() => ({ csvHeaders: 'zh' as 'zh' | 'en' }));
vi.mock('../../../lib/settings', () => ({
  DEFAULT_SETTINGS: { csvHeaders: 'zh' },
  getSettings: async () => ({ ...settings }),
}));
const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string; type: string }>);
/** set to make the next download fail as the browser would (e.g. out of memory for the Blob) */
const failDownload = vi.hoisted(() => ({ next: undefined as Error | undefined }));
vi.mock('../../../lib/export/download', () => ({
  downloadText: (name: string, text: string, type: string) => {
    const failure = failDownload.next;
    failDownload.next = undefined;
    if (failure) throw failure;
    downloads.push({ name, text, type });
  },
}));
// t() as Chrome does it, from the real zh_CN fragment: named placeholders filled from $1, $2, …
vi.mock('../../../lib/i18n', () => {
  const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../locales/zh_CN/export.json'), 'utf8'));
  return {
    t(key: string, subs?: string | string[]) {
      const entry = messages[key];
      if (!entry) return key;
      const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message.replace(/\$([A-Z_]+)\$/g, (_: string, name: string) => {
        const content: string = entry.placeholders[name.toLowerCase()].content;
        return values[Number(content.slice(1)) - 1];
      });
    },
  };
});

const { ExportControls } = await import('../../../components/popup/ExportControls');
const db = freshDb();
const { backupToJson } = await import('../../../lib/export/backup');

let root: HTMLElement;
beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  downloads.length = 0;
  failDownload.next = undefined;
  settings.csvHeaders = 'zh';
  await db.tasks.clear();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-luoshi-action="${action}"]`)!;

function mount(shownTasks: Task[], allTasks: Task[]) {
  render(<ExportControls db={db} shownTasks={shownTasks} allTasks={allTasks} />, root);
}

test('a CSV download that fails tells the reader why; the next one works', async () => {
  mount([makeTask({ text: '甲任务' })], [makeTask({ text: '甲任务' })]);
  failDownload.next = new Error('QuotaExceededError');
  button('export-csv').click();
  await vi.waitFor(() => expect(root.querySelector('[data-luoshi-export-notice]')?.textContent).toBe('导出失败：QuotaExceededError'));
  expect(root.querySelector('[data-luoshi-export-notice]')?.getAttribute('data-kind')).toBe('error');
  expect(downloads).toHaveLength(0);
  button('export-csv').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
});

test('export-csv downloads exactly the shown tasks, in their order; the other button exports all', async () => {
  const [a, b, c] = [makeTask({ text: '甲任务' }), makeTask({ text: '乙任务' }), makeTask({ text: '丙任务' })];
  mount([c, a], [a, b, c]);
  expect(button('export-csv').textContent).toContain('2');
  button('export-csv').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0].name).toMatch(/^落实任务_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(downloads[0].type).toBe('text/csv;charset=utf-8');
  const lines = downloads[0].text.split('\r\n');
  expect(lines[0].startsWith('\uFEFF序号,任务内容,')).toBe(true);
  expect(lines.slice(1, 3).map((line) => line.split(',')[1])).toEqual(['丙任务', '甲任务']);
  expect(lines).toHaveLength(4); // header, two rows, '' after the last CRLF

  button('export-csv-all').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(2));
  expect(downloads[1].text.split('\r\n')).toHaveLength(5);
});

test('the CSV header language follows settings.csvHeaders', async () => {
  settings.csvHeaders = 'en';
  mount([makeTask({ status: 'done' })], []);
  button('export-csv').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0].text.startsWith('\uFEFFNo.,Task,Responsible units,')).toBe(true);
  expect(downloads[0].text).toContain(',Done,');
});

test('nothing to export: the CSV buttons are disabled', () => {
  mount([], []);
  expect(button('export-csv').disabled).toBe(true);
  expect(button('export-csv-all').disabled).toBe(true);
  expect(button('backup').disabled).toBe(false);
});

test('backup downloads the whole database, not just the tasks passed in', async () => {
  const stored = [makeTask(), makeTask()];
  for (const task of stored) await db.tasks.add({ ...task, dedupeKey: `k-${task.id}` });
  mount([], []);
  button('backup').click();
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0].name).toMatch(/^落实备份_\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(downloads[0].text);
  expect(backup).toMatchObject({ format: 'luoshi-backup', version: 1 });
  expect(backup.tasks.map((task: Task) => task.id).sort()).toEqual(stored.map((task) => task.id).sort());
});

async function chooseFile(text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type=file][data-luoshi-action="restore"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'backup.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const notice = () => root.querySelector('[role="status"]')?.textContent ?? '';

test('restore reports added, skipped and rejected counts with the reasons', async () => {
  const existing = makeTask({ note: '读者改过' });
  await db.tasks.add({ ...existing, dedupeKey: 'already-here' });
  mount([], []);
  const json = backupToJson([{ ...existing, note: '旧' }, makeTask(), makeTask()]).replace(
    '"tasks": [',
    '"tasks": [{"id":"bad"},',
  );
  await chooseFile(json);
  await vi.waitFor(() => expect(notice()).toContain('新增 2 条，跳过重复 1 条，拒绝 1 条'));
  expect(notice()).toContain('第 1 条：');
  expect(await db.tasks.count()).toBe(3);
  expect((await db.tasks.get(existing.id))?.note).toBe('读者改过');
});

test('a file that is not a backup writes nothing and says what to choose instead', async () => {
  mount([], []);
  await chooseFile('序号,任务内容\r\n1,x\r\n');
  await vi.waitFor(() => expect(notice()).toContain('这不是 JSON 文件'));
  expect(root.querySelector('[role="status"]')?.getAttribute('data-kind')).toBe('error');
  expect(await db.tasks.count()).toBe(0);
});
