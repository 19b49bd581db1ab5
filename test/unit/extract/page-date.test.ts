import { describe, expect, test } from 'vitest';
import { findPublishDate } from '../../../lib/extract/page-date';
import { buildMatchView, toOriginalRange, toViewIndex } from '../../../lib/extract/normalize';
import { SEED_TEXT, DEV_TEXT } from './helpers';

describe('findPublishDate', () => {
  test('the page date of the seed and the dev texts', () => {
    expect(findPublishDate(SEED_TEXT())).toBe('2023-11-25');
    expect(findPublishDate(DEV_TEXT('d05'))).toBe('2021-11-03');
    expect(findPublishDate(DEV_TEXT('d07'))).toBe('2023-02-15');
  });
  test.each([
    ['发布时间：2022年6月8日 来源：县政府办', '2022-06-08'],
    ['发布日期:2022-6-8', '2022-06-08'],
    ['上传日期 : 2020/01/31', '2020-01-31'],
    ['各部门要在6月底前完成。', undefined],
    ['发布日期:2022-13-01', undefined],
  ])('%s', (text, expected) => {
    expect(findPublishDate(text)).toBe(expected);
  });
});

describe('the match view', () => {
  test('folds full-width ASCII, drops spaces, keeps line breaks, maps back to the original', () => {
    const original = '责任单位：市发展 改革委；\n增长　１２％';
    const view = buildMatchView(original);
    expect(view.text).toBe('责任单位:市发展改革委;\n增长12%');
    const at = view.text.indexOf('市发展改革委');
    const [start, end] = toOriginalRange(view, at, at + '市发展改革委'.length);
    expect(original.slice(start, end)).toBe('市发展 改革委');
    expect(toViewIndex(view, original.indexOf('改'))).toBe(view.text.indexOf('改'));
  });
});
