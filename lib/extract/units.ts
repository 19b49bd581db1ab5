// Responsible units (责任单位). Runs on the folded match view (see normalize.ts); returns view ranges.
// Three sources: the actor of a clause (a list of names before a directive cue, or after 希望/请/由),
// task-list fields (责任单位:A、B), and task-list brackets (〔A牵头,B等按职责分工负责〕).
import {
  ACTOR_INTRODUCERS,
  ADVERB_CUES,
  BRACKET_ROLE_ENDINGS,
  CIRCUMSTANCE_OPENER,
  COLLECTIVE_NAMES,
  CRITICISM_MARKS,
  CUE_ADVERBS,
  DIRECTIVE_CUES,
  DUTY_WORDS,
  ENTERPRISE_SUFFIXES,
  ETC_HEADS,
  HARD_SEPARATORS,
  HEARSAY_OPENERS,
  HIGHER_AUTHORITY_PREFIXES,
  LEADING_FILLERS,
  LEVELS,
  LIST_BOUNDARY_STARTS,
  LOCAL_PREFIXES,
  MINISTRIES,
  NAME_PLACEHOLDER,
  NOT_ACTOR_PREFIXES,
  NOT_DIRECTIVE_YAO_NEXT,
  NOT_DIRECTIVE_YAO_PREV,
  NOT_IN_NAME,
  NOT_UNIT_ENDINGS,
  PAST_MARKS,
  PAST_OPENERS,
  PERSON_ENDINGS,
  REPORT_VERBS,
  ROLE_TAILS,
  SOFT_SEPARATORS,
  STRONG_CUES,
  UNIT_FIELD_LABELS,
  UNIT_SUFFIXES,
} from './lexicon/units';
import { byLength, type Range } from './patterns';
import { isSentenceEnd } from './sentences';
import { endsWithAny, listOf, startsWithAny } from './wordlist';

type NameKind = 'unit' | 'abbrev' | 'person' | 'none';

/**
 * What one findUnits call reads besides the text, built per call and passed down (never module state, so a call
 * cannot see another text's reading).
 */
interface UnitScan {
  /** view characters taken by deadlines: a name never holds one (年底前各乡镇要… names 各乡镇) */
  taken: Uint8Array;
  /** the speech's own administrative level (levelOf), 0 when it names none */
  ownLevel: number;
}

const MAX_NAME = 26;
const SUFFIXES = byLength(UNIT_SUFFIXES);
const SOFT_SEPS = byLength(SOFT_SEPARATORS);
const BOUNDARIES = byLength(LIST_BOUNDARY_STARTS);
const FILLERS = byLength(LEADING_FILLERS);
const INTRODUCERS = byLength(ACTOR_INTRODUCERS);
const CUES = byLength(DIRECTIVE_CUES);
const STRONG = byLength(STRONG_CUES);
const ADVERBS = byLength(CUE_ADVERBS);
const ROLES = byLength(ROLE_TAILS);
const REPORTS = byLength(REPORT_VERBS);
const BRACKET_ENDINGS = byLength(BRACKET_ROLE_ENDINGS);
const COLLECTIVE = new Set(COLLECTIVE_NAMES);
const ADVERB_CUE_SET = new Set(ADVERB_CUES);
const NAME_BREAKERS = ',:;。!?\n、“”"《》<>[]【】{}〔〕%~·…';
const BREAKER_CODES = new Set([...NAME_BREAKERS].map((c) => c.charCodeAt(0)));
const isBreaker = (text: string, at: number) => BREAKER_CODES.has(text.charCodeAt(at));
const UNIT_LAST_CODES = new Uint8Array(0x10000);
for (const w of [...UNIT_SUFFIXES, ...COLLECTIVE_NAMES]) UNIT_LAST_CODES[w.charCodeAt(w.length - 1)] = 1;
function mayHoldUnit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (UNIT_LAST_CODES[text.charCodeAt(k)]) return true;
  return false;
}
const CJK_CHAR = /[\u4e00-\u9fff]/;
const NAME_LAST_CODES = new Set(
  [...UNIT_SUFFIXES, ...COLLECTIVE_NAMES, ...PERSON_ENDINGS, ...ROLE_TAILS, ')'].map((w) => w.charCodeAt(w.length - 1)),
);
const NUMBERING = /^(?:\(?[一二三四五六七八九十]{1,3}\)|\(\d{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、)]|[①②③④⑤⑥⑦⑧⑨⑩])/;

