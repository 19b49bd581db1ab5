// What decides whether a task is the reader's own: the kinds of body a reader's unit may be, how a name's ending
// gives its kind, and the collective addressees (各部门, 各乡镇 …) that include each kind. Data only; mine.ts reads it.
//
// A collective addressee is read as  [scope] [quantifier] [qualifier] head, e.g.
//   县直 各有关 部门 · 全县 各级各 部门 · 各 乡镇(街道) · 各 相关 村 · 有关 企业
// The head says which kind of body it addresses; the scope (县直, 市级, 全县 …) which level; a quantifier or a
// scope is required (a bare 部门 or 单位 names nobody in particular), except for 企业 (企业要落实主体责任 tells
// every enterprise). Only general qualifiers are read (有关, 相关, 责任, 成员, 职能): 各涉工部门 or 各项目主管部门
// address some departments, not all, and are not taken to include the reader's.

export const UNIT_KINDS = ['department', 'township', 'village', 'enterprise'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Words the reader may write after `|` for each kind: the English id, or the Chinese name shown in the options. */
export const KIND_WORDS: Readonly<Record<UnitKind, readonly string[]>> = {
  department: ['department', '部门', '单位'],
  township: ['township', '乡镇', '街道'],
  village: ['village', '村', '社区'],
  enterprise: ['enterprise', '企业', '公司'],
};

/**
 * Without a kind, the name's ending decides (issue 12): 镇/乡/街道 (and their 政府 or 办事处) a township;
 * 村/社区 (and their 委员会) a village; 公司/集团/厂 (and 矿, as the engine's ENTERPRISE_SUFFIXES) an enterprise;
 * anything else a department. Checked in this order, first match wins.
 */
export const KIND_ENDINGS: readonly { kind: Exclude<UnitKind, 'department'>; endings: readonly string[] }[] = [
  { kind: 'township', endings: ['镇', '乡', '街道', '镇政府', '乡政府', '镇人民政府', '乡人民政府', '街道办事处', '街道办'] },
  { kind: 'village', endings: ['村', '社区', '村委会', '社区居委会', '居委会', '村民委员会', '居民委员会'] },
  { kind: 'enterprise', endings: ['公司', '集团', '厂', '矿'] },
];

/** Scopes: the level word they name, and whether they cover the level's departments only (县直) or all its bodies (全县). */
export const COLLECTIVE_SCOPES: readonly { words: readonly string[]; tier: 'province' | 'city' | 'county'; departmentsOnly: boolean }[] = [
  { words: ['省直', '省级', '省属'], tier: 'province', departmentsOnly: true },
  { words: ['市直', '市级', '市属'], tier: 'city', departmentsOnly: true },
  { words: ['县直', '县级', '县属', '区直', '区级', '区属'], tier: 'county', departmentsOnly: true },
  { words: ['全省'], tier: 'province', departmentsOnly: false },
  { words: ['全市'], tier: 'city', departmentsOnly: false },
  { words: ['全县', '全区'], tier: 'county', departmentsOnly: false },
];

/** Quantifiers, longest first in matching (mine.ts sorts). 各级 alone also covers every level. */
export const COLLECTIVE_QUANTIFIERS: readonly string[] = [
  '各级各有关', '各级各相关', '各级各', '各级', '各有关', '各相关', '各个', '各类', '各', '有关', '相关', '所有', '全体',
];

/** General qualifiers that may stand between the quantifier and the head (各责任部门, 各成员单位). */
export const COLLECTIVE_QUALIFIERS: readonly string[] = ['有关', '相关', '责任', '成员', '职能'];

/**
 * Heads, with the kinds they include. `sub` narrows a township or village head to the bodies it names: 各镇
 * addresses 镇 but not 乡 or 街道; 各乡镇 addresses 乡 and 镇 but not 街道, which 各乡镇(街道) and 各镇街 add.
 * Brackets are folded to ASCII before matching.
 */
export const COLLECTIVE_HEADS: readonly { head: string; kind: UnitKind; sub?: readonly string[]; bare?: boolean }[] = [
  { head: '部门', kind: 'department' },
  { head: '单位', kind: 'department' },
  { head: '乡镇(街道)', kind: 'township', sub: ['乡', '镇', '街道'] },
  { head: '镇(街道)', kind: 'township', sub: ['镇', '街道'] },
  { head: '乡镇街道', kind: 'township', sub: ['乡', '镇', '街道'] },
  { head: '乡镇(场)', kind: 'township', sub: ['乡', '镇'] },
  { head: '镇街', kind: 'township', sub: ['镇', '街道'] },
  { head: '乡镇', kind: 'township', sub: ['乡', '镇'] },
  { head: '街道', kind: 'township', sub: ['街道'] },
  { head: '镇', kind: 'township', sub: ['镇'] },
  { head: '乡', kind: 'township', sub: ['乡'] },
  { head: '村(社区)', kind: 'village', sub: ['村', '社区'] },
  { head: '村居', kind: 'village', sub: ['村', '社区'] },
  { head: '行政村', kind: 'village', sub: ['村'] },
  { head: '村', kind: 'village', sub: ['村'] },
  { head: '社区', kind: 'village', sub: ['社区'] },
  { head: '企业', kind: 'enterprise', bare: true },
  { head: '企事业单位', kind: 'enterprise' },
  { head: '厂矿企业', kind: 'enterprise', bare: true },
];

/**
 * Which township or village a name is, for the heads' `sub` lists: the ending of the name (杏坪镇 → 镇,
 * 城关街道办事处 → 街道, 幸福社区 → 社区). A name with none of them is taken to be in every head of its kind.
 */
export const SUB_ENDINGS: readonly { sub: string; endings: readonly string[] }[] = [
  { sub: '街道', endings: ['街道', '街道办事处', '街道办'] },
  { sub: '镇', endings: ['镇', '镇政府', '镇人民政府'] },
  { sub: '乡', endings: ['乡', '乡政府', '乡人民政府'] },
  { sub: '社区', endings: ['社区', '社区居委会', '居委会', '居民委员会'] },
  { sub: '村', endings: ['村', '村委会', '村民委员会'] },
];
