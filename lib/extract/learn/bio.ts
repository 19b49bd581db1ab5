// BIO tags: the labels of the character sequence labeller. Each character of a text is O (outside any span),
// B-X (first character of a span of type X) or I-X (inside it); X is U (unit), D (deadline) or T (target).
// Spans <-> tags both ways, so gold files become training sequences and decoded tags become spans.
import type { SpanType } from '../types';

export interface GoldSpan {
  type: SpanType;
  start: number;
  end: number;
}

/** The tag set, in the order of the model's weight vectors: index 0 is O. */
export const TAGS = ['O', 'B-U', 'I-U', 'B-D', 'I-D', 'B-T', 'I-T'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

const LETTER: Record<SpanType, string> = { unit: 'U', deadline: 'D', target: 'T' };
const TYPE_OF: Record<string, SpanType> = { U: 'unit', D: 'deadline', T: 'target' };

/** Tag indices (0..6) for `length` characters; later spans never overwrite earlier ones. */
export function spansToTags(length: number, spans: readonly GoldSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    const b = TAGS.indexOf(`B-${LETTER[s.type]}` as Tag);
    if (s.start < 0 || s.end > length || s.start >= s.end || tags[s.start] !== 0) continue;
    tags[s.start] = b;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = b + 1;
  }
  return tags;
}

// per tag index: 'B', 'I' or 'O', and the span type (none for O); looked up per character, so kept as arrays
const BIO = TAGS.map((t) => t[0]);
const TYPE_OF_TAG = TAGS.map((t) => (t === 'O' ? undefined : TYPE_OF[t[2]]));

/** Spans from tag indices. An I-X without a B-X before it starts a span (decoding forbids it anyway). */
export function tagsToSpans(tags: ArrayLike<number>): GoldSpan[] {
  const out: GoldSpan[] = [];
  let open: GoldSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 0;
    const bio = BIO[tag];
    const type = TYPE_OF_TAG[tag];
    if (open && !(bio === 'I' && type === open.type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type && (bio === 'B' || !open)) open = { type, start: i, end: i };
  }
  return out;
}