/** Removes parenthesised notes: 各市(区) -> 各市, 各区县(自治县,以下简称区县)政府 -> 各区县政府. */
function withoutNotes(name: string): string {
  let out = '';
  let depth = 0;
  for (const ch of name) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * A verb inside a name means the candidate is a clause (县政府组织相关部门), unless the verb names the office's
 * duty right before its suffix (组织部门, 项目推进办, 督查组).
 */
function hasVerbInside(name: string): boolean {
  const verbs = listOf(NOT_IN_NAME);
  const suffix = endsWithAny(name, UNIT_SUFFIXES) ?? '';
  for (let k = 0; k < name.length; k++) {
    const w = verbs.at(name, k);
    // inside the suffix itself (各级党组织) a verb is part of the name
    if (!w || k >= name.length - suffix.length) continue;
    const rest = name.slice(k + w.length);
    const duty = DUTY_WORDS.includes(w) && (listOf(UNIT_SUFFIXES).at(rest, 0) === rest || /^(?:部门|部|办|组|中心|委|局|处|科|室)/.test(rest));
    if (rest && duty) continue;
    return true;
  }
  return false;
}

const nameCache = new Map<string, NameKind>();

export function classifyName(raw: string): NameKind {
  if (!raw || raw.length > MAX_NAME) return 'none';
  const cached = nameCache.get(raw);
  if (cached) return cached;
  const kind = classifyUncached(raw);
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(raw, kind);
  return kind;
}

function classifyUncached(raw: string): NameKind {
  if (!raw || raw.length > MAX_NAME) return 'none';
  // a placeholder (国网××供电公司) stands for ordinary characters of the name
  const name = withoutNotes(raw).replace(NAME_PLACEHOLDER, (run) => '某'.repeat(run.length));
  for (const ch of name) if (NAME_BREAKERS.includes(ch) || (ch >= '0' && ch <= '9')) return 'none';
  if (!name || /[A-Za-z*×]/.test(name)) return 'none';
  if (startsWithAny(name, 0, NOT_ACTOR_PREFIXES)) return 'none';
  // 负责征迁的单位: a unit described by its duty
  const described = /^负责[\u4e00-\u9fff]{1,8}的(?:单位|部门)$|^各?(?:配合|牵头|负责|责任|协办)(?:单位|部门)$/.test(name);
  if (!described && hasVerbInside(name)) return 'none';
  // 省审计厅等省级相关部门: 等 closes a list, it is not inside a name (高等院校 is)
  if (/[^高平同]等|^等/.test(name)) return 'none';
  // 高标准农田建设由县农业农村局…: 由 introduces the actor, it is not inside a name (自由贸易区 is)
  if (/(?<![自理缘经])由/.test(name)) return 'none';
  for (let i = 0; i < name.length; i++) if (isDirectiveYao(name, i)) return 'none';
  if (endsWithAny(name, PERSON_ENDINGS) || endsWithAny(name, ROLES)) return 'person';
  if (COLLECTIVE.has(name)) return 'unit';
  if (startsWithAny(name, 0, HIGHER_AUTHORITY_PREFIXES)) return 'none';
  const suffix = endsWithAny(name, SUFFIXES);
  const notEnding = endsWithAny(name, NOT_UNIT_ENDINGS);
  if (suffix && !(notEnding && notEnding.length >= suffix.length)) {
    // 交通运输部 is a ministry; 财务部, 安全环保部 are departments of the speaker's own body
    if (suffix === '部' && !startsWithAny(name, 0, LOCAL_PREFIXES) && !name.endsWith('指挥部')) {
      if (name.length < 3 || MINISTRIES.includes(name)) return 'none';
    }
    if (suffix.length === 1 && name.length === 1 && !'厅局委办'.includes(name)) return 'none';
    if (name.includes('的') && !/(单位|部门)$/.test(name)) return 'none';
    return 'unit';
  }
  if (name.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(name)) return 'abbrev';
  return 'none';
}

/** 要 as a directive, not inside 要求 / 主要 / 重要 / 需要. */
function isDirectiveYao(text: string, at: number): boolean {
  if (text[at] !== '要') return false;
  if (NOT_DIRECTIVE_YAO_NEXT.includes(text[at + 1] ?? '')) return false;
  if (NOT_DIRECTIVE_YAO_PREV.includes(text[at - 1] ?? '')) return false;
  return true;
}

function cueAt(text: string, at: number, cues: readonly string[]): string | null {
  if (text[at] === '要') return isDirectiveYao(text, at) ? '要' : null;
  const cue = startsWithAny(text, at, cues);
  // 负责人 / 负责同志 are people, not the verb 负责
  if (cue === '负责' && '人同'.includes(text[at + 2] ?? '')) return null;
  return cue;
}

function isBoundary(text: string, taken: Uint8Array, at: number, limit: number): boolean {
  if (at >= limit) return true;
  // a deadline right after a name (各村每天上午9时前…) ends it
  if (taken[at]) return true;
  return startsWithAny(text, at, BOUNDARIES) !== null;
}

interface Item {
  start: number;
  end: number;
  kind: NameKind;
}

interface ParsedList {
  items: Item[];
  end: number;
  /** closed by 等 + a descriptive head (宣传等部门, …等省级相关部门) */
  etc: boolean;
}

/** Finds the end of one name starting at `pos`: the longest name that ends on a boundary. */
function nameEnd(text: string, taken: Uint8Array, pos: number, limit: number, loose = false): { end: number; kind: NameKind } | null {
  let depth = 0;
  let best: { end: number; kind: NameKind } | null = null;
  let bestUnit: { end: number; kind: NameKind } | null = null;
  let personAfterUnit = false;
  const max = Math.min(limit, pos + MAX_NAME);
  for (let j = pos + 1; j <= max; j++) {
    const ch = text[j - 1];
    if (taken[j - 1]) break;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && isBreaker(text, j - 1)) break;
    if (depth > 0 || j - pos > MAX_NAME) continue;
    // only a few characters can end a name (局, 委, 部门, 企业, 领导 …) or a two-character abbreviation
    if (j - pos !== 2 && !NAME_LAST_CODES.has(text.charCodeAt(j - 1))) continue;
    const boundary = isBoundary(text, taken, j, limit);
    if (!boundary && !loose) continue;
    const kind = classifyName(text.slice(pos, j));
    if (kind === 'none') continue;
    if (boundary) best = { end: j, kind };
    if (kind === 'unit' && (j - pos > 1 || !loose)) bestUnit = { end: j, kind };
    // 各单位负责人: the people of the unit; but not a clause that merely ends in a person word (各部门以对人民群众…)
    else if (kind === 'person' && bestUnit) {
      const rest = text.slice(bestUnit.end, j);
      if (classifyName(rest) === 'person' || startsWithAny(rest, 0, ROLES)) personAfterUnit = true;
    }
  }
  if (loose && bestUnit && !personAfterUnit && (!best || best.kind !== 'unit')) best = bestUnit;
  if (!best) return null;
  // 相关部门主要领导: the unit, not the people
  if (best.kind === 'person' && bestUnit && bestUnit.end < best.end) {
    const rest = text.slice(bestUnit.end, best.end);
    if (classifyName(rest) === 'person' || startsWithAny(rest, 0, ROLES)) best = bestUnit;
  }
  // 县经贸局和乡企局 / 住建和相关乡镇: split at a soft separator between two complete names.
  for (let k = pos + 1; k < best.end - 1; k++) {
    const sep = startsWithAny(text, k, SOFT_SEPS);
    if (!sep) continue;
    const left = classifyName(text.slice(pos, k));
    const right = classifyName(text.slice(k + sep.length, best.end));
    if (left !== 'none' && right !== 'none' && text[k - 1] !== '(') return { end: k, kind: left };
  }
  return best;
}

