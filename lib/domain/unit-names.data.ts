// What Luoshi knows about the names of government offices: data only, read by unit-names.ts.
//
// Each office is listed once, with every way a speech writes it *after* the level prefix (县/市/山阳县 …, which
// unit-names.ts splits off). Forms are grouped by the full name they stand for: a county's 发改局 is the
// 发展和改革局, a city's 发改委 the 发展和改革委员会; both are the same office, so they share the office id and
// group together, and each shows under its own full name. Province-level bodies are 厅 (住房和城乡建设厅).
//
// Sources: the short forms are those the State Council and provincial governments use in their own documents
// after the 2018 institutional reform (国务院机构改革方案, 2018; the provincial and county reform plans that
// followed, which named most county bodies 局), e.g. 发展改革委 for 国家发展和改革委员会, 住房城乡建设部,
// 人力资源社会保障部, 市场监管总局, 卫生健康委. Older names that the reform replaced (环保局 → 生态环境局,
// 卫计委 → 卫生健康委员会, 国土资源局 → 自然资源局, 安监局 → 应急管理局, 农业局 → 农业农村局) are listed under the
// office that took over the work, so an old speech still groups with a new one.
//
// Not listed on purpose: merged bodies whose old name covered only part of the new one (工商局, 质监局, 食药监局
// → 市场监督管理局), and names that differ from place to place (水务局, 教育和体育局, 自然资源和规划局): they
// stay as written rather than being joined to an office they may not be.

export interface OfficeVariant {
  /** the full name these forms stand for, as shown after the level prefix */
  full: string;
  /** the ways a speech writes it (the full name included), without the level prefix */
  forms: readonly string[];
}

export type Tier = 'province' | 'city' | 'county' | 'township';

export interface Office {
  /** stable id: part of a unit's canonical key */
  id: string;
  variants: readonly OfficeVariant[];
  /**
   * The tiers a name of this office without a level may stand for, when not all: a bare 政府 in a speech is the
   * speaker's government (a county's or higher), never a township's, so it does not join 杏坪镇 or 小岭镇政府.
   */
  bareTiers?: readonly Tier[];
}

