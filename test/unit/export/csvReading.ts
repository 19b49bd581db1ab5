// Reading an exported CSV back the way Excel does, shared by the unit and the browser tests.
import Papa from 'papaparse';
import { expect } from 'vitest';

/** Parses as Excel would read our file: BOM removed, comma-separated, rows split on CRLF only. */
export function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', quoteChar: '"', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  // the file ends with CRLF, which papaparse reports as one trailing empty row
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** Walks the bytes, tracking quotes, and names the byte sequence found at each row end (outside quoted fields). */
export function rowEnds(bytes: Uint8Array): string[] {
  const ends: string[] = [];
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x22) quoted = !quoted; // a doubled quote toggles twice: net unchanged
    else if (!quoted && (b === 0x0a || b === 0x0d)) {
      if (b === 0x0d && bytes[i + 1] === 0x0a) {
        ends.push('CRLF');
        i++;
      } else ends.push(b === 0x0a ? 'LF' : 'CR');
    }
  }
  return ends;
}

export const ZH_HEADER = ['序号', '任务内容', '责任单位', '完成时限', '截止日期', '目标指标', '状态', '备注', '来源标题', '来源链接', '摘录时间'];
export const EN_HEADER = ['No.', 'Task', 'Responsible units', 'Deadline', 'Due date', 'Targets', 'Status', 'Note', 'Source title', 'Source URL', 'Clipped at'];