/** After 等: a short descriptive head (生产情况较好的企业, 省级相关部门) or nothing. Returns the end, or -1. */
function etcTailEnd(text: string, taken: Uint8Array, at: number, limit: number): number {
  if (text[at] !== '等') return -1;
  let best = -1;
  const max = Math.min(limit, at + 16);
  if (isBoundary(text, taken, at + 1, limit) && !SOFT_SEPS.some((s) => text.startsWith(s, at + 1))) best = at + 1;
  for (let j = at + 2; j <= max; j++) {
    if (isBreaker(text, j - 1)) break;
    const piece = text.slice(at + 1, j);
    if (ETC_HEADS.some((h) => piece.endsWith(h)) && isBoundary(text, taken, j, limit)) best = j;
  }
  return best;
}

function parseList(text: string, taken: Uint8Array, pos: number, limit: number, loose = false): ParsedList {
  const items: Item[] = [];
  let end = pos;
  let etc = false;
  let at = pos;
  for (let guard = 0; guard < 64 && at < limit; guard++) {
    const found = nameEnd(text, taken, at, limit, loose);
    if (!found) break;
    items.push({ start: at, end: found.end, kind: found.kind });
    end = found.end;
    at = found.end;
    const etcEnd = etcTailEnd(text, taken, at, limit);
    if (etcEnd > 0) {
      etc = true;
      end = at = etcEnd;
    }
    const sep = HARD_SEPARATORS.find((s) => text.startsWith(s, at)) ?? startsWithAny(text, at, SOFT_SEPS);
    if (!sep) break;
    // a list goes on only if a name follows the separator
    if (!nameEnd(text, taken, at + sep.length, limit, loose)) break;
    at += sep.length;
  }
  return { items, end, etc };
}

