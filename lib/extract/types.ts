// The engine's output. Offsets are JavaScript string indices into the text given to extract().

export type SpanType = 'target' | 'deadline' | 'unit';

/** date: a due date; start: a start date (…后); placeholder: ×月底; recurring: 每月底; ongoing: 长期坚持. */
export const DEADLINE_KINDS = ['date', 'start', 'placeholder', 'recurring', 'ongoing'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Span {
  type: SpanType;
  start: number;
  end: number;
  text: string;
  /** deadline spans only */
  kind?: DeadlineKind;
  /** deadline spans that name a date: YYYY-MM-DD */
  due?: string;
}

export interface DeadlineInfo {
  text: string;
  kind: DeadlineKind;
  due?: string;
}

/** A sentence (cut at 。!?;!?; and line breaks) holding at least one span. */
export interface ExtractedTask {
  start: number;
  end: number;
  text: string;
  units: string[];
  deadlines: DeadlineInfo[];
  targets: string[];
  /** earliest due date among its deadlines of kind 'date' (start dates excluded), YYYY-MM-DD */
  due?: string;
}

export interface ExtractResult {
  spans: Span[];
  tasks: ExtractedTask[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD or Date; deadlines without a year resolve to their first occurrence on or after it. Default: today. */
  referenceDate?: string | Date;
  /**
   * Move the reference date into the year a paired date fixes (2月17日(正月十五) only fits 2011 and 2030; see
   * year-hint.ts). Default true; false when the reader fixed the date (CLI --ref, a fixed date in the options).
   */
  yearFromText?: boolean;
}
