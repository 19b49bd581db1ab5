// A task draft built from selected text when no content script can answer (context menu 摘录为任务 on a page
// the content script does not run in): the engine fills units, deadlines and targets from the selection alone,
// as on the page (lib/page/drafts.ts), but the quote has no page text around it.
import type { TaskDraft } from '../domain/task';
import { extract } from '../extract';
import { draftFromSelection as draftFromPageSelection, taskSource } from '../page/drafts';

export function draftFromSelection(
  selection: string,
  source: { url: string; title: string },
  referenceDate: string,
): TaskDraft | null {
  const exact = selection.trim();
  if (!exact) return null;
  return draftFromPageSelection(exact, extract(exact, { referenceDate }), taskSource(source.url, source.title));
}