function skipFillers(text: string, taken: Uint8Array, pos: number, limit: number): { pos: number; introduced: boolean } {
  let introduced = false;
  for (let guard = 0; guard < 16 && pos < limit; guard++) {
    // the line break of a wrapped line (see findUnits)
    if (text[pos] === '\n') {
      pos++;
      continue;
    }
    if (taken[pos]) {
      while (pos < limit && taken[pos]) pos++;
      continue;
    }
    const numbering = NUMBERING.exec(text.slice(pos, pos + 6));
    if (numbering) {
      pos += numbering[0].length;
      continue;
    }
    const intro = startsWithAny(text, pos, INTRODUCERS);
    if (intro) {
      introduced = true;
      pos += intro.length;
      continue;
    }
    const circumstance = CIRCUMSTANCE_OPENER.exec(text.slice(pos, pos + 10));
    if (circumstance) {
      pos += circumstance[0].length;
      continue;
    }
    const filler = startsWithAny(text, pos, FILLERS);
    if (filler) {
      pos += filler.length;
      continue;
    }
    break;
  }
  return { pos, introduced };
}

function skipAdverbs(text: string, pos: number): number {
  for (let guard = 0; guard < 4; guard++) {
    if (text[pos] === '要' && isDirectiveYao(text, pos)) return pos;
    const adv = startsWithAny(text, pos, ADVERBS);
    if (!adv) break;
    pos += adv.length;
  }
  return pos;
}

/** How a sentence speaks, read once per sentence by actorUnits and passed to assigns. */
interface SentenceMood {
  /** the sentence passes on hearsay (据了解, 据悉) */
  hearsay: boolean;
  /** the sentence reports (了, 已, 去年, 以来 …) rather than orders */
  reporting: boolean;
}

/** Cues that demand by themselves: a 了 after them (要把…做好了) does not make the clause a report. */
const MODAL_CUES = new Set(['要', '必须', '务必', '将', '应当', '应该', '应', '需', '一定', '不得', '不能', '不要']);
/** 了 as a perfective mark, not inside 为了 / 除了 / 了解 / 不了了之. */
const PAST_LE = /(?<![为除不])了(?![解如])/;

/** Does the text after a list assign work to it? */
function assigns(text: string, taken: Uint8Array, sentence: SentenceMood, at: number, clauseEnd: number, sentenceEnd: number): boolean {
  const role = startsWithAny(text, at, ROLES);
  if (role) at += role.length;
  // 各乡镇每日17时前向县防火办报送…, 各村5月底前完成…: a deadline right after the list sets the list's work
  if (taken[at]) {
    while (at < clauseEnd && taken[at]) at++;
    if (!sentence.reporting && !sentence.hearsay && !startsWithAny(text, at, REPORTS) && !PAST_LE.test(text.slice(at, clauseEnd))) return true;
  }
  if (startsWithAny(text, at, REPORTS)) return false;
  const direct = skipAdverbs(text, at);
  const cue = cueAt(text, direct, CUES);
  if (cue) {
    if (PAST_MARKS.includes(text[direct + cue.length]) && cue !== '要') return false;
    // 市发改委牵头建立了…机制: a duty done, reported (了 later in the clause), not assigned
    if (cue === '将' && sentence.hearsay) return false;
    if (!MODAL_CUES.has(cue) && PAST_LE.test(text.slice(direct + cue.length, clauseEnd))) return false;
    // 政府积极推动的技术创新体系: a weak cue inside a noun phrase (…的 + head) assigns nothing
    if (ADVERB_CUE_SET.has(cue) && /的[^的]{1,8}$/.test(text.slice(direct, clauseEnd))) return false;
    // 去年,县财政局积极筹措资金,完成了…: a weak cue in a reporting sentence
    if (!STRONG.includes(cue) && sentence.reporting) return false;
    return true;
  }
  if (at >= clauseEnd && text[clauseEnd] === ',' && clauseEnd + 1 < sentenceEnd) {
    const next = skipAdverbs(text, clauseEnd + 1);
    return cueAt(text, next, STRONG) !== null;
  }
  // an adverbial or a topic between the list and a strong cue: 建设单位在征地拆迁问题上要…, 各县市区年度任务要占…
  for (let k = at; k < clauseEnd && k < at + 30; k++) {
    if (PAST_MARKS.includes(text[k])) return false;
    const strong = cueAt(text, k, STRONG);
    if (strong) return !(strong === '将' && sentence.hearsay);
  }
  // an adverbial clause, then the cue opens the next one: 各乡镇在全力协助…的同时,也要…; 区城投集团作为实施主体,要…
  if ((text[at] === '在' || text.startsWith('作为', at)) && text[clauseEnd] === ',') {
    const next = skipAdverbs(text, clauseEnd + (text[clauseEnd + 1] === '\n' ? 2 : 1));
    return cueAt(text, next, STRONG) !== null;
  }
  return false;
}

function clauseEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ':')) ends.push(i);
  }
  ends.push(to);
  return ends;
}

function acceptedItems(list: ParsedList): Item[] {
  const units = list.items.filter((i) => i.kind === 'unit');
  if (units.length === 0 && !list.etc) return [];
  return list.items.filter((i) => i.kind === 'unit' || i.kind === 'abbrev');
}

/** Names of a clause's actor: at the clause start, or after 希望/请/由/安排 inside it. */
function actorUnits(text: string, scan: UnitScan, sStart: number, sEnd: number, out: Range[], brokenStart = false): void {
  const { taken } = scan;
  const ends = clauseEnds(text, sStart, sEnd);
  // the first clause of a line that continues a cut word is a fragment: start at the second clause
  if (brokenStart) {
    const first = ends.shift() ?? sEnd;
    sStart = first + 1;
  }
  // 据了解,省委、省政府将于下月…: hearsay passes on what others will do; their 将 assigns nothing
  const sentence: SentenceMood = {
    hearsay: listOf(HEARSAY_OPENERS).occursIn(text, sStart, sEnd),
    reporting: listOf(PAST_OPENERS).occursIn(text, sStart, sEnd) || /(?<![为除不])了(?![解如])/.test(text.slice(sStart, sEnd)),
  };
  let cStart = sStart;
  for (const cEnd of ends) {
    // a clause without a character that can end a unit's name holds no unit
    if (!mayHoldUnit(text, cStart, cEnd)) {
      cStart = cEnd + 1;
      continue;
    }
    const { pos, introduced } = skipFillers(text, taken, cStart, cEnd);
    const list = parseList(text, taken, pos, cEnd, introduced);
    // 各项目单位对统计工作不重视 criticises its subject; 纪工委要对…推诿扯皮的严肃追责 orders it (a modal right after)
    const ordered = list.items.length > 0 && MODAL_CUES.has(cueAt(text, skipAdverbs(text, list.end), STRONG) ?? '');
    if (list.items.length && !ordered && criticises(text, list.end, cEnd)) {
      cStart = cEnd + 1;
      continue;
    }
    let accepted: Item[] = [];
    if (list.items.length) {
      if (introduced || assigns(text, taken, sentence, list.end, cEnd, sEnd)) accepted = acceptedItems(list);
      else if (list.items.length === 1) {
        // 国宝公司尾矿库建设要…: an enterprise that owns the project the clause assigns
        accepted = enterpriseOwner(text, taken, pos, cEnd);
      }
    } else {
      accepted = enterpriseOwner(text, taken, pos, cEnd);
    }
    // 对政府及有关部门来说,要…
    if (!accepted.length && text[pos] === '对') {
      const inner = parseList(text, taken, pos + 1, cEnd);
      if (text.startsWith('来说', inner.end)) accepted = acceptedItems(inner);
    }
    // 省爱卫办将于下半年…(in a city's speech): what a higher body will do is reported, not assigned
    if (accepted.length && cueAt(text, skipAdverbs(text, list.end), STRONG) === '将' && isHigherBody(text.slice(accepted[0].start, accepted[0].end), scan.ownLevel)) accepted = [];
    for (const i of accepted) out.push([i.start, i.end]);
    // 希望/请/由/安排/会同 inside the clause
    for (let k = pos + 1; k < cEnd; k++) {
      const intro = startsWithAny(text, k, INTRODUCERS);
      if (!intro || '申邀提报聘理自经缘事与'.includes(text[k - 1])) continue;
      if (intro === '由' && text[k + 1] === '于') continue;
      // 3月份以来,市发改委会同市住建局…先后开展了…: a partner in a reported action takes no part in an order
      if ((intro === '会同' || intro === '汇同' || intro === '联合') && sentence.reporting) continue;
      const inner = parseList(text, taken, k + intro.length, cEnd, intro !== '由');
      if (!inner.items.length) continue;
      if (intro === '由' && !assigns(text, taken, sentence, inner.end, cEnd, sEnd)) continue;
      for (const i of acceptedItems(inner)) out.push([i.start, i.end]);
      k = inner.end;
    }
    // 每个县市区都要有5个以上、市直部门至少2个…: a parallel actor after 、 in an assigning clause
    if (accepted.length) {
      for (let k = list.end; k < cEnd; k++) {
        if (text[k] !== '、') continue;
        const inner = parseList(text, taken, k + 1, cEnd);
        if (!inner.items.length) continue;
        const next = skipAdverbs(text, inner.end);
        if (/[0-9xX×]/.test(text[next] ?? '') || startsWithAny(text, next, PARALLEL_STARTS) || cueAt(text, next, STRONG)) {
          for (const i of acceptedItems(inner)) out.push([i.start, i.end]);
          k = inner.end;
        }
      }
    }
    cStart = cEnd + 1;
  }
}

