// The unit-name normaliser on a table of variants written and checked by hand (issue 12): every official short
// form, level prefixes with and without a place, older names, and names it must leave alone.
import { describe, expect, test } from 'vitest';
import { compatibleUnits, groupUnits, normalizeUnit, parseLevelPrefix } from '../../../lib/domain/unit-names';

/** written → [key, display]; each row read against the table's sources, not copied from the code's output */
const VARIANTS: [string, string, string][] = [
  // 发展和改革: the four spellings are one county office
  ['县发改局', '县|development-reform', '县发展和改革局'],
  ['县发展和改革局', '县|development-reform', '县发展和改革局'],
  ['县发展改革局', '县|development-reform', '县发展和改革局'],
  ['县发展改革委', '县|development-reform', '县发展和改革委员会'],
  ['市发改委', '市|development-reform', '市发展和改革委员会'],
  ['发展和改革委员会', '|development-reform', '发展和改革委员会'],
  ['发改局', '|development-reform', '发展和改革局'],
  // 住房和城乡建设
  ['住建局', '|housing-construction', '住房和城乡建设局'],
  ['县住房城乡建设局', '县|housing-construction', '县住房和城乡建设局'],
  ['县住房和城乡建设局', '县|housing-construction', '县住房和城乡建设局'],
  ['省住建厅', '省|housing-construction', '省住房和城乡建设厅'],
  ['市住建委', '市|housing-construction', '市住房和城乡建设委员会'],
  // 人力资源和社会保障
  ['人社局', '|human-resources-social-security', '人力资源和社会保障局'],
  ['县人力资源社会保障局', '县|human-resources-social-security', '县人力资源和社会保障局'],
  ['县人力资源和社会保障局', '县|human-resources-social-security', '县人力资源和社会保障局'],
  // 市场监督管理: the 市 of the office's own name is not a level
  ['市场监管局', '|market-regulation', '市场监督管理局'],
  ['县市场监督管理局', '县|market-regulation', '县市场监督管理局'],
  ['市市场监管局', '市|market-regulation', '市市场监督管理局'],
  // 卫生健康, with the name before 2018
  ['卫健委', '|health', '卫生健康委员会'],
  ['市卫生健康委', '市|health', '市卫生健康委员会'],
  ['县卫计委', '县|health', '县卫生健康委员会'],
  ['县卫健局', '县|health', '县卫生健康局'],
  // 生态环境, 环保局 as the older name
  ['生态环境局', '|ecology-environment', '生态环境局'],
  ['县环保局', '县|ecology-environment', '县生态环境局'],
  ['省环保厅', '省|ecology-environment', '省生态环境厅'],
  // other reformed offices and their older names
  ['县国土局', '县|natural-resources', '县自然资源局'],
  ['县安监局', '县|emergency-management', '县应急管理局'],
  ['县应急局', '县|emergency-management', '县应急管理局'],
  ['县农业局', '县|agriculture-rural', '县农业农村局'],
  ['县文旅局', '县|culture-tourism', '县文化和旅游局'],
  ['县工信局', '县|industry-information', '县工业和信息化局'],
  ['县科技局', '县|science-technology', '县科学技术局'],
  ['交通局', '|transport', '交通运输局'],
  ['县医保局', '县|healthcare-security', '县医疗保障局'],
  ['市城管局', '市|urban-management', '市城市管理局'],
  ['县行政审批局', '县|administrative-approval', '县行政审批服务局'],
  ['县退役军人局', '县|veterans', '县退役军人事务局'],
  // short form = full name
  ['县财政局', '县|finance', '县财政局'],
  ['财政局', '|finance', '财政局'],
  ['省财政厅', '省|finance', '省财政厅'],
  // place names before the level
  ['山阳县发改局', '山阳县|development-reform', '山阳县发展和改革局'],
  ['商洛市生态环境局', '商洛市|ecology-environment', '商洛市生态环境局'],
  ['高新区财政局', '高新区|finance', '高新区财政局'],
  ['峨边彝族自治县财政局', '峨边彝族自治县|finance', '峨边彝族自治县财政局'],
  // governments: a level body alone is its government
  ['县政府', '县|government', '县人民政府'],
  ['县人民政府', '县|government', '县人民政府'],
  ['小岭镇政府', '小岭镇|government', '小岭镇人民政府'],
  ['杏坪镇', '杏坪镇|government', '杏坪镇'],
  ['城关街道', '城关街道|government', '城关街道'],
  ['县政府办', '县|government-office', '县人民政府办公室'],
  // width and spaces do not matter
  ['县 发改局', '县|development-reform', '县发展和改革局'],
];

