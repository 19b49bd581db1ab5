// Reads text, has the engine run over each batch of text (in the background: engine-client.ts), and marks the
// spans in chunks that yield to the page between them, so a long page never blocks the main thread for long. The first batch is the whole page;
// later batches are content that appeared afterwards (only text nodes not read before).
import type { DeadlineKind, ExtractedTask, ExtractResult, SpanType } from '../extract/types';
import { chunkSpecs } from './highlight';
import type { MarkSpec, PaintedHit, Painter } from './painter';
import { DomPainter } from './painters/dom-painter';
import { CssHighlightPainter } from './painters/css-highlight-painter';
import { readText } from './readable-text';
import type { TableAwareResult, TableRow } from './task-table';
import type { TextMap } from './text-map';

export interface PageSpan {
  index: number;
  type: SpanType;
  text: string;
  kind?: DeadlineKind;
  due?: string;
  task: number;
}

export interface Batch {
  map: TextMap;
  /** offset of map.text in the page text (batches joined by '\n') */
  base: number;
}

export interface PageTask {
  index: number;
  batch: Batch;
  task: ExtractedTask;
  spans: number[];
  /** a row of a task table (task-table.ts): its number and task cell */
  row?: TableRow;
}

export interface AnnotatorOptions {
  /** extract() on the text, off the page's main thread (engine-client.ts) */
  extract(text: string): Promise<ExtractResult>;
  /** wraps our own DOM writes (the mutation observer ignores them) */
  own<T>(fn: () => T): T;
  /** longest stretch of marking before yielding to the page */
  budgetMs?: number;
}

/**
 * A macrotask break: the page's own tasks, input and rendering run before the next slice. (scheduler.yield()
 * would resume us ahead of the page's queued tasks.)
 */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A break until the browser has rendered a frame (then a macrotask, so that the frame's own work is done), or at
 * most FRAME_WAIT_MS where no frame comes (a tab in the background renders none). Painting one slice a frame keeps
 * each frame's layout to the marks of one slice: with plain macrotask breaks several slices could pile up before a
 * frame, and the layout after them took 40-60 ms on the ten-times page.
 */
const FRAME_WAIT_MS = 50;
export const yieldToFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });

/**
 * A pace for a long loop: call it between steps with the amount of work the step did; it breaks (pause) once
 * budgetMs of time or maxWork of work has gone by since the last break.
 */
function pacer(budgetMs: number, maxWork = Infinity, pause: () => Promise<void> = yieldToPage): (work: number) => Promise<void> {
  let since = performance.now();
  let done = 0;
  return async (work) => {
    done += work;
    if (performance.now() - since <= budgetMs && done < maxWork) return;
    await pause();
    since = performance.now();
    done = 0;
  };
}

/**
 * Marking between two yields: at most this long (ms) and this many spans. Each slice of painting is followed by the
 * browser's own style, layout and pre-paint work for the marks it added, in a task of its own that grows with the
 * number of marks (on the ten-times page, 200 spans cost about 30-40 ms of it, where the painting took under 10);
 * both tasks must stay well under 50 ms (issue 10 §6: no main-thread task over 50 ms).
 */
const DEFAULT_BUDGET_MS = 8;
const MAX_SPANS_PER_SLICE = 100;

export class Annotator {
  batches: Batch[] = [];
  tasks: PageTask[] = [];
  spans: PageSpan[] = [];
  /** the page text: every batch's text, joined by '\n' */
  pageText = '';
  /** text nodes already read: never read twice */
  private seen = new WeakSet<Node>();
  /** bumped by clear(): marking loops of an older generation stop */
  private generation = 0;
  /** <mark> elements (the default) and CSS Custom Highlights (regions whose page undoes our marks) */
  readonly dom = new DomPainter();
  readonly css = new CssHighlightPainter();

  constructor(private readonly options: AnnotatorOptions) {}

  private get painters(): Painter[] {
    return [this.dom, this.css];
  }

  /** runs our own DOM writes past the mutation observer */
  own<T>(fn: () => T): T {
    return this.options.own(fn);
  }

