// Clipping on the page: the 摘录 button sends the popover's task to the background, and clipped sentences are
// shown as such (marks.ts data-luoshi-clipped, or the clipped CSS highlight), both after a clip and, on a later
// visit, once re-anchored (reanchor.ts).
import { browser } from 'wxt/browser';
import { pageKey } from '../domain/task-keys';
import type { TaskSource } from '../domain/task';
import { t } from '../i18n';
import type { ClipReply, Request, TasksReply } from '../messages';
import { errorOf, isOkReply } from './replies';
import type { Annotator } from './annotator';
import { draftFromPageTask } from './drafts';
import { reanchor } from './reanchor';
import { findSections, nodeAt, withSection } from './section';
import type { UiStore } from './ui-state';

async function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

function errorText(reply: unknown, thrown?: unknown): string {
  const error = errorOf(reply);
  if (error !== undefined) return error;
  if (thrown) return t('page_no_background');
  return t('page_bad_reply');
}

export class Clipper {
  /** indexes of the page tasks whose sentence is in the list */
  private clipped = new Set<number>();

  constructor(
    private readonly annotator: Annotator,
    private readonly store: UiStore,
    private readonly source: () => TaskSource,
  ) {}

  has(task: number): boolean {
    return this.clipped.has(task);
  }

  get size(): number {
    return this.clipped.size;
  }

  /** Forgets the clipped state (highlights turned off: the marks are gone). */
  reset(): void {
    this.clipped.clear();
  }

  /** 摘录 in the popover: stores its task, then marks the sentence as clipped or shows why it failed. */
  async clipPopoverTask(): Promise<void> {
    const popover = this.store.state.popover;
    if (!popover) return;
    const task = this.annotator.tasks[popover.task];
    const source = this.source();
    const draft = task && withSection(draftFromPageTask(task, source), findSections(document, source.title), nodeAt(task.batch.map, task.task.start));
    if (!draft) return;
    this.store.patchPopover({ clip: 'busy', error: undefined });
    let reply: unknown;
    let thrown: unknown;
    try {
      reply = await send({ type: 'clip', drafts: [draft] });
    } catch (e) {
      thrown = e;
    }
    const stillShown = this.store.state.popover?.task === popover.task;
    if (isOkReply<ClipReply>(reply, ['added', 'existing'])) {
      this.setClipped(new Set([...this.clipped, popover.task]));
      if (stillShown) this.store.patchPopover({ clip: 'done' });
      this.store.set({ notice: undefined });
    } else {
      const text = errorText(reply, thrown);
      if (stillShown) this.store.patchPopover({ clip: 'error', error: text });
      this.store.set({ notice: { kind: 'error', text: t('page_clip_failed', text) } });
    }
  }

  /** Finds this page's clipped tasks again by their text quotes; flags those no longer found. */
  async refresh(isOn: () => boolean): Promise<void> {
    let reply: unknown;
    try {
      reply = await send({ type: 'tasks-for-page', url: pageKey(location.href) });
    } catch {
      return; // no background to ask: nothing to re-mark
    }
    if (!isOkReply<TasksReply>(reply, ['tasks']) || !isOn()) return;
    const { found, lost, refound } = reanchor(this.annotator.pageText, reply.tasks, this.annotator.tasks, (task) =>
      this.annotator.rangeOf(task),
    );
    this.setClipped(found);
    try {
      if (lost.length) await send({ type: 'set-orphaned', ids: lost, orphaned: true });
      if (refound.length) await send({ type: 'set-orphaned', ids: refound, orphaned: false });
    } catch {
      /* the flags are refreshed on the next visit */
    }
  }

  /** Shows exactly the given tasks as clipped. */
  private setClipped(tasks: Set<number>): void {
    this.annotator.setClipped(tasks);
    this.clipped = tasks;
    this.store.set({ clipped: tasks.size });
  }
}
