// What the engine knows about responsible units (责任单位). Data only; the matching code is ../units.ts.
// All entries are in the folded form the engine matches on: ASCII punctuation , : ; ( ) and no spaces.

/**
 * Endings that make a name an organisation, longest first. Single characters (局, 委, 办, 厅 …) are only
 * accepted where the name is followed by a boundary (a list separator, a directive cue, a role word).
 */
export const UNIT_SUFFIXES: readonly string[] = [
  '管理委员会', '委员会', '管委会', '办事处', '办公室', '办公厅', '督查室', '督查办', '指挥部', '领导小组',
  '应急办', '站所', '党组织', '党支部', '党总支', '部门', '单位', '公司', '乡镇', '政府', '机关', '机构', '处室', '科室', '集团', '分行',
  '支行', '银行',
  '海关', '党委', '党组', '县市区', '市县区', '市区', '街道', '工商联', '贸促会', '残联', '总工会', '妇联',
  '团委', '法院', '检察院', '中心', '营管部', '保监局', '证监局', '总队', '支队', '大队', '中队', '派出所', '工作队', '工作组', '督导组', '专班', '学校', '医院', '卫生院', '中学',
  '小学', '幼儿园', '研究院', '设计院', '电视台', '广播电视台', '报社', '商会', '协会', '学会',
  // community and school-system bodies: 幸福社区, 计财股, 局机关各股室, 县一中, 各初中, 职业中专
  '保健院', '学院', '社区', '股室', '初中', '高中', '中专', '职中', '职高', '一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中',
  '局', '委', '办', '厅', '矿', '厂', '镇', '乡', '部', '所', '站', '科', '股', '室',
];

/** Enterprise endings: a name with one of these may own a project that the sentence assigns (国宝公司尾矿库建设要…). */
export const ENTERPRISE_SUFFIXES: readonly string[] = ['公司', '集团', '矿', '厂'];

/** Words ending in a unit suffix that are not organisations. */
export const NOT_UNIT_ENDINGS: readonly string[] = [
  '格局', '布局', '大局', '全局', '开局', '变局', '结局', '当局', '时局', '新局', '胜局', '骗局', '棋局', '邮局',
  '举办', '创办', '承办', '督办', '帮办', '代办', '兴办', '开办', '申办', '查办', '交办', '领办', '包办', '好办',
  '难办', '照办', '网办', '快办', '一次办', '协办', '主办', '特办', '急办', '速办', '怎么办',
  '原委', '大厅', '展厅', '客厅', '餐厅', '选厂', '工厂', '铁矿', '金矿', '煤矿', '铜矿石', '全部', '内部', '外部',
  '局部', '干部', '基部', '头部', '底部', '东部', '西部', '南部', '北部', '中部', '总部', '俱乐部', '细部', '部部',
  '场所', '住所', '处所', '厕所', '诊所', '之所', '无所', '有所', '居所', '会所', '重心', '核心',
  '学科', '本科', '专科', '百科', '文科', '理科', '工科', '前科', '车站', '网站', '站站', '加油站', '充电站', '泵站', '基站', '驿站', '首站', '一站', '本站', '全站', '沿站', '团队', '队伍', '梯队', '排队', '连队', '乡镇企业',
  '入股', '参股', '控股', '持股', '配股', '新股', '炒股', '屁股', '教室', '会议室', '实验室', '温室', '卧室', '居室',
  '其中', '之中', '当中', '集中', '正中', '适中', '统一中',
];

/**
 * Collective addressees without a suffix of their own, and heads that turn a collective prefix into a unit
 * (各地, 各市(区), 每个县市区). Checked after removing a parenthesised note.
 */
export const COLLECTIVE_NAMES: readonly string[] = [
  '各地', '各方', '各级', '企业', '各企业', '各个企业', '各类企业', '有关企业', '相关企业', '所有企业', '重点企业',
  '各市', '各县', '各区', '各镇', '各乡', '各省', '各州', '各市州', '各区县', '各县区', '各县市', '各地市',
  '各盟市', '各旗县', '各园区', '各开发区', '各村', '各社区', '各条线', '各系统', '各行业', '各战线',
];

