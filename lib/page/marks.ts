// The one owner of a highlight's DOM representation: the <mark class="luoshi-mark"> element and its data-luoshi*
// attributes (names, write, read, list by task, set clipped). Every other file goes through these functions; the
// painters (painter.ts) decide whether there are elements at all (the CSS Custom Highlight painter makes none).
// These attribute names are stable hooks (tests, user styles): keep them.
import type { SpanType } from '../extract/types';

export const MARK_CLASS = 'luoshi-mark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

/** Attributes of a mark element. */
export const MARK_ATTRS = {
  /** the span's kind: target, deadline or unit */
  kind: 'data-luoshi',
  /** the span's number on the page: ties the pieces of one span together */
  span: 'data-luoshi-span',
  /** the task sentence's number on the page (absent: a span outside any task) */
  task: 'data-luoshi-task',
  /** on the last piece of a task sentence (where the 已摘录 badge goes) */
  taskEnd: 'data-luoshi-task-end',
  /** on every piece of a clipped task sentence */
  clipped: 'data-luoshi-clipped',
  /** 我的任务 (mine.ts): on every piece of a span of the reader's own units, and of a task that is theirs */
  mine: 'data-luoshi-mine',
} as const;

/** What a mark says about itself. */
export interface MarkInfo {
  kind: SpanType;
  span: number;
  /** -1: no task */
  task: number;
}

/** Writes kind, span and task onto a mark element. */
export function writeMark(el: Element, info: MarkInfo): void {
  el.setAttribute(MARK_ATTRS.kind, info.kind);
  el.setAttribute(MARK_ATTRS.span, String(info.span));
  if (info.task >= 0) el.setAttribute(MARK_ATTRS.task, String(info.task));
}

/** Reads a mark element; undefined for anything else. */
export function readMark(el: Element): MarkInfo | undefined {
  if (!isMark(el)) return undefined;
  const task = el.getAttribute(MARK_ATTRS.task);
  return {
    kind: el.getAttribute(MARK_ATTRS.kind) as SpanType,
    span: Number(el.getAttribute(MARK_ATTRS.span)),
    task: task === null ? -1 : Number(task),
  };
}

export function isMark(el: Element): boolean {
  return el.localName === 'mark' && el.classList.contains(MARK_CLASS);
}

/** The mark an event happened in (or its target is), if any. */
export function markAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
}

/** Every mark under root. */
export function allMarks(root: ParentNode = document): NodeListOf<HTMLElement> {
  return root.querySelectorAll<HTMLElement>(MARK_SELECTOR);
}

/** Every mark of a task, in document order. */
export function marksOfTask(task: number, root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`${MARK_SELECTOR}[${MARK_ATTRS.task}="${task}"]`)];
}

/** Moves the task-end flag: on `el`, off `previous`. */
export function setTaskEnd(el: Element, previous?: Element): void {
  previous?.removeAttribute(MARK_ATTRS.taskEnd);
  el.setAttribute(MARK_ATTRS.taskEnd, '');
}

/** Puts the clipped flag on exactly the marks of the given tasks. */
export function setClippedMarks(tasks: ReadonlySet<number>, root: ParentNode = document): void {
  for (const el of root.querySelectorAll(`${MARK_SELECTOR}[${MARK_ATTRS.clipped}]`)) {
    if (!tasks.has(Number(el.getAttribute(MARK_ATTRS.task)))) el.removeAttribute(MARK_ATTRS.clipped);
  }
  for (const task of tasks) {
    for (const el of marksOfTask(task, root)) if (!el.hasAttribute(MARK_ATTRS.clipped)) el.setAttribute(MARK_ATTRS.clipped, '');
  }
}

/** Puts the mine flag on exactly the marks of the given spans. */
export function setMineMarks(spans: ReadonlySet<number>, root: ParentNode = document): void {
  for (const el of allMarks(root)) {
    const mine = spans.has(Number(el.getAttribute(MARK_ATTRS.span)));
    if (mine !== el.hasAttribute(MARK_ATTRS.mine)) el.toggleAttribute(MARK_ATTRS.mine, mine);
  }
}

/** CSS selectors for the style sheet (mark-style.ts, mine.ts). */
export const markSelectors = {
  any: MARK_SELECTOR,
  kind: (kind: SpanType) => `${MARK_SELECTOR}[${MARK_ATTRS.kind}="${kind}"]`,
  clipped: `${MARK_SELECTOR}[${MARK_ATTRS.clipped}]`,
  clippedEnd: `${MARK_SELECTOR}[${MARK_ATTRS.clipped}][${MARK_ATTRS.taskEnd}]`,
  mine: (kind: SpanType) => `${MARK_SELECTOR}[${MARK_ATTRS.kind}="${kind}"][${MARK_ATTRS.mine}]`,
} as const;
