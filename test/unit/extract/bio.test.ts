// BIO tags <-> spans, on sequences written out by hand.
import { describe, expect, test } from 'vitest';
import { spansToTags, tagsToSpans, TAGS } from '../../../lib/extract/learn/bio';

const tag = (...names: string[]) => names.map((n) => TAGS.indexOf(n as (typeof TAGS)[number]));

describe('BIO tags', () => {
  test('spans to tags and back', () => {
    const spans = [
      { type: 'unit' as const, start: 0, end: 3 },
      { type: 'deadline' as const, start: 4, end: 6 },
      { type: 'target' as const, start: 6, end: 7 },
    ];
    expect([...spansToTags(8, spans)]).toEqual(tag('B-U', 'I-U', 'I-U', 'O', 'B-D', 'I-D', 'B-T', 'O'));
    expect(tagsToSpans(spansToTags(8, spans))).toEqual(spans);
  });
  test('two spans of one type side by side stay two; an I after O starts a span; a span may end the text', () => {
    expect(tagsToSpans(tag('B-U', 'I-U', 'B-U', 'O', 'I-T', 'I-T'))).toEqual([
      { type: 'unit', start: 0, end: 2 },
      { type: 'unit', start: 2, end: 3 },
      { type: 'target', start: 4, end: 6 },
    ]);
  });
  test('an I of another type ends the open span and starts its own', () => {
    expect(tagsToSpans(tag('B-U', 'I-D', 'I-D'))).toEqual([
      { type: 'unit', start: 0, end: 1 },
      { type: 'deadline', start: 1, end: 3 },
    ]);
  });
});
