// What the popup asks of the page it acts on: the tab given as popup.html?tab=<id> (popup opened in a tab),
// else the active tab of the current window (the toolbar popup).
import { browser } from 'wxt/browser';
import {
  clipReplySchema,
  errorReplySchema,
  pageTasksReplySchema,
  tabFramesReplySchema,
  toggleReplySchema,
  type ContentRequest,
  type Request,
} from '../../lib/messages';
import type { TaskDraft } from '../../lib/domain/task';
import { splitWorkOrders } from '../../lib/tasks/work-orders';

/** Opened as popup.html?tab=… : a page in a tab of its own, not the toolbar popup. */
export function isOpenedInTab(search: string = location.search): boolean {
  return new URLSearchParams(search).has('tab');
}

export async function resolveTargetTab(search: string = location.search): Promise<number | undefined> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** 摘录全部 clips the page's work orders (lib/tasks/work-orders.ts); 'rest' then clips the other sentences. */
export type ClipScope = 'orders' | 'rest';

export interface ClipAllOptions {
  /** 'orders' (the default) or 'rest' */
  scope?: ClipScope;
  /** keeps only the drafts it accepts, before the split (只摘录我的: lib/domain/mine.ts isMineTask) */
  only?: (draft: TaskDraft) => boolean;
}

export type ClipAllOutcome =
  /** rest: sentences of the page left out (scope 'orders'), which the popup offers to clip with one click */
  | { kind: 'clipped'; added: number; existing: number; rest: number }
  | { kind: 'nothing-found' }
  | { kind: 'no-content-script' }
  | { kind: 'no-tab' }
  | { kind: 'failed'; error: string };

/** The top frame answers for the page (content scripts run in every frame, and the first answer would win). */
async function askPage(tabId: number, request: ContentRequest, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId });
}

/** The drafts of the tab's other frames that have highlights (a speech in an iframe), as the background knows them. */
async function frameDrafts(tabId: number): Promise<TaskDraft[]> {
  const request: Request = { type: 'tab-frames', tabId };
  const frames = tabFramesReplySchema.safeParse(await browser.runtime.sendMessage(request).catch(() => undefined));
  if (!frames.success) return [];
  const replies = await Promise.all(frames.data.frameIds.map((id) => askPage(tabId, { type: 'page-tasks' }, id).catch(() => undefined)));
  return replies.flatMap((reply) => {
    const parsed = pageTasksReplySchema.safeParse(reply);
    return parsed.success ? parsed.data.drafts : [];
  });
}

/**
 * 摘录全部: the page's content script lists its task drafts; the background stores the work orders among them
 * (scope 'orders') or the other sentences (scope 'rest'). With `only`, just the drafts it accepts are considered
 * (只摘录我的: the tasks that are mine), split the same way: the work orders that are mine, then the rest of mine.
 * 'nothing-found' when the page (or `only`) leaves no draft at all.
 */
export async function clipAll(
  tabId: number | undefined,
  { scope = 'orders', only }: ClipAllOptions = {},
): Promise<ClipAllOutcome> {
  if (tabId === undefined) return { kind: 'no-tab' };
  let reply: unknown;
  try {
    reply = await askPage(tabId, { type: 'page-tasks' });
  } catch {
    return { kind: 'no-content-script' };
  }
  const page = pageTasksReplySchema.safeParse(reply);
  if (!page.success) return { kind: 'no-content-script' };
  const all = [...page.data.drafts, ...(await frameDrafts(tabId))];
  const candidates = only ? all.filter(only) : all;
  if (!candidates.length) return { kind: 'nothing-found' };
  const { orders, rest } = splitWorkOrders(candidates);
  const drafts = scope === 'orders' ? orders : rest;
  const left = scope === 'orders' ? rest.length : 0;
  if (!drafts.length) return { kind: 'clipped', added: 0, existing: 0, rest: left };
  const request: Request = { type: 'clip', drafts };
  try {
    const stored = await browser.runtime.sendMessage(request);
    const ok = clipReplySchema.safeParse(stored);
    if (ok.success) return { kind: 'clipped', added: ok.data.added.length, existing: ok.data.existing.length, rest: left };
    const failed = errorReplySchema.safeParse(stored);
    return { kind: 'failed', error: failed.success ? failed.data.error : 'no reply' };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

export type ToggleOutcome = { kind: 'toggled'; on?: boolean } | { kind: 'no-content-script' } | { kind: 'no-tab' };

export async function toggleHighlights(tabId: number | undefined): Promise<ToggleOutcome> {
  if (tabId === undefined) return { kind: 'no-tab' };
  try {
    const reply = toggleReplySchema.safeParse(await askPage(tabId, { type: 'toggle-highlights' }));
    return { kind: 'toggled', on: reply.success ? reply.data.on : undefined };
  } catch {
    return { kind: 'no-content-script' };
  }
}
