// The content script's behaviour on a page: decide whether to annotate, annotate (and keep annotating what
// appears later), and turn highlights on and off. The parts have files of their own: the legend and popover
// (page-ui-host.ts), clipping and re-marking clipped sentences (clipping.ts, reanchor.ts), and requests from the
// popup/background (content-requests.ts). The entrypoint only calls startPage(ctx).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKey } from '../domain/task-keys';
import type { TaskSource } from '../domain/task';
import { extractSlices } from '../extract';
import { findPublishDate } from '../extract/page-date';
import type { SpanType } from '../extract/types';
import { t } from '../i18n';
import type { ContentRequest, PageTasksReply, SelectionDraftReply, ToggleReply } from '../messages';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteDisabled,
  resolveReferenceDate,
  saveSettings,
  watchSettings,
  type Settings,
} from '../settings';
import { Annotator, yieldToPage } from './annotator';
import { Clipper } from './clipping';
import { listenForRequests, pageDrafts, selectionDraft, type DraftContext } from './content-requests';
import { taskSource } from './drafts';
import { MARK_CLASS } from './highlight';
import { applyMarkStyle, markCss, removeMarkStyle } from './mark-style';
import { MineMarker, mineCss } from './mine';
import { watchAdditions, type AdditionWatcher } from './observer';
import { PageUiHost } from './page-ui-host';
import { defaultIsHidden, isSkippedElement, OWN_UI_ATTR } from './readable-text';
import { looksLikeSpeech, MIN_SPANS } from './speech-detect';
import { UiStore } from './ui-state';

export const PERF = { detect: 'luoshi:detect', annotate: 'luoshi:annotate' } as const;

type Mode = 'idle' | 'on' | 'off';

/** Text length above which the steps of an annotation are run as separate tasks. */
const LONG_TEXT = 50_000;
/** Engine slice size: a slice takes well under 100 ms on a cold engine (bench: longest block 90 ms on the 10x page), and results stay equal to one extract() (test/unit/extract/slices.test.ts). */
const SLICE_CHARS = 20_000;
/** Shortest time between two looks at whether a page that changed has become a speech. */
const DETECT_INTERVAL_MS = 1000;