/** A unit list may only start a clause after these connectives, numbering words and time words (stripped). */
export const LEADING_FILLERS: readonly string[] = [
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是',
  '一要', '二要', '三要', '四要', '五要', '六要', '七要', '八要', '九要', '十要',
  '第一', '第二', '第三', '第四', '第五', '第六', '首先', '其次', '再次', '最后', '然后',
  '因此', '所以', '为此', '同时', '此外', '另外', '其中', '而且', '并且', '特别是', '尤其是', '重点是', '但是',
  '当前', '目前', '近期', '今后', '今年', '明年', '下一步', '下步', '下半年', '上半年', '从现在开始', '从现在起',
  '现在', '随后', '总之', '最终', '与此同时', '具体来说', '具体而言', '其次是', '接下来', '今后一个时期', '我们', '咱们',
  '并', '但', '还', '即', '则',
];

/**
 * Words before a unit list that make the list the actor even without a following cue:
 * 希望各单位互学互比, 请各部门…, 由X负责, 已安排相关部门抓紧解决, 责成X, 要求X, 会同X.
 */
export const ACTOR_INTRODUCERS: readonly string[] = [
  '希望', '请', '由', '责成', '已安排', '安排', '要求', '会同', '汇同', '联合', '并请', '恳请', '交由', '委托',
];

/** An adverbial of circumstance before the actor: 特殊情况下厅局共同赴现场…, 在此前提下… */
export const CIRCUMSTANCE_OPENER = /^[\u4e00-\u9fff]{0,6}(?:情况下|条件下|前提下|背景下)/;

/**
 * Directive cues: after a unit list, one of these (possibly after a short adverbial) makes the list responsible.
 * 要 is checked separately against NOT_DIRECTIVE_YAO so that 要求 / 主要 / 重要 do not count.
 */
export const DIRECTIVE_CUES: readonly string[] = [
  '要', '必须', '务必', '负责', '牵头', '配合', '协助', '将', '应当', '应该', '应', '需', '一定', '不得', '不能',
  '不要', '切实', '抓紧', '尽快', '定期', '及时', '积极', '全力', '共同', '统筹', '进一步', '认真', '加强', '加快',
  '强化', '做好', '抓好', '落实', '对', '会同', '汇同', '联合', '牵头', '按照', '根据', '立即', '马上', '迅速',
  '继续', '严格', '全面', '着力', '主动', '负总责', '统一', '做到', '确保', '力争', '承担',
];

/** Cues that are adverbs: before …的 + noun they describe a noun phrase (政府积极推动的技术创新体系), not an order. */
export const ADVERB_CUES: readonly string[] = [
  '积极', '全力', '共同', '切实', '认真', '及时', '定期', '进一步', '统筹', '严格', '全面', '着力', '主动', '继续',
  '立即', '迅速', '尽快', '抓紧', '马上',
];

/** Cues strong enough to be found after an adverbial (建设单位在征地拆迁问题上要主动出击). */
export const STRONG_CUES: readonly string[] = ['要', '必须', '务必', '将', '应当', '应该', '一定', '不得', '负责', '牵头', '配合'];

/** Adverbs that may sit between a unit list and its cue (各单位都要, 企业也要). */
export const CUE_ADVERBS: readonly string[] = ['也', '都', '还', '就', '均', '更', '必须', '务必', '一律', '要'];

/** 要 inside these words is not a directive. The first list: 要 + next char; the second: previous char + 要. */
export const NOT_DIRECTIVE_YAO_NEXT: readonly string[] = ['求', '素', '点', '害', '件', '闻', '务', '地', '员', '领', '约', '职', '案'];
export const NOT_DIRECTIVE_YAO_PREV: readonly string[] = ['主', '重', '需', '只', '必', '想', '首', '纲', '摘', '简', '扼', '紧', '机', '提', '政', '不'];

/** A list that is immediately followed by one of these was reported, not assigned (县政府办通报了…). */
export const REPORT_VERBS: readonly string[] = [
  '通报', '汇报', '介绍', '表态', '作了', '分别', '参观', '出台', '决定', '研究', '听取', '强调', '指出', '认为',
  '高度重视', '始终', '多次', '专程', '先后', '提出', '表示', '曾', '已', '已经', '召开', '印发', '发布', '同意',
];

/** Marks of a past or reported action; a cue after one of these does not assign anything. */
export const PAST_MARKS: readonly string[] = ['了', '已', '曾', '过'];

/** Words that, after the list, name the people of the units; the list still counts (各乡镇主要领导要…). */
export const ROLE_TAILS: readonly string[] = [
  '主要负责同志', '主要负责人', '主要领导', '分管领导', '负责同志', '负责人', '“一把手”', '"一把手"', '一把手',
  '班子成员', '领导班子', '党政主要领导',
];

