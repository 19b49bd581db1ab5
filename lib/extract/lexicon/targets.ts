// What the engine knows about targets (目标/指标). Data only; the matching code is ../targets.ts.
// Entries are in the folded form the engine matches on: ASCII punctuation , : ; ( ) % and no spaces.

/**
 * Words stripped from the start of a target: modal words (要, 力争, 确保, 努力, 计划), plan verbs that only
 * introduce it (安排, 确定), time words and the speaking subject (今年, 全年计划, 我市共安排). Not the scope of
 * the indicator: 全省城镇新增就业38万人 keeps 全省 (21 of 21 such targets in corpus/real/ start with it).
 */
export const LEADING_WORDS: readonly string[] = [
  '今年计划', '全年计划', '年度计划', '明年计划', '今年', '全年', '明年', '当年', '年内', '本年', '今后', '其中',
  '特别是', '尤其是', '同时', '另外', '此外', '并', '而且', '我市', '我县', '我区', '我省', '我局', '我们', '共',
  '都要有', '要有', '都要', '也要', '还要', '一定要', '要', '力争', '确保', '努力', '计划', '争取实现', '争取达到', '力促', '力求',
  '务必', '必须', '坚决', '全力', '将', '预计', '拟', '确定', '安排', '实现', '达到目标', '占', '切实', '进一步',
  '奋力', '全面', '积极', '着力', '重点', '围绕', '做到', '按照',
];

/**
 * The whole area an indicator covers (全省城镇新增就业38万人): part of the target, unless a leading word follows it
 * (全县要新建公厕50座, 全镇共安排重点项目18个), where it is the subject and left out with that word.
 */
export const AREA_WORDS: readonly string[] = ['全县', '全市', '全区', '全省', '全镇', '全乡', '全局'];

/** 重点 is a lead word (重点抓好…) only before one of these verbs; before a noun it is part of the indicator. */
export const FOCUS_VERBS: readonly string[] = [
  '抓好', '抓', '推进', '实施', '建设', '支持', '发展', '打造', '培育', '做好', '完成', '围绕', '解决', '开展', '突破',
  '加强', '推动', '保障', '聚焦', '引进', '扶持', '提升', '实现',
];

/** A clause holding one of these sets, plans or demands something. 要 is checked against NOT_PLAN_YAO. */
export const PLAN_CUES: readonly string[] = [
  '要', '力争', '确保', '努力', '计划', '目标', '预期', '争取', '安排', '确定', '将', '必须', '务必', '力促', '力求',
  '预计', '拟', '不低于', '不少于', '至少',
  // 做到背街小巷保洁达标率100%: the standard an order sets
  '做到',
];

/**
 * A clause opening with a time ahead (今年全镇粮食播种面积稳定在4.2万亩) sets a plan when it holds one of the
 * level verbs below and no report mark.
 */
export const AHEAD_OPENERS: readonly string[] = ['今年', '明年', '全年'];
export const LEVEL_VERBS: readonly string[] = ['稳定在', '控制在', '保持在', '提高到', '提升到', '达到', '不低于', '不少于', '突破'];

/** Sentences passing on statistics or hearsay (据统计,今年全市共安排…): their figures are reported, not set. */
export const STATISTICS_OPENERS: readonly string[] = ['据统计', '据初步统计', '据了解', '据悉', '据介绍', '经统计'];

/** A horizon year also sets a plan: 到2025年,森林覆盖率达到50%. */
export const PLAN_HORIZON = /到(?:\d{4}|20[xX×]{2})年/;

/** Directive modals whose scope runs on through the later clauses of the sentence (X要加大投入,年内新建…10个). */
export const SENTENCE_MODALS: readonly string[] = ['要', '必须', '务必', '力争', '确保', '争取', '明确提出'];

/** 要 inside these words is not a demand: 要 + next char, previous char + 要. */
export const NOT_PLAN_YAO_NEXT: readonly string[] = ['求', '素', '点', '害', '件', '闻', '务', '地'];
export const NOT_PLAN_YAO_PREV: readonly string[] = ['主', '重', '需', '只', '必', '想', '首', '纲', '摘', '简', '紧'];

/** 计划 is a noun, not a plan, before these (占年计划的35.5, 完成年度计划的13.4%) and after these (按计划). */
export const NOT_PLAN_JIHUA_NEXT: readonly string[] = ['的', '进度', '任务', '盘子', '目标'];
export const NOT_PLAN_JIHUA_PREV: readonly string[] = ['按', '原', '照'];

/** 目标 before a share is progress, not a plan: 完成年度目标的27.5%. */
export const PROGRESS_AFTER_GOAL = /^的[0-9xX×.]/;

