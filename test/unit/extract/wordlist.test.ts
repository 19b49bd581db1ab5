import { expect, test } from 'vitest';
import { endsWithAny, startsWithAny, WordList } from '../../../lib/extract/wordlist';

test('WordList finds the longest word at a position, at an end, and anywhere in a range', () => {
  const list = new WordList(['局', '管委会', '委', '委员会', '']);
  expect(list.at('委员会要', 0)).toBe('委员会');
  expect(list.at('要', 0)).toBeNull();
  expect(list.suffixOf('县工业区管委会')).toBe('管委会');
  expect(list.suffixOf('县经贸局')).toBe('局');
  expect(list.endingAt('县委员会要', 4)).toBe('委员会');
  // 委员会 would start before 2, and no shorter word ends there
  expect(list.endingAt('县委员会要', 4, 2)).toBeNull();
  expect(list.occursIn('甲乙丙局', 0, 3)).toBe(false);
  expect(list.occursIn('甲乙丙局', 0, 4)).toBe(true);
});

test('startsWithAny / endsWithAny use one list per lexicon array', () => {
  const words = ['和', '以及', '及'];
  expect(startsWithAny('以及各乡镇', 0, words)).toBe('以及');
  expect(endsWithAny('县和', words)).toBe('和');
  expect(endsWithAny('县', words)).toBeNull();
});
