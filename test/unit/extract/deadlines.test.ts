import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDeadlines, resolveDeadline } from '../../../lib/extract/deadlines';

const TSV = resolve(import.meta.dirname, '../../../corpus/deadlines.tsv');

function readRows(): { expression: string; reference: string; due: string; kind: string }[] {
  const [header, ...lines] = readFileSync(TSV, 'utf8').split('\n').filter((l) => l.trim());
  expect(header.split('\t')).toEqual(['expression', 'reference', 'due', 'kind']);
  return lines.map((line) => {
    const [expression, reference, due, kind] = line.split('\t');
    return { expression, reference, due: due ?? '', kind };
  });
}

describe('resolveDeadline: every row of corpus/deadlines.tsv', () => {
  const rows = readRows();
  test('the table is there', () => expect(rows.length).toBeGreaterThanOrEqual(50));
  test.each(rows)('$expression @ $reference -> $due ($kind)', ({ expression, reference, due, kind }) => {
    const got = resolveDeadline(expression, reference);
    expect(got).not.toBeNull();
    expect(got!.kind).toBe(kind);
    expect(got!.due ?? '').toBe(due);
  });
});

describe('resolveDeadline: more shapes', () => {
  test.each([
    ['3月5号前', '2023-01-10', 'date', '2023-03-05'],
    ['12 月 10 日前', '2021-11-03', 'date', '2021-12-10'],
    ['2025年上半年', '2023-01-10', 'date', '2025-06-30'],
    ['四季度末', '2023-01-10', 'date', '2023-12-31'],
    ['本月底', '2023-02-10', 'date', '2023-02-28'],
    ['下月上旬', '2023-12-10', 'date', '2024-01-10'],
    ['元宵节后', '2024-01-05', 'start', '2024-02-24'],
    ['五一前', '2023-06-01', 'date', '2024-04-30'],
    ['20xx年底前', '2023-01-10', 'placeholder', ''],
  ])('%s @ %s -> %s %s', (expression, reference, kind, due) => {
    const got = resolveDeadline(expression, reference);
    expect(got?.kind).toBe(kind);
    expect(got?.due ?? '').toBe(due);
  });

  test.each(['今年', '全年', '近期', '13月底', '2月30日', '6月底前吧', '', '春节期间', '十四五', '每年'])('%s is not a deadline', (expression) => {
    expect(resolveDeadline(expression, '2023-03-01')).toBeNull();
  });
});

const REF = '2023-03-01';
const found = (text: string, ref = REF) => findDeadlines(text, ref).map((s) => s.text);

