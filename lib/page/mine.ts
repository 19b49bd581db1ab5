// 我的任务 on the page (issue 12): the highlights of the reader's own units, and every highlight of a task that is
// theirs (lib/domain/mine.ts), are shown as mine by whichever painter painted them (painter.ts setMine): <mark>s
// carry data-luoshi-mine (marks.ts MARK_ATTRS.mine) and a stronger style (bold text and an outline, not colour
// alone); CSS Custom Highlights (no DOM change) get a thick dark underline, ::highlight() allowing no more. The
// legend counts those tasks and steps through them. The controller calls refresh() after marking and when the
// settings change; nothing here reads or writes page text.
import { isMineTask, isMineUnit, parseMyUnits, type MyUnit } from '../domain/mine';
import type { SpanType } from '../extract/types';
import { SPAN_KINDS } from '../settings-base';
import type { Annotator } from './annotator';
import { MARK_ATTRS, markSelectors } from './marks';
import { HIGHLIGHT_NAMES } from './painters/css-highlight-painter';
import type { UiStore } from './ui-state';

export const MINE_ATTR = MARK_ATTRS.mine;

/** The mine style, for the kinds that are shown (a hidden kind loses its mine style with its colour). */
export function mineCss(hidden: ReadonlySet<SpanType>): string {
  const shown = SPAN_KINDS.filter((kind) => !hidden.has(kind));
  if (!shown.length) return '';
  const selector = shown.map(markSelectors.mine).join(',');
  const highlights = shown.map((kind) => `::highlight(${HIGHLIGHT_NAMES.mine(kind)})`).join(',');
  return [
    `${selector}{font-weight:700 !important;outline:2px solid #7f1d1d;outline-offset:0;border-bottom-width:3px !important}`,
    `${highlights}{text-decoration:underline solid #7f1d1d 3px}`,
  ].join('\n');
}

export class MineMarker {
  private units: MyUnit[] = [];
  /** the page tasks that are mine, in page order */
  private tasks: number[] = [];
  /** the task stepped to last, as an index into tasks; -1 before the first step */
  private at = -1;
  /** whether some span is shown as mine now */
  private shown = false;

  constructor(
    private readonly annotator: Annotator,
    private readonly store: UiStore,
  ) {}

  /** Reads the options' 我的单位 text; true when the units changed (the page then needs refresh()). */
  setUnits(text: string): boolean {
    const next = parseMyUnits(text).units;
    const changed = JSON.stringify(next) !== JSON.stringify(this.units);
    this.units = next;
    return changed;
  }

  get hasUnits(): boolean {
    return this.units.length > 0;
  }

  /** Shows exactly the spans that are mine as mine (every painter), and updates the legend's count. */
  refresh(): void {
    const { annotator } = this;
    const mineTasks = new Set<number>();
    if (this.units.length) {
      for (const task of annotator.tasks) if (isMineTask(task.task, this.units)) mineTasks.add(task.index);
    }
    const spans = new Set<number>();
    for (const span of annotator.spans) {
      if (mineTasks.has(span.task) || (span.type === 'unit' && this.units.length && isMineUnit(span.text, this.units))) {
        spans.add(span.index);
      }
    }
    // a page with nothing mine before or now (no units set, the usual case) is not walked at all
    if (spans.size || this.shown) annotator.setMine(spans);
    this.shown = spans.size > 0;
    this.tasks = [...mineTasks].sort((a, b) => a - b);
    if (this.at >= this.tasks.length) this.at = -1;
    this.publish();
  }

  /** Moves keyboard focus (and the view) to the next task that is mine, after the last one back to the first. */
  next(): void {
    if (!this.tasks.length) return;
    this.at = (this.at + 1) % this.tasks.length;
    const task = this.tasks[this.at];
    // a <mark> takes focus; a CSS highlight has no element of its own, so its text's element is scrolled to
    const focus = this.annotator.focusTarget(task);
    const el = focus ?? this.annotator.elementOf(task);
    if (el?.isConnected) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      focus?.focus({ preventScroll: true });
    }
    this.publish();
  }

  /** Highlights are gone (turned off): nothing is mine on the page until they come back. */
  reset(): void {
    this.shown = false; // the highlights are gone with their mine flags
    this.tasks = [];
    this.at = -1;
    this.publish();
  }

  private publish(): void {
    this.store.set({ mine: this.units.length ? { count: this.tasks.length, at: this.at } : undefined });
  }
}
