// Where a target the labeller found begins and ends. The labeller decides per character, so it sometimes opens a target a
// character or three inside a word (城【乡居民收入…, 棉花【总产稳定在560万吨左右, 市【政管网1000公里). A target
// does not begin inside the run of Chinese characters that opens its clause: such a start moves back to the
// clause's first character, then past the leading words a target leaves out (力争, 确保, 今年计划 …).
//
// The same holds after the leading words and a plan year a target leaves out (2017年前集中实施 【18个重大主题专项
// -> 集中实施 18个…).
//
// Measured on the 5-fold cross-validated predictions of corpus/ (73 documents; npm run eval): with a reach of 4
// characters, 13 targets in 9 documents become exact and 1 exact one (in a tenth) stops being so; strict target F1
// 0.644 -> 0.662, lenient unchanged. A reach of 8 moved more starts wrongly than rightly. Reading past leading words
// and plan years: 6 more exact in 4 documents, 2 fewer in 2 (strict 0.687 -> 0.695). Pure: text and offsets in, an
// offset out.
import { WEAK_LEAD_CUES } from './lexicon/deadlines';
import { COUNT_UNITS, LEADING_WORDS } from './lexicon/targets';
import { listOf, type WordList } from './wordlist';

/** How far inside its clause's opening run of Chinese characters a target's start may stand and still move. */
export const START_REACH = 4;

const LEADING = listOf(LEADING_WORDS);
// clause delimiters: a target never reaches back over one
const CLAUSE_DELIMITERS = new Set([...'，,；;。：:！？!?\n、']);
// what ends a list: the clause delimiters but 、
const LIST_STOPS = new Set([...CLAUSE_DELIMITERS].filter((c) => c !== '、'));
const HAN = /[\u4e00-\u9fff]/;
const DIGIT = /[0-9０-９]/;
// a figure: a digit or a placeholder (x, ×)
const HAS_VALUE = /[0-9０-９xX×]/;
/** How far back the items of a list before a target's start may reach. */
const LIST_REACH = 16;
const SPACE = /[\s\u3000]/;
// a horizon or plan year before a target: 到2025年, 2017年前, 2019年底前, 到 2020年底
const YEAR_LEAD = /^(?:到|在)?\s*(?:19|20)\d{2}\s*年(?:年?底|末)?(?:前|以前|之前)?/;
/** Spaces and a list number before a clause's words: 1. 2、 (3) （4） ① (also read by figure-parts.ts). */
export const LIST_NUMBER = /^[\s\u3000]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])?[\s\u3000]*/;

/**
 * The start a target spanning [start, end) of `text` should have: `start` itself, or an earlier offset when
 * `start` lies 1..START_REACH Chinese characters into the clause's first run of them (none of them 等, which
 * ends a list of examples: 洛阳等10个国家物流枢纽). A start inside a number first moves to the number's start.
 * Never later than `start`.
 */
export function targetStart(text: string, start: number, end: number): number {
  // never inside a number: 玉米1.|5万亩 -> 玉米1.5万亩's number start
  if (DIGIT.test(text[start] ?? '')) while (start > 0 && (DIGIT.test(text[start - 1]) || (text[start - 1] === '.' && DIGIT.test(text[start - 2] ?? '')))) start--;
  // the last item of a list whose earlier items hold no figure: the list is one target (能源、水资源、|碳排放等指标
  // 达到国家要求; 创建省级及以上旅游度假区、|旅游休闲街区2-3家). 3 targets in 3 documents become exact, none is lost (strict 0.696 -> 0.701).
  if (text[start - 1] === '、') {
    let from = start - 1;
    while (from > 0 && start - from <= LIST_REACH && !LIST_STOPS.has(text[from - 1])) from--;
    if ((from === 0 || LIST_STOPS.has(text[from - 1])) && !HAS_VALUE.test(text.slice(from, start))) {
      while (from < start && SPACE.test(text[from])) from++;
      return pastWords(LEADING, text, from, start);
    }
  }
  let clause = start;
  while (clause > 0 && start - clause <= START_REACH + 24 && !CLAUSE_DELIMITERS.has(text[clause - 1])) clause--;
  if (clause > 0 && !CLAUSE_DELIMITERS.has(text[clause - 1])) return start;
  const numbering = LIST_NUMBER.exec(text.slice(clause, start));
  let at = clause + (numbering ? numbering[0].length : 0);
  // past what a target leaves out at the clause's start: leading words (力争, 今年计划) and a horizon or year
  // (到2025年, 2017年前), with the spaces PDF conversion leaves between them
  for (let guard = 0; guard < 8 && at < start; guard++) {
    while (at < start && SPACE.test(text[at])) at++;
    const word = LEADING.at(text, at);
    if (word && at + word.length <= start) {
      at += word.length;
      continue;
    }
    const year = YEAR_LEAD.exec(text.slice(at, start));
    if (year) {
      at += year[0].length;
      continue;
    }
    break;
  }
  // after 的 the target is the phrase it modifies (我们确定抓建的|167个基本项目); 各… names the actors (而且各县市区|年度任务)
  if (at >= start || text[start - 1] === '的' || text[at] === '各') return start;
  // what is left before the start: a few Chinese characters (and spaces), not a list of examples (…等)
  let han = 0;
  for (let i = at; i < start; i++) {
    if (SPACE.test(text[i])) continue;
    if (!HAN.test(text[i]) || text[i] === '等') return start;
    han++;
  }
  return han <= START_REACH ? at : start;
}

