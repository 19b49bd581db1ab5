// What the engine knows about deadlines (完成时限), as data. The matching code is lib/extract/deadlines.ts.
// Lists of alternatives are tried longest first, so order inside a list does not matter.

/** Words kept in front of a deadline: they are part of the expression (最迟3月上旬, 从现在一直到年底). */
export const DEADLINE_LEADS = [
  '最迟',
  '最晚',
  '不晚于',
  '不迟于',
  '从现在起一直到',
  '从现在开始一直到',
  '从现在一直到',
  '从现在到',
  '从现在至',
  '从现在起到',
];

/** Relative year words in front of a date, and their offset from the reference year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  本年度: 0,
  明年: 1,
  次年: 1,
  来年: 1,
};

/** Relative month words; they need a part after them (本月底, 下月上旬), a bare 本月 is only a vague time. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  本月: 0,
  当月: 0,
  下月: 1,
  下个月: 1,
  次月: 1,
};

/** Part of a month and the day it ends on ('last' = the month's last day). */
export const MONTH_PARTS: Readonly<Record<string, number | 'last'>> = {
  上旬: 10,
  中旬: 20,
  下旬: 'last',
  初: 5,
  底: 'last',
  末: 'last',
};

/** Parts of a year and the month-day they end on. 年内 and 年底 end the year; 上半年 and 年中 end June. */
export const YEAR_PARTS: Readonly<Record<string, string>> = {
  年底: '12-31',
  年末: '12-31',
  年内: '12-31',
  年中: '06-30',
  上半年: '06-30',
  下半年: '12-31',
  年初: '01-05',
};

/** The same parts when they follow an explicit year (2021年底, 2025年上半年): the 年 is already written. */
export const EXPLICIT_YEAR_PARTS: Readonly<Record<string, string>> = {
  底: '12-31',
  末: '12-31',
  内: '12-31',
  年底: '12-31',
  年末: '12-31',
  上半年: '06-30',
  下半年: '12-31',
  年中: '06-30',
  初: '01-05',
};

/** Period words that name a stretch of time rather than a point; alone they are deadlines only next to a directive. */
export const WEAK_YEAR_PARTS = ['年内', '年中', '上半年', '下半年', '年初'];

/** Quarter numerals. A quarter ends on the last day of its third month. */
export const QUARTER_NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/**
 * Festivals: fixed Gregorian days, lunar dates (converted by the official lunar calendar in ../lunar.ts), or a solar
 * term (清明). With 前 they end the day before (春节前: the eve).
 */
export type FestivalRule =
  | { month: number; day: number }
  | { lunar: [month: number, day: number] }
  | { solarTerm: 'pure_brightness'; month: number };
export const FESTIVALS: Readonly<Record<string, FestivalRule>> = {
  元旦: { month: 1, day: 1 },
  元旦节: { month: 1, day: 1 },
  春节: { lunar: [1, 1] },
  正月初一: { lunar: [1, 1] },
  元宵: { lunar: [1, 15] },
  元宵节: { lunar: [1, 15] },
  正月十五: { lunar: [1, 15] },
  清明: { solarTerm: 'pure_brightness', month: 4 },
  清明节: { solarTerm: 'pure_brightness', month: 4 },
  五一: { month: 5, day: 1 },
  劳动节: { month: 5, day: 1 },
  五一劳动节: { month: 5, day: 1 },
  端午: { lunar: [5, 5] },
  端午节: { lunar: [5, 5] },
  中秋: { lunar: [8, 15] },
  中秋节: { lunar: [8, 15] },
  国庆: { month: 10, day: 1 },
  国庆节: { month: 10, day: 1 },
};

/**
 * Particles after the time word that are part of the deadline. 'end' = the task must be done by then,
 * 'start' = from then on (…后). 前/以前/之前 on a day mean "by that day"; on a festival, the day before it.
 */
export const TRAILING_PARTICLES: Readonly<Record<string, 'end' | 'start'>> = {
  前: 'end',
  以前: 'end',
  之前: 'end',
  内: 'end',
  以内: 'end',
  后: 'start',
  以后: 'start',
  之后: 'start',
  起: 'start',
};

/** Units of a recurring deadline after 每 (每月底, 每季度, 每周五). */
export const RECURRING_UNITS = ['月', '季度', '季', '周', '旬', '半月', '半年', '年', '日', '天', '学期'];