/**
 * Plan verbs right before a count whose noun runs to the clause end (完成20条道路改造, 新建15所学校): the count and
 * its noun are the target.
 */
export const COUNT_PLAN_VERBS: readonly string[] = ['完成', '新建', '建成', '实施', '新增', '引进', '培育', '打造', '创建', '改造', '筹集'];

/**
 * Verbs that open a clause naming projects by example and then their number (推进丽泽商务区等13个轨道微中心规划实施,
 * 续建黄桶至百色、合浦至湛江等7个铁路项目): the count after 等 and its noun are the target. In corpus/ such a count
 * after 等 is a gold target in 12 of 30 places (8 documents), and every one of the 12 follows one of these verbs;
 * the other 18 follow none (参观了陕西银矿等4户企业, 盘龙公司等5户企业代表作了交流发言) or count in words (等八个方面).
 */
export const LIST_COUNT_VERBS: readonly string[] = [
  ...COUNT_PLAN_VERBS, '推进', '推动', '续建', '加快', '布局实施', '建设', '新组建', '组建', '开工', '启动',
];

/** What a project list's count ends before (…等5个国家骨干冷链物流基地建设): the action on it, not its noun. */
export const LIST_COUNT_TAILS: readonly string[] = ['规划实施', '建设', '实施'];

/**
 * Marks of a report: figures in a clause holding one (or after one earlier in the sentence, without a plan cue
 * of their own) were achieved, not set. 同比 is overridden by 目标 in the same clause (同比下降4的目标).
 */
export const REPORT_CUES: readonly string[] = [
  '截止', '截至', '至目前', '目前', '累计', '同比', '实际', '已', '了', '比去年', '较去年', '去年', '上年', '以来',
  '仅', '还有', '只有', '不到', '低于', '高于', '未', '共完成', '实现了', '完成了', '达到了', '为期', '同期', '环比',
  '共有', '现有', '拥有', '总计', '合计', '共计', '缺口', '欠产', '下欠', '减少产值', '先后',
];

/** 要 before these is about seeing, not doing (要清醒地看到…): it does not make a plan. */
export const PERCEPTION_AFTER_YAO: readonly string[] = ['看到', '认识到', '清醒', '明白', '知道', '承认', '注意到', '意识到', '看清'];

/** Month ranges that open a report: 1-7月, 1—5月份, 元至×月份. */
export const REPORT_PERIOD = /(?:\d{1,2}|[xX×]{1,2}|元)[-~至—](?:\d{1,2}|[xX×]{1,2})月/;

/** Unit words of a value. The value pattern in ../targets.ts is built from these, longest first. */
export const VALUE_UNITS: readonly string[] = [
  '微克/立方米', '个百分点', '个工作日', '百分点', '平方公里', '平方米', '立方米', '万千瓦', '千瓦时', '亿元', '万元',
  '千元', '元', '万亩', '公斤', '千克', '毫克', '微克', '万人次', '标准亩', '公顷', '吨标准煤',
  '%', '个', '项', '家', '户', '人', '公里', '千米', '米', '吨', '亩', '千瓦', '兆瓦', '天', '所', '座', '套', '台',
  '件', '条', '批', '倍', '辆', '间', '张', '名', '次', '处', '宗', '万人', '人次', '年', '个月', '小时', '分钟',
  '斤', '头', '只', '‰', '岁',
  // test scores: 中考全县平均分再提高10分
  '分',
];
/** Magnitudes between the number and its unit: 80多亿元, 2万余亩. */
export const VALUE_MAGNITUDES: readonly string[] = ['万', '亿', '千', '百'];
/** Qualifiers after a value: 左右, 以上, 以内 … */
export const VALUE_QUALIFIERS: readonly string[] = ['及以上', '及以下', '以上', '以内', '以下', '左右', '之内', '多', '余'];

/** Units that do not make a target on their own: a year (2023年) is a date, a 次 or 年 is rarely a goal. */
export const WEAK_UNITS: readonly string[] = ['年', '次', '名', '处', '张', '间'];

/** Verbs right before a bare number that make it a value (同比下降4). */
export const INDICATOR_VERBS: readonly string[] = [
  '增长', '下降', '降低', '提高到', '提高', '提升到', '提升', '达到', '控制在', '超过', '突破', '减少', '压减至',
  '压减为', '压减到', '缩短至', '缩短到', '增加', '增至', '保持在', '不低于', '不少于', '至少', '降至', '降到',
  '压缩至', '压缩到', '压缩为', '减至', '控制到', '以内', '稳定在', '达', '超',
];

