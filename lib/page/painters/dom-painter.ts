// The DOM painter: each span is wrapped in <mark class="luoshi-mark"> elements (highlight.ts), which marks.ts
// names and flags. The first piece of each task sentence is a tab stop; the last one carries the task-end flag.
import { markChunk, removeMarks } from '../highlight';
import { allMarks, markAt, readMark, setClippedMarks, setMineMarks, setTaskEnd, writeMark } from '../marks';
import type { MarkSpec, PaintedHit, Painter } from '../painter';
import type { TextMap } from '../text-map';

export class DomPainter implements Painter {
  readonly name = 'dom';
  private firstOfTask = new Map<number, HTMLElement>();
  private lastOfTask = new Map<number, HTMLElement>();
  /** text nodes marking made or moved (inside marks, and the rest of split nodes) */
  private texts = new WeakSet<Node>();

  constructor(private readonly root: ParentNode = document) {}

  paint(map: TextMap, specs: MarkSpec[]): number {
    const painted = new Set<number>();
    markChunk(map, specs, (el, spec) => {
      painted.add(spec.span);
      writeMark(el, spec);
      if (spec.task >= 0) {
        if (!this.firstOfTask.has(spec.task)) {
          this.firstOfTask.set(spec.task, el);
          el.tabIndex = 0; // one tab stop per task sentence, not per piece
        }
        setTaskEnd(el, this.lastOfTask.get(spec.task));
        this.lastOfTask.set(spec.task, el);
      }
      if (el.firstChild) this.texts.add(el.firstChild);
      if (el.nextSibling?.nodeType === 3) this.texts.add(el.nextSibling);
    });
    return painted.size;
  }

  clear(): void {
    removeMarks(this.root);
    this.firstOfTask.clear();
    this.lastOfTask.clear();
    this.texts = new WeakSet();
  }

  setClipped(tasks: ReadonlySet<number>): void {
    setClippedMarks(tasks, this.root);
  }

  setMine(spans: ReadonlySet<number>): void {
    setMineMarks(spans, this.root);
  }

  hitTest(event: Event): PaintedHit | undefined {
    const el = markAt(event.target);
    const info = el && readMark(el);
    if (!el || !info) return undefined;
    return { ...info, rect: el.getBoundingClientRect(), element: el };
  }

  focusTarget(task: number): HTMLElement | undefined {
    const el = this.firstOfTask.get(task);
    return el?.isConnected ? el : undefined;
  }

  elementOf(task: number): Element | undefined {
    return this.focusTarget(task);
  }

  made(node: Node): boolean {
    return this.texts.has(node);
  }

  /** How many mark elements are on the page (all painters' DOM marks are this painter's). */
  count(): number {
    return allMarks(this.root).length;
  }
}
