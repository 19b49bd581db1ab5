// High-recall shapes for the labeller's features: where a deadline or a value *could* be, whether or not the
// rules accept it there. The labeller (trained on corpus/) decides; these only say "a time expression of this
// shape is here". Data only; features.ts reads them. No pattern has a nested quantifier (linear matching).

const NUM = '(?:[0-9０-９]{1,4}|[一二三四五六七八九十两]{1,3}|[xX×]{1,2})';
const YEAR = '(?:(?:19|20|２０)[0-9０-９]{2}|20[xX×]{2}|今|明|次|当|本)年';
const MONTH_PART = '(?:份|底|末|初|中旬|上旬|下旬|中下旬|[0-9０-９]{1,2}日|[一二三四五六七八九十]{1,3}日)';
const YEAR_PART = '(?:底|末|初|内|中|年中|上半年|下半年|[一二三四1-4]季度|第[一二三四]季度|秋季|春季|夏季|冬季)';
const LEAD = '(?:到|至|截至|自|从|于|在|最迟|最晚|不晚于|不迟于)?\\s?';
const TAIL = '(?:以前|之前|以后|之后|以内|前|后|内|起|止|开始)?';

/**
 * Time expressions that may be deadlines: a year with its part or month (到2020年, 2016年上半年, 2011年秋季,
 * 2018年底前), a month with its part (3月底前, 6月份), a span counted from an event or the meeting
 * (10个工作日内, 30日内, 1个月内, 会后一周内), named periods (年底, 年内, 上半年, 一季度末), recurring reporting
 * times (每月, 按季度), festivals with 前 (春节前), and 完成时限 values that say "now" or "ongoing".
 */
export const DEADLINE_SHAPES = new RegExp(
  [
    `${LEAD}${YEAR}(?:${NUM}月${MONTH_PART}?|${YEAR_PART})?${TAIL}`,
    `${LEAD}${NUM}月${MONTH_PART}?${TAIL}`,
    `${NUM}(?:个)?(?:工作日|日|天|周|星期|个月|月|年)(?:以内|之内|内)`,
    `(?:会后|本周|下周|下个?月|次月)(?:[一二三四五六日末]|${NUM}日|底|一周|两周)?${TAIL}`,
    `(?:年底|年末|年内|年中|年初|上半年|下半年|[一二三四]季度末?)${TAIL}`,
    `(?:每|按)(?:月|季度|季|半年|年|周|旬|日|天)(?:底|末|初)?`,
    `(?:春节|元旦|元宵节?|清明节?|端午节?|中秋节?|国庆节?|五一|汛期|开学)(?:以前|之前|前)`,
    '立即实施|立即|即时|长期坚持|持续推进|持续实施|持续开展|长期|常态化|全年',
  ].join('|'),
  'g',
);

/** Numbers of a value: digits with decimals and ranges, placeholders, Chinese numerals (value features). */
export const VALUE_NUMBER = /[0-9０-９][0-9０-９.．,，]*(?:[-~～—至到][0-9０-９.．]+)?|[xX×]{1,3}|[一二三四五六七八九十百千万两]{1,4}(?=[个项家户座所条批套台件名人次万亿千])/g;

/** Labels of a field that assigns work, beyond the 责任单位-style labels the rules read (部门分工：X牵头，Y配合). */
export const ASSIGNMENT_FIELD_LABELS: readonly string[] = ['部门分工', '责任分工', '任务分工', '分工', '责任处室', '牵头处室'];

/** Brackets whose content may assign work: （X牵头，Y按职责分工负责）, 〔X负责〕. Opening and closing forms. */
export const BRACKETS: ReadonlyArray<[string, string]> = [['（', '）'], ['(', ')'], ['〔', '〕'], ['[', ']'], ['【', '】']];
/** Longest bracket read for its content; longer ones are running text with a stray bracket. */
export const MAX_BRACKET = 300;
