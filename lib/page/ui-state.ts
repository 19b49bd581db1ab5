// State shown by the page UI (legend + popover), kept apart from the Preact components that draw it.
import type { DeadlineKind, SpanType } from '../extract/types';
import { t } from '../i18n';
import type { Settings } from '../settings';

export type ClipStatus = 'idle' | 'busy' | 'done' | 'error';

export interface PopoverState {
  task: number;
  kind: SpanType;
  /** the highlighted text */
  text: string;
  /** for deadlines: the resolved date or what kind of time it is */
  detail?: string;
  sentence?: string;
  /** viewport rectangle of the highlight */
  rect: { top: number; left: number; bottom: number; right: number };
  clip: ClipStatus;
  error?: string;
}

export interface UiState {
  counts: Record<SpanType, number>;
  hidden: SpanType[];
  colors: Settings['colors'];
  clipped: number;
  collapsed: boolean;
  /** whether this frame shows the legend (only the tab's top frame does) */
  legend: boolean;
  popover?: PopoverState;
  /** 我的任务 (mine.ts): how many tasks on the page are mine, and which one was stepped to (-1: none yet); undefined when no units are set */
  mine?: { count: number; at: number };
  /** a message for the reader in the legend (e.g. clipping failed) */
  notice?: { text: string; kind: 'error' | 'info' };
}

/**
 * The popover's line under a highlight: for a deadline, the date it resolves to, or what kind of time it is when it
 * names no date (长期坚持, 每月底; 汛期前, tied to an event); nothing for targets and units.
 */
export function spanDetail(span: { type: SpanType; kind?: DeadlineKind; due?: string }): string | undefined {
  if (span.type !== 'deadline') return undefined;
  if (span.due) return t(span.kind === 'start' ? 'page_starts_on' : 'page_due_on', span.due);
  return t(`page_deadline_${span.kind ?? 'date'}`);
}

export class UiStore {
  private listeners = new Set<() => void>();
  constructor(public state: UiState) {}
  set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
  patchPopover(patch: Partial<PopoverState>): void {
    if (this.state.popover) this.set({ popover: { ...this.state.popover, ...patch } });
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
