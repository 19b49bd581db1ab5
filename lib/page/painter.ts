// One contract for drawing highlights (after recogito's text annotator: rendering/renderer.ts): the annotator
// hands a painter the spans of one batch, a chunk at a time, and asks it where a span is; it never touches the
// DOM itself. Two painters: painters/dom-painter.ts (<mark> elements made by highlight.ts, marks.ts attributes: focusable,
// styled by the page's sheet) and painters/css-highlight-painter.ts (the CSS Custom Highlight API: no node is
// added, for pages that undo our marks).
import type { SpanType } from '../extract/types';
import type { TextMap } from './text-map';

/** One span to paint: offsets in the TextMap's text. */
export interface MarkSpec {
  start: number;
  end: number;
  kind: SpanType;
  /** the span's number on the page: ties the pieces of one span together */
  span: number;
  /** the task sentence's number on the page (-1: none) */
  task: number;
}

/** A painted span found at a point or element, and the box to show its popover at. */
export interface PaintedHit {
  span: number;
  task: number;
  kind: SpanType;
  rect: DOMRect;
  /** the element to give focus back to (DOM painter only) */
  element?: HTMLElement;
}

export interface Painter {
  readonly name: 'dom' | 'css-highlight';
  /** Paints one chunk synchronously; specs whose text nodes changed since reading are skipped. Returns specs painted. */
  paint(map: TextMap, specs: MarkSpec[]): number;
  /** Removes everything this painter painted. */
  clear(): void;
  /** Shows exactly these tasks as clipped. */
  setClipped(tasks: ReadonlySet<number>): void;
  /** Shows exactly these spans (page-wide span numbers) as mine (我的任务, mine.ts). */
  setMine(spans: ReadonlySet<number>): void;
  /** The painted span at a pointer event's position or in a focus event's target. */
  hitTest(event: Event): PaintedHit | undefined;
  /** The element that takes keyboard focus for a task, if this painter makes elements. */
  focusTarget(task: number): HTMLElement | undefined;
  /** The element holding the first painted piece of a task (to scroll to), if the task is painted here. */
  elementOf(task: number): Element | undefined;
  /** Nodes this painter made (never page text to read again). */
  made(node: Node): boolean;
}
