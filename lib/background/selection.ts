// A task draft built from selected text when no content script can answer (context menu 摘录为任务 on a page
// the content script does not run in): the engine fills units, deadlines and targets from the selection alone.
import type { TaskDraft } from '../db/schema';
import { extract } from '../extract';

const MAX_TEXT = 5000;

export function draftFromSelection(
  selection: string,
  source: { url: string; title: string },
  referenceDate: string,
): TaskDraft | null {
  const exact = selection.trim().slice(0, MAX_TEXT);
  const text = exact.replace(/\s+/g, ' ');
  if (!text) return null;
  const { tasks } = extract(exact, { referenceDate });
  const units = [...new Set(tasks.flatMap((task) => task.units))];
  const targets = [...new Set(tasks.flatMap((task) => task.targets))];
  const seen = new Set<string>();
  const deadlines = tasks
    .flatMap((task) => task.deadlines)
    .filter((deadline) => !seen.has(deadline.text) && !!seen.add(deadline.text))
    .map((deadline) => ({ text: deadline.text, kind: deadline.kind, ...(deadline.due ? { due: deadline.due } : {}) }));
  const dues = tasks.map((task) => task.due).filter((due): due is string => !!due).sort();
  return {
    text,
    units,
    deadlines,
    targets,
    ...(dues.length ? { due: dues[0] } : {}),
    source: { url: source.url.slice(0, 4096), title: source.title.slice(0, 1000) },
    anchor: { exact, prefix: '', suffix: '' },
  };
}
