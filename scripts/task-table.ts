// Tasks as a plain-text table for the terminal, with Chinese characters counted two columns wide.
export interface TaskRow {
  units: string[];
  deadlines: { text: string; due?: string }[];
  targets: string[];
  due?: string;
  text: string;
}

const WIDE = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];
const cellWidth = (char: string) => (WIDE.some(([lo, hi]) => char.codePointAt(0)! >= lo && char.codePointAt(0)! <= hi) ? 2 : 1);
export const displayWidth = (text: string) => [...text].reduce((sum, char) => sum + cellWidth(char), 0);

/** Cut to `width` terminal columns (ending in … when cut) and pad to exactly that width. */
export function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= width) return flat + ' '.repeat(width - displayWidth(flat));
  let out = '';
  for (const char of flat) {
    if (displayWidth(out) + cellWidth(char) > width - 1) break;
    out += char;
  }
  out += '…';
  return out + ' '.repeat(width - displayWidth(out));
}

const COLUMNS: { title: string; width: number; value(row: TaskRow): string }[] = [
  { title: '#', width: 4, value: () => '' },
  { title: 'Unit 责任单位', width: 18, value: (row) => row.units.join('、') },
  {
    title: 'Deadline 完成时限 (due)',
    width: 26,
    value: (row) => row.deadlines.map((d) => (d.due ? `${d.text} (${d.due})` : d.text)).join('；'),
  },
  { title: 'Target 目标', width: 24, value: (row) => row.targets.join('；') },
  { title: 'Sentence 句子', width: 44, value: (row) => row.text },
];

export function taskTable(rows: TaskRow[]): string {
  const line = (cells: string[]) => cells.join(' │ ').trimEnd();
  const header = line(COLUMNS.map((c) => fit(c.title, c.width)));
  const rule = COLUMNS.map((c) => '─'.repeat(c.width)).join('─┼─');
  const body = rows.map((row, i) => line(COLUMNS.map((c, j) => fit(j === 0 ? String(i + 1) : c.value(row), c.width))));
  return [header, rule, ...body].join('\n');
}

export function printTaskTable(rows: TaskRow[], heading: string): void {
  console.log(`\n${heading}\n`);
  console.log(rows.length ? taskTable(rows) : '(none)');
}
