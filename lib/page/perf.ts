// Performance marks the content script leaves on the page's timeline (read by the browser tests and `npm run
// bench`): one place for their names. luoshi:annotate runs from the moment the cheap check passes to the last mark
// painted, and is split into load (the page part of the extension), read, extract (in the background) and mark.
export const PERF = {
  detect: 'luoshi:detect',
  annotate: 'luoshi:annotate',
  /** one mark per annotation pass (first pass included), for counting passes on pages that fight back */
  pass: 'luoshi:pass',
} as const;

export const ANNOTATE_PARTS = ['load', 'read', 'extract', 'mark'] as const;
export type AnnotatePart = (typeof ANNOTATE_PARTS)[number];

/** Marks the start of the first annotation (once per page). */
export function markAnnotateStart(): void {
  if (!performance.getEntriesByName(`${PERF.annotate}:start`, 'mark').length) performance.mark(`${PERF.annotate}:start`);
}

/** Ends a part: measures from the previous part's end (or the start) to now. */
export function measurePart(part: AnnotatePart, from: AnnotatePart | 'start'): void {
  const at = `${PERF.annotate}:${part}-end`;
  performance.mark(at);
  performance.measure(`${PERF.annotate}:${part}`, from === 'start' ? `${PERF.annotate}:start` : `${PERF.annotate}:${from}-end`, at);
}

export function measureAnnotate(): void {
  performance.measure(PERF.annotate, `${PERF.annotate}:start`);
}
