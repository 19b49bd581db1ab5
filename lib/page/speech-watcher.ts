// Decides when to look at whether the page is a speech: once at start, then again while content keeps arriving
// (SPA navigation, text loaded later), at most once per interval, and only once a page already found wanting
// has grown markedly. Cheap on purpose: it runs on every page (the content script's bootstrap, lib/page/boot.ts).
import { looksLikeSpeech } from './speech-detect';

export interface SpeechWatcherOptions {
  /** the page looks like a speech: annotate it. Resolves false when the annotation found too little (rejected). */
  onSpeech(): Promise<boolean>;
  /** whether a look is wanted now (false while the page is annotated) */
  wanted(): boolean;
  /** before the first look: timing marks */
  measure?: (look: () => boolean) => boolean;
  intervalMs?: number;
}

/** Shortest time between two looks at whether a page that changed has become a speech. */
const DETECT_INTERVAL_MS = 1000;
/** A page found wanting is looked at again only once its text has grown by this factor. */
const GROWTH = 1.2;

export class SpeechWatcher {
  private lastLook = 0;
  private timer?: ReturnType<typeof setTimeout>;
  /** raw text length when the page was last found wanting (by the cheap check or by the annotation) */
  private rejectedLength = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly options: SpeechWatcherOptions,
  ) {}

  /** The first look, then watching for additions. */
  start(): void {
    const raw = this.doc.body?.textContent ?? '';
    const look = () => looksLikeSpeech(raw);
    const speech = this.options.measure ? this.options.measure(look) : look();
    this.lastLook = Date.now();
    if (speech) void this.found(raw.length);
    else this.rejectedLength = raw.length;
    if (!this.doc.body) return;
    this.observer = new MutationObserver(() => this.soon());
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Additions within the interval are looked at when it has passed, not dropped (the speech may come last). */
  private soon(): void {
    if (this.timer !== undefined || !this.options.wanted()) return;
    const wait = Math.max(0, this.lastLook + (this.options.intervalMs ?? DETECT_INTERVAL_MS) - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.options.wanted() || !this.doc.body) return;
      this.lastLook = Date.now();
      const raw = this.doc.body.textContent ?? '';
      if (raw.length > this.rejectedLength * GROWTH && looksLikeSpeech(raw)) void this.found(raw.length);
    }, wait);
  }

  private async found(length: number): Promise<void> {
    const accepted = await this.options.onSpeech().catch(() => false);
    if (!accepted) this.rejectedLength = Math.max(length, this.doc.body?.textContent?.length ?? 0);
  }
}
