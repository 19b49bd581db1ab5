// One unit, however a speech writes it: 县发改局, 县发展和改革局 and 县发展改革委 are one office of the county.
// normalizeUnit() splits a name into its level prefix (省/市/县/区/乡/镇/街道, with the place name when there is
// one: 山阳县, 城关镇) and the office, looked up in the table of official short forms (unit-names.data.ts).
// A name it does not know stays as written. Pure: used by the list, the CSV export and "mine" (mine.ts).
import { LEVELS, NOT_PLACE_STARTS, OFFICES, type Tier } from './unit-names.data';

export type LevelTier = Tier;

export interface UnitName {
  /** the name as the speech wrote it (whitespace dropped, full-width letters and brackets folded) */
  written: string;
  /**
   * canonical key: `<place><level>|<office id>` for a known office (县|development-reform,
   * 山阳县|finance, |housing-construction), `=<written>` for a name the table does not know.
   * Two names with the same key are the same unit.
   */
  key: string;
  /** what to show: the level prefix plus the office's full name (县发展和改革局), or the name as written */
  display: string;
  /** the office's id in the table; undefined when the name is not known */
  office?: string;
  /** the level word as written (县, 自治县, 镇 …), when the name has one */
  level?: string;
  tier?: LevelTier;
  /** the place before the level (山阳 in 山阳县发改局), when the name has one */
  place?: string;
}

/** Every form of every office, longest first, so that 发展和改革委员会 is tried before 改革委员会-like tails. */
const FORMS: readonly { form: string; office: string; full: string }[] = OFFICES.flatMap((office) =>
  office.variants.flatMap((variant) => variant.forms.map((form) => ({ form, office: office.id, full: variant.full }))),
).sort((a, b) => b.form.length - a.form.length);

const BARE_TIERS = new Map(OFFICES.filter((office) => office.bareTiers).map((office) => [office.id, office.bareTiers!]));
const LEVEL_WORDS = new Set(LEVELS.map((level) => level.word));
const HAN = /^[\u4e00-\u9fff]+$/;
/** a place name is at most this long (内蒙古自治区阿拉善盟额济纳旗 is the longest real prefix we expect) */
const MAX_PREFIX = 16;

/** Folds what does not change a name: width (ＡＢ, （）), and all whitespace. */
export function foldUnitName(written: string): string {
  return written.normalize('NFKC').replace(/\s+/g, '');
}

interface Prefix {
  level?: string;
  tier?: LevelTier;
  place?: string;
}

/** Reads a prefix as [place] level, or nothing; undefined when it is something else (各县市区, 全县, 县直). */
export function parseLevelPrefix(prefix: string): Prefix | undefined {
  if (!prefix) return {};
  if (prefix.length > MAX_PREFIX || !HAN.test(prefix)) return undefined;
  const level = LEVELS.find((candidate) => prefix.endsWith(candidate.word));
  if (!level) return undefined;
  const place = prefix.slice(0, -level.word.length);
  if (!place) return { level: level.word, tier: level.tier };
  if (NOT_PLACE_STARTS.some((start) => place.startsWith(start))) return undefined;
  // 市县统计局, 县市区政府: level words only, a list of levels rather than a place
  if ([...place].every((char) => LEVEL_WORDS.has(char))) return undefined;
  return { level: level.word, tier: level.tier, place };
}

const cache = new Map<string, UnitName>();
const CACHE_LIMIT = 5000;

/** The unit a name stands for. Never throws; an empty or unknown name comes back as written. */
export function normalizeUnit(name: string): UnitName {
  const cached = cache.get(name);
  if (cached) return cached;
  const result = normalizeUncached(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, result);
  return result;
}

function normalizeUncached(name: string): UnitName {
  const written = foldUnitName(name);
  for (const { form, office, full } of FORMS) {
    if (!written.endsWith(form)) continue;
    const prefix = parseLevelPrefix(written.slice(0, -form.length));
    if (!prefix) continue;
    return known(written, office, full, prefix);
  }
  // a level body standing alone is that place's government: 杏坪镇, 山阳县 (but not 各乡镇, 县)
  const alone = parseLevelPrefix(written);
  if (alone?.place) return known(written, 'government', '', alone);
  return { written, key: `=${written}`, display: written };
}

