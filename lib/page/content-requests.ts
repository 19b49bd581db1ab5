// Requests from the popup and background to the page (lib/messages contentRequestSchema), and the task drafts
// the page hands back: every task on the page (摘录全部) or the selected text (context menu 摘录为任务).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TaskDraft, TaskSource } from '../domain/task';
import { extract } from '../extract';
import { contentRequestSchema, type ContentRequest } from '../messages';
import type { Annotator } from './annotator';
import { draftFromPageTask, draftFromSelection, draftFromTask } from './drafts';
import { readText } from './readable-text';
import { findSections, nodeAt, withSection } from './section';
import { offsetAtBoundary } from './text-map';

type MessageListener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

/** Answers the content requests with handle(); other messages are left to other listeners. */
export function listenForRequests(ctx: ContentScriptContext, handle: (request: ContentRequest) => Promise<unknown>): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const parsed = contentRequestSchema.safeParse(raw);
    if (!parsed.success) return false; // not a request for the page
    handle(parsed.data).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as MessageListener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as MessageListener));
}

export interface DraftContext {
  /** the annotator when the page is highlighted (its text and tasks are read already), else undefined */
  annotated?: Annotator;
  source(): TaskSource;
  /** the reference date for deadlines on a page with this text (its publish date, or as the settings say) */
  referenceDateFor(pageText: string): string | undefined;
}

/** Every task on the page, as drafts ready to clip. */
export function pageDrafts(context: DraftContext): TaskDraft[] {
  const { annotated } = context;
  const source = context.source();
  const sections = findSections(document, source.title);
  if (annotated) {
    return annotated.tasks
      .map((task) => withSection(draftFromPageTask(task, source), sections, nodeAt(task.batch.map, task.task.start)))
      .filter((d): d is TaskDraft => !!d);
  }
  // not annotated: read and extract without touching the page
  const map = readText(document.body);
  const referenceDate = context.referenceDateFor(map.text);
  const result = extract(map.text, { referenceDate });
  return result.tasks
    .map((task) => withSection(draftFromTask(map.text, task, 0, source), sections, nodeAt(map, task.start)))
    .filter((d): d is TaskDraft => !!d);
}

/** The selected text as a draft, anchored in the page text when the selection lies in it. */
export function selectionDraft(context: DraftContext): TaskDraft | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const selected = selection.toString();
  if (!selected.trim()) return null;
  const range = selection.getRangeAt(0);
  const { annotated } = context;
  const batches = annotated ? annotated.batches : [{ map: readText(document.body), base: 0 }];
  const pageText = annotated ? annotated.pageText : batches[0].map.text;
  const referenceDate = context.referenceDateFor(pageText);
  let located: { text: string; start: number; end: number } | undefined;
  for (const batch of batches) {
    const start = offsetAtBoundary(batch.map, range.startContainer, range.startOffset, 'start');
    const end = offsetAtBoundary(batch.map, range.endContainer, range.endOffset, 'end');
    if (start !== undefined && end !== undefined && end > start) {
      located = { text: pageText, start: batch.base + start, end: batch.base + end };
      break;
    }
  }
  const text = located ? located.text.slice(located.start, located.end) : selected;
  const source = context.source();
  const draft = draftFromSelection(text, extract(text, { referenceDate }), source, located);
  return withSection(draft, findSections(document, source.title), range.startContainer);
}
