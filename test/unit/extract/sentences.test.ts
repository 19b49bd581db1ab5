import { describe, expect, test } from 'vitest';
import { sentenceRanges } from '../../../lib/extract/sentences';
import { DEV_TEXT, loadScorer, SEED_TEXT } from './helpers';

describe('sentenceRanges cuts exactly like score.mjs', () => {
  test('on the seed and the dev texts', async () => {
    const { sentences } = await loadScorer();
    for (const text of [SEED_TEXT(), DEV_TEXT('d05'), DEV_TEXT('d07')]) {
      const ours = sentenceRanges(text);
      expect(ours.length).toBeGreaterThan(50);
      expect(ours).toEqual(sentences(text));
    }
  });

  test('on edge cases: ASCII and CJK enders, blank pieces, one-character pieces, no final ender', async () => {
    const { sentences } = await loadScorer();
    const cases = ['', '。', 'a。b。', '要做好。\n\n  \n各部门要!好?是;否;', '一\n二三\n', '；全角分号不切；', 'x!', ' 。 ', '\u3000\u3000要。', '最后一句没有句号'];
    for (const text of cases) expect(sentenceRanges(text), JSON.stringify(text)).toEqual(sentences(text));
  });

  test('does not cut at full-width ；！？ (score.mjs does not)', () => {
    expect(sentenceRanges('甲要做；乙要做。')).toEqual([[0, 8]]);
  });
});