/** The speech's own administrative level (the territory it names most), 0 when it names none. */
function levelOf(text: string): number {
  let best = 0;
  let bestCount = 0;
  for (const level of LEVELS) {
    let count = 0;
    for (const scope of level.scopes) for (let at = text.indexOf(scope); at >= 0; at = text.indexOf(scope, at + scope.length)) count++;
    if (count > bestCount) {
      best = level.rank;
      bestCount = count;
    }
  }
  return best;
}

function isHigherBody(name: string, ownLevel: number): boolean {
  if (!ownLevel) return false;
  const level = LEVELS.find((l) => l.prefixes.some((p) => name.startsWith(p)));
  return !!level && level.rank > ownLevel;
}

/** After a parallel actor: a figure or a minimum (市直部门至少2个项目…). */
const PARALLEL_STARTS: readonly string[] = ['至少', '不少于', '不低于'];

function criticises(text: string, from: number, to: number): boolean {
  return listOf(CRITICISM_MARKS).occursIn(text, from, to);
}

function enterpriseOwner(text: string, taken: Uint8Array, pos: number, cEnd: number): Item[] {
  const window = text.slice(pos, Math.min(cEnd, pos + 14));
  if (!ENTERPRISE_SUFFIXES.some((s) => s.length > 1 && window.includes(s))) return projectOwner(text, taken, pos, cEnd);
  let best = -1;
  for (let j = pos + 2; j <= Math.min(cEnd, pos + 14); j++) {
    if (isBreaker(text, j - 1)) break;
    const name = text.slice(pos, j);
    if (ENTERPRISE_SUFFIXES.some((s) => s.length > 1 && name.endsWith(s)) && classifyName(name) === 'unit') best = j;
  }
  if (best < 0) return [];
  for (let k = best; k < cEnd && k < best + 24; k++) {
    if (PAST_MARKS.includes(text[k])) return [];
    if (cueAt(text, k, STRONG)) return [{ start: pos, end: best, kind: 'unit' }];
  }
  return [];
}

/**
 * 市妇幼保健院迁建项目要在6月底前开工: a body named before its own project (…项目 / …工程) that the clause assigns.
 * The name is the longest unit name at the clause start after which 项目 or 工程 comes before the cue.
 */
function projectOwner(text: string, taken: Uint8Array, pos: number, cEnd: number): Item[] {
  let best = -1;
  for (let j = pos + 3; j <= Math.min(cEnd, pos + 14); j++) {
    if (isBreaker(text, j - 1) || taken[j - 1]) break;
    if (UNIT_LAST_CODES[text.charCodeAt(j - 1)] && classifyName(text.slice(pos, j)) === 'unit') best = j;
  }
  if (best < 0) return [];
  for (let k = best; k < cEnd && k < best + 12; k++) {
    if (PAST_MARKS.includes(text[k]) || isBreaker(text, k)) return [];
    const cue = cueAt(text, k, STRONG);
    if (cue) return /项目|工程/.test(text.slice(best, k)) && MODAL_CUES.has(cue) ? [{ start: pos, end: best, kind: 'unit' }] : [];
  }
  return [];
}

