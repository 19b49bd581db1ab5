// "Mine": the reader's own units (options page, one a line) and whether a unit a speech names, or a task, is
// theirs. A task is mine when one of its units is one of my units under another spelling (unit-names.ts), or a
// collective addressee that includes one of them (各部门 includes a county department, 各乡镇 a township; the
// table is mine.data.ts). Pure: the page, the popup, the options page and the tests share it.
import {
  COLLECTIVE_HEADS,
  COLLECTIVE_QUALIFIERS,
  COLLECTIVE_QUANTIFIERS,
  COLLECTIVE_SCOPES,
  KIND_ENDINGS,
  KIND_WORDS,
  SUB_ENDINGS,
  UNIT_KINDS,
  type UnitKind,
} from './mine.data';
import { compatibleUnits, foldUnitName, normalizeUnit, type LevelTier, type UnitName } from './unit-names';

export { UNIT_KINDS, type UnitKind } from './mine.data';

/** Longest name (characters) and most lines the list takes; longer ones are reported, not cut silently. */
export const MY_UNITS_LIMITS = { name: 50, lines: 200, text: 20_000 } as const;

export interface MyUnit {
  /** the names as the reader wrote them, the first being the unit's own, the rest its aliases */
  names: string[];
  kind: UnitKind;
  /** whether the kind was written after `|` (else the first name's ending decided it) */
  kindGiven: boolean;
  /** the tier of the first name that has a level (县发改局 → county), for scoped addressees (县直各部门) */
  tier?: LevelTier;
  /** for townships and villages: 镇, 乡, 街道, 村 or 社区, from the names' endings */
  sub?: string;
  /** 1-based line in the text */
  line: number;
}

export type MyUnitProblem =
  | { line: number; text: string; error: 'unknown-kind'; kind: string }
  | { line: number; text: string; error: 'no-name' }
  | { line: number; text: string; error: 'too-long' }
  | { line: number; text: string; error: 'too-many' };

export interface MyUnits {
  units: MyUnit[];
  problems: MyUnitProblem[];
}

const KIND_BY_WORD = new Map<string, UnitKind>(
  UNIT_KINDS.flatMap((kind) => KIND_WORDS[kind].map((word) => [word.toLowerCase(), kind] as [string, UnitKind])),
);

/** The kind a name's ending gives (镇/乡/街道: township; 村/社区: village; 公司/集团/厂/矿: enterprise; else department). */
export function kindFromName(name: string): UnitKind {
  const folded = foldUnitName(name);
  for (const { kind, endings } of KIND_ENDINGS) if (endings.some((ending) => folded.endsWith(ending))) return kind;
  return 'department';
}

function subOf(names: readonly string[]): string | undefined {
  for (const name of names) {
    const folded = foldUnitName(name);
    for (const { sub, endings } of SUB_ENDINGS) if (endings.some((ending) => folded.endsWith(ending))) return sub;
  }
  return undefined;
}

/**
 * Reads the options page's list: one unit a line, aliases after `=`, the kind after `|`
 * (`县发改局=县发展和改革局=县发展改革委`, `城关镇|township`; the kind may also be written 部门/乡镇/村/企业).
 * Blank lines and lines starting with # are skipped. A line that cannot be read is reported in `problems`
 * and left out; the others still count.
 */
export function parseMyUnits(text: string): MyUnits {
  const units: MyUnit[] = [];
  const problems: MyUnitProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const folded = raw.normalize('NFKC').trim();
    if (!folded || folded.startsWith('#')) return;
    const bar = folded.indexOf('|');
    const namePart = bar < 0 ? folded : folded.slice(0, bar);
    const kindWord = bar < 0 ? '' : folded.slice(bar + 1).trim();
    const names = [...new Set(namePart.split('=').map(foldUnitName).filter(Boolean))];
    if (!names.length) return void problems.push({ line, text: raw, error: 'no-name' });
    if (names.some((name) => name.length > MY_UNITS_LIMITS.name)) return void problems.push({ line, text: raw, error: 'too-long' });
    let kind: UnitKind;
    if (kindWord) {
      const found = KIND_BY_WORD.get(kindWord.toLowerCase());
      if (!found) return void problems.push({ line, text: raw, error: 'unknown-kind', kind: kindWord });
      kind = found;
    } else kind = kindFromName(names[0]);
    if (units.length >= MY_UNITS_LIMITS.lines) return void problems.push({ line, text: raw, error: 'too-many' });
    const tier = names.map((name) => normalizeUnit(name).tier).find(Boolean);
    const sub = kind === 'township' || kind === 'village' ? subOf(names) : undefined;
    units.push({ names, kind, kindGiven: !!kindWord, tier, sub, line });
  });
  return { units, problems };
}

