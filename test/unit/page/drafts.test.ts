import { describe, expect, test } from 'vitest';
import { taskDraftSchema } from '../../../lib/domain/task';
import type { ExtractedTask } from '../../../lib/extract/types';
import { draftFromSelection, draftFromTask, taskSource, trimRange } from '../../../lib/page/drafts';

const source = { url: 'http://example.test/a.html#x', title: '讲话', published: '2023-11-25' };
const TEXT = '同志们:\n  县发改委要在6月底前完成项目申报。\n县财政局做好资金保障。';
const sentence = '  县发改委要在6月底前完成项目申报。';
const task: ExtractedTask = {
  start: TEXT.indexOf(sentence),
  end: TEXT.indexOf(sentence) + sentence.length,
  text: sentence,
  units: ['县发改委', '县发改委'],
  deadlines: [{ text: '6月底前', kind: 'date', due: '2024-06-30' }],
  targets: ['完成项目申报'],
  due: '2024-06-30',
};

describe('draftFromTask', () => {
  test('trims the sentence, keeps its fields and anchors it with page-wide offsets and context', () => {
    const draft = draftFromTask(TEXT, task, 100, source)!;
    expect(taskDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.text).toBe('县发改委要在6月底前完成项目申报。');
    expect(draft.units).toEqual(['县发改委']);
    expect(draft.deadlines).toEqual([{ text: '6月底前', kind: 'date', due: '2024-06-30' }]);
    expect(draft.targets).toEqual(['完成项目申报']);
    expect(draft.due).toBe('2024-06-30');
    expect(draft.source).toEqual(source);
    const at = TEXT.indexOf('县发改委');
    expect(draft.anchor).toEqual({
      exact: '县发改委要在6月底前完成项目申报。',
      prefix: TEXT.slice(0, at),
      suffix: TEXT.slice(at + draft.text.length),
      start: 100 + at,
      end: 100 + at + draft.text.length,
    });
  });

  test('an event deadline (汛期前) comes through without a date, and the draft has no due date', () => {
    const text = '各乡镇要在汛期前完成河道清淤。';
    const event: ExtractedTask = { start: 0, end: text.length, text, units: ['各乡镇'], deadlines: [{ text: '汛期前', kind: 'date' }], targets: [] };
    const draft = draftFromTask(text, event, 0, source)!;
    expect(taskDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.deadlines).toEqual([{ text: '汛期前', kind: 'date' }]);
    expect('due' in draft).toBe(false);
  });

  test('a whitespace-only task gives no draft', () => {
    expect(draftFromTask('   ', { ...task, start: 0, end: 3, text: '   ' }, 0, source)).toBeNull();
  });
});

describe('draftFromSelection', () => {
  const result = { spans: [], tasks: [task, { ...task, units: ['县财政局'], due: '2024-03-31', deadlines: [{ text: '3月底前', kind: 'date' as const, due: '2024-03-31' }] }] };

  test('merges the fields of every task in the selection; due is the earliest', () => {
    const at = TEXT.indexOf('县发改委');
    const draft = draftFromSelection(TEXT.slice(at, at + 10), result, source, { text: TEXT, start: at, end: at + 10 })!;
    expect(taskDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.units).toEqual(['县发改委', '县财政局']);
    expect(draft.due).toBe('2024-03-31');
    expect(draft.anchor.exact).toBe(TEXT.slice(at, at + 10));
    expect(draft.anchor.prefix).toBe(TEXT.slice(0, at));
  });

  test('without a place on the page the quote has no context; an empty selection gives nothing', () => {
    const draft = draftFromSelection(' 选中的文字 ', { spans: [], tasks: [] }, source)!;
    expect(draft.anchor).toEqual({ exact: '选中的文字', prefix: '', suffix: '' });
    expect(draft.units).toEqual([]);
    expect(draftFromSelection('   ', { spans: [], tasks: [] }, source)).toBeNull();
  });
});

test('trimRange', () => {
  expect(trimRange('  ab  ', 0, 6)).toEqual([2, 4]);
  expect(trimRange('    ', 0, 4)).toEqual([4, 4]);
});

describe('draftFromSelection over several tasks', () => {
  test('a deadline or target named by two tasks is listed once; line breaks stay in the anchor only', () => {
    const deadline = { text: '年底前', kind: 'date' as const, due: '2024-12-31', start: 0, end: 3 };
    const one = { ...task, deadlines: [deadline], targets: ['全覆盖'] };
    const draft = draftFromSelection('第一段。\n\n第二段。', { spans: [], tasks: [one, { ...one }] }, source)!;
    expect(draft.deadlines).toEqual([{ text: '年底前', kind: 'date', due: '2024-12-31' }]);
    expect(draft.targets).toEqual(['全覆盖']);
    expect(draft.text).toBe('第一段。 第二段。');
    expect(draft.anchor.exact).toBe('第一段。\n\n第二段。');
  });
});

test('taskSource cuts a URL and a title to what the schema takes, and names a publish date only when known', () => {
  const long = taskSource(`https://example.test/${'a'.repeat(5000)}`, '题'.repeat(1200), '2024-01-02');
  expect(long.url).toHaveLength(4096);
  expect(long.title).toHaveLength(1000);
  expect(long.published).toBe('2024-01-02');
  expect(taskSource('https://example.test/', '讲话')).toEqual({ url: 'https://example.test/', title: '讲话' });
});