class PageController {
  private mode: Mode = 'idle';
  /** the page (URL without fragment) the current annotation belongs to */
  private annotatedPage = '';
  private settings!: Settings;
  private readonly annotator: Annotator;
  private readonly store: UiStore;
  private readonly clipper: Clipper;
  private readonly mine: MineMarker;
  private readonly ui: PageUiHost;
  private watcher?: AdditionWatcher;
  private referenceDate?: string;
  private published?: string;
  private measured = false;
  private lastDetect = 0;
  private detectTimer?: number;
  /** raw text length of the page when it was last read and had too few spans */
  private rejectedLength = 0;
  /** annotation steps run one after another */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ContentScriptContext) {
    this.annotator = new Annotator({
      extractSlices: (text) => extractSlices(text, { referenceDate: this.referenceDate }, SLICE_CHARS),
      own: (fn) => (this.watcher ? this.watcher.own(fn) : fn()),
    });
    this.store = new UiStore({
      counts: { target: 0, deadline: 0, unit: 0 },
      hidden: [],
      colors: DEFAULT_SETTINGS.colors,
      clipped: 0,
      collapsed: false,
    });
    this.clipper = new Clipper(this.annotator, this.store, () => this.source());
    this.mine = new MineMarker(this.annotator, this.store);
    this.ui = new PageUiHost({
      ctx,
      annotator: this.annotator,
      store: this.store,
      isOn: () => this.mode === 'on',
      isClipped: (task) => this.clipper.has(task),
      commands: {
        toggleKind: (kind) => this.toggleKind(kind),
        turnOff: () => this.turnOff(),
        disableSite: () => void this.disableSite(),
        clip: () => void this.clipper.clipPopoverTask(),
        nextMine: () => this.mine.next(),
      },
    });
  }

  async boot(): Promise<void> {
    this.settings = await getSettings();
    this.store.set({ colors: this.settings.colors });
    this.mine.setUnits(this.settings.myUnits);
    listenForRequests(this.ctx, (request) => this.handle(request));
    const unwatch = watchSettings((s) => this.onSettings(s));
    this.ctx.onInvalidated(() => {
      unwatch();
      this.watcher?.stop();
      this.ui.stopListening();
    });
    if (isSiteDisabled(this.settings, location.hostname) || !this.settings.highlightByDefault) return;

    performance.mark(`${PERF.detect}:start`);
    const speech = looksLikeSpeech(document.body?.textContent ?? '');
    performance.measure(PERF.detect, `${PERF.detect}:start`);
    this.startWatching();
    if (speech) await this.enqueue(() => this.turnOn(false));
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    // the queue never rejects (failures are caught below), so each step runs after the one before, whatever it did
    this.queue = this.queue.then(step).catch((e) => console.warn('[luoshi]', e));
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
        else if (this.mode === 'idle') this.detectSoon();
      },
    });
  }

  /**
   * A page that was not a speech at first may become one (SPA navigation, content loaded later). It is looked at
   * again at most once per DETECT_INTERVAL_MS; additions within that time are looked at when it has passed, not
   * dropped (the speech may be the last thing to arrive).
   */
  private detectSoon(): void {
    if (this.detectTimer !== undefined) return;
    const wait = Math.max(0, this.lastDetect + DETECT_INTERVAL_MS - Date.now());
    this.detectTimer = this.ctx.setTimeout(() => {
      this.detectTimer = undefined;
      if (this.mode !== 'idle' || !document.body) return;
      this.lastDetect = Date.now();
      // a page already read and found wanting is read again only once it has grown markedly
      const raw = document.body.textContent ?? '';
      if (raw.length > this.rejectedLength * 1.2 && looksLikeSpeech(raw)) void this.enqueue(() => this.turnOn(false));
    }, wait);
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    return el.classList.contains(MARK_CLASS) || el.hasAttribute(OWN_UI_ATTR) || el.localName.startsWith('luoshi-');
  }

  // ---- annotating -------------------------------------------------------------------------------------------

  private async turnOn(force: boolean): Promise<void> {
    if (this.mode === 'on' || !document.body) return;
    // from the moment the text is read, content revealed by attribute changes must not be missed
    this.startWatching();
    this.watcher?.watchReveals(true);
    const first = !this.measured;
    if (first) performance.mark(`${PERF.annotate}:start`);
    const map = this.annotator.read(document.body);
    if (first) performance.mark(`${PERF.annotate}:read`);
    // on a long page, reading, extracting and marking each get a task of their own
    const long = map.text.length > LONG_TEXT;
    if (long) await yieldToPage();
    if (first) performance.mark(`${PERF.annotate}:extract-start`);
    this.readDates(map.text);
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
      this.watcher?.watchReveals(false);
      return;
    }
    this.mode = 'on';
    this.annotatedPage = pageKey(location.href);
    this.ui.prepare();
    this.annotator.own(() => applyMarkStyle(document, this.css()));
    const specs = this.annotator.add(map, result);
    await this.annotator.mark(map, specs);
    if (first) {
      performance.measure(`${PERF.annotate}:mark`, `${PERF.annotate}:extract`);
      performance.measure(PERF.annotate, `${PERF.annotate}:start`);
      this.measured = true;
    }
    if (this.mode !== 'on') return;
    await this.ui.mount();
    this.updateCounts();
    this.mine.refresh();
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
      this.mine.refresh();
      await this.refreshClipped();
    }
  }

  private isReadableRoot(root: Element): boolean {
    for (let up: Element | null = root; up; up = up.parentElement) if (isSkippedElement(up)) return false;
    return !defaultIsHidden(root);
  }

  private turnOff(): void {
    this.mode = 'off';
    this.watcher?.watchReveals(false);
    this.ui.hidePopover(false);
    this.annotator.clear(document);
    this.annotator.own(() => removeMarkStyle(document));
    this.ui.remove();
    this.clipper.reset();
    this.mine.reset();
    this.store.set({ counts: { target: 0, deadline: 0, unit: 0 }, clipped: 0, popover: undefined, notice: undefined });
  }

  private refreshClipped(): Promise<void> {
    return this.clipper.refresh(() => this.mode === 'on');
  }

  private css(): string {
    const hidden = new Set(this.store.state.hidden);
    return `${markCss(this.settings.colors, hidden, t('page_clipped_badge'))}\n${mineCss(hidden)}`;
  }

  private updateCounts(): void {
    this.store.set({ counts: this.annotator.counts(), clipped: this.clipper.size });
  }

  private onSettings(settings: Settings): void {
    this.settings = settings;
    this.store.set({ colors: settings.colors });
    if (isSiteDisabled(settings, location.hostname)) {
      if (this.mode === 'on') this.turnOff();
      return;
    }
    if (this.mode === 'on') this.annotator.own(() => applyMarkStyle(document, this.css()));
    if (this.mine.setUnits(settings.myUnits) && this.mode === 'on') this.mine.refresh();
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

  // ---- what clipped tasks record about the page ------------------------------------------------------------

  /** The page's publish date, and the date its deadlines without a year are read against (as the settings say). */
  private readDates(pageText: string): string {
    this.published = findPublishDate(pageText);
    this.referenceDate = resolveReferenceDate(this.settings, this.published);
    return this.referenceDate;
  }

  private source(): TaskSource {
    return taskSource(location.href, document.title, this.published);
  }

  private draftContext(): DraftContext {
    return {
      annotated: this.mode === 'on' ? this.annotator : undefined,
      source: () => this.source(),
      referenceDateFor: (pageText) => this.referenceDate ?? this.readDates(pageText),
    };
  }

  // ---- requests from the popup and background -------------------------------------------------------------

  private async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'page-tasks':
        return { ok: true, drafts: pageDrafts(this.draftContext()), title: document.title } satisfies PageTasksReply;
      case 'selection-draft':
        return { ok: true, draft: selectionDraft(this.draftContext()) } satisfies SelectionDraftReply;
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
        // the popup says which way it went
        return { ok: true, on: this.mode === 'on' } satisfies ToggleReply;
      }
      case 'clipped-changed':
        if (this.mode === 'on') await this.enqueue(() => this.refreshClipped());
        return { ok: true };
    }
  }
}

export function startPage(ctx: ContentScriptContext): void {
  void new PageController(ctx).boot();
}