export interface Collective {
  kind: UnitKind;
  /** the bodies of the kind it names (镇, 乡, 街道 …); undefined: all of them */
  sub?: readonly string[];
  /** the level its scope names (县直, 全市); undefined: no scope */
  tier?: Exclude<LevelTier, 'township'>;
  /** a 县直/市级-style scope: the level's departments, not its townships */
  departmentsOnly?: boolean;
}

const byLength = (a: string, b: string) => b.length - a.length;
const SCOPES = COLLECTIVE_SCOPES.flatMap((scope) => scope.words.map((word) => ({ word, ...scope }))).sort((a, b) =>
  byLength(a.word, b.word),
);
const QUANTIFIERS = [...COLLECTIVE_QUANTIFIERS].sort(byLength);
const QUALIFIERS = [...COLLECTIVE_QUALIFIERS].sort(byLength);
const HEADS = new Map(COLLECTIVE_HEADS.map((head) => [head.head, head]));

/** Reads a collective addressee ([scope] [quantifier] [qualifier] head: 县直各有关部门, 各乡镇(街道)); undefined if it is not one. */
export function parseCollective(name: string): Collective | undefined {
  let rest = foldUnitName(name);
  const scope = SCOPES.find((candidate) => rest.startsWith(candidate.word));
  if (scope) rest = rest.slice(scope.word.length);
  const quantifier = QUANTIFIERS.find((candidate) => rest.startsWith(candidate));
  if (quantifier) rest = rest.slice(quantifier.length);
  for (let i = 0; i < 2; i++) {
    const qualifier = QUALIFIERS.find((candidate) => rest.startsWith(candidate) && HEADS.has(rest.slice(candidate.length)));
    if (qualifier) rest = rest.slice(qualifier.length);
  }
  const head = HEADS.get(rest);
  if (!head || (!scope && !quantifier && !head.bare)) return undefined;
  return {
    kind: head.kind,
    sub: head.sub,
    ...(scope && { tier: scope.tier, departmentsOnly: scope.departmentsOnly }),
  };
}

/** Whether a collective addressee includes one of my units. */
export function collectiveIncludes(collective: Collective, unit: MyUnit): boolean {
  if (collective.kind !== unit.kind) return false;
  if (collective.sub && unit.sub && !collective.sub.includes(unit.sub)) return false;
  if (collective.tier) {
    if (collective.departmentsOnly && unit.kind !== 'department') return false;
    // a county department is not among 市直各部门; a unit whose level the reader did not write may be in either
    if (unit.kind === 'department' && unit.tier && unit.tier !== collective.tier) return false;
  }
  return true;
}

/** Whether a name a speech wrote is this unit of mine under one of its names (or another spelling of one). */
export function namesMyUnit(written: UnitName, unit: MyUnit): boolean {
  return unit.names.some((name) => {
    const mine = normalizeUnit(name);
    if (mine.key === written.key) return true;
    // a township or village is a place: a name without one (政府, 党委) is somebody else's
    if (unit.kind !== 'department' && !written.place) return false;
    return compatibleUnits(written, mine);
  });
}

/** The units of mine a name stands for: by name, alias or spelling, or as a collective that includes them. */
export function myUnitsIn(name: string, mine: readonly MyUnit[]): MyUnit[] {
  if (!mine.length) return [];
  const written = normalizeUnit(name);
  const collective = parseCollective(name);
  return mine.filter((unit) => namesMyUnit(written, unit) || (!!collective && collectiveIncludes(collective, unit)));
}

export function isMineUnit(name: string, mine: readonly MyUnit[]): boolean {
  return myUnitsIn(name, mine).length > 0;
}

/** A task is mine when one of its units is. */
export function isMineTask(task: { units: readonly string[] }, mine: readonly MyUnit[]): boolean {
  return mine.length > 0 && task.units.some((unit) => isMineUnit(unit, mine));
}