export const OFFICES: readonly Office[] = [
  {
    id: 'development-reform',
    variants: [
      { full: '发展和改革委员会', forms: ['发展和改革委员会', '发展改革委员会', '发展和改革委', '发展改革委', '发改委'] },
      { full: '发展和改革局', forms: ['发展和改革局', '发展改革局', '发改局'] },
    ],
  },
  {
    id: 'housing-construction',
    variants: [
      { full: '住房和城乡建设局', forms: ['住房和城乡建设局', '住房城乡建设局', '住建局'] },
      { full: '住房和城乡建设委员会', forms: ['住房和城乡建设委员会', '住房城乡建设委员会', '住房城乡建设委', '住建委'] },
      { full: '住房和城乡建设厅', forms: ['住房和城乡建设厅', '住房城乡建设厅', '住建厅'] },
    ],
  },
  {
    id: 'human-resources-social-security',
    variants: [
      { full: '人力资源和社会保障局', forms: ['人力资源和社会保障局', '人力资源社会保障局', '人力社保局', '人社局'] },
      { full: '人力资源和社会保障厅', forms: ['人力资源和社会保障厅', '人力资源社会保障厅', '人社厅'] },
    ],
  },
  {
    id: 'market-regulation',
    variants: [{ full: '市场监督管理局', forms: ['市场监督管理局', '市场监管局'] }],
  },
  {
    id: 'health',
    variants: [
      {
        full: '卫生健康委员会',
        // 卫生和计划生育委员会 (卫计委, 卫生计生委): the name before 2018
        forms: ['卫生健康委员会', '卫生健康委', '卫健委', '卫生和计划生育委员会', '卫生计生委', '卫计委'],
      },
      { full: '卫生健康局', forms: ['卫生健康局', '卫健局', '卫生和计划生育局', '卫计局'] },
    ],
  },
  {
    id: 'ecology-environment',
    variants: [
      // 环境保护局 (环保局): the name before 2018
      { full: '生态环境局', forms: ['生态环境局', '环境保护局', '环保局'] },
      { full: '生态环境厅', forms: ['生态环境厅', '环境保护厅', '环保厅'] },
    ],
  },
  {
    id: 'natural-resources',
    variants: [
      // 国土资源局 (国土局): the name before 2018
      { full: '自然资源局', forms: ['自然资源局', '国土资源局', '国土局'] },
      { full: '自然资源厅', forms: ['自然资源厅', '国土资源厅'] },
    ],
  },
  {
    id: 'emergency-management',
    variants: [
      // 安全生产监督管理局 (安监局): the name before 2018
      { full: '应急管理局', forms: ['应急管理局', '应急局', '安全生产监督管理局', '安监局'] },
      { full: '应急管理厅', forms: ['应急管理厅'] },
    ],
  },
  {
    id: 'agriculture-rural',
    variants: [
      // 农业局: the name before 2018
      { full: '农业农村局', forms: ['农业农村局', '农业局'] },
      { full: '农业农村委员会', forms: ['农业农村委员会', '农业农村委'] },
      { full: '农业农村厅', forms: ['农业农村厅', '农业厅'] },
    ],
  },
  {
    id: 'culture-tourism',
    variants: [
      { full: '文化和旅游局', forms: ['文化和旅游局', '文化旅游局', '文旅局'] },
      { full: '文化和旅游厅', forms: ['文化和旅游厅', '文化旅游厅', '文旅厅'] },
    ],
  },
  {
    id: 'industry-information',
    variants: [
      { full: '工业和信息化局', forms: ['工业和信息化局', '工业信息化局', '工信局'] },
      { full: '工业和信息化厅', forms: ['工业和信息化厅', '工业信息化厅', '工信厅'] },
    ],
  },
  {
    id: 'science-technology',
    variants: [
      { full: '科学技术局', forms: ['科学技术局', '科技局'] },
      { full: '科学技术厅', forms: ['科学技术厅', '科技厅'] },
    ],
  },
  {
    id: 'transport',
    variants: [
      { full: '交通运输局', forms: ['交通运输局', '交通局', '交运局'] },
      { full: '交通运输厅', forms: ['交通运输厅', '交通厅'] },
    ],
  },
  {
    id: 'veterans',
    variants: [
      { full: '退役军人事务局', forms: ['退役军人事务局', '退役军人局'] },
      { full: '退役军人事务厅', forms: ['退役军人事务厅'] },
    ],
  },
  { id: 'healthcare-security', variants: [{ full: '医疗保障局', forms: ['医疗保障局', '医保局'] }] },
  { id: 'urban-management', variants: [{ full: '城市管理局', forms: ['城市管理局', '城管局'] }] },
  { id: 'administrative-approval', variants: [{ full: '行政审批服务局', forms: ['行政审批服务局', '行政审批局'] }] },
  // Offices whose short form is their full name: listed so that 县财政局 and 财政局 still group together.
  ...(
    [
      ['finance', '财政'],
      ['education', '教育'],
      ['public-security', '公安'],
      ['civil-affairs', '民政'],
      ['justice', '司法'],
      ['audit', '审计'],
      ['commerce', '商务'],
      ['water', '水利'],
    ] as const
  ).map(([id, name]) => ({
    id,
    variants: [
      { full: `${name}局`, forms: [`${name}局`] },
      { full: `${name}厅`, forms: [`${name}厅`] },
    ],
  })),
  { id: 'statistics', variants: [{ full: '统计局', forms: ['统计局'] }] },
  { id: 'forestry', variants: [{ full: '林业局', forms: ['林业局'] }] },
  { id: 'petitions', variants: [{ full: '信访局', forms: ['信访局'] }] },
  { id: 'taxation', variants: [{ full: '税务局', forms: ['税务局'] }] },
  {
    id: 'government',
    // a level body standing alone (杏坪镇, 山阳县) is its government too: unit-names.ts handles that case
    variants: [{ full: '人民政府', forms: ['人民政府', '政府'] }],
    bareTiers: ['province', 'city', 'county'],
  },
  {
    id: 'government-office',
    variants: [{ full: '人民政府办公室', forms: ['人民政府办公室', '政府办公室', '政府办'] }],
    bareTiers: ['province', 'city', 'county'],
  },
];

/**
 * Level words that may end the prefix of an office name, longest first, with the tier they belong to
 * (a 自治州 is a city-level body, a 旗 a county-level one, a 街道 sits with the townships).
 */
export const LEVELS: readonly { word: string; tier: Tier }[] = [
  { word: '特别行政区', tier: 'province' },
  { word: '自治区', tier: 'province' },
  { word: '自治州', tier: 'city' },
  { word: '自治县', tier: 'county' },
  { word: '自治旗', tier: 'county' },
  { word: '街道', tier: 'township' },
  { word: '省', tier: 'province' },
  { word: '市', tier: 'city' },
  { word: '州', tier: 'city' },
  { word: '盟', tier: 'city' },
  { word: '县', tier: 'county' },
  { word: '区', tier: 'county' },
  { word: '旗', tier: 'county' },
  { word: '镇', tier: 'township' },
  { word: '乡', tier: 'township' },
];

/**
 * Words a place name never starts with: what stands before the level is then a quantifier or a scope
 * (各县市区政府, 全县, 本市, 有关乡镇), not the name of one place.
 */
export const NOT_PLACE_STARTS: readonly string[] = ['各', '全', '本', '该', '每', '有关', '相关', '所有', '其他', '其余', '两', '多'];
