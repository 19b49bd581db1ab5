// The popup and the background in Chromium with the built extension: seeding through 'clip' messages, the list
// with units / deadline / due date, edit, done, delete + undo, the badge, a stopped service worker, two pages
// clipping at once, live updates, and 摘录全部 on the seed page. Screenshots at popup size go to test-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { TaskDraft } from '../../lib/domain/task';
import { launchWithExtension, ROOT, seedText, servePages, type ExtensionBrowser, type PageServer } from './harness';

const SHOTS = join(ROOT, 'test-results');
const SPEECH = 'https://www.example.gov.cn/2026/speech.html';
const TITLE = '在全市经济工作会议上的讲话';

function draft(text: string, extra: Partial<TaskDraft> = {}): TaskDraft {
  return {
    text,
    units: [],
    deadlines: [],
    targets: [],
    source: { url: SPEECH, title: TITLE },
    anchor: { exact: text, prefix: '', suffix: '' },
    ...extra,
  };
}

const FINANCE = draft('市财政局、市发展改革委要在3月底前完成全市债务风险排查，确保年内化解率达到30%以上。', {
  units: ['市财政局', '市发展改革委'],
  deadlines: [{ text: '3月底前', kind: 'date', due: '2026-03-31' }],
  targets: ['化解率达到30%以上'],
  due: '2026-03-31',
});
const EDUCATION = draft('市教育局牵头，秋季开学前新增学位5000个。', {
  units: ['市教育局'],
  deadlines: [{ text: '秋季开学前', kind: 'date', due: '2026-09-01' }],
  targets: ['新增学位5000个'],
  due: '2026-09-01',
});
const ONGOING = draft('各区县要长期坚持安全生产大检查，做到全覆盖、无死角。', {
  units: ['各区县'],
  deadlines: [{ text: '长期坚持', kind: 'ongoing' }],
});

let browser: ExtensionBrowser;
let server: PageServer;
let popup: Page;
/** whether the popup shows the Chinese strings (Chromium's UI language, zh-CN in the harness) */
let zh: boolean;

async function openPopup(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 560 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
  await page.waitForSelector('.popup');
  return page;
}

/** Sends a request to the background from an extension page, as the content script or popup would. */
function send(page: Page, message: unknown): Promise<any> {
  return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
}

/** Read from an extension page: the worker object Playwright holds goes stale once the worker is stopped. */
async function badge(): Promise<string> {
  return popup.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
}

async function taskCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('luoshi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('tasks').objectStore('tasks').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );
}

