// Wrapping text ranges of a TextMap in <mark class="luoshi-mark"> elements for the DOM painter
// (painters/dom-painter.ts), and removing them again.
//
// Marking splits the text nodes a span covers and wraps the middle part in a <mark>, one mark per text node (a
// span across inline tags gets several pieces, which share data-luoshi-span). It is done here directly, not with
// mark.js markRanges(): markRanges re-maps every range onto its own concatenation of the context's text nodes and
// walks them per range, which made painting cost as much as everything else the page does for an annotation
// (issue 10 §6 measures annotate against markRanges alone). The marks carry mark.js's data-markjs flag, so that
// mark.js unmark() removes them and merges the split text nodes back (removeMarks).
import Mark from 'mark.js';
import { MARK_CLASS, MARK_SELECTOR } from './marks';
import type { MarkSpec } from './painter';
import { segmentsFor, type TextMap } from './text-map';

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
 * Marks one chunk synchronously. Specs whose text nodes changed since the text was read are skipped. onMark is
 * called for each <mark> made, in document order. Returns the number of <mark> elements made.
 */
export function markChunk(map: TextMap, specs: MarkSpec[], onMark: (el: HTMLElement, spec: MarkSpec) => void): number {
  // the pieces to wrap, in document order (specs are sorted and do not overlap)
  const wanted: { spec: MarkSpec; node: Text; from: number; to: number }[] = [];
  for (const spec of specs) {
    const segments = segmentsFor(map, spec.start, spec.end);
    const intact = segments.every(
      ({ piece }) => piece.node.isConnected && piece.node.data.length === piece.end - piece.start,
    );
    if (!intact) continue;
    for (const { piece, from, to } of segments) if (to > from) wanted.push({ spec, node: piece.node, from, to });
  }
  // from the last piece back: splitting a node leaves its earlier part in place, so the offsets of the pieces
  // before it in the same node still hold
  const made: HTMLElement[] = new Array(wanted.length);
  for (let i = wanted.length - 1; i >= 0; i--) {
    const { node, from, to } = wanted[i];
    if (to < node.data.length) node.splitText(to);
    const middle = from > 0 ? node.splitText(from) : node;
    const mark = node.ownerDocument.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-markjs', 'true');
    middle.parentNode!.replaceChild(mark, middle);
    mark.appendChild(middle);
    made[i] = mark;
  }
  for (let i = 0; i < wanted.length; i++) onMark(made[i], wanted[i].spec);
  return wanted.length;
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
