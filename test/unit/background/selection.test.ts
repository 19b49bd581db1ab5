import { expect, test } from 'vitest';
import { draftFromSelection } from '../../../lib/background/selection';
import { taskDraftSchema } from '../../../lib/domain/task';

const source = { url: 'https://www.example.gov.cn/a.html', title: '讲话' };

test('a selected task sentence becomes a valid draft with units, deadline and due date from extract()', () => {
  const selection = '  市财政局要在3月底前完成全市债务风险排查。\n';
  const draft = draftFromSelection(selection, source, '2026-02-20')!;
  expect(() => taskDraftSchema.parse(draft)).not.toThrow();
  expect(draft.text).toBe('市财政局要在3月底前完成全市债务风险排查。');
  expect(draft.anchor).toEqual({ exact: '市财政局要在3月底前完成全市债务风险排查。', prefix: '', suffix: '' });
  expect(draft.units).toContain('市财政局');
  expect(draft.deadlines).toContainEqual({ text: '3月底前', kind: 'date', due: '2026-03-31' });
  expect(draft.due).toBe('2026-03-31');
  expect(draft.source).toEqual(source);
});

test('a selection over two paragraphs keeps its line break in the anchor, not in the text', () => {
  const draft = draftFromSelection('第一段。\n\n第二段。', source, '2026-02-20')!;
  expect(draft.text).toBe('第一段。 第二段。');
  expect(draft.anchor.exact).toBe('第一段。\n\n第二段。');
});

test('plain text without any task still clips (the reader chose it), with empty fields', () => {
  const draft = draftFromSelection('会议由张三主持', source, '2026-02-20')!;
  expect(draft).toMatchObject({ text: '会议由张三主持', deadlines: [] });
  expect(draft.due).toBeUndefined();
});

test('a blank selection gives no draft', () => {
  expect(draftFromSelection(' \n ', source, '2026-02-20')).toBeNull();
});
