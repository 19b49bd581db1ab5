// The task drafts the page hands back to requests from the popup and background: every task on the page (摘录全部)
// or the selected text (context menu 摘录为任务), each with the section (heading) its sentence sits under.
import type { TaskDraft, TaskSource } from '../domain/task';
import type { Annotator } from './annotator';
import { draftFromPageTask, draftFromRow, draftFromSelection, draftFromTask } from './drafts';
import { extractInBackground } from './engine-client';
import { readText } from './readable-text';
import { findSections, nodeAt, withSection } from './section';
import { readTaskTables } from './task-table';
import { offsetAtBoundary } from './text-map';

export interface DraftContext {
  /** the annotator when the page is highlighted (its text and tasks are read already), else undefined */
  annotated?: Annotator;
  source(): TaskSource;
  /** the reference date for deadlines on a page with this text (its publish date, or as the settings say) */
  referenceDateFor(pageText: string): string | undefined;
}

/** Every task on the page, as drafts ready to clip. */
export async function pageDrafts(context: DraftContext): Promise<TaskDraft[]> {
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
  const extract = (text: string) => extractInBackground(text, referenceDate);
  const result = await readTaskTables(map, await extract(map.text), extract);
  return result.tasks
    .map((task) => {
      const row = result.rows.get(task);
      const draft = row ? draftFromRow(map.text, task, row, 0, source) : draftFromTask(map.text, task, 0, source);
      return withSection(draft, sections, nodeAt(map, task.start));
    })
    .filter((d): d is TaskDraft => !!d);
}

/** The selected text as a draft, anchored in the page text when the selection lies in it. */
export async function selectionDraft(context: DraftContext): Promise<TaskDraft | null> {
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
  const draft = draftFromSelection(text, await extractInBackground(text, referenceDate), source, located);
  return withSection(draft, findSections(document, source.title), range.startContainer);
}
