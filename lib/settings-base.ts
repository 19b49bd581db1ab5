// The parts of the settings that need no zod: the span kinds, the default colours and how the reference date is
// chosen. lib/settings.ts (the schema, storage) builds on these and re-exports them; the page part
// (entrypoints/page-main.ts) imports them from here, so that it does not load zod (issue 10 §6: a small page part).
import type { SpanType } from './extract/types';
import { isCalendarDate, localDate } from './dates';

/** The engine's span types (lib/extract/types.ts), in the order the legend and the options list them. */
export const SPAN_KINDS = ['target', 'deadline', 'unit'] as const satisfies readonly SpanType[];

/** The highlight colours until the reader picks others (#rrggbb). */
export const DEFAULT_COLORS: Readonly<Record<SpanType, string>> = { target: '#fde68a', deadline: '#bfdbfe', unit: '#bbf7d0' };

export const REFERENCE_DATE_MODES = ['page', 'today', 'fixed'] as const;
export type ReferenceDateMode = (typeof REFERENCE_DATE_MODES)[number];

/** The settings fields that decide the reference date (lib/settings.ts Settings has them). */
export interface ReferenceDateSettings {
  referenceDate: ReferenceDateMode;
  fixedReferenceDate?: string;
}

/**
 * The date that deadlines without a year ("6月底前") are read against, as the reader chose it.
 * A 'fixed' choice without a valid date behaves like 'page', so a half-finished setting never breaks extraction.
 */
export function resolveReferenceDate(settings: ReferenceDateSettings, pagePublished: string | undefined, today: Date = new Date()): string {
  const todayIso = localDate(today);
  switch (settings.referenceDate) {
    case 'today':
      return todayIso;
    case 'fixed':
      if (settings.fixedReferenceDate && isCalendarDate(settings.fixedReferenceDate)) return settings.fixedReferenceDate;
      return pagePublished && isCalendarDate(pagePublished) ? pagePublished : todayIso;
    case 'page':
      return pagePublished && isCalendarDate(pagePublished) ? pagePublished : todayIso;
  }
}
