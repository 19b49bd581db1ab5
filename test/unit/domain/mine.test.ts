// "Mine" (issue 12): the reader's list of units as the options page holds it, and which units a speech names are
// theirs: by name, by alias, by another spelling, and as a collective addressee of each kind of body.
import { describe, expect, test } from 'vitest';
import { isMineTask, isMineUnit, kindFromName, parseCollective, parseMyUnits } from '../../../lib/domain/mine';

describe('parseMyUnits', () => {
  test('one unit a line, aliases after =, kind after |, blank and # lines skipped', () => {
    const { units, problems } = parseMyUnits('县发改局=县发展和改革局=县发展改革委\n\n# 我的乡镇\n城关镇|township\n 幸福村 \n金鑫矿业公司|企业\r\n');
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.names, u.kind, u.kindGiven, u.line])).toEqual([
      [['县发改局', '县发展和改革局', '县发展改革委'], 'department', false, 1],
      [['城关镇'], 'township', true, 4],
      [['幸福村'], 'village', false, 5],
      [['金鑫矿业公司'], 'enterprise', true, 6],
    ]);
    expect(units[0].tier).toBe('county');
    expect(units[1].sub).toBe('镇');
  });

  test('full-width = and | count as well', () => {
    const { units } = parseMyUnits('县财政局＝财政局｜department');
    expect(units[0].names).toEqual(['县财政局', '财政局']);
    expect(units[0].kindGiven).toBe(true);
  });

  test('a line it cannot read is reported with its number and left out; the others still count', () => {
    const { units, problems } = parseMyUnits('县财政局|office\n=县发改局\n|township\n县教育局');
    expect(units.map((u) => u.names[0])).toEqual(['县发改局', '县教育局']);
    expect(problems).toEqual([
      { line: 1, text: '县财政局|office', error: 'unknown-kind', kind: 'office' },
      { line: 3, text: '|township', error: 'no-name' },
    ]);
  });

  test("without a kind, the name's ending decides", () => {
    expect(kindFromName('城关镇')).toBe('township');
    expect(kindFromName('红岩乡')).toBe('township');
    expect(kindFromName('城关街道')).toBe('township');
    expect(kindFromName('小岭镇政府')).toBe('township');
    expect(kindFromName('幸福村')).toBe('village');
    expect(kindFromName('东关社区')).toBe('village');
    expect(kindFromName('盘龙公司')).toBe('enterprise');
    expect(kindFromName('陕西有色集团')).toBe('enterprise');
    expect(kindFromName('三星选矿厂')).toBe('enterprise');
    expect(kindFromName('县发改局')).toBe('department');
    expect(kindFromName('县政府督查室')).toBe('department');
  });
});

describe('collective addressees', () => {
  test.each([
    ['各部门', 'department'],
    ['县直各部门', 'department'],
    ['各有关部门', 'department'],
    ['各单位', 'department'],
    ['全县各级各部门', 'department'],
    ['各级各有关部门', 'department'],
    ['各责任部门', 'department'],
    ['相关部门', 'department'],
    ['各乡镇', 'township'],
    ['各乡镇（街道）', 'township'],
    ['各镇', 'township'],
    ['各有关乡镇', 'township'],
    ['各村', 'village'],
    ['各村（社区）', 'village'],
    ['各企业', 'enterprise'],
    ['企业', 'enterprise'],
  ])('%s addresses every %s', (name, kind) => {
    expect(parseCollective(name)?.kind).toBe(kind);
  });

  test.each(['部门', '单位', '各涉工部门', '各项目主管部门', '县发改局', '各县市区', '所有参建单位', '厅属各单位', '各级党委'])(
    '%s addresses no kind as a whole',
    (name) => expect(parseCollective(name)).toBeUndefined(),
  );
});

describe('isMineUnit', () => {
  const { units: mine } = parseMyUnits('县发改局=县发展改革委\n杏坪镇|township\n幸福村\n金鑫矿业公司=金鑫公司');

  test.each([
    // direct names and aliases
    ['县发改局', true],
    ['县发展改革委', true],
    ['金鑫公司', true],
    ['幸福村', true],
    ['杏坪镇', true],
    // other spellings of the same office (not written as an alias)
    ['县发展和改革局', true],
    ['发改局', true],
    ['山阳县发改局', true],
    ['杏坪镇政府', true],
    ['杏坪镇人民政府', true],
    // not mine: another level, another office, another place
    ['市发改委', false],
    ['县财政局', false],
    ['小岭镇政府', false],
    ['政府', false],
    ['金鑫矿山公司', false],
    ['和平村', false],
  ])('%s → %s (by name)', (name, expected) => {
    expect(isMineUnit(name, mine)).toBe(expected);
  });

  test.each([
    // a county department
    ['各部门', true],
    ['县直各部门', true],
    ['各有关部门', true],
    ['各单位', true],
    ['全县各级各部门', true],
    ['市直各有关部门', false], // the city's departments, not the county's
    // a township (a 镇)
    ['各乡镇', true],
    ['各乡镇（街道）', true],
    ['各镇', true],
    ['相关乡镇', true],
    ['各乡', false], // 乡 only
    ['各街道', false],
    // a village
    ['各村', true],
    ['各村（社区）', true],
    ['各社区', false],
    // an enterprise
    ['各企业', true],
    ['企业', true],
    ['有关企业', true],
    // addressees of no kind
    ['各涉工部门', false],
    ['各级党委', false],
  ])('%s → %s (collective)', (name, expected) => {
    expect(isMineUnit(name, mine)).toBe(expected);
  });

  test('a township reader is not in 县直各单位, which names county departments', () => {
    const { units } = parseMyUnits('城关镇');
    expect(isMineUnit('县直各单位', units)).toBe(false);
    expect(isMineUnit('全县各乡镇', units)).toBe(true);
  });

  test('a department whose level the reader did not write is in any level\'s 各部门', () => {
    const { units } = parseMyUnits('财政局');
    expect(isMineUnit('市直各有关部门', units)).toBe(true);
    expect(isMineUnit('县财政局', units)).toBe(true);
  });

  test('a task is mine when one of its units is; nothing is mine without units', () => {
    expect(isMineTask({ units: ['县财政局', '各乡镇'] }, mine)).toBe(true);
    expect(isMineTask({ units: ['县财政局'] }, mine)).toBe(false);
    expect(isMineTask({ units: [] }, mine)).toBe(false);
    expect(isMineTask({ units: ['各部门'] }, [])).toBe(false);
  });
});
