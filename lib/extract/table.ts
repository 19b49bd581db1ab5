// Task tables flattened to text: a header line naming columns (序号 工作任务 牵头单位 配合单位 完成时限) and rows whose
// cells are separated by gaps (tabs, ideographic spaces, runs of spaces). The gaps are dropped in the match view, so
// the columns are read here, on the original text. A row's unit cells are unit fields and its time cell is a 完成时限
// field, as GUIDELINES.md says for task lists.
import { DEADLINE_FIELD_LABELS } from './lexicon/deadlines';
import { CELL_GAP, COLUMN_KEYWORDS, MAX_LABEL_LENGTH, OTHER_COLUMN_LABELS, TASK_COLUMN_LABELS } from './lexicon/table';
import { UNIT_FIELD_LABELS } from './lexicon/units';

export type ColumnKind = 'unit' | 'deadline' | 'task' | 'other';

/** One cell of a row: its kind and its [start, end) range in the original text. */
export interface TableCell {
  kind: ColumnKind;
  start: number;
  end: number;
}

const MAX_LINE = 2000;

function cellsOf(text: string, lineStart: number, lineEnd: number): [number, number][] {
  const cells: [number, number][] = [];
  if (lineEnd - lineStart > MAX_LINE) return cells;
  const line = text.slice(lineStart, lineEnd);
  let from = 0;
  for (const m of line.matchAll(CELL_GAP)) {
    if (m.index > from) cells.push([lineStart + from, lineStart + m.index]);
    from = m.index + m[0].length;
  }
  if (from < line.length) cells.push([lineStart + from, lineEnd]);
  // trim ASCII spaces and a carriage return at either end of a cell
  return cells
    .map(([s, e]): [number, number] => {
      while (s < e && (text[s] === ' ' || text[s] === '\r')) s++;
      while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}

function columnKind(label: string): ColumnKind | null {
  const l = label.replace(/\s/g, '');
  if (UNIT_FIELD_LABELS.includes(l)) return 'unit';
  if (DEADLINE_FIELD_LABELS.includes(l)) return 'deadline';
  if (TASK_COLUMN_LABELS.includes(l)) return 'task';
  if (OTHER_COLUMN_LABELS.includes(l)) return 'other';
  if (l.length > MAX_LABEL_LENGTH || !/^[\u4e00-\u9fff/、()]+$/.test(l)) return null;
  for (const [word, kind] of COLUMN_KEYWORDS) if (l.includes(word)) return kind;
  return 'other';
}

/**
 * A header: three or more short label cells, at least three of them of a known kind (序号, 重点任务, 牵头单位, 具体目标 …)
 * and one of them a unit or time column.
 */
function headerOf(text: string, cells: [number, number][]): ColumnKind[] | null {
  if (cells.length < 3) return null;
  const kinds: ColumnKind[] = [];
  let known = 0;
  for (const [s, e] of cells) {
    const label = text.slice(s, e);
    const kind = columnKind(label);
    if (!kind) return null;
    if (kind !== 'other' || OTHER_COLUMN_LABELS.includes(label.replace(/\s/g, ''))) known++;
    kinds.push(kind);
  }
  return known >= 3 && (kinds.includes('unit') || kinds.includes('deadline')) ? kinds : null;
}

/**
 * Cells of every row of every task table in `text`. A row is a line (or lines, when a cell was wrapped) with as
 * many cells as its header; other lines (section headings, notes) are skipped. Linear in the text length.
 */
export function findTableCells(text: string): TableCell[] {
  const out: TableCell[] = [];
  if (text.indexOf('\t') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('  ') < 0) return out;
  let header: ColumnKind[] | null = null;
  let pending: [number, number][] = [];
  const flush = () => {
    if (header && pending.length === header.length) {
      pending.forEach(([s, e], i) => out.push({ kind: header![i], start: s, end: e }));
    }
    pending = [];
  };
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const cells = cellsOf(text, lineStart, i);
    lineStart = i + 1;
    if (!cells.length) continue;
    const newHeader = headerOf(text, cells);
    if (newHeader) {
      flush();
      header = newHeader;
      continue;
    }
    if (!header) continue;
    if (pending.length && pending.length < header.length) {
      // a cell wrapped onto this line: its first piece continues the last cell of the row
      if (pending.length + cells.length - 1 === header.length) {
        pending[pending.length - 1] = [pending[pending.length - 1][0], cells[0][1]];
        pending.push(...cells.slice(1));
        flush();
        continue;
      }
      if (pending.length + cells.length === header.length) {
        pending.push(...cells);
        flush();
        continue;
      }
      pending = [];
    }
    if (cells.length === header.length) {
      pending = cells;
      flush();
    } else if (cells.length > 1 && cells.length < header.length) pending = cells;
  }
  return out;
}