/** Splits a field or bracket value into names: 、 , ; always; 和 及 与 between complete names; drops 等-tails. */
function fieldItems(text: string, from: number, to: number, out: Range[]): void {
  let depth = 0;
  let pieceStart = from;
  const pieces: Range[] = [];
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text[i] : ',';
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '、' || ch === ',' || ch === ';')) {
      pieces.push([pieceStart, i]);
      pieceStart = i + 1;
    }
  }
  for (let [s, e] of pieces) {
    while (s < e && (text[s] === '\n' || text[s] === '由')) s++;
    // 省审计厅等省级相关部门及各市(区): the 等-tail ends a name; a name after a following separator is another one
    const etc = text.indexOf('等', s);
    if (etc >= 0 && etc < e) {
      for (let k = etc + 1; k < e; k++) {
        const sep = startsWithAny(text, k, SOFT_SEPS);
        if (sep && classifyName(text.slice(k + sep.length, e)) === 'unit') {
          fieldItems(text, k + sep.length, e, out);
          break;
        }
      }
      e = etc;
    }
    while (e > s && (text[e - 1] === '\n' || text[e - 1] === '等')) e--;
    pushFieldName(text, s, e, out);
  }
}

function pushFieldName(text: string, s: number, e: number, out: Range[]): void {
  if (e - s < 2) return;
  // 省级相关部门及各市(区): two names joined by a soft separator
  for (let k = s + 1; k < e - 1; k++) {
    const sep = startsWithAny(text, k, SOFT_SEPS);
    if (!sep) continue;
    const left = classifyName(text.slice(s, k));
    const right = classifyName(text.slice(k + sep.length, e));
    if ((left === 'unit' || left === 'abbrev') && right === 'unit') {
      pushFieldName(text, s, k, out);
      pushFieldName(text, k + sep.length, e, out);
      return;
    }
  }
  // a name broken by a line break (PDF debris): keep the part after it only when the part before is a bare 市/省/县
  // (searched within the name only: an unbounded lastIndexOf read back to the text's start, quadratic on a long
  // text without line breaks)
  const inName = text.slice(s, e).lastIndexOf('\n');
  const nl = inName < 0 ? -1 : s + inName;
  if (nl >= s) {
    const before = text.slice(s, nl).replace(/\n/g, '');
    if (before.length > 1) return;
    s = nl + 1;
    if (e - s < 2) return;
  }
  const name = text.slice(s, e);
  const kind = classifyName(name);
  // a field names organisations: a known kind of name, or a local body (市科协, 省红十字会) without a known suffix
  const localBody = /^[省市县区州镇乡各][\u4e00-\u9fff]{2,19}$/.test(name);
  if (kind === 'unit' || (kind === 'none' && localBody)) out.push([s, e]);
}

const FIELD_LABEL = new RegExp(`(?:${UNIT_FIELD_LABELS.join('|')}):`, 'g');

function fieldUnits(text: string, out: Range[]): void {
  for (const m of text.matchAll(FIELD_LABEL)) {
    const from = m.index + m[0].length;
    let to = from;
    const max = Math.min(text.length, from + 600);
    let depth = 0;
    while (to < max) {
      const ch = text[to];
      if (ch === ';' || ch === '。' || ch === ':') break;
      if (ch === '(') depth++;
      else if (ch === ')' || ch === '〕' || ch === ']' || ch === '】') {
        // the end of the bracket that holds the field: (牵头单位:县发改局;配合单位:县住建局)
        if (depth === 0) break;
        depth--;
      }
      // a line break ends the value before a numbered item or another field (完成时限:…)
      if (ch === '\n' && /^\n*(?:\d{1,3}\.|\(?[一二三四五六七八九十]{1,3}[)、]|[\u4e00-\u9fff]{2,8}:)/.test(text.slice(to, to + 12))) break;
      if (startsWithAny(text, to, UNIT_FIELD_LABELS) && text[to + 4] === ':') break;
      to++;
    }
    fieldItems(text, from, to, out);
  }
}

function bracketUnits(text: string, out: Range[]): void {
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if (open !== '〔' && open !== '(' && open !== '[' && open !== '【') continue;
    const close = open === '〔' ? '〕' : open === '(' ? ')' : open === '[' ? ']' : '】';
    let depth = 0;
    let j = i + 1;
    const max = Math.min(text.length, i + 400);
    for (; j < max; j++) {
      const ch = text[j];
      if (ch === '\n' && open !== '〔') break;
      if (ch === '(' && close !== ')') depth++;
      else if (ch === ')' && close !== ')' && depth > 0) depth--;
      else if (ch === open) depth++;
      else if (ch === close) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (j >= max || text[j] !== close) continue;
    let content = text.slice(i + 1, j);
    while (content.endsWith('等')) content = content.slice(0, -1);
    if (!endsWithAny(content, BRACKET_ENDINGS)) continue;
    // segments separated by , or ;, each ending in its role: 省财政厅牵头 / 省审计厅等省级相关部门及各市(区)按职责分工负责
    let segStart = i + 1;
    let pdepth = 0;
    for (let k = i + 1; k <= j; k++) {
      const ch = k < j ? text[k] : ',';
      if (ch === '(') pdepth++;
      else if (ch === ')') pdepth = Math.max(0, pdepth - 1);
      else if (pdepth === 0 && (ch === ',' || ch === ';')) {
        let segEnd = k;
        const seg = text.slice(segStart, segEnd);
        const role = endsWithAny(seg, BRACKET_ENDINGS);
        if (role) segEnd -= role.length;
        fieldItems(text, segStart, segEnd, out);
        segStart = k + 1;
      }
    }
    i = j;
  }
}