/** After a value, these close a target (超额完成260亿元的目标任务, 850亿投资任务). */
export const TASK_TAILS: readonly string[] = ['的目标任务', '的任务目标', '目标任务', '投资任务', '的任务'];

/** Units that count things: only these may open a counted target (50个重点项目); 100万吨炼钢项目 is a project's name. */
export const COUNT_UNITS: readonly string[] = ['个', '项', '家', '户', '座', '所', '条', '批', '套', '台', '件'];

/** Time units: a duration (大干100天) is a target only with an indicator verb (办理时间压减至20个工作日以内). */
export const TIME_UNITS: readonly string[] = ['天', '个工作日', '工作日', '个月', '年', '小时', '分钟'];

/** Heads of a counted quantity (167个基本项目, 850亿投资任务): a count followed by a short noun ending in one. */
export const COUNT_HEADS: readonly string[] = ['项目', '任务', '企业', '工程'];

/** Words that open a minimum (至少2个项目进入开工计划): the target runs from them to the clause end. */
export const MINIMUM_WORDS: readonly string[] = ['至少', '不少于', '不低于'];

/** A clause starting with one of these durations names the period, not the target (剩余4个月平均每月…). */
export const DURATION_PREFIX = /^(?:剩余|剩下|在后|最后|后)(?:\d{1,3}|[一二三四五六七八九十]{1,2})个月(?:里|内|中)?/;

/** Named goals: a quoted phrase the text calls a goal or task. Verbs before it, words after it. */
export const NAMED_GOAL_VERBS: readonly string[] = ['完成', '实现', '达到', '拼抢', '确保', '力争', '夺取', '争创', '创建'];
export const NAMED_GOAL_AFTER = /^(?:的)?(?:目标|任务)|^(?:和|以及|及|、)[^,;。:]{0,16}(?:目标|任务)/;
export const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [['“', '”'], ['"', '"'], ['「', '」'], ['‘', '’']];
/** Verbs after which the short topic before a named goal belongs to it (实现安全生产“零事故”的目标). */
export const NAMED_GOAL_TOPIC_VERBS: readonly string[] = ['实现', '达到', '确保'];

/**
 * An item of a goal list without a figure must still name a checkable state (保持同步, 控制在…以内, 快于…);
 * a slogan (让人民群众过上更加美好的生活, 高质量发展态势加快恢复呈现) is not a target.
 */
export const GOAL_STATE_WORDS: readonly string[] = [
  '增长', '下降', '提高', '降低', '保持', '同步', '控制', '以内', '以上', '以下', '左右', '达到', '完成', '快于', '慢于',
  '高于', '低于', '稳定在', '零', '不低于', '不超过', '不少于', '持平', '%', '进入', '前列',
];

/** A list of targets follows one of these (主要预期目标是: …; …; …。). */
export const TARGET_LIST_HEAD = /目标(?:是|为|如下)?:$|任务(?:是|为):$/;

/** A section of numbered goals in a task list (一、主要预期目标 1.… 2.…) runs from this heading to the next 二、. */
export const GOAL_SECTION_HEAD = /[一二三四五六七八九十]、[^\n。,;]{0,10}(?:预期目标|主要目标|目标任务|发展目标)/;
export const SECTION_HEAD = /[一二三四五六七八九十]、/;

/** Task-list documents (分工方案, 目标任务分解): every numbered item is a plan. Recognised by these fields. */
export const TASK_LIST_MARKERS = /责任单位:|牵头单位:|配合单位:|按职责分工负责|牵头,|负责\)|负责〕/g;

/**
 * Endings of a checkable state without a figure (县域医共体建设全覆盖, 欠款清零): after 实现 / 达到 in a clause that sets
 * something, the state from the verb to the clause end is a target.
 */
export const STATE_GOAL_ENDINGS: readonly string[] = ['全覆盖', '清零', '全达标', '全部达标', '应改尽改'];
export const STATE_GOAL_VERBS: readonly string[] = ['实现', '达到'];

/**
 * Words of a checkable end state (消除黑臭水体, 实现高校全覆盖, 不发生亡人火灾事故): a clause part holding one and no
 * figure is asked about as a target by figure-parts.ts, whose trained model decides (most such parts are not).
 */
export const PART_STATE_WORDS: readonly string[] = ['全覆盖', '消除', '清零', '全部', '达到', '实现', '基本建成', '不发生', '零'];

/** Units of a figure in a clause part (figure-parts.ts): the value units, and counts of events and kinds (演出100场, 21种). */
export const PART_UNITS: readonly string[] = [...VALUE_UNITS, '％', '场', '种'];
