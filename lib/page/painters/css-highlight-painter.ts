// The CSS Custom Highlight painter (Chrome 105+, Firefox 140+): spans become Range objects in named highlights,
// styled with ::highlight() in the page's sheet (mark-style.ts). No node is added or split, so a page that restores
// its DOM whenever it changes has nothing to undo (issue 10 §5). A range whose text node the page replaces simply
// stops painting; the annotator reads the new nodes again.
import type { SpanType } from '../../extract/types';
import { SPAN_KINDS } from '../../settings-base';
import type { MarkSpec, PaintedHit, Painter } from '../painter';
import { segmentsFor, type TextMap } from '../text-map';

/** Names in CSS.highlights: one per kind, one for clipped sentences, one per kind for spans that are mine. */
export const HIGHLIGHT_NAMES = {
  kind: (kind: SpanType) => `luoshi-${kind}`,
  clipped: 'luoshi-clipped',
  /** 我的任务 (mine.ts): per kind, so a kind the legend hides loses its mine style too */
  mine: (kind: SpanType) => `luoshi-mine-${kind}`,
} as const;

interface PaintedRange {
  range: StaticRange | Range;
  spec: MarkSpec;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
type HighlightRegistry = Map<string, Set<AbstractRange>>;

/** The browser's highlight registry and Highlight constructor, when it has them. */
function api(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && w.Highlight ? { registry: w.CSS.highlights, Highlight: w.Highlight } : undefined;
}

export function cssHighlightsSupported(win: Window = window): boolean {
  return !!api(win);
}

export class CssHighlightPainter implements Painter {
  readonly name = 'css-highlight';
  private readonly byNode = new Map<Node, PaintedRange[]>();
  private readonly byTask = new Map<number, PaintedRange[]>();
  private readonly bySpan = new Map<number, PaintedRange[]>();
  private readonly highlights = new Map<string, Set<AbstractRange>>();

  constructor(private readonly win: Window = window) {}

  private highlight(name: string): Set<AbstractRange> | undefined {
    let h = this.highlights.get(name);
    if (h) return h;
    const found = api(this.win);
    if (!found) return undefined;
    h = found.registry.get(name) ?? new found.Highlight();
    found.registry.set(name, h);
    this.highlights.set(name, h);
    return h;
  }

  paint(map: TextMap, specs: MarkSpec[]): number {
    let painted = 0;
    const doc = this.win.document;
    for (const spec of specs) {
      const segments = segmentsFor(map, spec.start, spec.end);
      if (!segments.length || !segments.every(({ piece }) => piece.node.isConnected && piece.node.data.length === piece.end - piece.start)) continue;
      const target = this.highlight(HIGHLIGHT_NAMES.kind(spec.kind));
      if (!target) return painted;
      for (const { piece, from, to } of segments) {
        const range = doc.createRange();
        range.setStart(piece.node, from);
        range.setEnd(piece.node, to);
        target.add(range);
        const entry = { range, spec };
        const list = this.byNode.get(piece.node);
        if (list) list.push(entry);
        else this.byNode.set(piece.node, [entry]);
        const ofSpan = this.bySpan.get(spec.span);
        if (ofSpan) ofSpan.push(entry);
        else this.bySpan.set(spec.span, [entry]);
        if (spec.task >= 0) {
          const ofTask = this.byTask.get(spec.task);
          if (ofTask) ofTask.push(entry);
          else this.byTask.set(spec.task, [entry]);
        }
      }
      painted++;
    }
    return painted;
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    const found = api(this.win);
    for (const name of [...SPAN_KINDS.map(HIGHLIGHT_NAMES.kind), HIGHLIGHT_NAMES.clipped, ...SPAN_KINDS.map(HIGHLIGHT_NAMES.mine)]) {
      found?.registry.delete(name);
    }
    this.highlights.clear();
    this.byNode.clear();
    this.byTask.clear();
    this.bySpan.clear();
  }

  setClipped(tasks: ReadonlySet<number>): void {
    const clipped = this.highlight(HIGHLIGHT_NAMES.clipped);
    if (!clipped) return;
    clipped.clear();
    for (const task of tasks) for (const { range } of this.byTask.get(task) ?? []) clipped.add(range);
  }

  setMine(spans: ReadonlySet<number>): void {
    // a highlight is registered only once something is mine here
    for (const kind of SPAN_KINDS) this.highlights.get(HIGHLIGHT_NAMES.mine(kind))?.clear();
    for (const span of spans) {
      for (const { range, spec } of this.bySpan.get(span) ?? []) this.highlight(HIGHLIGHT_NAMES.mine(spec.kind))?.add(range);
    }
  }

  hitTest(event: Event): PaintedHit | undefined {
    if (!(event instanceof MouseEvent) || !this.byNode.size) return undefined;
    const point = caretAt(this.win.document, event.clientX, event.clientY);
    if (!point) return undefined;
    for (const { range, spec } of this.byNode.get(point.node) ?? []) {
      if (point.offset >= range.startOffset && point.offset < range.endOffset) {
        const live = range instanceof Range ? range : undefined;
        const rect = live ? live.getBoundingClientRect() : new DOMRect(event.clientX, event.clientY, 0, 0);
        return { span: spec.span, task: spec.task, kind: spec.kind, rect };
      }
    }
    return undefined;
  }

  focusTarget(): HTMLElement | undefined {
    return undefined;
  }

  elementOf(task: number): Element | undefined {
    const first = this.byTask.get(task)?.[0];
    const node = first?.range.startContainer;
    return node?.isConnected ? (node.parentElement ?? undefined) : undefined;
  }

  made(): boolean {
    return false;
  }

  /** Painted ranges (pieces of spans), for tests and the legend. */
  get size(): number {
    let n = 0;
    for (const list of this.byNode.values()) n += list.length;
    return n;
  }
}

/** The text position under a point: caretPositionFromPoint (standard, Firefox, Chrome 128+) or caretRangeFromPoint. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}
