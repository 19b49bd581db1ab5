// extract() never throws and keeps its invariants on hostile input. Speed is measured in bench/, not here.
import { describe, expect, test } from 'vitest';
import { extract } from '../../../lib/extract/index';
import { invariantProblems } from './helpers';

/** Deterministic pseudo-random generator (no Math.random: failures must be reproducible). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function randomMix(length: number, seed: number): string {
  const next = lcg(seed);
  const pieces = [
    '各部门要', '月底前', '增长', '%', 'x', '×', 'XX', '***', '、', ',', ',', ':', ';', ';', '。', '(', ')', '〔', '〕',
    '“', '”', '\n', ' ', '牵头', '负责', '责任单位:', '目标是:', '局', '委', '公司', '等', '和', '及', '春节', '正月十五',
    '2023年', '6月', '1-7月', '截止', '亿元', '个', '\u3000', '\ud800', '😀',
  ];
  const out: string[] = [];
  let size = 0;
  while (size < length) {
    const r = next();
    let piece: string;
    if (r < 0.45) piece = String.fromCharCode(0x4e00 + Math.floor(next() * 20902));
    else if (r < 0.6) piece = String.fromCharCode(0x20 + Math.floor(next() * 95));
    else piece = pieces[Math.floor(next() * pieces.length)];
    out.push(piece);
    size += piece.length;
  }
  return out.join('');
}

// Generous timeouts: these check behaviour on a loaded CI machine, not speed.
describe('extract() on hostile input', { timeout: 60_000 }, () => {
  test('2 MB random mix of CJK, ASCII, punctuation and cue words', () => {
    const text = randomMix(2_000_000, 42);
    const result = extract(text, { referenceDate: '2023-11-25' });
    expect(invariantProblems(text, result)).toEqual([]);
  });

  test.each([
    ['100,000 × 月', '月'.repeat(100_000)],
    ['100,000 × 、', '、'.repeat(100_000)],
    ['100,000 × “', '“'.repeat(100_000)],
    ['50,000 × (', '('.repeat(50_000)],
    ['50,000 × 〔 then 负责〕', `${'〔'.repeat(50_000)}负责〕`],
    ['20,000 × 责任单位:', '责任单位:'.repeat(20_000)],
    ['30,000 × 各部门要', '各部门要'.repeat(30_000)],
    ['30,000 × 县经贸局、', '县经贸局、'.repeat(30_000)],
    ['100,000 digits', '1'.repeat(100_000)],
    ['100,000 × x%', 'x%'.repeat(50_000)],
    ['lone surrogates and NULs', '\ud800\udc00\ud800要\u0000局\udfff'.repeat(1000)],
  ])('%s', (_name, text) => {
    const result = extract(text, { referenceDate: '2023-11-25' });
    expect(invariantProblems(text, result)).toEqual([]);
  });
});