/** How far past a count a target's end may move to take in the counted noun. */
export const END_REACH = 16;
// what a counted noun never runs over: clause and list delimiters, an opening bracket
const NOUN_STOPS = new Set([...'，,；;。：:！？!?\n、（(']);
const COUNTERS = new Set([...COUNT_UNITS, '名', '处', '种', '场']);

/**
 * The end a target spanning [start, end) of `text` should have: `end` itself, or the end of its clause when the
 * target stops right after a count (培育打造20个|融合性服务消费新场景, 建成 50个|市级高校示范性众创空间) and the
 * counted noun runs, without another figure, at most END_REACH characters to a clause or list delimiter.
 * Measured like targetStart(): 8 targets in 6 documents become exact, none stops being so. Never earlier than `end`.
 */
export function targetEnd(text: string, start: number, end: number): number {
  if (end <= start || !COUNTERS.has(text[end - 1]) || !/[\u4e00-\u9fff“"]/.test(text[end] ?? '')) return end;
  let k = end;
  while (k < text.length && k - end <= END_REACH && !NOUN_STOPS.has(text[k])) {
    if (DIGIT.test(text[k])) return end;
    k++;
  }
  return k < text.length && NOUN_STOPS.has(text[k]) ? k : end;
}

/** A figure right after 和 (optionally after one space): 和 then cuts a list of figures like 、. */
const COUNT_AFTER_HE = /^\s?\d/;

/**
 * The parts of a target spanning [start, end) that are targets of their own: a list cut by 、 whose parts each hold
 * a figure (新增省级创新平台30个、专精特新中小企业100户、高新技术企业150家 is three targets), or by 和 right before a
 * figure (30家标杆孵化器和10家中试平台). A target holding 分别 (产量分别达到7000万吨、1280万吨) lists the values of one
 * indicator and stays whole; so does a part without a figure (交通、水利投资…). Measured like targetStart(): the cut
 * at 、 makes 15 targets in 7 documents exact, the cut at 和 4 more in 3 documents (target F1 0.823 -> 0.826,
 * strict 0.709 -> 0.717); none stops being so.
 * @returns [start, end) pairs in order, covering the target without the 、 between parts
 */
export function targetParts(text: string, start: number, end: number): Array<[number, number]> {
  if (text.slice(start, end).includes('分别')) return [[start, end]];
  // the segments between 、 and whether each holds a figure: one pass, so a long list stays linear
  const cuts: number[] = [];
  const valued: boolean[] = [false];
  for (let i = start; i < end; i++) {
    // 和 right before a figure cuts too (新建10家概念验证中心、30家标杆孵化器和10家中试平台)
    if (text[i] === '、' || (text[i] === '和' && COUNT_AFTER_HE.test(text.slice(i + 1, i + 3)))) {
      cuts.push(i);
      valued.push(false);
    } else if (HAS_VALUE.test(text[i])) valued[valued.length - 1] = true;
  }
  const parts: Array<[number, number]> = [];
  let from = start;
  let sinceCut = valued[0];
  cuts.forEach((at, k) => {
    if (sinceCut && valued[k + 1]) {
      parts.push([from, at]);
      from = at + 1;
      sinceCut = false;
    }
    sinceCut ||= valued[k + 1];
  });
  parts.push([from, end]);
  return parts;
}

const DEADLINE_LEADING = listOf(WEAK_LEAD_CUES);

/**
 * The start a deadline spanning [start, end) should have: past the modal words and prepositions before it (要在,
 * 力争, 于, 在), which GUIDELINES.md leaves out (no deadline of corpus/ starts with one; 30 follow 在 or 于).
 */
export function deadlineStart(text: string, start: number, end: number): number {
  return pastWords(DEADLINE_LEADING, text, start, end);
}

/** Past the words of `list` that follow one another from `at`, leaving at least one character before `end`. */
function pastWords(list: WordList, text: string, at: number, end: number): number {
  for (let word = list.at(text, at); word && at + word.length < end; word = list.at(text, at)) at += word.length;
  return at;
}