  /** The engine's result for the text. */
  analyse(text: string): Promise<ExtractResult> {
    return this.options.extract(text);
  }

  /** Reads the text under root that was not read before. */
  read(root: Element): TextMap {
    return readText(root, { skipText: (node) => this.seen.has(node) || this.dom.made(node) });
  }

  /** Registers a batch: its text nodes become seen, its tasks and spans get page-wide numbers. Returns mark specs. */
  add(map: TextMap, result: ExtractResult | TableAwareResult): MarkSpec[] {
    for (const piece of map.pieces) this.seen.add(piece.node);
    const batch: Batch = { map, base: this.pageText.length ? this.pageText.length + 1 : 0 };
    this.pageText = this.pageText.length ? `${this.pageText}\n${map.text}` : map.text;
    this.batches.push(batch);

    const specs: MarkSpec[] = [];
    const firstTask = this.tasks.length;
    const rows = 'rows' in result ? result.rows : undefined;
    for (const task of result.tasks) this.tasks.push({ index: this.tasks.length, batch, task, spans: [], row: rows?.get(task) });
    let t = firstTask;
    for (const span of result.spans) {
      while (t < this.tasks.length && this.tasks[t].task.end <= span.start) t++;
      const owner = this.tasks[t] && this.tasks[t].task.start <= span.start ? t : -1;
      const index = this.spans.length;
      this.spans.push({ index, type: span.type, text: span.text, kind: span.kind, due: span.due, task: owner });
      if (owner >= 0) this.tasks[owner].spans.push(index);
      specs.push({ start: span.start, end: span.end, kind: span.type, span: index, task: owner });
    }
    return specs;
  }

  /**
   * Paints specs of one batch in chunks (DOM marks unless another painter is given), in a task of its own (the
   * work before it, receiving and checking the engine's reply, had one), and at most one slice a frame.
   */
  async mark(map: TextMap, specs: MarkSpec[], painter: Painter = this.dom): Promise<void> {
    const generation = this.generation;
    const pace = pacer(this.options.budgetMs ?? DEFAULT_BUDGET_MS, MAX_SPANS_PER_SLICE, yieldToFrame);
    if (specs.length) await yieldToPage();
    for (const chunk of chunkSpecs(map, specs)) {
      if (generation !== this.generation) return;
      this.options.own(() => painter.paint(map, chunk));
      await pace(chunk.length);
    }
  }

  /** The painted span at an event (pointer over, focus in), from whichever painter painted it. */
  hitTest(event: Event): PaintedHit | undefined {
    for (const painter of this.painters) {
      const hit = painter.hitTest(event);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Shows exactly these tasks as clipped, in every painter. */
  setClipped(tasks: ReadonlySet<number>): void {
    this.options.own(() => {
      for (const painter of this.painters) painter.setClipped(tasks);
    });
  }

  /** Shows exactly these spans as mine (我的任务), in every painter. */
  setMine(spans: ReadonlySet<number>): void {
    this.options.own(() => {
      for (const painter of this.painters) painter.setMine(spans);
    });
  }

  /** The element holding a task's first painted piece, whichever painter painted it (to scroll to). */
  elementOf(task: number): Element | undefined {
    for (const painter of this.painters) {
      const el = painter.elementOf(task);
      if (el) return el;
    }
    return undefined;
  }

  /** The element that takes keyboard focus for a task (DOM marks only). */
  focusTarget(task: number): HTMLElement | undefined {
    return this.dom.focusTarget(task);
  }

  counts(): Record<SpanType, number> {
    const counts: Record<SpanType, number> = { target: 0, deadline: 0, unit: 0 };
    for (const s of this.spans) counts[s.type]++;
    return counts;
  }

  /** Removes every highlight and forgets what was read. */
  clear(): void {
    this.generation++;
    this.options.own(() => {
      for (const painter of this.painters) painter.clear();
    });
    this.batches = [];
    this.tasks = [];
    this.spans = [];
    this.pageText = '';
    this.seen = new WeakSet();
  }

  /** Page-wide [start, end) of a task. */
  rangeOf(task: PageTask): [number, number] {
    return [task.batch.base + task.task.start, task.batch.base + task.task.end];
  }
}
