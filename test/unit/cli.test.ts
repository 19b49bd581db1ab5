// The extract CLI, run as a user runs it: exit codes, one JSON object on stdout, one-line errors on stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../lib/cli/html-text';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = resolve(ROOT, 'corpus/seed/000_df3268c7679847d0.txt');
const HTML = resolve(import.meta.dirname, 'fixtures/speech.html');

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'lib/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

describe('extract CLI', { timeout: 60_000 }, () => {
  test('seed: exit 0, exactly one JSON object {spans, tasks}, reference date from the page (上传日期)', () => {
    const r = run(SEED);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['spans', 'tasks']);
    expect(out.spans.length).toBeGreaterThan(100);
    // 上传日期:2023-11-25, but the page's 2月17日(正月十五) only fits 2011 (元宵 2011 fell on 17 February), so the
    // reference date moves to 2011-02-17 (year-hint.ts) and 春节前 is the eve of the next 春节, 23 January 2012
    expect(out.spans.find((s: { text: string }) => s.text === '2月17日(正月十五)后')?.due).toBe('2011-02-17');
    expect(out.spans.find((s: { text: string }) => s.text === '春节前')?.due).toBe('2012-01-22');
  });

  test('--ref overrides the page date and the year read from the text', () => {
    const out = JSON.parse(run(SEED, '--ref', '2023-01-05').stdout);
    expect(out.spans.find((s: { text: string }) => s.text === '春节前')?.due).toBe('2023-01-21');
  });

  test('.html: readable text only (no script/style/noscript/template/comments), entities decoded', () => {
    const r = run(HTML);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const texts = out.spans.map((s: { text: string }) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['县经贸局', '乡企局', '6月底前', '工业总产值增长8%', '县发改委', '“双过半”', '各乡镇', '各部门']));
    for (const hidden of ['县财政局', '县交通局', '县水利局', '县教育局', '5月底前']) expect(texts).not.toContain(hidden);
    // 发布日期：2023-02-10 is the reference: 6月底前 is this year's
    expect(out.spans.find((s: { text: string }) => s.text === '6月底前')?.due).toBe('2023-06-30');
  });

  test('missing file', () => expectOneLineError(run(join(tmpdir(), 'luoshi-no-such-file.txt')), /no such file/));

  test('empty file, non-UTF-8 file, bad --ref, no argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expectOneLineError(run(empty), /empty file/);
    const gbk = join(dir, 'gbk.txt');
    // 各部门要 in GBK: not valid UTF-8
    writeFileSync(gbk, Buffer.from([0xb8, 0xf7, 0xb2, 0xbf, 0xc3, 0xc5, 0xd2, 0xaa]));
    expectOneLineError(run(gbk), /not UTF-8/);
    expectOneLineError(run(SEED, '--ref', 'tomorrow'), /--ref/);
    expectOneLineError(run(SEED, '--ref=2023-02-30'), /--ref/); // no such day
    expectOneLineError(run(SEED, '--ref'), /--ref/);
    expectOneLineError(run(), /usage/);
  });
});

describe('htmlToText', () => {
  test('block elements and <br> become line breaks (at most one blank line), inline tags vanish, entities decode', () => {
    expect(htmlToText('<div>甲<b>乙</b></div><p>丙<br/>丁&nbsp;&#x4e00;&lt;</p>\n\n\n<p>戊</p>')).toBe('甲乙\n\n丙\n丁\u00a0一<\n\n戊');
  });
  test('unknown entities stay as written', () => {
    expect(htmlToText('<p>&foo; &amp;</p>')).toBe('&foo; &');
  });
});
