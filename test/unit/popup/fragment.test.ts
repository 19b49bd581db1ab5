import { describe, expect, test } from 'vitest';
import { encodeTextTerm, textFragmentUrl } from '../../../lib/tasks/fragment';

const source = { url: 'https://www.example.gov.cn/a.html#top', title: '' };
const decodeTerms = (url: string) => url.split('#:~:text=')[1].split(',').map((term) => decodeURIComponent(term));

describe('textFragmentUrl', () => {
  test('a short sentence is quoted whole; the page fragment is dropped; CJK and syntax characters are encoded', () => {
    const url = textFragmentUrl({ source, anchor: { exact: '要在3-4月完成,确保A&B达标。', prefix: '上一句。', suffix: '下一句' } });
    expect(url.startsWith('https://www.example.gov.cn/a.html#:~:text=')).toBe(true);
    expect(url).not.toContain('#top');
    expect(url).toContain('3%2D4'); // '-' would otherwise read as prefix/suffix syntax
    expect(url).toContain('%2C'); // an ASCII ',' would split terms
    expect(url).toContain('%26');
    // the prefix ends in 。 and the sentence ends in 。, so neither context is added
    expect(decodeTerms(url)).toEqual(['要在3-4月完成,确保A&B达标。']);
  });

  test('a long sentence uses its start and end, cut after punctuation', () => {
    const exact = `各区县、各部门要${'认真贯彻落实会议精神'.repeat(8)}，确保年底前全面完成。`;
    const [start, end] = decodeTerms(textFragmentUrl({ source, anchor: { exact, prefix: '', suffix: '' } }));
    expect(exact.startsWith(start)).toBe(true);
    expect(exact.endsWith(end)).toBe(true);
    expect(start).toBe('各区县、');
    expect(end).toBe('确保年底前全面完成。');
  });

  test('a selection from mid-sentence carries prefix and suffix cut at punctuation', () => {
    const url = textFragmentUrl({ source, anchor: { exact: '3月底前完成方案', prefix: '会议强调，市财政局要在', suffix: '编制，并报市政府' } });
    expect(url.split('#:~:text=')[1]).toBe(
      `${encodeTextTerm('市财政局要在')}-,${encodeTextTerm('3月底前完成方案')},-${encodeTextTerm('编制')}`,
    );
  });

  test('encodeTextTerm escapes the directive syntax', () => {
    expect(encodeTextTerm('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
});
