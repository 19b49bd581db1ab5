// The reference date the background engine reads a page against: a date the reader fixed in the options is taken
// as it is, while the page's own date may be moved by the text's paired dates (year-hint.ts).
import { describe, expect, test } from 'vitest';
import { extractForPage } from '../../../lib/background/extract';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

// 2月17日(正月十五) fits 2011 and 2030 only (元宵 fell on 17 February in those years); 年底 follows the year read
const TEXT = '上传日期:2023-11-25\n各乡镇要在2月17日(正月十五)后抓紧开工,县发改局要在年底前完成项目审批。';
const yearEnd = (spans: Array<{ text: string; due?: string }>) => spans.find((s) => s.text === '年底前')?.due;

describe('extractForPage: reference date', () => {
  test("the page's date: the paired date moves it into 2011", async () => {
    const settings = async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, referenceDate: 'page' });
    const reply = await extractForPage(TEXT, undefined, settings);
    expect(reply.ok && yearEnd(reply.spans)).toBe('2011-12-31');
  });
  test('a date fixed in the options is taken as it is', async () => {
    const settings = async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, referenceDate: 'fixed', fixedReferenceDate: '2024-03-01' });
    const reply = await extractForPage(TEXT, undefined, settings);
    expect(reply.ok && yearEnd(reply.spans)).toBe('2024-12-31');
  });
});
