// The content script's behaviour on a page: decide whether to annotate, annotate (and keep annotating what
// appears later), show the legend and popover, clip, re-mark clipped sentences, and answer requests from the
// popup/background. The entrypoint only calls startPage(ctx).
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageUi, type PageUiActions } from '../../components/page/PageUi';
import { pageKey } from '../db/keys';
import type { TaskDraft, TaskSource } from '../db/schema';
import { extract, extractSlices } from '../extract';
import { findPublishDate } from '../extract/page-date';
import type { SpanType } from '../extract/types';
import { t } from '../i18n';
import {
  clipReplySchema,
  contentRequestSchema,
  errorReplySchema,
  tasksReplySchema,
  type ContentRequest,
  type Request,
} from '../messages';
import { getSettings, isSiteDisabled, resolveReferenceDate, saveSettings, watchSettings, type Settings } from '../settings';
import { Annotator, yieldToPage, type PageTask } from './annotator';
import { draftFromSelection, draftFromTask } from './drafts';
import { MARK_CLASS, MARK_SELECTOR } from './highlight';
import { applyMarkStyle, markCss, removeMarkStyle } from './mark-style';
import { watchAdditions, type AdditionWatcher } from './observer';
import { defaultIsHidden, isSkippedElement, OWN_UI_ATTR, readText } from './readable-text';
import { looksLikeSpeech, MIN_SPANS } from './speech-detect';
import { offsetAtBoundary } from './text-map';
import { matchQuote } from './text-quote';
import { UiStore } from './ui-state';

export const CLIPPED_ATTR = 'data-luoshi-clipped';
export const PERF = { detect: 'luoshi:detect', annotate: 'luoshi:annotate' } as const;

type Mode = 'idle' | 'on' | 'off';

/** Text length above which the steps of an annotation are run as separate tasks. */
const LONG_TEXT = 50_000;
/** Engine slice size: a slice takes well under 100 ms on a cold engine (bench: longest block 90 ms on the 10x page), and results stay equal to one extract() (test/unit/extract/slices.test.ts). */
const SLICE_CHARS = 20_000;

async function send(request: Request): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

function errorText(reply: unknown, thrown?: unknown): string {
  const error = errorReplySchema.safeParse(reply);
  if (error.success) return error.data.error;
  if (thrown) return t('page_no_background');
  return t('page_bad_reply');
}

class PageController {
  private mode: Mode = 'idle';
  /** the page (URL without fragment) the current annotation belongs to */
  private annotatedPage = '';
  private settings!: Settings;
  private readonly annotator: Annotator;
  private watcher?: AdditionWatcher;
  private ui?: ShadowRootContentScriptUi<void>;
  private uiPromise?: Promise<ShadowRootContentScriptUi<void>>;
  private readonly store: UiStore;
  private referenceDate?: string;
  private published?: string;
  private clipped = new Set<number>();
  private measured = false;
  private lastDetect = 0;
  /** raw text length of the page when it was last read and had too few spans */
  private rejectedLength = 0;
  /** annotation steps run one after another */
  private queue: Promise<void> = Promise.resolve();
  private hideTimer?: ReturnType<typeof setTimeout>;
  private popoverMark?: HTMLElement;
  private listeners?: AbortController;

  constructor(private readonly ctx: ContentScriptContext) {
    this.annotator = new Annotator({
      extractSlices: (text) => extractSlices(text, { referenceDate: this.referenceDate }, SLICE_CHARS),
      own: (fn) => (this.watcher ? this.watcher.own(fn) : fn()),
    });
    this.store = new UiStore({
      counts: { target: 0, deadline: 0, unit: 0 },
      hidden: [],
      colors: { target: '#fde68a', deadline: '#bfdbfe', unit: '#bbf7d0' },
      clipped: 0,
      collapsed: false,
    });
  }

