// Pages that undo our marks (issue 10 §5): frameworks re-render what they own, and a page that restores its
// article whenever it changes would mark-and-undo forever. Two rules, as small clocks the controller consults:
// after the page has undone our marks twice within a few seconds, paint without touching the DOM (the CSS Custom
// Highlight painter); and never more than three annotation passes in any ten seconds.

/** Undos within this window that make a page one that fights back. */
export const UNDO_WINDOW_MS = 5000;
export const UNDOS_TO_BACK_OFF = 2;
/** At most this many passes in any PASS_WINDOW_MS. */
export const MAX_PASSES = 3;
export const PASS_WINDOW_MS = 10_000;

/** Counts undos of our marks; says when the page has shown that it fights back. */
export class UndoCounter {
  private times: number[] = [];

  /** Records one undo; true once UNDOS_TO_BACK_OFF happened within UNDO_WINDOW_MS. */
  undone(now: number): boolean {
    this.times = this.times.filter((t) => now - t < UNDO_WINDOW_MS);
    this.times.push(now);
    return this.times.length >= UNDOS_TO_BACK_OFF;
  }
}

/** Spaces annotation passes: at most MAX_PASSES in any PASS_WINDOW_MS. */
export class PassLimiter {
  private times: number[] = [];

  /** How long to wait before the next pass may start (0: now). */
  wait(now: number): number {
    this.times = this.times.filter((t) => now - t < PASS_WINDOW_MS);
    if (this.times.length < MAX_PASSES) return 0;
    return this.times[0] + PASS_WINDOW_MS - now;
  }

  record(now: number): void {
    this.times.push(now);
  }
}
