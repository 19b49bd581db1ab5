// CSV for Excel and WPS: RFC 4180 quoting, CRLF row ends, UTF-8 with a byte-order mark (without it Excel on
// Windows reads the file as the local ANSI code page and the Chinese turns to mojibake).
import type { Task } from '../domain/task';
import { CSV_COLUMNS, csvHeaderRow, csvTaskRow, type CsvColumn, type CsvHeaderLanguage, type CsvUnitNames, unitNamer } from './columns';
import { localDate } from '../dates';

export const CSV_BOM = '\uFEFF';
export const CSV_ROW_END = '\r\n';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** OWASP CSV injection: a cell starting with one of these may be run as a formula by Excel, WPS or LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Page text is written by strangers: a leading apostrophe makes a formula-like cell plain text; nothing else changes. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, and its quotes are doubled. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => quoteField(neutraliseFormula(cell))).join(',') + CSV_ROW_END;
}

/**
 * The whole file as text: BOM, header row, one row per task in the given order; every row ends with CRLF.
 * `units`: the 责任单位 column as written (default) or normalised (lib/domain/unit-names.ts).
 */
export function tasksToCsv(
  tasks: readonly Task[],
  lang: CsvHeaderLanguage,
  columns: readonly CsvColumn[] = CSV_COLUMNS,
  units: CsvUnitNames = 'written',
): string {
  let out = CSV_BOM + csvLine(csvHeaderRow(lang, columns));
  const unitName = unitNamer(tasks, units);
  tasks.forEach((task, index) => {
    out += csvLine(csvTaskRow(task, { index, lang, unitName }, columns));
  });
  return out;
}

/** 落实任务_YYYY-MM-DD.csv, dated in local time. */
export function csvFileName(now: Date = new Date()): string {
  return `落实任务_${localDate(now)}.csv`;
}
