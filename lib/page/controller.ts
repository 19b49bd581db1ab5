// The page part's behaviour on a page the bootstrap (boot.ts) found to be a speech, or was asked about: annotate
// (and keep annotating what appears later), and turn highlights on and off. The parts have files of their own: the
// legend and popover (page-ui-host.ts), clipping and re-marking clipped sentences (clipping.ts, reanchor.ts), and
// the drafts requests ask for (content-requests.ts). entrypoints/page-main.ts only hands createPageMain to boot.ts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKey } from '../domain/task-keys';
import type { TaskSource } from '../domain/task';
import { findPublishDate } from '../extract/page-date';
import type { ExtractResult, SpanType } from '../extract/types';
import { t } from '../i18n';
import { browser } from 'wxt/browser';
import type { ContentRequest, PageTasksReply, Request, SelectionDraftReply, ToggleReply } from '../messages';
import type { Settings } from '../settings';
import { DEFAULT_COLORS, resolveReferenceDate, SPAN_KINDS } from '../settings-base';
import { isSiteDisabled } from '../site-rules';
import { Annotator, yieldToPage } from './annotator';
import type { PageMain, Prefetch } from './boot';
import { Clipper } from './clipping';
import { pageDrafts, selectionDraft, type DraftContext } from './content-requests';
import { extractInBackground, parseExtraction } from './engine-client';
import { disableSite, settingsOf, watchPageSettings } from './page-settings';
import { asContentRequest } from './replies';
import { taskSource } from './drafts';
import { PassLimiter, UndoCounter } from './fight-back';
import { allMarks, isMark } from './marks';
import type { Painter } from './painter';
import { cssHighlightsSupported } from './painters/css-highlight-painter';
import { applyMarkStyle, markCss, removeMarkStyle } from './mark-style';
import { MineMarker, mineCss } from './mine';
import { watchAdditions, type AdditionWatcher } from './observer';
import { PageUiHost } from './page-ui-host';
import { defaultIsHidden, isSkippedElement, OWN_UI_ATTR } from './readable-text';
import { markAnnotateStart, measureAnnotate, measurePart, PERF } from './perf';
import { looksLikeSpeech, MIN_SPANS } from './speech-detect';
import { readTaskTables } from './task-table';
import type { TextMap } from './text-map';
import { UiStore } from './ui-state';

type Mode = 'idle' | 'on' | 'off';

/** Text length above which the steps of an annotation are run as separate tasks. */
const LONG_TEXT = 50_000;
/** Characters an element shown by a style or class change must hold to make a page found wanting worth reading again. */
const REVEAL_MIN_CHARS = 200;

/** A removed node that held our marks (the page undid them). */
function holdsMarks(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  return isMark(node as Element) || allMarks(node as Element).length > 0;
}

