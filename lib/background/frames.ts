// One legend per tab (issue 10 §3): every frame annotates its own text and reports its highlight counts here; the
// sums of a tab's other frames go to its top frame, whose legend adds them to its own. Kept in memory: a restarted
// background starts from nothing and frames report again when their counts change.
import { browser } from 'wxt/browser';
import type { SpanType } from '../extract/types';
import type { ContentRequest } from '../messages';

type Counts = Record<SpanType, number>;

const byTab = new Map<number, Map<number, Counts>>();
let listening = false;

function totals(frames: Map<number, Counts>): Counts {
  const sum: Counts = { target: 0, deadline: 0, unit: 0 };
  for (const counts of frames.values()) for (const kind of Object.keys(sum) as SpanType[]) sum[kind] += counts[kind];
  return sum;
}

/** A frame (not the top one) reported its counts: tell the top frame the tab's sum over its other frames. */
export async function frameCounts(tabId: number, frameId: number, counts: Counts, send = sendToTop): Promise<void> {
  if (!listening) {
    listening = true;
    browser.tabs?.onRemoved?.addListener((id) => byTab.delete(id));
  }
  if (frameId === 0) return; // the top frame counts itself
  const frames = byTab.get(tabId) ?? new Map<number, Counts>();
  byTab.set(tabId, frames);
  frames.set(frameId, counts);
  await send(tabId, { type: 'frame-totals', counts: totals(frames) });
}

/** The frames of a tab, other than the top one, that reported highlights. */
export function framesWithHighlights(tabId: number): number[] {
  const frames = byTab.get(tabId);
  if (!frames) return [];
  return [...frames].filter(([, counts]) => counts.target + counts.deadline + counts.unit > 0).map(([frameId]) => frameId);
}

async function sendToTop(tabId: number, request: ContentRequest): Promise<void> {
  await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
}