/** 市委、市政府督查室 and 县委、县政府两办 name one office: merge 市委 with a following 市政府… */
function mergeJointOffices(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const a = ranges[i];
    const b = ranges[i + 1];
    if (b && text[a[1]] === '、' && b[0] === a[1] + 1) {
      const first = text.slice(a[0], a[1]);
      const m = /^(.{1,3})委$/.exec(first);
      const second = text.slice(b[0], b[1]);
      if (m && second.startsWith(`${m[1]}政府`) && second.length > m[1].length + 2) {
        out.push([a[0], b[1]]);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Units in a cell of a task table's unit column (view range): the cell is a unit field. Reads the cell alone: a
 * field's names depend on no deadline mask or sentence state, so no per-text state is needed.
 */
export function cellUnits(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  fieldItems(text, from, to, out);
  return out;
}

/**
 * Unit ranges in the match view, sorted, without duplicates or overlaps. `deadlines` marks (1) the view characters
 * taken by deadlines; `extra` are ranges found elsewhere (a table's unit cells, cellUnits) merged in.
 */
export function findUnits(text: string, deadlines: Uint8Array = new Uint8Array(text.length), extra: Range[] = []): Range[] {
  const scan: UnitScan = { taken: deadlines, ownLevel: levelOf(text) };
  const found: Range[] = [...extra];
  let start = 0;
  let lineStart = 0;
  // the line that ended at the last line break: was it long and cut inside a word (PDF debris: 县经\n贸局要…)?
  let lastLineCut = false;
  for (let i = 0; i <= text.length; i++) {
    // a line ending in a comma was wrapped by PDF conversion: the actor and its cue may sit on either side
    // (区城投集团作为实施主体,\n要统筹…), so the sentence goes on
    if (i < text.length && text[i] === '\n' && (text[i - 1] === ',' || text[i - 1] === '、') && i - start < 400) continue;
    if (i === text.length || isSentenceEnd(text.charCodeAt(i))) {
      const broken = start > 0 && text[start - 1] === '\n' && lastLineCut;
      if (i > start) actorUnits(text, scan, start, i, found, broken);
      if (text[i] === '\n') {
        // a line ending inside a list of names (…、区市政园) was cut too, however short
        const line = text.slice(lineStart, i);
        const lastComma = line.lastIndexOf('、');
        const numbering = NUMBERING.exec(line);
        const inList =
          lastComma > Math.max(line.lastIndexOf(','), line.lastIndexOf(':'), line.lastIndexOf(';'), line.lastIndexOf('。')) &&
          !(numbering && numbering[0].length === lastComma + 1);
        // …38公里。区\n生态环境分局要…: a bare place prefix before the break leaves a whole name after it
        const tail = line.slice(Math.max(line.lastIndexOf(','), line.lastIndexOf(':'), line.lastIndexOf(';'), line.lastIndexOf('。'), lastComma) + 1);
        const barePrefix = tail.length === 1 && (LOCAL_PREFIXES.includes(tail) || tail === '各');
        // a numbered heading (一、认清形势,切实增强…责任感) is a whole line, however long
        const heading = !!numbering && !inList && !/[。;]/.test(line);
        lastLineCut = (i - lineStart >= 20 || inList) && CJK_CHAR.test(text[i - 1] ?? '') && !barePrefix && !heading;
        lineStart = i + 1;
      }
      start = i + 1;
    }
  }
  fieldUnits(text, found);
  bracketUnits(text, found);
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const clean: Range[] = [];
  for (const r of found) {
    const last = clean[clean.length - 1];
    if (last && r[0] < last[1]) continue;
    if (r[1] > r[0]) clean.push(r);
  }
  return mergeJointOffices(text, clean);
}

