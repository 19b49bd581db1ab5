// Task tables in HTML (issue 10 §1): a 重点任务分解表 published as a <table>, one task a row. The header tells each
// column's role with the labels the engine knows for flattened tables (lib/extract/lexicon/table.ts, imported, not
// copied); merged cells (rowspan/colspan) are expanded into a grid, a header may take two rows, and a table cut into
// several <table>s by page breaks continues the one before it. Each body row becomes one task: its text the task
// cell (with the row number), its units the names in the unit cells, its deadline and targets what the engine finds
// in the time and task cells when it reads the rows as the flattened table it knows (序号 重点任务 责任单位 完成时限,
// cells separated by tabs): extract() is called once more on that text, and its spans are mapped back to the page.
// Reads the DOM (table structure), never writes it.
import { DEADLINE_FIELD_LABELS } from '../extract/lexicon/deadlines';
import { COLUMN_KEYWORDS, MAX_LABEL_LENGTH, OTHER_COLUMN_LABELS, TASK_COLUMN_LABELS } from '../extract/lexicon/table';
import { UNIT_FIELD_LABELS } from '../extract/lexicon/units';
import type { DeadlineInfo, ExtractedTask, ExtractResult, Span } from '../extract/types';
import type { TextMap } from './text-map';

export type ColumnRole = 'task' | 'unit' | 'deadline' | 'number' | 'other';

/** What a table row adds to its task beyond the engine's fields. */
export interface TableRow {
  /** the row number as the table shows it (序号), '' if none */
  number: string;
  /** the task cell(s) in the page text: the clipped text and its anchor */
  taskStart: number;
  taskEnd: number;
}

export interface TableAwareResult extends ExtractResult {
  /** the row tasks among result.tasks */
  rows: Map<ExtractedTask, TableRow>;
}

/** Labels of a number column (also listed among the engine's other labels). */
const NUMBER_LABELS = new Set(['序号', '编号']);
/** Separators between unit names in a unit cell: 、 , ; / whitespace (line breaks of <br> and <p> included). */
const UNIT_SEPARATORS = /[、,,;;/\s]+/g;
/** Notes after a name: 县发改委(牵头) */
const NAME_NOTE = /[((【[].*$/;
/** The flattened header the engine is given (one label of each kind it knows, lib/extract/lexicon). */
const FLAT_HEADER = ['序号', TASK_COLUMN_LABELS[1], UNIT_FIELD_LABELS[0], DEADLINE_FIELD_LABELS[0]];

const normalizeLabel = (text: string) => text.replace(/[\s\u3000::]+/g, '');

/** A header cell's role; undefined when the text is no label (too long, or empty). 'other' for unknown short labels. */
export function labelRole(text: string): { role: ColumnRole; known: boolean } | undefined {
  const label = normalizeLabel(text);
  if (!label || label.length > MAX_LABEL_LENGTH) return undefined;
  if (NUMBER_LABELS.has(label)) return { role: 'number', known: true };
  if (UNIT_FIELD_LABELS.includes(label)) return { role: 'unit', known: true };
  if (DEADLINE_FIELD_LABELS.includes(label)) return { role: 'deadline', known: true };
  if (TASK_COLUMN_LABELS.includes(label)) return { role: 'task', known: true };
  if (OTHER_COLUMN_LABELS.includes(label)) return { role: 'other', known: true };
  for (const [word, kind] of COLUMN_KEYWORDS) if (label.includes(word)) return { role: kind, known: true };
  return { role: 'other', known: false };
}

type Grid = Element[][];

/** The table's cells on a grid: a merged cell fills every slot it spans. Rows of nested tables are not included. */
export function tableGrid(table: HTMLTableElement): Grid {
  const grid: Grid = [];
  const rows = Array.from(table.rows);
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (line[c]) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan || 1, rows.length - r));
      const colSpan = Math.max(1, Math.min(cell.colSpan || 1, 1000));
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = cell;
      c += colSpan;
    }
  });
  return grid;
}

const distinct = <T>(items: T[]): T[] => [...new Set(items)];

/** Leading rows that are all labels, at least half of them known: the header (at most three rows). */
function headerRows(grid: Grid, textOf: (cell: Element) => string): number {
  let rows = 0;
  for (let r = 0; r < Math.min(3, grid.length); r++) {
    const cells = distinct(grid[r].filter(Boolean));
    const roles = cells.map((cell) => labelRole(textOf(cell)));
    if (!cells.length || roles.some((role) => !role)) break;
    const known = roles.filter((role) => role!.known).length;
    if (known * 2 < cells.length) break;
    rows = r + 1;
  }
  return rows;
}

/** Each column's role, read bottom-up through the header rows (责任单位 over 牵头单位 | 配合单位). */
function columnRoles(grid: Grid, header: number, textOf: (cell: Element) => string): ColumnRole[] {
  const width = Math.max(...grid.slice(0, header).map((row) => row.length));
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    let role: ColumnRole = 'other';
    for (let r = header - 1; r >= 0; r--) {
      const cell = grid[r][c];
      const found = cell && labelRole(textOf(cell));
      if (found && found.role !== 'other') {
        role = found.role;
        break;
      }
    }
    roles.push(role);
  }
  return roles;
}