/** A time of day after 每日/每天 (每日17时前, 每天上午9时前): the daily reporting time. */
export const DAY_TIME = '(?:上午|下午|晚上|早上|中午)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[时点](?:[0-9０-９]{1,2}分|半)?';

/** After a recurring time, an action done once per period (每年开展一次…, 每季度召开一次…) makes it a schedule. */
export const RECURRING_ONCE_AFTER = /^[^,，;；。:：\n]{0,12}[一1]次/;

/**
 * Events of the working year that a task must precede (汛期前, 秋季开学前, 入冬前). With 前/之前/以前 they are
 * deadlines without a calendar date; alone they name a period (汛期实行24小时值班), not a deadline.
 */
export const EVENT_DEADLINES = [
  '汛期', '主汛期', '汛', '汛前', '入汛', '雨季', '开学', '秋季开学', '春季开学', '新学期开学', '入冬', '冬季来临', '供暖季',
  '采暖季', '供暖', '封冻', '春耕', '春播', '夏收', '秋收', '麦收', '三夏', '秋冬季', '旅游旺季', '年终考核',
];

/** Values of a 完成时限 field that mean "ongoing": they are deadlines only in such a field. */
export const ONGOING_PHRASES = [
  '长期坚持',
  '长期推进',
  '长期实施',
  '持续推进',
  '持续实施',
  '持续开展',
  '持续落实',
  '常态化推进',
  '常态化开展',
  '常态化',
  '长期',
  '持续',
];

/** Labels of the time column/field in a task list; the value after them is a deadline whatever its shape. */
export const DEADLINE_FIELD_LABELS = [
  '完成时限',
  '完成时间',
  '完成期限',
  '办结时限',
  '时限要求',
  '时间要求',
  '时间节点',
  '时序进度',
  '时间进度',
  '进度安排',
];

/**
 * The longest value of a time field read as a deadline whatever its words (完成时限：立即实施, 时间进度：全年工作):
 * GUIDELINES.md counts the value of such a field as the deadline. Longer values are left to the other finders.
 */
export const FIELD_VALUE_MAX = 12;

/** Labels of page chrome and document dates: a date after them on the same line is never a deadline. */
export const PAGE_DATE_LABELS = [
  '上传日期',
  '上传时间',
  '发布日期',
  '发布时间',
  '更新日期',
  '更新时间',
  '成文日期',
  '印发日期',
  '发文日期',
  '签发日期',
  '日期',
  '时间',
];

/**
 * Immediately before a date, these make it a reporting cut-off, a past date or the other end of a range:
 * 截止5月底, 至目前, 去年9月, 1-7月, 2、3月份.
 */
export const NEGATIVE_BEFORE = [
  '截止到',
  '截至到',
  '截止至',
  '截止',
  '截至',
  '至',
  '止',
  '自',
  '从',
  '去年',
  '上年',
  '前年',
  '往年',
  '同期',
  '原计划',
  '以往',
  '比',
  // the time that is now, described, not set (今天是春节后上班的第三天)
  '今天是',
  '现在是',
  '正值',
  '时值',
  '适逢',
];

/** Before a quarter, these make it a reporting period: 前三季度. */
export const QUARTER_NEGATIVE_BEFORE = ['前'];

/**
 * Characters joining the two ends of a range or list (1-7月, 1—5月份, 1~5月, 2、3月份): a date right after one,
 * when a number or date ends right before it, is a range end or a list of past months.
 */
export const RANGE_CONNECTORS = '-—–~～－至到、';

/** Immediately after a date, these make it a past event or a period: 8月5日召开的, 春节期间, 3月以来, 2021年版. */
export const NEGATIVE_AFTER = [
  '以来', '期间', '召开', '举行', '举办', '出台', '印发', '下发', '同比', '环比', '版', '前后',
  // a time described (二季度是…关键期), or 前 inside the word 前期 (防汛前期准备)
  '是', '期',
];

/** Of NEGATIVE_AFTER, the acts that a date with 前 schedules rather than reports (3月底前印发实施). */
export const SCHEDULED_ACTS_AFTER = ['召开', '举行', '举办', '出台', '印发', '下发'];

/** After a weak period word that follows a directive in its sentence, these make it a deadline (…要加快征地,上半年完成…). */
export const WEAK_TRAIL_PLAN_VERBS = ['完成', '实现', '开工', '建成', '竣工', '投产', '出台'];