/** People and roles: never a unit, but they may sit inside a list of units (各包保领导及包保部门). */
export const PERSON_ENDINGS: readonly string[] = [
  '长', '书记', '领导', '干部', '同志', '群众', '人员', '负责人', '主任', '经理', '代表', '职工', '一把手', '上下',
  '员', '专家', '人才', '同事', '大家', '我们', '你们', '各位', '班子', '自己', '老板', '企业家', '农民', '居民',
  '市民', '村民', '家', '者', '主席',
];

/** A list starting with one of these describes or criticises, it does not assign (个别执法部门…, 有些部门…). */
export const NOT_ACTOR_PREFIXES: readonly string[] = [
  '个别', '部分', '一些', '有的', '有些', '少数', '其他', '其它', '多数', '大部分', '与', '我', '在',
  // a name does not start with a verb or a preposition (感谢县公安局…, 向省发改委…)
  '感谢', '谢谢', '欢迎', '祝贺', '学习', '借鉴', '向', '为', '给', '把', '被', '让', '使', '据', '从', '因', '于',
  '至', '或', '并', '而', '但', '如', '若', '即', '也', '还', '又', '再', '更', '最', '很', '就', '才', '已', '曾',
  '将', '要', '需', '跟', '同', '对', '以', '当',
];

/**
 * Openers of hearsay in a news report (据了解, 省委将于下月…): the sentence passes on what others do or will do,
 * it assigns nothing to anyone.
 */
export const HEARSAY_OPENERS: readonly string[] = ['据了解', '据悉', '据介绍', '据报道', '据统计', '记者了解到', '记者获悉', '获悉'];

/** Placeholders standing for a name's characters in a template speech (国网××供电公司, XX农业开发公司). */
export const NAME_PLACEHOLDER = /[×X]{1,4}|\*{2,4}/g;

/** Openers of a past or reporting sentence: a weak cue (积极, 加快) in such a sentence assigns nothing. */
export const PAST_OPENERS: readonly string[] = ['去年', '过去', '以来', '近年', '前不久', '此前', '曾经', '刚才', '上个月', '上月', '上周', '昨天', '前期'];

/** Prefixes of higher authorities whose announced actions are reported for information, not assigned. */
export const HIGHER_AUTHORITY_PREFIXES: readonly string[] = ['国务院', '党中央', '中央', '国家', '全国', '中共中央'];

/**
 * Ministries and central departments: higher authorities, never a speech's responsible unit (交通运输部将…).
 * Other names of three or more characters ending in 部 are departments (财务部, 安全环保部).
 */
export const MINISTRIES: readonly string[] = [
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '工信部', '公安部', '国家安全部', '民政部', '司法部',
  '财政部', '人力资源和社会保障部', '人社部', '自然资源部', '生态环境部', '住房和城乡建设部', '住建部', '交通运输部',
  '水利部', '农业农村部', '农业部', '商务部', '文化和旅游部', '文旅部', '退役军人事务部', '应急管理部', '中宣部', '中组部',
  '中联部', '统战部', '铁道部', '卫生部', '文化部', '建设部', '交通部', '国土资源部', '环境保护部', '环保部', '监察部',
];

/** A name ending in 部 needs one of these local prefixes, or it is a ministry (交通运输部将…). */
export const LOCAL_PREFIXES: readonly string[] = ['省', '市', '县', '区', '州', '乡', '镇', '旗', '盟', '厅', '局', '项目', '工程'];

/** Separators inside a list of units. 、 and , always split; 和 及 与 以及 split only between complete names. */
export const HARD_SEPARATORS: readonly string[] = ['、', ','];
export const SOFT_SEPARATORS: readonly string[] = ['以及', '、以及', '及', '和', '与', '同'];

/** Task-list fields whose value is a list of units (责任单位:A、B;配合单位:C). */
export const UNIT_FIELD_LABELS: readonly string[] = [
  '责任单位', '牵头单位', '配合单位', '协办单位', '主办单位', '参与单位', '责任部门', '牵头部门', '配合部门',
  '协办部门', '主责单位', '责任主体', '承办单位', '实施单位', '参加单位', '协同单位', '支持单位',
];

