// mark.js glue: wraps text ranges of a TextMap in <mark class="luoshi-mark"> elements, many ranges per
// markRanges() call, and removes them again.
//
// mark.js counts range offsets over its own concatenation of ALL text nodes under its contexts (only text
// directly inside script/style/title/head/html is left out), while our TextMap leaves out hidden and skipped
// elements and adds '\n' separators. So each range is translated deliberately: TextMap offset -> (text node,
// offset in node) -> mark.js offset, computed by walking the contexts with mark.js's own rule. A span whose
// text nodes are not adjacent in mark.js's concatenation (a hidden node in between) becomes several ranges.
import Mark from 'mark.js';
import type { SpanType } from '../extract/types';
import { segmentsFor, type TextMap } from './text-map';

export const MARK_CLASS = 'luoshi-mark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

export interface MarkSpec {
  /** offsets in the TextMap's text */
  start: number;
  end: number;
  kind: SpanType;
  /** the span's number on the page: ties the pieces of one span together */
  span: number;
  /** the task sentence's number on the page */
  task: number;
}

interface MarkJsRange {
  start: number;
  length: number;
  spec: MarkSpec;
}

/** mark.js leaves text out only when its direct parent is one of these (see Mark#matchesExclude). */
const MARKJS_SKIPPED_PARENTS = new Set(['script', 'style', 'title', 'head', 'html']);

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
  const nodes = new Set<Text>();
  const blocks: Element[] = [];
  for (const spec of specs) {
    const segments = segmentsFor(map, spec.start, spec.end);
    const intact = segments.every(
      ({ piece }) => piece.node.isConnected && piece.node.data.length === piece.end - piece.start,
    );
    if (!intact) continue;
    for (const { piece, from, to } of segments) {
      wanted.push({ spec, node: piece.node, from, to });
      if (!nodes.has(piece.node)) {
        nodes.add(piece.node);
        if (blocks[blocks.length - 1] !== piece.block) blocks.push(piece.block);
      }
    }
  }
  if (!wanted.length) return 0;
  const contexts = outermost(blocks);

  // each wanted node's offset in mark.js's concatenation of the contexts' text nodes
  const offsets = new Map<Text, number>();
  let base = 0;
  for (const context of contexts) {
    const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentNode as Element | null;
      if (parent && parent.nodeType === 1 && MARKJS_SKIPPED_PARENTS.has(parent.localName)) continue;
      if (nodes.has(n as Text)) offsets.set(n as Text, base);
      base += (n as Text).data.length;
    }
  }

  const ranges: MarkJsRange[] = [];
  for (const { spec, node, from, to } of wanted) {
    const at = offsets.get(node);
    if (at === undefined) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.spec === spec && last.start + last.length === at + from) last.length += to - from;
    else ranges.push({ start: at + from, length: to - from, spec });
  }

  let made = 0;
  new Mark(contexts as HTMLElement[]).markRanges(ranges, {
    element: 'mark',
    className: MARK_CLASS,
    each: (el: HTMLElement, range: unknown) => {
      made++;
      onMark(el, (range as MarkJsRange).spec);
    },
  } as Mark.MarkRangesOptions);
  return made;
}

/** Keeps the elements no other one contains, in document order. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  const kept = [...set].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
  return kept.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
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
