import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksLikeSpeech } from '../../../lib/page/speech-detect';

const SEED = resolve(import.meta.dirname, '../../../corpus/seed/000_df3268c7679847d0.txt');

describe('looksLikeSpeech', () => {
  test.skipIf(!existsSync(SEED))('the seed speeches are speeches', () => {
    expect(looksLikeSpeech(readFileSync(SEED, 'utf8'))).toBe(true);
  });

  test('a short directive paragraph is not enough Chinese text', () => {
    expect(looksLikeSpeech('各乡镇要在6月底前完成。务必抓好落实。确保完成。各部门负责。同志们:')).toBe(false);
  });

  test('plenty of Chinese without directive language is not a speech', () => {
    const news = '全市春季植树活动在城东公园举行,市民踊跃参加,现场气氛热烈。'.repeat(20);
    expect(looksLikeSpeech(news)).toBe(false);
  });

  test('plenty of Chinese with directive cues is', () => {
    const speech = '同志们:今年的工作任务很重,各乡镇要切实抓好项目建设,确保按期完成,各部门务必落实责任。'.repeat(12);
    expect(looksLikeSpeech(speech)).toBe(true);
  });

  test('English text is not', () => {
    expect(looksLikeSpeech('The department must complete the design by the end of June. '.repeat(100))).toBe(false);
  });
});