const isTaskTable = (roles: ColumnRole[]) => roles.includes('task') && (roles.includes('unit') || roles.includes('deadline'));

interface Range {
  start: number;
  end: number;
}

/** Where each table cell's text is in the map (cells without read text are absent). */
function cellRanges(map: TextMap): Map<Element, Range> {
  const ranges = new Map<Element, Range>();
  const cellOf = new Map<Element, Element | null>();
  for (const piece of map.pieces) {
    const parent = piece.node.parentElement;
    if (!parent) continue;
    let cell = cellOf.get(parent);
    if (cell === undefined) {
      cell = parent.closest('td, th');
      cellOf.set(parent, cell);
    }
    if (!cell) continue;
    const range = ranges.get(cell);
    if (range) range.end = piece.end;
    else ranges.set(cell, { start: piece.start, end: piece.end });
  }
  return ranges;
}

/** [start, end) without whitespace at either end. */
function trimmed(text: string, { start, end }: Range): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The names in a unit cell, as spans. */
function unitSpans(text: string, range: Range): Span[] {
  const out: Span[] = [];
  const cell = text.slice(range.start, range.end);
  let at = 0;
  for (const part of cell.split(UNIT_SEPARATORS)) {
    const index = cell.indexOf(part, at);
    at = index + part.length;
    const name = part.replace(NAME_NOTE, '');
    if (name.length < 2 || /^[\d.]+$/.test(name)) continue;
    out.push({ type: 'unit', start: range.start + index, end: range.start + index + name.length, text: name });
  }
  return out;
}

/**
 * The flattened table text: a header line and one line per row, cells separated by tabs; whitespace inside a cell
 * (line breaks of <p> and <br>) becomes one space. `origin` gives each character's offset in the page text (-1 for
 * what the page does not have: tabs, the header, placeholders).
 */
class FlatTable {
  text = FLAT_HEADER.join('\t') + '\n';
  origin: number[] = new Array(this.text.length).fill(-1);

  add(value: string, from = -1): void {
    this.text += value;
    for (let i = 0; i < value.length; i++) this.origin.push(from < 0 ? -1 : from + i);
  }

  /** A cell copied from the page text, its whitespace runs as one space. */
  cell(page: string, range: Range | undefined): void {
    const { start, end } = range ? trimmed(page, range) : { start: 0, end: 0 };
    if (end <= start) return this.add('无');
    for (let i = start; i < end; i++) {
      if (/\s/.test(page[i])) {
        if (!/\s/.test(page[i - 1] ?? '')) this.add(' ');
      } else this.add(page[i], i);
    }
  }

  /** A span of the flat text on the page, if both ends come from the page. */
  toPage(span: Span, page: string): Span | undefined {
    const start = this.origin[span.start];
    const last = this.origin[span.end - 1];
    if (start === undefined || last === undefined || start < 0 || last < 0) return undefined;
    return { ...span, start, end: last + 1, text: page.slice(start, last + 1) };
  }
}

interface ReadTable {
  roles: ColumnRole[];
  grid: Grid;
  header: number;
}

