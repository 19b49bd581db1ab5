// mark.js glue for the DOM painter (painters/dom-painter.ts): wraps text ranges of a TextMap in
// <mark class="luoshi-mark"> elements, many ranges per markRanges() call, and removes them again.
//
// mark.js counts range offsets over its own concatenation of the text nodes under its contexts. The contexts
// given here are the chunk's text nodes themselves (a NodeIterator rooted at a text node yields that node), so
// mark.js reads only the nodes it has to split, never a whole article: each range is translated TextMap offset ->
// (text node, offset in node) -> offset in the concatenation of the chunk's nodes. A span whose text nodes are
// not adjacent in that concatenation becomes several ranges (the pieces of one span share data-luoshi-span).
// Wrapping the ranges ourselves (split the node, wrap the middle) measured faster on the seed page, but painting
// is not what Luoshi exists for, and a well-kept library beats our own code there even when slower: mark.js stays.
import Mark from 'mark.js';
import { MARK_CLASS, MARK_SELECTOR } from './marks';
import type { MarkSpec } from './painter';
import { segmentsFor, type TextMap } from './text-map';

interface MarkJsRange {
  start: number;
  length: number;
  spec: MarkSpec;
}

/**
 * Groups specs (sorted by start, non-overlapping) into chunks that share no text node, so that marking one chunk
 * never invalidates the nodes another chunk refers to.
 */
export function chunkSpecs(map: TextMap, specs: MarkSpec[], maxPerChunk = 48): MarkSpec[][] {
  const chunks: MarkSpec[][] = [];
  let current: MarkSpec[] = [];
  let lastNode: Node | undefined;
  for (const spec of specs) {
    const segments = segmentsFor(map, spec.start, spec.end);
    if (!segments.length) continue;
    const first = segments[0].piece.node;
    if (current.length >= maxPerChunk && first !== lastNode) {
      chunks.push(current);
      current = [];
    }
    current.push(spec);
    lastNode = segments[segments.length - 1].piece.node;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Marks one chunk synchronously with a single markRanges() call. Specs whose text nodes changed since the text
 * was read are skipped. Returns the number of <mark> elements made.
 */
export function markChunk(map: TextMap, specs: MarkSpec[], onMark: (el: HTMLElement, spec: MarkSpec) => void): number {
  const wanted: { spec: MarkSpec; node: Text; from: number; to: number }[] = [];
  // each node's offset in mark.js's concatenation of the contexts (the nodes, in document order)
  const offsets = new Map<Text, number>();
  let base = 0;
  for (const spec of specs) {
    const segments = segmentsFor(map, spec.start, spec.end);
    const intact = segments.every(
      ({ piece }) => piece.node.isConnected && piece.node.data.length === piece.end - piece.start,
    );
    if (!intact) continue;
    for (const { piece, from, to } of segments) {
      wanted.push({ spec, node: piece.node, from, to });
      if (!offsets.has(piece.node)) {
        offsets.set(piece.node, base);
        base += piece.node.data.length;
      }
    }
  }
  if (!wanted.length) return 0;
  const contexts = [...offsets.keys()];

  const ranges: MarkJsRange[] = [];
  for (const { spec, node, from, to } of wanted) {
    const at = offsets.get(node);
    if (at === undefined) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.spec === spec && last.start + last.length === at + from) last.length += to - from;
    else ranges.push({ start: at + from, length: to - from, spec });
  }

  let made = 0;
  new Mark(contexts as unknown as HTMLElement[]).markRanges(ranges, {
    element: 'mark',
    className: MARK_CLASS,
    each: (el: HTMLElement, range: unknown) => {
      made++;
      onMark(el, (range as MarkJsRange).spec);
    },
  } as Mark.MarkRangesOptions);
  return made;
}

/** Removes the given marks (default: all of ours under root) and merges the text nodes they split. */
export function removeMarks(root: ParentNode, marks: Iterable<Element> = root.querySelectorAll(MARK_SELECTOR)): number {
  const parents = new Set<Element>();
  let count = 0;
  for (const mark of marks) {
    count++;
    if (mark.parentElement) parents.add(mark.parentElement);
  }
  if (!count) return 0;
  // Each mark's own parent is a context, deepest first: mark.js drops a context that an earlier one contains,
  // and a parent's marks are gone by the time an enclosing context is walked, so nothing is unwrapped twice.
  const contexts = [...parents].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1));
  new Mark(contexts as HTMLElement[]).unmark({ element: 'mark', className: MARK_CLASS });
  return count;
}