/**
 * After a date with no particle, these make it a range start or an attribute: 6月至8月, 2月份的3500万元,
 * 8月5日的会议上. With a particle (春节前到岗, 6月底前的任务) they do not count.
 */
export const NEGATIVE_AFTER_BARE = ['至', '到', '比', '的', '-', '—', '–', '~', '～', '－'];

/** Words showing a clause reports what has happened (past events, statistics). */
export const REPORT_CUES = ['了', '已', '已经', '累计', '同比', '环比', '以来', '分别为', '比上年', '比去年', '停产'];

/** Words containing a report cue that do not report anything (为了, 了解, 而已). */
export const REPORT_FALSE_FRIENDS = ['为了', '除了', '了解', '明了', '了如', '不了', '而已', '不已', '了结'];

/** Words showing the speaker sets or demands the action (要, 必须, 确保 …). */
export const DIRECTIVE_CUES = [
  '要',
  '必须',
  '务必',
  '须',
  '确保',
  '力争',
  '争取',
  '力促',
  '抓紧',
  '尽快',
  '应当',
  '应',
  '将',
  '请',
  '希望',
  '限期',
];

/** Words containing a directive cue that direct nothing (重要, 主要, 相应 …). */
export const DIRECTIVE_FALSE_FRIENDS = [
  '重要',
  '主要',
  '纲要',
  '摘要',
  '要素',
  '要点',
  '要闻',
  '扼要',
  '紧要',
  '提要',
  '简要',
  '概要',
  '要害',
  '首要',
  '必要',
  '只要',
  '须知',
  '相应',
  '应用',
  '应急',
  '供应',
  '适应',
  '反应',
  '效应',
  '响应',
  '对应',
  '应对',
  '回应',
  '理应',
  '将来',
  '提出的',
];

/** Directly before a weak period word (上半年, 年内), one of these makes it a deadline: 力争上半年, 确保年内. */
export const WEAK_LEAD_CUES = ['要在', '力争在', '确保在', '争取在', '务必在', '必须在', '力争', '确保', '争取', '务必', '必须', '要', '于', '在'];

/** Directly after a weak period word, one of these makes it a deadline: 年内要…, 上半年全面完成. */
export const WEAK_TRAIL_CUES = ['要', '必须', '务必', '确保', '力争', '全面', '全部', '基本', '至少', '新建', '新增', '建成', '引进'];

/** After a weak period word, these make it an attribute of a noun (确保下半年工作有抓手), not a deadline. */
export const WEAK_ATTRIBUTIVE_AFTER = ['工作', '的', '项目', '任务', '目标', '经济', '计划', '时间', '期间'];

/** 平均每月要完成… is part of a target, not a recurring deadline. */
export const RECURRING_NEGATIVE_BEFORE = ['平均'];

/** Weeks named relative to the reference date, and their offset in weeks (本周五前, 下周一前). */
export const RELATIVE_WEEKS: Readonly<Record<string, number>> = { 本周: 0, 这周: 0, 本星期: 0, 下周: 1, 下星期: 1, 下个星期: 1 };
/** Weekday names after 周/星期, Monday = 1. */
export const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 7 };
/** Units of a span counted from the reference date (10个工作日内, 30日内, 一周内, 3个月内) and their length. */
export const COUNTED_UNITS: Readonly<Record<string, { days: number } | { workingDays: 1 } | { months: number }>> = {
  个工作日: { workingDays: 1 },
  工作日: { workingDays: 1 },
  日: { days: 1 },
  天: { days: 1 },
  周: { days: 7 },
  个星期: { days: 7 },
  星期: { days: 7 },
  个月: { months: 1 },
};
/** Words that end a counted span: 内, 以内, 之内 (30日内). */
export const COUNTED_ENDS = ['以内', '之内', '内'];
/** Words before a counted span that name the meeting or the document it counts from (会后一周内, 通知印发后10日内). */
export const COUNTED_FROM = ['会后', '会议结束后', '本通知印发后', '通知印发后', '印发之日起', '本方案印发之日起', '自即日起', '即日起'];
/**
 * Words before a counted span that make it a past, a duration or a time limit, never a deadline (近30日内,
 * 过去一周内, 办结时间压缩至1个工作日以内 and 控制在35个工作日以内 are targets).
 */
export const COUNTED_NOT_AFTER = ['近', '过去', '最近', '前', '每', '至', '到', '在', '为', '于'];