/** The task tables under the map's text, in document order, with continuation tables joined to the one before. */
function taskTables(map: TextMap, ranges: Map<Element, Range>, text: string): ReadTable[] {
  const tables: HTMLTableElement[] = [];
  const seen = new Set<Element>();
  for (const cell of ranges.keys()) {
    const table = cell.closest('table');
    if (table && !seen.has(table)) {
      seen.add(table);
      tables.push(table);
    }
  }
  const textOf = (cell: Element) => {
    const range = ranges.get(cell);
    return range ? text.slice(range.start, range.end) : '';
  };
  const out: ReadTable[] = [];
  let previous: ReadTable | undefined;
  for (const table of tables) {
    const grid = tableGrid(table);
    if (!grid.length) continue;
    const header = headerRows(grid, textOf);
    if (header) {
      const roles = columnRoles(grid, header, textOf);
      previous = isTaskTable(roles) ? { roles, grid, header } : undefined;
      if (previous) out.push(previous);
    } else if (previous && Math.max(...grid.map((row) => row.length)) === previous.roles.length) {
      // a table cut by a page break: same columns, no header of its own
      previous = { roles: previous.roles, grid, header: 0 };
      out.push(previous);
    } else previous = undefined;
  }
  return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * The engine's result with task tables read as rows: inside each table the engine's tasks are replaced by one task
 * per row, unit cells give unit spans (one per name), the time cell the deadline; spans in task cells stay.
 */
export async function readTaskTables(
  map: TextMap,
  result: ExtractResult,
  extract: (text: string) => Promise<ExtractResult>,
): Promise<TableAwareResult> {
  const rows = new Map<ExtractedTask, TableRow>();
  const text = map.text;
  const ranges = cellRanges(map);
  if (!ranges.size) return { ...result, rows };
  const tables = taskTables(map, ranges, text);
  if (!tables.length) return { ...result, rows };

  // the engine reads the rows as a flattened table: targets in task cells, deadlines in time cells
  const flat = new FlatTable();
  for (const { roles, grid, header } of tables) {
    for (let r = header; r < grid.length; r++) {
      const line = grid[r];
      const first = (role: ColumnRole) => line.find((cell, c) => cell && roles[c] === role);
      const tasks = distinct(line.filter((cell, c) => cell && roles[c] === 'task'));
      if (distinct(line.filter(Boolean)).length <= 1 || !tasks.some((cell) => ranges.has(cell))) continue;
      flat.add(String(r));
      flat.add('\t');
      tasks.forEach((cell, i) => {
        if (i) flat.add(' ');
        flat.cell(text, ranges.get(cell));
      });
      flat.add('\t');
      flat.add(distinct(line.filter((cell, c) => cell && roles[c] === 'unit')).map((cell) => ranges.get(cell) ? unitSpans(text, ranges.get(cell)!).map((u) => u.text).join('、') : '').filter(Boolean).join('、') || '无');
      flat.add('\t');
      flat.cell(text, ranges.get(first('deadline') as Element));
      flat.add('\n');
    }
  }
  const engine = (await extract(flat.text)).spans
    .filter((s) => s.type !== 'unit')
    .map((s) => flat.toPage(s, text))
    .filter((s): s is Span => !!s);

  const rowTasks: ExtractedTask[] = [];
  const tableSpans: Span[] = [];
  /** text taken over by the tables: the engine's spans and tasks there are replaced */
  const covered: Range[] = [];
  const emitted = new Set<Element>();
  for (const { roles, grid, header } of tables) {
    const all = distinct(grid.flat().filter(Boolean)).map((cell) => ranges.get(cell)).filter((r): r is Range => !!r);
    if (all.length) covered.push({ start: Math.min(...all.map((r) => r.start)), end: Math.max(...all.map((r) => r.end)) });
    for (let r = header; r < grid.length; r++) {
      const line = grid[r];
      const cells = distinct(line.filter(Boolean));
      if (cells.length <= 1) continue; // a section heading across the whole table (一、产业发展)
      const at = (role: ColumnRole) => distinct(line.filter((cell, c) => cell && roles[c] === role));
      const taskCells = at('task').filter((cell) => ranges.has(cell));
      if (!taskCells.length) continue;
      const own = cells.filter((cell) => !emitted.has(cell) && ranges.has(cell));
      for (const cell of own) emitted.add(cell);
      const ownRanges = own.map((cell) => ranges.get(cell)!);
      const taskRanges = taskCells.map((cell) => ranges.get(cell)!);
      const units = at('unit').flatMap((cell) => (ranges.has(cell) ? unitSpans(text, ranges.get(cell)!) : []));
      const within = (cells: Element[]) => (s: Span) =>
        cells.some((cell) => ranges.has(cell) && s.start >= ranges.get(cell)!.start && s.end <= ranges.get(cell)!.end);
      const deadlines = engine.filter((s) => s.type === 'deadline').filter(within(at('deadline')));
      const inTask = engine.filter(within(taskCells));
      // spans are painted once, in the row that owns the cell (a merged unit cell belongs to its first row)
      const ownsCell = (s: Span) => ownRanges.some((range) => s.start >= range.start && s.end <= range.end);
      tableSpans.push(...[...units, ...deadlines].filter(ownsCell), ...inTask);
      if (!ownRanges.length) continue;
      const numberCell = at('number')[0];
      const number = numberCell && ranges.has(numberCell) ? text.slice(ranges.get(numberCell)!.start, ranges.get(numberCell)!.end).trim() : '';
      const task = trimmed(text, { start: Math.min(...taskRanges.map((x) => x.start)), end: Math.max(...taskRanges.map((x) => x.end)) });
      const taskText = text.slice(task.start, task.end).replace(/\s+/g, ' ');
      const deadlineInfo: DeadlineInfo[] = deadlines.map((d) => ({ text: d.text, kind: d.kind ?? 'date', ...(d.due ? { due: d.due } : {}) }));
      const dues = deadlines.map((d) => d.due).filter((d): d is string => !!d).sort();
      const rowTask: ExtractedTask = {
        start: Math.min(...ownRanges.map((x) => x.start)),
        end: Math.max(...ownRanges.map((x) => x.end)),
        text: number ? `${number} ${taskText}` : taskText,
        units: distinct(units.map((u) => u.text)),
        deadlines: deadlineInfo,
        targets: distinct(inTask.filter((s) => s.type === 'target').map((s) => s.text)),
        ...(dues.length ? { due: dues[0] } : {}),
      };
      rowTasks.push(rowTask);
      rows.set(rowTask, { number, taskStart: task.start, taskEnd: task.end });
    }
  }
  const outside = (range: Range) => !covered.some((c) => overlaps(c, range));
  const spans = [...result.spans.filter(outside), ...distinct(tableSpans)].sort((a, b) => a.start - b.start);
  const tasks = [...result.tasks.filter(outside), ...rowTasks].sort((a, b) => a.start - b.start);
  return { spans, tasks, rows };
}