function known(written: string, office: string, full: string, prefix: Prefix): UnitName {
  const head = `${prefix.place ?? ''}${prefix.level ?? ''}`;
  return { written, key: `${head}|${office}`, display: `${head}${full}`, office, ...prefix };
}

/** How many parts of the level prefix a name gives (none, the level, or the place and level). */
export function specificity(unit: UnitName): number {
  return (unit.level ? 1 : 0) + (unit.place ? 1 : 0);
}

/**
 * Whether two names may be the same unit: the same office, and no part of the prefix that both give differs.
 * 发改局 may be 县发改局 or 山阳县发改局; 县发改局 may be 山阳县发改局 but not 市发改委. An office with bareTiers
 * (政府) without a level stands only for those tiers. Names the table does not know are compatible only when
 * written alike.
 */
export function compatibleUnits(a: UnitName, b: UnitName): boolean {
  if (!a.office || !b.office) return a.key === b.key;
  if (a.office !== b.office) return false;
  if (a.tier && b.tier && a.tier !== b.tier) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  const bare = BARE_TIERS.get(a.office);
  const tier = a.tier ?? b.tier;
  if (bare && tier && !(a.tier && b.tier) && !bare.includes(tier)) return false;
  return true;
}

export interface UnitGroup {
  /** the key of the group's most specific name */
  key: string;
  /** the display name most of the group's names give (the first seen on a tie) */
  display: string;
  /** the names as written that fall in this group, most frequent first */
  written: string[];
}

/**
 * Groups the names of a list: names with one key are one group, and a name that leaves out part of the prefix
 * (发改局, 县发改局) joins the one more specific group it may belong to (山阳县发改局), when there is exactly one.
 * `counts` gives how often each name occurs (it decides which display name a group shows); returns the groups and
 * where each written name went.
 */
export function groupUnits(counts: ReadonlyMap<string, number>): { groups: UnitGroup[]; groupOf: Map<string, string> } {
  const byKey = new Map<string, { unit: UnitName; names: Map<string, number> }>();
  for (const [name, count] of counts) {
    const unit = normalizeUnit(name);
    const entry = byKey.get(unit.key) ?? { unit, names: new Map<string, number>() };
    entry.names.set(name, (entry.names.get(name) ?? 0) + count);
    byKey.set(unit.key, entry);
  }
  // least specific first: 发改局 looks for its group after 县发改局 has found its own
  const entries = [...byKey.values()].sort((a, b) => specificity(a.unit) - specificity(b.unit));
  const target = new Map<string, string>(entries.map((entry) => [entry.unit.key, entry.unit.key]));
  for (const entry of entries) {
    const wider = entries.filter(
      (other) =>
        other !== entry &&
        target.get(other.unit.key) === other.unit.key &&
        specificity(other.unit) > specificity(entry.unit) &&
        compatibleUnits(entry.unit, other.unit),
    );
    if (wider.length === 1) target.set(entry.unit.key, wider[0].unit.key);
  }
  const resolve = (key: string): string => {
    let at = key;
    while (target.get(at) !== at) at = target.get(at)!;
    return at;
  };
  const merged = new Map<string, { names: Map<string, number>; displays: Map<string, number> }>();
  for (const entry of entries) {
    const key = resolve(entry.unit.key);
    const group = merged.get(key) ?? { names: new Map<string, number>(), displays: new Map<string, number>() };
    for (const [name, count] of entry.names) {
      group.names.set(name, (group.names.get(name) ?? 0) + count);
      // the display a name gives only counts when it is as specific as the group (县发改局 in a 山阳县 group
      // would otherwise show the group without its place)
      if (key === entry.unit.key) group.displays.set(entry.unit.display, (group.displays.get(entry.unit.display) ?? 0) + count);
    }
    merged.set(key, group);
  }
  const groupOf = new Map<string, string>();
  const groups: UnitGroup[] = [];
  for (const [key, group] of merged) {
    const written = [...group.names].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    for (const name of written) groupOf.set(name, key);
    const display = [...group.displays].sort((a, b) => b[1] - a[1])[0]?.[0] ?? normalizeUnit(written[0]).display;
    groups.push({ key, display, written });
  }
  return { groups, groupOf };
}