describe('findDeadlines: positives', () => {
  test.each([
    ['县经贸局、乡企局要在6月底前完成工业总产值3.2亿元。', ['6月底前']],
    ['县经贸局、乡企局要在6月底前完成工业总产值3.2亿元，确保按期交付。', ['6月底前']],
    ['各乡镇要在十月底前全部完成技改投资。', ['十月底前']],
    ['力争二〇二三年底建成投产。', ['二〇二三年底']],
    ['各乡镇和部门要全力落实建设条件,确保×月底前全部开工建设。', ['×月底前']],
    ['x月份要完成全部招标工作。', ['x月份']],
    ['各项目单位xx月xx日前上报进度。', ['xx月xx日前']],
    ['对前期工作简单的项目,2月17日(正月十五)后要抓紧开工;', ['2月17日(正月十五)后']],
    ['对前期工作简单的项目，2月17日（正月十五）后要抓紧开工；', ['2月17日（正月十五）后']],
    ['对程序复杂的项目,最迟3月上旬也要全部开工。', ['最迟3月上旬']],
    ['发改局要加强监测,重点项目建设情况每月底报县委县政府。', ['每月底']],
    ['这项工作必须于春节前全部完成。', ['春节前']],
    ['国宝公司尾矿库建设要力争6月底投入使用,金鑫公司尾矿库10月底要达到使用条件。', ['6月底', '10月底']],
    ['经济局要将培育作为考核内容,年底一并纳入绩效考核范围。', ['年底']],
    ['厅将组织督导组,从现在一直到年底,随时直奔施工现场。', ['从现在一直到年底']],
    ['力争上半年全面完成改造任务。', ['上半年']],
    ['5．优化办电服务， 2021年底前实现用电报装“零投资”。', ['2021年底前']],
    ['抓紧推进，12月10日前将贯彻落实情况报省政府。', ['12月10日前']],
    ['各乡镇要在9月30日前完成摸底排查，10月15日前将汇总表报县农业农村局。', ['9月30日前', '10月15日前']],
    ['请各单位于每月5日前报送上月工作进展情况。', ['每月5日前']],
    ['各县（市、区）要在每季度末将进展情况报市推进办。', ['每季度末']],
    ['各项目单位务必在本月底前完成招标工作。', ['本月底前']],
    ['确保三季度末主体完工，年底前竣工验收。', ['三季度末', '年底前']],
    ['国庆节后要立即组织开展督查。', ['国庆节后']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('offsets index the input and dated spans carry kind and due', () => {
    const text = '这项工作必须于2月15日前全部结束。';
    const [span] = findDeadlines(text, '2023-01-10');
    expect(span).toMatchObject({ type: 'deadline', text: '2月15日前', kind: 'date', due: '2023-02-15' });
    expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  test('the 后 form is a start date and placeholders have no due date', () => {
    const [after] = findDeadlines('2月17日(正月十五)后要抓紧开工。', '2011-01-10');
    expect(after).toMatchObject({ kind: 'start', due: '2011-02-17' });
    const [placeholder] = findDeadlines('确保×月底前全部开工。', REF);
    expect(placeholder.kind).toBe('placeholder');
    expect(placeholder.due).toBeUndefined();
  });

  test('values of a task list time field, including ongoing ones', () => {
    const spans = findDeadlines('任务一 完成时限:长期坚持\n任务二 完成时限：持续推进\n任务三 完成时限:2023年6月底前\n', REF);
    expect(spans.map((s) => [s.text, s.kind])).toEqual([
      ['长期坚持', 'ongoing'],
      ['持续推进', 'ongoing'],
      ['2023年6月底前', 'date'],
    ]);
  });

  test('any short value of a time field without a date is its deadline (GUIDELINES: the field value is the D)', () => {
    const spans = findDeadlines('推进通关便利化。\n完成时限：立即实施\n责任单位：省交通运输厅\n制定目录　　时间进度：全年工作　　3.加快审批。完成时限：立即实施 责任单位：省商务厅', REF);
    expect(spans.map((s) => [s.text, s.kind])).toEqual([
      ['立即实施', 'ongoing'],
      ['全年工作', 'ongoing'],
      ['立即实施', 'ongoing'],
    ]);
    // not a long value, not 完成时限 inside a sentence
    expect(findDeadlines('完成时限：根据人力资源社会保障部工作进度及时完成', REF)).toEqual([]);
    expect(findDeadlines('各地要在规定的完成时限内办结。', REF)).toEqual([]);
  });
});

describe('findDeadlines: negatives from the guidelines', () => {
  test.each([
    ['past event', '今年3月23日,厅党委专题召开了交通运输项目建设动员会,对全年工作进行了安排。'],
    ['past event with placeholder date', 'x月x日,中央出台了改革开放以来第x个一号文件。'],
    ['past meeting', '要贯彻落实8月5日召开的党委常委会议精神。'],
    ['reporting cut-off', '截止5月底,全县累计完成工业总产值3.2亿元。'],
    ['reporting cut-off, full-width', '截至7月底，全市共上报待批项目57个。'],
    ['reporting range', '1-7月交通固定资产投资完成保持了增长势头。'],
    ['reporting range with dash', '县政府办通报了今年1—5月份工业经济运行情况。'],
    ['reporting range with tilde', '全局 1~5月项目建设的特点表现为四个进一步。'],
    ['up to now', '至目前,全市重点项目开工率达到93.5%。'],
    ['durations', '用近半个月时间集中整治,再大干100天,用50余天完成收尾。'],
    ['vague times', '近期要抓好安全生产,当前要突出重点,今年要完成全年目标任务,下一步要加强督查。'],
    ['era labels', '十四五时期要加快发展,新时代要有新作为。'],
    ['page chrome', '  • 上传日期:2023-11-25 10:00:53\n'],
    ['publish date', '发布日期:2021年11月3日\n'],
    ['publish date with space', '发布日期 :2023年2月15日 \n'],
    ['date under a signature', '特此通知。\n陕西省人民政府办公厅 2021年10月26日\n'],
    ['date line alone', '2023年1月19日\n'],
    ['festival period', '利用年前和春节期间这段时间,要把项目前期工作做好。'],
    ['attribute of a figure', '月产值由2月份的3500万元增加至5月份的5200万元。'],
    ['list of past months', '受事故影响,2、3月份企业基本停产整顿。'],
    ['rate inside a target', '在后7个月里,平均每月要完成工业产值7790万元。'],
    ['numeral inside a word', '统一月报制度要严格执行。'],
    ['forecast in a progress report', '国宝公司新尾矿库建设已完成90的工程量,6月底可投入运行。'],
    ['plan mentioned in a report', '另外,年内计划开工的41个工业项目和园区基础设施项目进展缓慢。'],
    ['period in a report', '上半年全区交通固定资产投资勉强实现了时间过半。'],
    ['past year', '大西沟矿山公路原计划去年年底完工,但目前工程仍在建设之中。'],
    ['since', '自3月以来,新上项目数量逐月攀升。'],
    ['edition and year labels', '落实《市场准入负面清单(2021年版)》,开展2021年度考核。'],
    ['ongoing phrase outside a time field', '要持续深化改革,长期坚持以人民为中心。'],
    ['around a festival', '春节前后要开展安全生产大检查。'],
    ['festival period, full-width', '元旦、春节期间要做好市场供应。'],
    ['reporting period', '前三季度要总结经验。'],
    ['period word as an attribute', '调动一切积极因素,确保下半年工作有抓手、开好局。'],
    ['meeting date in a news report', '10月10日,我县召开2018年重点项目建设推进会。'],
    ['cut-off with a year', '截至2023年底，全省累计建成充电桩5万个。'],
    ['past month of last year', '去年11月，省委召开了全省经济工作会议。'],
  ])('%s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});
