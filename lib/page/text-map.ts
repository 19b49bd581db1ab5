// The map between a flat text (what extract() reads) and the DOM text nodes it came from.
// Offsets are JavaScript string indices into TextMap.text. Separators ('\n' between blocks) belong to no node.

export interface TextPiece {
  node: Text;
  /** offset of the node's first character in TextMap.text */
  start: number;
  /** start + the node's length when it was read */
  end: number;
  /** the nearest block element around the node */
  block: Element;
}

export interface TextMap {
  text: string;
  /** in text order (= document order), non-overlapping */
  pieces: TextPiece[];
}

/** A part of one text node: characters [from, to) of piece.node. */
export interface NodeSegment {
  piece: TextPiece;
  from: number;
  to: number;
}

/** Index of the piece holding offset, or of the last piece before it; -1 if none. */
export function pieceIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.pieces[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The node segments covering text [start, end); separators in between are simply not covered. */
export function segmentsFor(map: TextMap, start: number, end: number): NodeSegment[] {
  const out: NodeSegment[] = [];
  let i = Math.max(0, pieceIndexAt(map, start));
  for (; i < map.pieces.length; i++) {
    const piece = map.pieces[i];
    if (piece.start >= end) break;
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.end);
    if (to > from) out.push({ piece, from: from - piece.start, to: to - piece.start });
  }
  return out;
}

/** The text offset of a DOM position (a text node and an offset in it), when that node was read. */
export function offsetOf(map: TextMap, node: Node, nodeOffset: number, index = indexByNode(map)): number | undefined {
  const piece = index.get(node);
  if (!piece) return undefined;
  return piece.start + Math.min(Math.max(0, nodeOffset), piece.end - piece.start);
}

const indexes = new WeakMap<TextMap, Map<Node, TextPiece>>();
function indexByNode(map: TextMap): Map<Node, TextPiece> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map(map.pieces.map((p) => [p.node as Node, p]));
    indexes.set(map, index);
  }
  return index;
}

/**
 * The text offset at or after a DOM boundary point (container, offset), as a Range gives it: the first piece
 * that follows the point in document order. Used to map a selection whose ends are not in read text nodes.
 */
export function offsetAtBoundary(map: TextMap, container: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  if (container.nodeType === 3) {
    const direct = offsetOf(map, container, offset);
    if (direct !== undefined) return direct;
  }
  // binary search on document order
  let lo = 0;
  let hi = map.pieces.length - 1;
  let firstAfter = map.pieces.length;
  const point = { container, offset };
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(point, map.pieces[mid].node)) {
      firstAfter = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (edge === 'start') return firstAfter < map.pieces.length ? map.pieces[firstAfter].start : undefined;
  return firstAfter > 0 ? map.pieces[firstAfter - 1].end : undefined;
}

function isBefore(point: { container: Node; offset: number }, node: Node): boolean {
  const doc = node.ownerDocument;
  if (!doc) return false;
  const range = doc.createRange();
  range.setStart(point.container, point.offset);
  range.collapse(true);
  // -1: node is after the point
  return range.comparePoint(node, 0) === 1;
}
