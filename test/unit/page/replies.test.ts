import { describe, expect, test } from 'vitest';
import { contentRequestSchema } from '../../../lib/messages';
import { asContentRequest, errorOf, isOkReply } from '../../../lib/page/replies';

describe('the page part checks what it receives without zod', () => {
  test.each([
    { type: 'page-tasks' },
    { type: 'selection-draft' },
    { type: 'clipped-changed' },
    { type: 'toggle-highlights' },
    { type: 'toggle-highlights', on: false },
    { type: 'frame-totals', counts: { target: 2, deadline: 0, unit: 5 } },
  ])('a valid content request passes as zod parses it: %o', (request) => {
    expect(asContentRequest(request)).toEqual(contentRequestSchema.parse(request));
  });

  test.each([
    null,
    'page-tasks',
    { type: 'delete-everything' },
    { type: 'toggle-highlights', on: 'yes' },
    { type: 'frame-totals' },
    { type: 'frame-totals', counts: { target: 2, deadline: -1, unit: 5 } },
    { type: 'frame-totals', counts: { target: 2, deadline: 1.5, unit: 5 } },
  ])('an invalid one is refused, as zod refuses it: %o', (request) => {
    expect(asContentRequest(request)).toBeUndefined();
    expect(contentRequestSchema.safeParse(request).success).toBe(false);
  });

  test('replies: ok with the arrays named, or the error text', () => {
    expect(isOkReply({ ok: true, tasks: [] }, ['tasks'])).toBe(true);
    expect(isOkReply({ ok: true, tasks: 'none' }, ['tasks'])).toBe(false);
    expect(isOkReply({ ok: false, error: 'x' })).toBe(false);
    expect(isOkReply(undefined)).toBe(false);
    expect(errorOf({ ok: false, error: 'no database' })).toBe('no database');
    expect(errorOf({ ok: true })).toBeUndefined();
  });
});
