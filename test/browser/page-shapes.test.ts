// Pages as they really are (issue 10), in Chromium with the built extension: layout that decides blocks, task
// tables in HTML, frames, content revealed by a style change, and pages that undo our marks. Each page is in
// test/pages; highlights are compared with extract() run here on the text the test itself reads from the page.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extract } from '../../lib/extract';
import { findPublishDate } from '../../lib/extract/page-date';
import { DEFAULT_SETTINGS, resolveReferenceDate } from '../../lib/settings';
import { launchWithExtension, ROOT, servePages, type ExtensionBrowser, type PageServer } from './harness';
import { countKinds, markedSpans, readableText, waitForAnnotation } from './page-text';

const SHOTS = `${ROOT}/test-results`;
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePages();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function expected(text: string) {
  return extract(text, { referenceDate: resolveReferenceDate(DEFAULT_SETTINGS, findPublishDate(text)) });
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

async function expectMarksMatchExtract(page: Page) {
  const text = await readableText(page);
  const result = expected(text);
  const marked = await markedSpans(page);
  expect(result.spans.length).toBeGreaterThan(0);
  expect(marked.map((m) => [m.kind, m.text])).toEqual(result.spans.map((s) => [s.type, s.text]));
  return { text, result, marked };
}

describe('layout decides blocks, not tag names', () => {
  test('display:block spans and flex/grid items are separate lines; inline divs are one', async () => {
    const page = await open('/layout.html');
    await waitForAnnotation(page);
    const { text, marked } = await expectMarksMatchExtract(page);
    // read by eye: the two block spans are two lines, so no unit joins 县商|务局
    expect(text).toContain('县商\n务局要在2024年9月底前');
    expect(marked.some((m) => m.text.includes('县商务局'))).toBe(false);
    // flex items: 县财政局 and 县住建局 are not one name
    expect(marked.filter((m) => m.kind === 'unit').map((m) => m.text)).toContain('县住建局');
    expect(marked.some((m) => m.text.includes('县财政局县住建局'))).toBe(false);
    // divs laid out inline: one sentence, its units and deadline found
    expect(text).toContain('各部门要在2024年12月底前完成年度任务清单,县审计局负责监督检查。');
    expect(marked.filter((m) => m.kind === 'unit').map((m) => m.text)).toEqual(expect.arrayContaining(['各部门', '县审计局', '县教育局']));
    expect(countKinds(marked).deadline).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});