const row = (page: Page, id: string) => page.locator(`[data-task-id="${id}"]`);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>项目推进会上的讲话</title></head><body><article>${seedText()
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article></body></html>`;
  server = await servePages({ '/seed.html': html, '/plain.html': '<!doctype html><title>空白页</title><p>今天天气很好。</p>' });
  browser = await launchWithExtension();
  popup = await openPopup();
  zh = (await popup.evaluate(() => (globalThis as any).chrome.i18n.getMessage('popup_clipAll'))) === '摘录全部';
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup and background', () => {
  test('empty state tells a new reader what to do; badge is empty', async () => {
    await expect.poll(() => popup.locator('[data-luoshi-empty="first-use"]').count()).toBe(1);
    const steps = await popup.locator('.empty li').allTextContents();
    expect(steps).toHaveLength(3);
    expect(zh).toBe(true);
    expect(steps.join('')).toContain('摘录全部');
    expect(await popup.locator('[data-luoshi-action="clip-all"]').isVisible()).toBe(true);
    expect(await badge()).toBe('');
    await popup.screenshot({ path: join(SHOTS, 'popup-empty.png') });
  });

  test('an invalid message gets an error and writes nothing', async () => {
    const reply = await send(popup, { type: 'clip', drafts: [{ ...FINANCE, text: '' }] });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/invalid message/);
    expect((await send(popup, { type: 'nonsense' })).ok).toBe(false);
    expect(await taskCount(popup)).toBe(0);
  });

  test('the context menu 摘录为任务 is registered for selections', async () => {
    // update() rejects for a menu id that does not exist
    const updated = await popup.evaluate(() =>
      (globalThis as any).chrome.contextMenus.update('luoshi-clip-selection', { contexts: ['selection'] }).then(
        () => 'exists',
        (error: Error) => error.message,
      ),
    );
    expect(updated).toBe('exists');
    const missing = await popup.evaluate(() =>
      (globalThis as any).chrome.contextMenus.update('no-such-menu', {}).then(() => 'exists', () => 'missing'),
    );
    expect(missing).toBe('missing');
  });

  let ids: string[] = [];
  test('clipped tasks show up live with units, deadline and due date, sorted by due; the badge counts them', async () => {
    const sender = await openPopup(); // another extension page: the list must update without reload
    const reply = await send(sender, { type: 'clip', drafts: [ONGOING, EDUCATION, FINANCE] });
    expect(reply.ok).toBe(true);
    expect(reply.added).toHaveLength(3);
    ids = reply.added;
    await sender.close();

    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(3);
    const financeRow = row(popup, ids[2]);
    expect(await financeRow.locator('[data-field="unit"]').allTextContents()).toEqual(['市财政局', '市发展改革委']);
    expect(await financeRow.locator('[data-field="deadline"]').allTextContents()).toEqual(['3月底前']);
    expect(await financeRow.locator('[data-field="due"]').getAttribute('data-due')).toBe('2026-03-31');
    // sorted by due: March, September, then the undated one
    const order = await popup.locator('[data-task-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id')));
    expect(order).toEqual([ids[2], ids[1], ids[0]]);
    await expect.poll(badge).toBe('3');

    // clipping the same sentences again adds nothing
    const again = await send(popup, { type: 'clip', drafts: [FINANCE] });
    expect(again).toEqual({ ok: true, added: [], existing: [ids[2]] });
    await popup.screenshot({ path: join(SHOTS, 'popup-list.png') });
  });

  test('the source link is a text-fragment URL of the sentence', async () => {
    const href = await row(popup, ids[1]).locator('a.task-source').getAttribute('href');
    expect(href).toBe(`${SPEECH}#:~:text=${encodeURIComponent(EDUCATION.text).replace(/-/g, '%2D')}`);
  });

  test('edit in place: Enter saves, Escape cancels, keyboard focus returns to the row', async () => {
    const target = row(popup, ids[1]);
    await target.locator('[data-luoshi-action="edit"]').click();
    await target.locator('[data-field="text"]').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-edit.png') });
    await target.locator('[data-field="units"]').fill('市教育局、市发展改革委');
    await target.locator('[data-field="note"]').fill('周五前报送进度');
    await target.locator('[data-field="deadlines"]').fill('8月底前');
    await target.locator('[data-field="deadlines"]').press('Enter');
    await expect.poll(() => target.locator('[data-field="unit"]').allTextContents()).toEqual(['市教育局', '市发展改革委']);
    expect(await target.locator('.task-note').textContent()).toBe('周五前报送进度');
    expect(await target.locator('[data-field="deadline"]').allTextContents()).toEqual(['8月底前']);
    // the engine read the new deadline, relative to the day the task was clipped
    expect(await target.locator('[data-field="due"]').getAttribute('data-due')).toMatch(/20\d\d-08-31/);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-luoshi-action'))).toBe('edit');

    await popup.keyboard.press('Enter'); // the focused edit button opens the editor again
    await target.locator('[data-field="text"]').fill('被取消的修改');
    await popup.keyboard.press('Escape');
    await expect.poll(() => target.locator('[data-field="text"]').count()).toBe(0);
    expect(await target.locator('.task-text').textContent()).toBe(EDUCATION.text);
  });

  test('an empty text is refused with a message, nothing saved', async () => {
    const target = row(popup, ids[0]);
    await target.locator('[data-luoshi-action="edit"]').click();
    await target.locator('[data-field="text"]').fill('   ');
    await target.locator('[data-luoshi-action="save"]').click();
    expect(await target.locator('[role="alert"]').count()).toBe(1);
    await target.locator('[data-luoshi-action="cancel"]').click();
    expect(await target.locator('.task-text').textContent()).toBe(ONGOING.text);
  });

  test('mark done: the badge drops, the row moves after the open ones', async () => {
    await row(popup, ids[2]).locator('[data-luoshi-action="toggle-done"]').check();
    await expect.poll(badge).toBe('2');
    await expect.poll(() => row(popup, ids[2]).getAttribute('data-status')).toBe('done');
    const order = await popup.locator('[data-task-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id')));
    expect(order[order.length - 1]).toBe(ids[2]);
  });

  test('delete, then undo from the keyboard brings the task back', async () => {
    await row(popup, ids[1]).locator('[data-luoshi-action="delete"]').click();
    await expect.poll(() => row(popup, ids[1]).count()).toBe(0);
    await expect.poll(badge).toBe('1');
    const undo = popup.locator('[data-luoshi-action="undo"]');
    await undo.waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-undo.png') });
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-luoshi-action'))).toBe('undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => row(popup, ids[1]).count()).toBe(1);
    expect(await row(popup, ids[1]).locator('.task-note').textContent()).toBe('周五前报送进度');
    await expect.poll(badge).toBe('2');
  });

  test('search and filters narrow the list', async () => {
    await popup.keyboard.press('Escape');
    await popup.locator('body').press('/');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-luoshi-control'))).toBe('search');
    await popup.keyboard.type('教育 局');
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(1);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(3);
    await popup.locator('[data-luoshi-control="status"]').selectOption('done');
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(1);
    await popup.locator('[data-luoshi-control="status"]').selectOption('all');
    await popup.locator('[data-luoshi-control="due"]').selectOption('none');
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(1);
    await popup.locator('[data-luoshi-control="due"]').selectOption('all');
    await popup.locator('[data-luoshi-control="unit"]').selectOption('市发展改革委');
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(2);
    await popup.locator('[data-luoshi-control="unit"]').selectOption('');
    await popup.locator('[data-luoshi-control="order"]').selectOption('source');
    expect(await popup.locator('.group').count()).toBe(1);
    await popup.screenshot({ path: join(SHOTS, 'popup-grouped.png') });
    await popup.locator('[data-luoshi-control="order"]').selectOption('due');
  });

  test('a clip sent while the service worker is stopped is still stored', async () => {
    const before = await taskCount(popup);
    // Playwright does not notice a stopped worker; DevTools' ServiceWorker domain reports its running status.
    const cdp = await browser.context.newCDPSession(popup);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string; scriptURL: string }[] }) => {
      for (const v of versions) if (v.scriptURL.includes(browser.extensionId)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');

    const reply = await send(popup, { type: 'clip', drafts: [draft('第二批：市住建局要在6月底前完成老旧小区改造。', { units: ['市住建局'] })] });
    expect(reply.ok).toBe(true);
    expect(reply.added).toHaveLength(1);
    // the message started the worker again, which stored the task
    expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
    expect(await taskCount(popup)).toBe(before + 1);
    await expect.poll(() => row(popup, reply.added[0]).count()).toBe(1);
    await expect.poll(badge).toBe('3');

    // once more with no extension page writing meanwhile: the restarted worker sets the badge from the database
    await popup.evaluate(() => (globalThis as any).chrome.action.setBadgeText({ text: '' }));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
    expect((await send(popup, { type: 'tasks-for-page', url: SPEECH })).ok).toBe(true);
    await expect.poll(badge).toBe('3');
    await cdp.detach();
  });

  test('two pages clipping at once lose nothing', async () => {
    const before = await taskCount(popup);
    const [a, b] = await Promise.all([openPopup(), openPopup()]);
    const batch = (name: string) => Array.from({ length: 25 }, (_, i) => draft(`${name}页第${i + 1}条：按期完成。`));
    const both = draft('两页同时摘录的同一句。');
    const replies = await Promise.all([
      send(a, { type: 'clip', drafts: [...batch('甲'), both] }),
      send(b, { type: 'clip', drafts: [...batch('乙'), both] }),
      ...Array.from({ length: 5 }, (_, i) => send(i % 2 ? a : b, { type: 'clip', drafts: [draft(`单条${i}。`)] })),
    ]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await taskCount(popup)).toBe(before + 25 + 25 + 1 + 5);
    expect(replies[0].added.length + replies[1].added.length).toBe(51);
    await expect.poll(() => popup.locator('[data-task-id]').count()).toBe(before + 56);
    await a.close();
    await b.close();
  });
});