/** Names it does not know, or that are not one unit: left as written. */
const UNKNOWN = [
  '经济局', // not an office name of the table
  '乡企局',
  '盘龙园区管委会',
  '各乡镇', // a collective addressee, not a place called 各乡
  '各县市区政府', // 各县市区 is no place
  '市县统计局', // two levels, not a place
  '县委、县政府两办',
  '县政府督查室',
  '各地交通运输局', // 各地 is no level
  '县水务局', // differs from place to place: not joined to 水利局
  '县工商局', // merged into 市场监督管理局, which is more than it was
  '金鑫矿业公司',
  '县',
  '',
];

describe('normalizeUnit', () => {
  test.each(VARIANTS)('%s → %s (%s)', (written, key, display) => {
    const unit = normalizeUnit(written);
    expect(unit.key).toBe(key);
    expect(unit.display).toBe(display);
  });

  test.each(UNKNOWN)('%s stays as written', (written) => {
    const unit = normalizeUnit(written);
    expect(unit.office).toBeUndefined();
    expect(unit.display).toBe(written);
    expect(unit.key).toBe(`=${written}`);
  });

  test('the level prefix: place and level, or nothing', () => {
    expect(parseLevelPrefix('山阳县')).toEqual({ level: '县', tier: 'county', place: '山阳' });
    expect(parseLevelPrefix('镇')).toEqual({ level: '镇', tier: 'township' });
    expect(parseLevelPrefix('内蒙古自治区')).toEqual({ level: '自治区', tier: 'province', place: '内蒙古' });
    expect(parseLevelPrefix('')).toEqual({});
    expect(parseLevelPrefix('全县')).toBeUndefined();
    expect(parseLevelPrefix('县直')).toBeUndefined();
    expect(parseLevelPrefix('有关乡')).toBeUndefined();
  });
});

describe('compatibleUnits', () => {
  const n = normalizeUnit;
  test('a name without part of its prefix may be the one with it, never one of another level or place', () => {
    expect(compatibleUnits(n('发改局'), n('县发改局'))).toBe(true);
    expect(compatibleUnits(n('县发改局'), n('山阳县发展改革委'))).toBe(true);
    expect(compatibleUnits(n('县发改局'), n('市发改委'))).toBe(false);
    expect(compatibleUnits(n('山阳县发改局'), n('镇安县发改局'))).toBe(false);
    expect(compatibleUnits(n('发改局'), n('财政局'))).toBe(false);
  });
  test('a bare 政府 is a county government or higher, never a township', () => {
    expect(compatibleUnits(n('政府'), n('县政府'))).toBe(true);
    expect(compatibleUnits(n('政府'), n('杏坪镇'))).toBe(false);
    expect(compatibleUnits(n('政府'), n('小岭镇政府'))).toBe(false);
  });
});

describe('groupUnits', () => {
  test("the issue's four spellings are one group, shown as most of them write it", () => {
    const { groups, groupOf } = groupUnits(
      new Map([
        ['县发改局', 2],
        ['发改局', 3],
        ['县发展和改革局', 1],
        ['县发展改革委', 1],
        ['县财政局', 1],
      ]),
    );
    expect(groups.map((g) => g.display).sort()).toEqual(['县发展和改革局', '县财政局'].sort());
    const ndrc = groups.find((g) => g.key === '县|development-reform')!;
    expect(ndrc.written).toEqual(['发改局', '县发改局', '县发展和改革局', '县发展改革委']);
    expect(groupOf.get('发改局')).toBe('县|development-reform');
  });

  test('a name without a level stays alone when two levels could own it', () => {
    const { groups } = groupUnits(new Map([['发改局', 1], ['县发改局', 1], ['市发改委', 1]]));
    expect(groups.map((g) => g.key).sort()).toEqual(['|development-reform', '县|development-reform', '市|development-reform']);
  });

  test('unknown names group only with themselves', () => {
    const { groups } = groupUnits(new Map([['经济局', 1], [' 经济局', 1], ['乡企局', 1]]));
    expect(groups.map((g) => g.written)).toEqual([['经济局', ' 经济局'], ['乡企局']]);
  });
});
