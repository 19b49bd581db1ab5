// Luoshi's UI on the page: the shadow root that holds the legend and popover (so the page's CSS cannot reach
// them), and the popover's behaviour: shown on hover/focus of a highlight, kept while the pointer or focus is
// in it, following the highlight on scroll, and reachable by keyboard (Tab/Enter into it, Escape out).
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageUi, type PageUiActions } from '../../components/page/PageUi';
import pageUiCss from '../../components/page/page-ui.css?inline';
import type { Annotator } from './annotator';
import type { PaintedHit } from './painter';
import { OWN_UI_ATTR } from './readable-text';
import { spanDetail, type UiStore } from './ui-state';

/** What the legend and popover ask of the page controller. */
export type PageCommands = Pick<PageUiActions, 'toggleKind' | 'turnOff' | 'disableSite' | 'clip' | 'nextMine'>;

export interface PageUiHostOptions {
  ctx: ContentScriptContext;
  annotator: Annotator;
  store: UiStore;
  commands: PageCommands;
  isOn(): boolean;
  isClipped(task: number): boolean;
}

export class PageUiHost {
  private ui?: ShadowRootContentScriptUi<void>;
  private uiPromise?: Promise<ShadowRootContentScriptUi<void>>;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private popoverMark?: HTMLElement;
  /** the popover belongs to a CSS highlight (no element): hidden when the pointer leaves its span */
  private popoverSpan?: number;
  private listeners?: AbortController;

  constructor(private readonly options: PageUiHostOptions) {}

  private get store(): UiStore {
    return this.options.store;
  }

  /** Starts building the shadow root (once) so it is ready by the time the highlights are. */
  prepare(): void {
    this.uiPromise ??= this.create();
  }

  /** Puts the UI on the page and starts listening to the highlights. */
  async mount(): Promise<void> {
    if (!this.uiPromise) return;
    this.ui = await this.uiPromise;
    if (!this.options.isOn()) return;
    if (!this.ui.shadowHost.isConnected) this.options.annotator.own(() => this.ui!.mount());
    this.listenOnPage();
  }

  /** Takes the UI off the page and stops listening. */
  remove(): void {
    this.hidePopover(false);
    this.options.annotator.own(() => this.ui?.remove());
    this.stopListening();
  }

  stopListening(): void {
    this.listeners?.abort();
    this.listeners = undefined;
  }

  private create(): Promise<ShadowRootContentScriptUi<void>> {
    const { commands } = this.options;
    const actions: PageUiActions = {
      ...commands,
      collapse: (collapsed) => this.store.set({ collapsed }),
      dismissNotice: () => this.store.set({ notice: undefined }),
      closePopover: (refocus) => this.hidePopover(refocus),
      tabOut: (backward) => this.tabOut(backward),
      hoverPopover: (inside) => (inside ? this.cancelHide() : this.scheduleHide()),
    };
    let container: HTMLElement | undefined;
    return createShadowRootUi<void>(this.options.ctx, {
      name: 'luoshi-page-ui',
      css: pageUiCss,
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

  private listenOnPage(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const opts = { signal: this.listeners.signal, passive: true } as const;
    const { annotator } = this.options;
    const markOf = (e: Event) => annotator.dom.hitTest(e)?.element ?? null;
    // pointer and keyboard alike: entering a highlight shows its popover, leaving it hides the popover soon after
    for (const type of ['mouseover', 'focusin']) {
      document.addEventListener(type, (e) => {
        const hit = annotator.dom.hitTest(e);
        if (hit) this.showPopover(hit);
      }, opts);
    }
    // CSS highlights have no element to enter: the pointer's position is looked up once per frame
    let moveFrame = 0;
    let lastMove: MouseEvent | undefined;
    document.addEventListener('mousemove', (e) => {
      lastMove = e;
      if (moveFrame || !annotator.css.size) return;
      moveFrame = requestAnimationFrame(() => {
        moveFrame = 0;
        const hit = lastMove && annotator.css.hitTest(lastMove);
        if (hit && hit.span !== this.popoverSpan) this.showPopover(hit);
        else if (!hit && this.popoverSpan !== undefined) this.scheduleHide();
        else if (hit) this.cancelHide();
      });
    }, opts);
    for (const type of ['mouseout', 'focusout']) {
      document.addEventListener(type, (e) => {
        if (markOf(e)) this.scheduleHide();
      }, opts);
    }
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

  private showPopover(hit: PaintedHit): void {
    if (this.store.state.hidden.includes(hit.kind)) return;
    this.cancelHide();
    const { annotator } = this.options;
    const span = annotator.spans[hit.span];
    if (!span) return;
    const task = annotator.tasks[span.task];
    const r = hit.rect;
    this.popoverMark = hit.element;
    this.popoverSpan = hit.element ? undefined : hit.span;
    this.store.set({
      popover: {
        task: span.task,
        kind: span.type,
        text: span.text,
        detail: spanDetail(span),
        sentence: task?.task.text.trim(),
        rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
        clip: this.options.isClipped(span.task) ? 'done' : 'idle',
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

  hidePopover(refocus: boolean): void {
    this.cancelHide();
    const mark = this.popoverMark;
    this.popoverMark = undefined;
    this.popoverSpan = undefined;
    if (this.store.state.popover) this.store.set({ popover: undefined });
    if (refocus && mark?.isConnected) mark.focus();
  }

  private tabOut(backward: boolean): void {
    const mark = this.popoverMark;
    if (!mark) return;
    const task = this.store.state.popover?.task ?? -1;
    if (backward) {
      this.hidePopover(true);
      return;
    }
    const next = this.options.annotator.focusTarget(task + 1);
    this.hidePopover(false);
    if (next?.isConnected) next.focus();
    else mark.focus();
  }
}