describe('摘录全部 and highlights on a page', () => {
  /** Without the "tabs" permission URLs are hidden: the newest tab is the page just opened. */
  async function newestTabId(): Promise<number> {
    return popup.evaluate(async () => Math.max(...(await (globalThis as any).chrome.tabs.query({})).map((t: { id: number }) => t.id)));
  }

  test('a page without a content script gets an explanation a person can act on', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const tabId = await newestTabId();
    const inTab = await openPopup(`?tab=${tabId}`);
    await inTab.locator('[data-luoshi-action="clip-all"]').click();
    const notice = inTab.locator('[data-luoshi-notice="error"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('刷新页面');
    await inTab.locator('[data-luoshi-action="toggle-highlights"]').click();
    await inTab.locator('[data-luoshi-notice="error"]').waitFor();
    await inTab.close();
    await blank.close();
  });

  test('clip-all on the seed page stores its tasks, and a second run adds nothing', async () => {
    const seed = await browser.context.newPage();
    await seed.goto(`${server.origin}/seed.html`);
    const tabId = await newestTabId();
    const inTab = await openPopup(`?tab=${tabId}`);
    const before = await taskCount(inTab);
    // the content script may still be starting: retry until it answers
    const clipAll = inTab.locator('[data-luoshi-action="clip-all"]');
    await expect
      .poll(async () => {
        await clipAll.click();
        return inTab.locator('[data-luoshi-notice]').getAttribute('data-luoshi-notice', { timeout: 5000 });
      }, { timeout: 20_000 })
      .toBe('info');
    const added = (await taskCount(inTab)) - before;
    expect(added).toBeGreaterThan(5);
    const seedRows = await inTab.locator('[data-task-id] a.task-source').evaluateAll(
      (links, origin) => links.filter((a) => (a as HTMLAnchorElement).href.startsWith(`${origin}/seed.html`)).length,
      server.origin,
    );
    expect(seedRows).toBe(added);
    await clipAll.click();
    await expect.poll(() => inTab.locator('[data-luoshi-notice]').textContent()).toContain(String(added));
    expect(await taskCount(inTab)).toBe(before + added);
    // 摘录全部 took the work orders; the other sentences are one click away, and then the page's every task is in
    const pageDrafts = await inTab.evaluate((tab) => (globalThis as any).chrome.tabs.sendMessage(tab, { type: 'page-tasks' }), tabId);
    const rest = inTab.locator('[data-luoshi-action="clip-rest"]');
    const left = Number(/\d+/.exec((await rest.textContent()) ?? '')?.[0]);
    expect(left).toBeGreaterThan(0);
    expect(added + left).toBe(pageDrafts.drafts.length);
    await inTab.screenshot({ path: join(SHOTS, 'popup-clip-rest.png') });
    await rest.click();
    await expect.poll(() => taskCount(inTab)).toBe(before + added + left);
    await expect.poll(() => inTab.locator('[data-luoshi-action="clip-rest"]').count()).toBe(0);
    await inTab.screenshot({ path: join(SHOTS, 'popup-seed.png') });
    // the highlights switch says which way it went, and the notice can be dismissed
    const toggle = inTab.locator('[data-luoshi-action="toggle-highlights"]');
    const notice = inTab.locator('[data-luoshi-notice="info"]');
    await toggle.click();
    await expect.poll(() => notice.textContent()).toContain(zh ? '已隐藏页面上的高亮' : 'Highlights hidden');
    await expect.poll(() => seed.locator('mark.luoshi-mark').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => notice.textContent()).toContain(zh ? '已在页面上显示高亮' : 'Highlights shown');
    await expect.poll(() => seed.locator('mark.luoshi-mark').count()).toBeGreaterThan(0);
    await notice.locator('.notice-close').click();
    expect(await notice.count()).toBe(0);
    await inTab.close();
    await seed.close();
  });
});