/** Endings of a bracket that assigns work in a task list: 〔省财政厅牵头,省审计厅等按职责分工负责〕, (省税务局负责). */
export const BRACKET_ROLE_ENDINGS: readonly string[] = [
  '按职责分工负责', '按职责分工落实', '按职能分工负责', '按职责负责', '分工负责', '共同负责', '按职责落实',
  '负总责', '负责', '牵头', '配合', '参与', '协助', '落实',
];

/** After 等, a descriptive head that closes a list without being a unit itself (…等生产情况较好的企业, 等省级相关部门). */
export const ETC_HEADS: readonly string[] = ['部门', '单位', '企业', '机构', '乡镇', '公司', '组织', '机关'];

/** Text that may follow the last name of a list: a cue, an adverb, a role, an adverbial opener or punctuation. */
export const LIST_BOUNDARY_STARTS: readonly string[] = [
  '、', ',', ':', ';', '。', '!', '?', '\n', '(', ')', '〔', '〕', '“', '"', '等', '和', '及', '与', '以及', '同',
  '在', '从', '于', '对', '为', '把', '将', '要', '也', '都', '还', '就', '均', '更', '必须', '务必', '一定', '一律',
  '主要', '分管', '负责', '牵头', '配合', '协助', '会同', '汇同', '联合', '共同', '定期', '及时', '积极', '全力', '切实',
  '抓紧', '尽快', '进一步', '认真', '加强', '加快', '强化', '做好', '抓好', '落实', '按照', '根据', '立即', '迅速',
  '继续', '严格', '全面', '着力', '主动', '不得', '不能', '不要', '应', '需', '明年', '今年', '年度', '当年', '近期',
  '一把手', '班子', '党政', '通报', '汇报', '作', '分别', '统筹', '组织', '抽调', '督促', '确保', '力争', '承担', '不仅',
  '来说', '一起', '至少', '不少于', '不低于',
];

/**
 * Words that never occur inside a unit name: verbs whose object is not the actor (督促 指导 引导 鼓励 支持 帮助
 * 协调 动员 调动 带动), report verbs and function words. A candidate name containing one is not a name.
 */
export const NOT_IN_NAME: readonly string[] = [
  '督促', '指导', '引导', '鼓励', '支持', '帮助', '协调', '动员', '调动', '带动', '强化', '加强', '推动', '推进',
  '参观', '决定', '表明', '作为', '召开', '积极', '全面', '带队', '要求', '通报', '汇报', '组织', '落实', '配合',
  '负责', '牵头', '了', '将', '是', '把', '被', '让', '使', '向', '给', '跟', '按照', '根据', '围绕', '通过',
  '进行', '开展', '提出', '强调', '做好', '抓好', '确保', '力争', '发挥', '完成', '实现', '加快', '深化', '进一步',
  '我', '你', '他', '其', '这', '那', '哪', '该', '什么', '如果', '只有', '没有', '不', '未', '项目由', '工程由', '工作由',
];

/** Verbs that may also name an office's duty right before its suffix: 组织部门, 项目推进办, 协调办, 督导组. */
export const DUTY_WORDS: readonly string[] = ['组织', '推进', '督查', '协调', '指导', '督导', '宣传', '招商', '执法', '监管', '统计', '服务'];

/** A clause criticising its subject (各项目单位对统计工作不重视) does not assign anything to it. */
export const CRITICISM_MARKS: readonly string[] = ['不重视', '不够', '不力', '不足', '不到位', '不高', '不强', '滞后', '缓慢', '存在', '未能', '没有', '推诿', '不管不问'];

/**
 * Administrative levels, highest first: the prefix of a body's name and the words by which a speech names its own
 * territory (全市, 我县). The speech's own level is the one it names most; a body of a higher level that "will" do
 * something (省爱卫办将于下半年开展暗访, in a city's speech) is reported for information, not assigned.
 */
export const LEVELS: ReadonlyArray<{ rank: number; prefixes: readonly string[]; scopes: readonly string[] }> = [
  { rank: 4, prefixes: ['省'], scopes: ['全省', '我省'] },
  { rank: 3, prefixes: ['市'], scopes: ['全市', '我市'] },
  { rank: 2, prefixes: ['县', '区'], scopes: ['全县', '我县', '全区', '我区'] },
  { rank: 1, prefixes: ['镇', '乡', '街道'], scopes: ['全镇', '我镇', '全乡', '我乡', '全街道', '我们街道', '本街道'] },
];
