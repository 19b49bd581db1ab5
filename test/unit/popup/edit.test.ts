// The editor's fields back to a patch: only what changed, lists split, deadlines read by the engine.
import { describe, expect, test } from 'vitest';
import { fieldsOf, patchFrom, splitList, UNIT_SEPARATORS } from '../../../components/popup/edit';
import { task } from '../db/fixtures';

const base = task('e', {
  text: '市财政局要在3月底前完成方案。',
  units: ['市财政局'],
  deadlines: [{ text: '3月底前', kind: 'date', due: '2026-03-31' }],
  due: '2026-03-31',
  source: { url: 'https://a.example/', title: '讲话', published: '2026-02-20' },
});

describe('patchFrom', () => {
  test('nothing changed: empty patch', () => {
    expect(patchFrom(base, fieldsOf(base))).toEqual({});
  });

  test('units split on 、 and commas; only changed fields are sent', () => {
    expect(patchFrom(base, { ...fieldsOf(base), units: '市财政局、 市税务局,市审计局', note: '跟进' })).toEqual({
      units: ['市财政局', '市税务局', '市审计局'],
      note: '跟进',
    });
  });

  test('a rewritten deadline is read by the engine against the publish date, and moves the due date', () => {
    const patch = patchFrom(base, { ...fieldsOf(base), deadlines: '6月底前；每月底；尽快' });
    expect(patch.deadlines).toEqual([
      { text: '6月底前', kind: 'date', due: '2026-06-30' },
      { text: '每月底', kind: 'recurring' },
      // words the engine cannot read stay as the reader wrote them, without a date
      { text: '尽快', kind: 'date' },
    ]);
    expect(patch.due).toBe('2026-06-30');
  });

  test('a deadline without date clears the due date; an explicit date field wins', () => {
    const ongoing = patchFrom(base, { ...fieldsOf(base), deadlines: '每月底' });
    expect('due' in ongoing && ongoing.due === undefined).toBe(true);
    expect(patchFrom(base, { ...fieldsOf(base), deadlines: '6月底前', due: '2026-05-15' }).due).toBe('2026-05-15');
    const cleared = patchFrom(base, { ...fieldsOf(base), due: '' });
    expect('due' in cleared && cleared.due === undefined).toBe(true);
  });

  test('an event deadline (汛期前) is kept as a deadline without a date, and the due date goes with the old one', () => {
    const patch = patchFrom(base, { ...fieldsOf(base), deadlines: '汛期前' });
    expect(patch.deadlines).toEqual([{ text: '汛期前', kind: 'date' }]);
    expect('due' in patch && patch.due === undefined).toBe(true);
  });

  test('an unchanged deadline keeps what the engine found when clipping', () => {
    const patch = patchFrom(base, { ...fieldsOf(base), deadlines: '3月底前；年底前' });
    expect(patch.deadlines?.[0]).toBe(base.deadlines[0]);
    expect(patch.deadlines?.[1]).toEqual({ text: '年底前', kind: 'date', due: '2026-12-31' });
  });
});

test('splitList drops blanks', () => {
  expect(splitList('、甲、、 乙 ,', UNIT_SEPARATORS)).toEqual(['甲', '乙']);
});