/** Keeps the elements no other one contains. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

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
  /** whether this is the tab's top frame (the one with the legend) */
  private readonly top = isTopFrame();
  /** the last annotation found too little: watch for revealed content */
  private rejected = false;
  /** the page undoes our marks: paint with CSS highlights (fight-back.ts) */
  private fighting = false;
  private restartPass = false;
  private undoSeen = false;
  private readonly undos = new UndoCounter();
  private readonly passes = new PassLimiter();
  private passTimer?: number;
  private readonly pendingRoots = new Set<Element>();
  private wholePage = false;
  /** highlights in the tab's other frames (top frame only) */
  private frameTotals: Record<SpanType, number> = { target: 0, deadline: 0, unit: 0 };
  /** annotation steps run one after another */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ContentScriptContext) {
    this.annotator = new Annotator({
      extract: (text) => extractInBackground(text, this.referenceDate),
      own: (fn) => (this.watcher ? this.watcher.own(fn) : fn()),
    });
    this.store = new UiStore({
      counts: { target: 0, deadline: 0, unit: 0 },
      hidden: [],
      colors: { ...DEFAULT_COLORS },
      clipped: 0,
      collapsed: false,
      legend: isTopFrame(),
    });
    this.clipper = new Clipper(this.annotator, this.store, () => this.source());
    this.mine = new MineMarker(this.annotator, this.store);
    this.ui = new PageUiHost({
      ctx,
      annotator: this.annotator,
      store: this.store,
      isOn: () => this.mode === 'on' || this.showsFrames(),
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

  /** Takes the settings (the background's reply, boot.ts asked for it) and starts following them. */
  async boot(settings: Promise<unknown>): Promise<void> {
    this.settings = settingsOf(await settings);
    this.store.set({ colors: this.settings.colors });
    this.mine.setUnits(this.settings.myUnits);
    const unwatch = watchPageSettings((s) => this.onSettings(s));
    this.ctx.onInvalidated(() => {
      unwatch();
      this.watcher?.stop();
      this.ui.stopListening();
    });
  }

  /** The bootstrap found a speech: annotate unless the site is off. Resolves whether the page is now marked. */
  async annotate(prefetch?: Prefetch): Promise<boolean> {
    if (isSiteDisabled(this.settings, location.hostname) || !this.settings.highlightByDefault) return false;
    await this.enqueue(() => this.turnOn(false, prefetch));
    return this.mode === 'on';
  }

  isIdle(): boolean {
    return this.mode === 'idle';
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
        } else if (this.mode === 'on') this.schedulePass(roots);
        else if (this.mode === 'idle' && this.rejected && roots.some((root) => this.revealsText(root))) {
          // a page whose speech was hidden when it loaded: a style or class change has shown it
          this.schedulePass([]);
        }
        // otherwise idle: the bootstrap's SpeechWatcher looks again when nodes are added
      },
      onRemoved: (nodes) => {
        if (this.mode !== 'on' || this.fighting || !nodes.some(holdsMarks)) return;
        // the page undid our marks: from now on passes are spaced; the second time within a few seconds, paint
        // without touching its DOM
        this.undoSeen = true;
        if (this.undos.undone(Date.now())) {
          this.fighting = true;
          this.restartPass = true;
          this.schedulePass([]);
        }
      },
    });
  }

  /**
   * Runs an annotation pass for these roots (none: the whole page); on a page that has undone our marks, at most
   * MAX_PASSES in any PASS_WINDOW_MS (fight-back.ts). Roots arriving meanwhile wait for the next pass.
   */
  private schedulePass(roots: Element[]): void {
    for (const root of roots) this.pendingRoots.add(root);
    if (!roots.length) this.wholePage = true;
    if (this.passTimer !== undefined) return;
    this.passTimer = this.ctx.setTimeout(() => {
      this.passTimer = undefined;
      const whole = this.wholePage;
      const pending = [...this.pendingRoots].filter((root) => root.isConnected);
      this.wholePage = false;
      this.pendingRoots.clear();
      void this.enqueue(async () => {
        if (whole && this.restartPass) {
          // switching painters: start over on the whole page with the CSS Custom Highlight painter
          this.restartPass = false;
          this.annotator.clear();
          this.mode = 'idle';
          await this.turnOn(true);
        } else if (whole && this.mode === 'idle') await this.turnOn(false);
        else if (this.mode === 'on') await this.annotateMore(outermost(pending));
      });
    }, this.undoSeen ? this.passes.wait(Date.now()) : 0);
  }

  /** An element that became visible with enough text to be worth reading the page again. */
  private revealsText(root: Element): boolean {
    return root.isConnected && (root.textContent?.length ?? 0) >= REVEAL_MIN_CHARS && this.isReadableRoot(root);
  }

  private isOwn(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    return isMark(el) || el.hasAttribute(OWN_UI_ATTR) || el.localName.startsWith('luoshi-');
  }

  // ---- annotating -------------------------------------------------------------------------------------------

  private async turnOn(force: boolean, prefetch?: Prefetch): Promise<void> {
    if (this.mode === 'on' || !document.body) return;
    // from the moment the text is read, content revealed by attribute changes must not be missed
    this.startWatching();
    this.watcher?.watchReveals(true);
    const first = !this.measured;
    if (first) markAnnotateStart();
    this.countPass();
    let map: TextMap;
    let result: ExtractResult;
    if (prefetch) {
      // read by the bootstrap, extraction asked for while this part loaded
      if (first) measurePart('load', 'read');
      map = prefetch.map;
      const extraction = parseExtraction(await prefetch.reply);
      // receiving the reply (a long page's is megabytes of JSON) was a task's work already
      if (map.text.length > LONG_TEXT) await yieldToPage();
      this.published = extraction.published;
      this.referenceDate = extraction.referenceDate;
      result = await this.withTables(map, extraction);
      if (first) measurePart('extract', 'load');
    } else {
      if (first) measurePart('load', 'start');
      map = this.annotator.read(document.body);
      if (first) measurePart('read', 'load');
      // on a long page, reading and extracting get a task of their own
      if (map.text.length > LONG_TEXT) await yieldToPage();
      this.readDates(map.text);
      result = await this.withTables(map, await this.annotator.analyse(map.text));
      if (first) measurePart('extract', 'read');
    }
    if (!force && result.spans.length < MIN_SPANS) {
      // not a speech after all: the DOM stays untouched (the bootstrap looks again once the page has grown, and
      // revealed content is watched for: a speech hidden until 查看隐藏内容 reads as too little at first)
      this.rejected = true;
      return;
    }
    this.rejected = false;
    this.mode = 'on';
    this.annotatedPage = pageKey(location.href);
    this.annotator.own(() => applyMarkStyle(document, this.css()));
    const specs = this.annotator.add(map, result);
    await this.annotator.mark(map, specs, this.painter());
    if (first) {
      measurePart('mark', 'extract');
      measureAnnotate();
      this.measured = true;
    }
    if (this.mode !== 'on') return;
    // the legend is made once the marks are painted: painting comes first on the page's main thread
    this.ui.prepare();
    await this.ui.mount();
    this.updateCounts();
    this.mine.refresh();
    await this.refreshClipped();
  }

  private async annotateMore(roots: Element[]): Promise<void> {
    if (this.mode !== 'on') return;
    this.countPass();
    let added = 0;
    for (const root of roots) {
      if (!root.isConnected || !this.isReadableRoot(root)) continue;
      const map = this.annotator.read(root);
      if (!map.pieces.length) continue;
      const result = await this.withTables(map, await this.annotator.analyse(map.text));
      const specs = this.annotator.add(map, result);
      added += specs.length;
      await this.annotator.mark(map, specs, this.painter());
      if (this.mode !== 'on') return;
    }
    if (added) {
      this.updateCounts();
      this.mine.refresh();
      await this.refreshClipped();
    }
  }

  /** <mark> elements, or CSS Custom Highlights on a page that undoes our marks (where the browser has them). */
  private painter(): Painter {
    return this.fighting && cssHighlightsSupported() ? this.annotator.css : this.annotator.dom;
  }

  private countPass(): void {
    this.passes.record(Date.now());
    performance.mark(PERF.pass);
  }

  /** The engine's result with the task tables under the map read as one task per row (task-table.ts). */
  private withTables(map: TextMap, result: ExtractResult): Promise<ExtractResult> {
    return readTaskTables(map, result, (text) => extractInBackground(text, this.referenceDate));
  }

  private isReadableRoot(root: Element): boolean {
    for (let up: Element | null = root; up; up = up.parentElement) if (isSkippedElement(up)) return false;
    return !defaultIsHidden(root);
  }

  private turnOff(): void {
    this.mode = 'off';
    this.rejected = false;
    this.watcher?.watchReveals(false);
    this.ui.hidePopover(false);
    this.annotator.clear();
    this.annotator.own(() => removeMarkStyle(document));
    this.ui.remove();
    this.clipper.reset();
    this.mine.reset();
    this.store.set({ clipped: 0, popover: undefined, notice: undefined });
    this.updateCounts();
  }

  private refreshClipped(): Promise<void> {
    return this.clipper.refresh(() => this.mode === 'on');
  }

  private css(): string {
    const hidden = new Set(this.store.state.hidden);
    return `${markCss(this.settings.colors, hidden, t('page_clipped_badge'))}\n${mineCss(hidden)}`;
  }

  /**
   * The legend's counts: this frame's own, plus (in the top frame) those the tab's other frames reported. A frame
   * that is not the top one reports its own to the background (lib/background/frames.ts), which sums them.
   */
  private updateCounts(): void {
    const own = this.mode === 'on' ? this.annotator.counts() : { target: 0, deadline: 0, unit: 0 };
    if (!this.top) {
      const request: Request = { type: 'frame-counts', counts: own };
      browser.runtime.sendMessage(request).catch(() => undefined);
    }
    const counts = { ...own };
    for (const kind of SPAN_KINDS) counts[kind] += this.frameTotals[kind];
    this.store.set({ counts, clipped: this.clipper.size });
  }

  /** The top frame, not annotated itself, shows the legend for highlights in its frames. */
  private showsFrames(): boolean {
    return this.top && this.mode === 'idle' && SPAN_KINDS.some((kind) => this.frameTotals[kind] > 0);
  }

  private async onFrameTotals(counts: Record<SpanType, number>): Promise<void> {
    if (!this.top) return;
    this.frameTotals = counts;
    this.updateCounts();
    if (this.showsFrames()) {
      this.ui.prepare();
      await this.ui.mount();
    }
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
      if (!this.settings.disabledSites.includes(host)) this.settings = await disableSite(host);
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

  async handle(raw: unknown): Promise<unknown> {
    const request: ContentRequest | undefined = asContentRequest(raw);
    if (!request) return { ok: false, error: 'invalid request' };
    switch (request.type) {
      case 'page-tasks':
        return { ok: true, drafts: await pageDrafts(this.draftContext()), title: document.title } satisfies PageTasksReply;
      case 'selection-draft':
        return { ok: true, draft: await selectionDraft(this.draftContext()) } satisfies SelectionDraftReply;
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
      case 'frame-totals':
        await this.onFrameTotals(request.counts);
        return { ok: true };
    }
  }
}

function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

/** The page part (boot.ts PageMain): a controller whose settings are being read. */
export function createPageMain(ctx: ContentScriptContext, settings: Promise<unknown>): PageMain {
  const controller = new PageController(ctx);
  return {
    ready: controller.boot(settings),
    annotate: (prefetch) => controller.annotate(prefetch),
    idle: () => controller.isIdle(),
    handle: (request) => controller.handle(request),
  };
}