  async boot(): Promise<void> {
    this.settings = await getSettings();
    this.store.set({ colors: this.settings.colors });
    this.listenForRequests();
    const unwatch = watchSettings((s) => this.onSettings(s));
    this.ctx.onInvalidated(() => {
      unwatch();
      this.watcher?.stop();
      this.listeners?.abort();
    });
    if (isSiteDisabled(this.settings, location.hostname) || !this.settings.highlightByDefault) return;

    performance.mark(`${PERF.detect}:start`);
    const speech = looksLikeSpeech(document.body?.textContent ?? '');
    performance.measure(PERF.detect, `${PERF.detect}:start`);
    this.startWatching();
    if (speech) await this.enqueue(() => this.turnOn(false));
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step).catch((e) => console.warn('[luoshi]', e));
    return this.queue;
  }

  private startWatching(): void {
    if (this.watcher || !document.body) return;
    this.watcher = watchAdditions(document.body, {
      isOwn: (node) => this.isOwn(node),
      onAdded: (roots) => {
        if (this.mode === 'on' && pageKey(location.href) !== this.annotatedPage) {
          // SPA navigation: another document in the same page; start over rather than add to the old one
          void this.enqueue(async () => {
            this.turnOff();
            this.mode = 'idle';
            if (looksLikeSpeech(document.body.textContent ?? '')) await this.turnOn(false);
          });
        } else if (this.mode === 'on') void this.enqueue(() => this.annotateMore(roots));
        else if (this.mode === 'idle' && Date.now() - this.lastDetect > 1000) {
          // a page that was not a speech at first may become one (SPA navigation, content loaded later);
          // a page already read and found wanting is read again only once it has grown markedly
          this.lastDetect = Date.now();
          const raw = document.body.textContent ?? '';
          if (raw.length > this.rejectedLength * 1.2 && looksLikeSpeech(raw)) void this.enqueue(() => this.turnOn(false));
        }
      },
    });
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    return el.classList.contains(MARK_CLASS) || el.hasAttribute(OWN_UI_ATTR) || el.localName.startsWith('luoshi-');
  }

  // ---- annotating -------------------------------------------------------------------------------------------

  private async turnOn(force: boolean): Promise<void> {
    if (this.mode === 'on' || !document.body) return;
    const first = !this.measured;
    if (first) performance.mark(`${PERF.annotate}:start`);
    const map = this.annotator.read(document.body);
    if (first) performance.mark(`${PERF.annotate}:read`);
    // on a long page, reading, extracting and marking each get a task of their own
    const long = map.text.length > LONG_TEXT;
    if (long) await yieldToPage();
    if (first) performance.mark(`${PERF.annotate}:extract-start`);
    this.published = findPublishDate(map.text);
    this.referenceDate = resolveReferenceDate(this.settings, this.published);
    const result = await this.annotator.analyse(map.text);
    if (first) {
      performance.mark(`${PERF.annotate}:extract`);
      performance.measure(`${PERF.annotate}:read`, `${PERF.annotate}:start`, `${PERF.annotate}:read`);
      performance.measure(`${PERF.annotate}:extract`, `${PERF.annotate}:extract-start`, `${PERF.annotate}:extract`);
    }
    if (long) await yieldToPage();
    if (!force && result.spans.length < MIN_SPANS) {
      // not a speech after all: the DOM stays untouched
      this.rejectedLength = document.body.textContent?.length ?? 0;
      return;
    }
    this.mode = 'on';
    this.annotatedPage = pageKey(location.href);
    this.startWatching();
    this.uiPromise ??= this.createUi();
    this.annotator.own(() => applyMarkStyle(document, this.css()));
    const specs = this.annotator.add(map, result);
    await this.annotator.mark(map, specs);
    if (first) {
      performance.measure(`${PERF.annotate}:mark`, `${PERF.annotate}:extract`);
      performance.measure(PERF.annotate, `${PERF.annotate}:start`);
      this.measured = true;
    }
    if (this.mode !== 'on') return;
    await this.mountUi();
    this.updateCounts();
    await this.refreshClipped();
  }

  private async annotateMore(roots: Element[]): Promise<void> {
    if (this.mode !== 'on') return;
    let added = 0;
    for (const root of roots) {
      if (!root.isConnected || !this.isReadableRoot(root)) continue;
      const map = this.annotator.read(root);
      if (!map.pieces.length) continue;
      const result = await this.annotator.analyse(map.text);
      const specs = this.annotator.add(map, result);
      added += specs.length;
      await this.annotator.mark(map, specs);
      if (this.mode !== 'on') return;
    }
    if (added) {
      this.updateCounts();
      await this.refreshClipped();
    }
  }

  private isReadableRoot(root: Element): boolean {
    for (let up: Element | null = root; up; up = up.parentElement) if (isSkippedElement(up)) return false;
    return !defaultIsHidden(root);
  }

  private turnOff(): void {
    this.mode = 'off';
    this.hidePopover(false);
    this.annotator.clear(document);
    this.annotator.own(() => {
      removeMarkStyle(document);
      this.ui?.remove();
    });
    this.listeners?.abort();
    this.listeners = undefined;
    this.clipped.clear();
    this.store.set({ counts: { target: 0, deadline: 0, unit: 0 }, clipped: 0, popover: undefined, notice: undefined });
  }

  private css(): string {
    return markCss(this.settings.colors, new Set(this.store.state.hidden), t('page_clipped_badge'));
  }

  private updateCounts(): void {
    this.store.set({ counts: this.annotator.counts(), clipped: this.clipped.size });
  }

  private onSettings(settings: Settings): void {
    this.settings = settings;
    this.store.set({ colors: settings.colors });
    if (isSiteDisabled(settings, location.hostname)) {
      if (this.mode === 'on') this.turnOff();
      return;
    }
    if (this.mode === 'on') this.annotator.own(() => applyMarkStyle(document, this.css()));
  }

  // ---- UI ---------------------------------------------------------------------------------------------------

  private createUi(): Promise<ShadowRootContentScriptUi<void>> {
    const actions: PageUiActions = {
      toggleKind: (kind) => this.toggleKind(kind),
      collapse: (collapsed) => this.store.set({ collapsed }),
      turnOff: () => this.turnOff(),
      disableSite: () => void this.disableSite(),
      dismissNotice: () => this.store.set({ notice: undefined }),
      clip: () => void this.clipPopoverTask(),
      closePopover: (refocus) => this.hidePopover(refocus),
      tabOut: (backward) => this.tabOut(backward),
      hoverPopover: (inside) => (inside ? this.cancelHide() : this.scheduleHide()),
    };
    let container: HTMLElement | undefined;
    return createShadowRootUi<void>(this.ctx, {
      name: 'luoshi-page-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // keys typed in our UI do not reach the page's own shortcuts
      isolateEvents: true,
      onMount: (uiContainer, _shadow, host) => {
        host.setAttribute(OWN_UI_ATTR, 'ui');
        container = uiContainer;
        render(h(PageUi, { store: this.store, actions }), uiContainer);
      },
      onRemove: () => {
        if (container) render(null, container);
      },
    });
  }

  private async mountUi(): Promise<void> {
    if (!this.uiPromise) return;
    this.ui = await this.uiPromise;
    if (this.mode !== 'on') return;
    if (!this.ui.shadowHost.isConnected) this.annotator.own(() => this.ui!.mount());
    this.listenOnPage();
  }

  private listenOnPage(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const opts = { signal: this.listeners.signal, passive: true } as const;
    const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>(MARK_SELECTOR) : null);
    document.addEventListener('mouseover', (e) => {
      const mark = markOf(e);
      if (mark) this.showPopover(mark);
    }, opts);
    document.addEventListener('mouseout', (e) => {
      if (markOf(e)) this.scheduleHide();
    }, opts);
    document.addEventListener('focusin', (e) => {
      const mark = markOf(e);
      if (mark) this.showPopover(mark);
    }, opts);
    document.addEventListener('focusout', (e) => {
      if (markOf(e)) this.scheduleHide();
    }, opts);
    document.addEventListener('keydown', (e) => {
      const mark = markOf(e);
      if (!mark || mark !== this.popoverMark || !this.store.state.popover) return;
      if ((e.key === 'Tab' && !e.shiftKey) || e.key === 'Enter') {
        // into the popover: its 摘录 button is the next stop after the highlight
        const button = this.ui?.shadow.querySelector<HTMLElement>('[data-luoshi-action="clip"]');
        if (!button) return;
        e.preventDefault();
        this.cancelHide();
        button.focus();
      } else if (e.key === 'Escape') this.hidePopover(false);
    }, { signal: this.listeners.signal });
    // focusing a highlight scrolls it into view: follow it rather than close
    let frame = 0;
    window.addEventListener('scroll', () => {
      if (!this.popoverMark || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const mark = this.popoverMark;
        if (!mark || !this.store.state.popover) return;
        const r = mark.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight) this.hidePopover(false);
        else this.store.patchPopover({ rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } });
      });
    }, opts);
  }

  private showPopover(mark: HTMLElement): void {
    const kind = mark.getAttribute('data-luoshi') as SpanType;
    if (this.store.state.hidden.includes(kind)) return;
    this.cancelHide();
    const span = this.annotator.spans[Number(mark.getAttribute('data-luoshi-span'))];
    if (!span) return;
    const task = this.annotator.tasks[span.task];
    const r = mark.getBoundingClientRect();
    const detail =
      span.type === 'deadline'
        ? span.due
          ? t(span.kind === 'start' ? 'page_starts_on' : 'page_due_on', span.due)
          : t(`page_deadline_${span.kind ?? 'date'}`)
        : undefined;
    this.popoverMark = mark;
    this.store.set({
      popover: {
        task: span.task,
        kind: span.type,
        text: span.text,
        detail,
        sentence: task?.task.text.trim(),
        rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
        clip: this.clipped.has(span.task) ? 'done' : 'idle',
      },
    });
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => {
      // keep it while focus is inside it (the shadow host holds focus then)
      if (this.ui && document.activeElement === this.ui.shadowHost) return;
      if (this.popoverMark && document.activeElement === this.popoverMark) return;
      if (this.store.state.popover?.clip === 'error') return;
      this.hidePopover(false);
    }, 300);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private hidePopover(refocus: boolean): void {
    this.cancelHide();
    const mark = this.popoverMark;
    this.popoverMark = undefined;
    if (this.store.state.popover) this.store.set({ popover: undefined });
    if (refocus && mark?.isConnected) mark.focus();
  }

  private tabOut(backward: boolean): void {
    const mark = this.popoverMark;
    if (!mark) return;
    const task = Number(mark.getAttribute('data-luoshi-task'));
    if (backward) {
      this.hidePopover(true);
      return;
    }
    const next = this.annotator.firstMarkOf(task + 1);
    this.hidePopover(false);
    if (next?.isConnected) next.focus();
    else mark.focus();
  }

  private toggleKind(kind: SpanType): void {
    const hidden = new Set(this.store.state.hidden);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    this.store.set({ hidden: [...hidden] });
    this.annotator.own(() => applyMarkStyle(document, this.css()));
  }

  private async disableSite(): Promise<void> {
    const host = location.hostname.toLowerCase();
    try {
      if (!this.settings.disabledSites.includes(host)) {
        this.settings = await saveSettings({ disabledSites: [...this.settings.disabledSites, host] });
      }
      this.turnOff();
    } catch (e) {
      this.store.set({ notice: { kind: 'error', text: t('page_settings_failed', String(e)) } });
    }
  }

  // ---- clipping ---------------------------------------------------------------------------------------------

  private source(): TaskSource {
    return {
      url: location.href.slice(0, 4096),
      title: document.title.slice(0, 1000),
      ...(this.published ? { published: this.published } : {}),
    };
  }

  private draftOf(task: PageTask): TaskDraft | null {
    return draftFromTask(task.batch.map.text, task.task, task.batch.base, this.source());
  }

  private async clipPopoverTask(): Promise<void> {
    const popover = this.store.state.popover;
    if (!popover) return;
    const task = this.annotator.tasks[popover.task];
    const draft = task && this.draftOf(task);
    if (!draft) return;
    this.store.patchPopover({ clip: 'busy', error: undefined });
    let reply: unknown;
    let thrown: unknown;
    try {
      reply = await send({ type: 'clip', drafts: [draft] });
    } catch (e) {
      thrown = e;
    }
    const ok = clipReplySchema.safeParse(reply);
    const stillShown = this.store.state.popover?.task === popover.task;
    if (ok.success) {
      this.setClipped(new Set([...this.clipped, popover.task]));
      if (stillShown) this.store.patchPopover({ clip: 'done' });
      this.store.set({ notice: undefined });
    } else {
      const text = errorText(reply, thrown);
      if (stillShown) this.store.patchPopover({ clip: 'error', error: text });
      this.store.set({ notice: { kind: 'error', text: t('page_clip_failed', text) } });
    }
  }

  /** Puts data-luoshi-clipped on exactly the marks of the given tasks. */
  private setClipped(tasks: Set<number>): void {
    this.annotator.own(() => {
      for (const el of document.querySelectorAll(`${MARK_SELECTOR}[${CLIPPED_ATTR}]`)) {
        if (!tasks.has(Number(el.getAttribute('data-luoshi-task')))) el.removeAttribute(CLIPPED_ATTR);
      }
      for (const task of tasks) {
        for (const el of this.annotator.marksOfTask(task)) if (!el.hasAttribute(CLIPPED_ATTR)) el.setAttribute(CLIPPED_ATTR, '');
      }
    });
    this.clipped = tasks;
    this.store.set({ clipped: tasks.size });
  }

  /** Finds this page's clipped tasks again by their text quotes; flags those no longer found. */
  private async refreshClipped(): Promise<void> {
    let reply: unknown;
    try {
      reply = await send({ type: 'tasks-for-page', url: pageKey(location.href) });
    } catch {
      return; // no background to ask: nothing to re-mark
    }
    const parsed = tasksReplySchema.safeParse(reply);
    if (!parsed.success || this.mode !== 'on') return;
    const found = new Set<number>();
    const lost: string[] = [];
    const refound: string[] = [];
    const text = this.annotator.pageText;
    for (const stored of parsed.data.tasks) {
      const match = matchQuote(text, stored.anchor);
      if (!match) {
        if (!stored.orphaned) lost.push(stored.id);
        continue;
      }
      if (stored.orphaned) refound.push(stored.id);
      for (const task of this.tasksOverlapping(match.start, match.end)) found.add(task.index);
    }
    this.setClipped(found);
    try {
      if (lost.length) await send({ type: 'set-orphaned', ids: lost, orphaned: true });
      if (refound.length) await send({ type: 'set-orphaned', ids: refound, orphaned: false });
    } catch {
      /* the flags are refreshed on the next visit */
    }
  }

  /** Tasks sharing at least half of the shorter of the two ranges with [start, end). */
  private tasksOverlapping(start: number, end: number): PageTask[] {
    return this.annotator.tasks.filter((task) => {
      const [a, b] = this.annotator.rangeOf(task);
      const overlap = Math.min(b, end) - Math.max(a, start);
      return overlap > 0 && overlap * 2 >= Math.min(b - a, end - start);
    });
  }

  // ---- requests from the popup and background -------------------------------------------------------------

  private listenForRequests(): void {
    const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
      const parsed = contentRequestSchema.safeParse(raw);
      if (!parsed.success) return false; // not a request for the page
      this.handle(parsed.data).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
      return true;
    };
    browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    this.ctx.onInvalidated(() =>
      browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]),
    );
  }

  private async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'page-tasks':
        return { ok: true, drafts: this.pageDrafts(), title: document.title };
      case 'selection-draft':
        return { ok: true, draft: this.selectionDraft() };
      case 'toggle-highlights': {
        const on = request.on ?? this.mode !== 'on';
        if (on) {
          this.startWatching();
          await this.enqueue(async () => {
            if (this.mode !== 'on') {
              this.mode = 'idle';
              await this.turnOn(true);
            }
          });
        } else this.turnOff();
        return { ok: true };
      }
      case 'clipped-changed':
        if (this.mode === 'on') await this.enqueue(() => this.refreshClipped());
        return { ok: true };
    }
  }

  private pageDrafts(): TaskDraft[] {
    if (this.mode === 'on') {
      return this.annotator.tasks.map((task) => this.draftOf(task)).filter((d): d is TaskDraft => !!d);
    }
    // not annotated: read and extract without touching the page
    const map = readText(document.body);
    this.published ??= findPublishDate(map.text);
    this.referenceDate ??= resolveReferenceDate(this.settings, this.published);
    const result = extract(map.text, { referenceDate: this.referenceDate });
    return result.tasks
      .map((task) => draftFromTask(map.text, task, 0, this.source()))
      .filter((d): d is TaskDraft => !!d);
  }

  private selectionDraft(): TaskDraft | null {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const selected = selection.toString();
    if (!selected.trim()) return null;
    const range = selection.getRangeAt(0);
    const batches = this.mode === 'on' ? this.annotator.batches : [{ map: readText(document.body), base: 0 }];
    const pageText = this.mode === 'on' ? this.annotator.pageText : batches[0].map.text;
    this.published ??= findPublishDate(pageText);
    this.referenceDate ??= resolveReferenceDate(this.settings, this.published);
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
    return draftFromSelection(text, extract(text, { referenceDate: this.referenceDate }), this.source(), located);
  }
}

export function startPage(ctx: ContentScriptContext): void {
  void new PageController(ctx).boot();
}
