// `npm run demo` without a display: builds, runs headless, saves the two screenshots and prints the tasks; the
// README's screenshots (docs/screenshots, committed) stay as they are unless --update-screenshots asks.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { ROOT } from './harness';

const run = promisify(execFile);
/** Where the demo puts its screenshots unless asked to refresh the README's (ignored by git: .gitignore test-results/). */
const shots = join(ROOT, 'test-results/demo');
const readme = join(ROOT, 'docs/screenshots');

async function demo(env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DISPLAY: _display, ...rest } = process.env;
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts'], {
      cwd: ROOT,
      env: { ...rest, ...env },
      timeout: 110_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('headless demo: screenshots of the highlighted page and the popup, and a table of the tasks', { timeout: 120_000 }, async () => {
  const committed = ['page.png', 'popup.png'].map((name) => readFileSync(join(readme, name)));
  const started = Date.now();
  const { code, stdout, stderr } = await demo({});
  expect(code, `${stdout}\n${stderr}`).toBe(0);
  expect(stdout).toContain('No display: running headless');
  // written afresh to the ignored folder; the README's images are byte for byte what was committed
  for (const name of ['page.png', 'popup.png']) expect(statSync(join(shots, name)).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
  expect(['page.png', 'popup.png'].map((name) => readFileSync(join(readme, name)))).toEqual(committed);
  expect(pngSize(join(shots, 'page.png'))).toEqual({ width: 1280, height: 900 });
  expect(pngSize(join(shots, 'popup.png'))).toEqual({ width: 420, height: 560 });
  // the sample was uploaded on 2023-11-25, but its 2月17日(正月十五) only fits 2011: the engine reads the page as of
  // 2011-02-17, and the list is shown as of three days later
  expect(stdout).toContain('Task list (popup, as of 2011-02-20): test-results/demo/popup.png');
  expect(readFileSync(join(shots, 'page.png')).length).toBeGreaterThan(50_000); // a page of text, not a blank

  // the table: a header, then numbered rows; the seed's 经济局 sentence has its year-end deadline resolved
  // against the page's date as the engine reads it (2011-02-17)
  expect(stdout).toMatch(/Unit 责任单位\s+│ Deadline 完成时限 \(due\)/);
  expect(stdout).toMatch(/│ 经济局\s+│ 年底 \(2011-12-31\)/);
  const summary = /Highlights: (\d+) target, (\d+) deadline, (\d+) unit\. Tasks: (\d+) found, (\d+) with a due date; (\d+) in the list after 摘录全部, (\d+) more one click away/.exec(stdout);
  expect(summary, stdout.slice(-500)).not.toBeNull();
  const [targets, deadlines, units, found, dated, listed, more] = summary!.slice(1).map(Number);
  expect(Math.min(targets, deadlines, units)).toBeGreaterThan(0);
  expect(found).toBeGreaterThan(20);
  expect(dated).toBeGreaterThan(0);
  // 摘录全部 takes the work orders; none of the others is dropped, they are offered
  expect(listed).toBeGreaterThan(10);
  expect(listed + more).toBe(found);
  const rows = stdout.split('\n').filter((line) => /^\d+\s+│/.test(line));
  expect(rows).toHaveLength(found);
});

test('a failure ends with one line saying why, and a non-zero exit', { timeout: 60_000 }, async () => {
  const { code, stderr } = await demo({ CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(code).toBe(1);
  expect(stderr.trim().split('\n')).toEqual(["demo failed: No Chromium at /nonexistent/chromium: install Debian's chromium or set CHROMIUM_PATH."]);
});
