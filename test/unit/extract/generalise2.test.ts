// Sentences for the rules added from the second set of held-out texts (test/fixtures/corpus2), each checked by
// hand against corpus/GUIDELINES.md. They are not copied from those texts; one or two per rule.
import { describe, expect, test } from 'vitest';
// These sentences check the rule finders (rules.ts), which the trained labeller reads as evidence: extractByRules.
import { extractByRules as extract } from '../../../lib/extract/index';

const of = (type: 'unit' | 'deadline' | 'target', text: string) =>
  extract(text, { referenceDate: '2024-03-01' }).spans.filter((s) => s.type === type).map((s) => s.text);

describe('flattened task tables (cells separated by tabs, ideographic spaces or runs of spaces)', () => {
  const table = [
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
    '1\t新增城镇就业1200人\t区人社局\t各街道\t2024年12月底',
    '2\t推进老旧管网更新改造\t区住建局\t区财政局、区城管局\t持续推进',
    '3　创建省级示范社区3个　区民政局　各街道、各社区　2024年第三季度',
  ].join('\n');
  test('unit cells are unit fields', () => {
    expect(of('unit', table)).toEqual(['区人社局', '各街道', '区住建局', '区财政局', '区城管局', '区民政局', '各街道', '各社区']);
  });
  test('time cells are deadlines, ongoing ones included', () => {
    expect(of('deadline', table)).toEqual(['2024年12月底', '持续推进', '2024年第三季度']);
  });
  test('task cells hold the targets, read within the cell', () => {
    expect(of('target', table)).toEqual(['新增城镇就业1200人', '创建省级示范社区3个']);
  });
  test('a cell wrapped onto the next line still completes its row', () => {
    const wrapped = '工作任务  责任单位  完成时限\n新建村级活动场所5个  县委组织\n部、各乡镇  2024年10月底前';
    expect(of('deadline', wrapped)).toEqual(['2024年10月底前']);
    expect(of('unit', wrapped)).toEqual(['各乡镇']);
  });
  test('a header label outside the lists is read by its keyword (具体目标, 完成时间节点)', () => {
    const t = '序号  重点任务  具体目标  牵头单位  完成时间节点\n1  扬尘治理  工地洒水覆盖率达到100%  区住建局  2024年12月底';
    expect(of('unit', t)).toEqual(['区住建局']);
    expect(of('deadline', t)).toEqual(['2024年12月底']);
    expect(of('target', t)).toEqual(['工地洒水覆盖率达到100%']);
  });
  test('a line of gap-separated words without a header is no table', () => {
    expect(of('unit', '县发改局\t县统计局\t2024年12月底')).toEqual([]);
  });
  test('in a task table document, a sentence on a past year reports', () => {
    const doc = `2022年，县政府确定的30项任务中，按期完成28项。\n${table}`;
    expect(of('target', doc)).toEqual(['新增城镇就业1200人', '创建省级示范社区3个']);
  });
});

describe('units', () => {
  test.each([
    // community and school-system bodies
    ['阳光社区、新华社区要在本周内完成入户摸排。', ['阳光社区', '新华社区']],
    ['基教股要会同县一中制定分层教学方案。', ['基教股', '县一中']],
    ['各初中、职业中专要严格落实晨午检制度。', ['各初中', '职业中专']],
    // a modal right after the list orders it, whatever the clause goes on to criticise
    ['区纪委监委要对推诿扯皮、不作为的严肃问责。', ['区纪委监委']],
    // a deadline right after the list sets its work
    ['各乡镇每日17时前向县防火办报送火情。', ['各乡镇']],
    ['各村5月底前完成自建房排查。', ['各村']],
    // a body named before its own project
    ['县妇幼保健院迁建工程要在9月底前完成主体施工。', ['县妇幼保健院']],
    // a body of the speech's own level that will act is committed
    ['全市上下要狠抓落实。全市项目建设要提速。市政府将把项目建设纳入考核。', ['市政府']],
  ])('%s', (text, expected) => {
    expect(of('unit', text)).toEqual(expected);
  });
  test.each([
    // a numbered heading is a whole line: the reporting sentence after it stays a report
    '一、认清形势,切实增强做好防汛工作的责任感和紧迫感\n今年以来,在县委、县政府的坚强领导下,全县各级各部门认真落实防汛责任制,未发生人员伤亡。',
    // a list that a deadline follows in a reporting sentence
    '去年各乡镇6月底前完成了排查。',
    // in a city's speech, what a provincial body will do is reported for information
    '全市各级要高度重视。全市卫生系统要做好准备。省卫健委将于下半年开展暗访。',
    // a project of a body, reported
    '县人民医院新院区项目去年已经建成。',
  ])('no unit: %s', (text) => {
    expect(of('unit', text)).toEqual([]);
  });
});

describe('deadlines', () => {
  test.each([
    // a daily reporting time, a time per term
    ['各村要每天上午9时前报告雨情。', ['每天上午9时前']],
    ['教研室要每学期开展一次质量分析。', ['每学期']],
    // 汛前 is an event deadline in itself
    ['水利站要在汛前完成病险水库除险加固。', ['汛前']],
    // a quarter opening a clause with a planned figure, after a directive
    ['县人社局要建立用工专员制度,一季度帮助企业招工1500人以上。', ['一季度']],
  ])('%s', (text, expected) => {
    expect(of('deadline', text)).toEqual(expected);
  });
  test.each([
    // now, described
    '今天是春节后上班的第一天,我们召开这次会议。',
    // a time described, not set
    '三季度是全年工作的关键期,各部门要抓紧推进。',
    // 前 inside 前期
    '要做好防汛前期准备工作。',
  ])('no deadline: %s', (text) => {
    expect(of('deadline', text)).toEqual([]);
  });
});

describe('targets', () => {
  test.each([
    // a named goal called a goal with a word between (“三零”服务目标), or a longer quoted goal
    ['县供电公司要简化报装流程,实现“三零”服务目标。', ['“三零”']],
    ['今冬明春要确保实现"不发生重大森林火灾、不发生人员伤亡"的目标。', ['"不发生重大森林火灾、不发生人员伤亡"']],
    // a goal verb before the quote after a target in the sentence, or with a deadline in the clause
    ['力争新开工项目数达到年度计划的60%,确保实现“双过半”。', ['新开工项目数达到年度计划的60%', '“双过半”']],
    ['各单位要9月底前实现“动态清零”。', ['“动态清零”']],
    // a zero state demanded in its clause, with its topic; the scope word 全镇 left out
    ['希望各村确保全镇安全生产"零事故"。', ['安全生产"零事故"']],
    // 做到 sets the standard; test scores
    ['对背街小巷开展全面清理,做到保洁达标率100%。', ['保洁达标率100%']],
    ['各初中要扎实做好备考工作,力争中考平均分再提高8分。', ['中考平均分再提高8分']],
    // a state without a figure after 实现, in a clause that sets it
    ['各县卫健局要牵头推进,年底前实现县域医共体建设全覆盖。', ['县域医共体建设全覆盖']],
    // 预期 in 人均预期寿命 is an indicator's name; in a goal list the value is a target
    ['今年的主要目标是:人均预期寿命提高0.2岁。', ['人均预期寿命提高0.2岁']],
    // 明确提出 states the goals of the clauses after it
    ['今年县政府工作报告明确提出,地区生产总值增长6%以上,城镇新增就业3000人。', ['地区生产总值增长6%以上', '城镇新增就业3000人']],
  ])('%s', (text, expected) => {
    expect(of('target', text)).toEqual(expected);
  });
  test.each([
    // an era label called a goal
    '完成“十四五”规划目标是法定任务。',
    // a figure after 对 counts whom an action reaches
    '区工信局要对38家产值下降企业逐一“把脉问诊”。',
    // 人均预期寿命 reported; a state reached, reported
    '全市人均预期寿命达到78.9岁,优于全省平均水平。',
    '去年全市实现了县域医共体建设全覆盖。',
  ])('no target: %s', (text) => {
    expect(of('target', text)).toEqual([]);
  });
});

describe('a count after a list of examples (lexicon/targets.ts LIST_COUNT_VERBS)', () => {
  test.each([
    // the clause opens on an action: the count after 等 and its noun, without the action after it
    ['今年要续建城东至城西、北环等3条快速路,确保年底通车。', ['3条快速路']],
    ['推进城南片区、高铁新城等12个重点片区建设。', ['12个重点片区']],
    // two lists in one clause, cut at 、
    ['加快城北等4个物流园、河西等2个冷链基地建设。', ['4个物流园', '2个冷链基地']],
  ])('%s', (text, expected) => {
    expect(of('target', text)).toEqual(expected);
  });
  test.each([
    // a visit reported, a list as the subject, a count in words
    '与会同志参观了城南片区等4家企业。',
    '城南片区、高铁新城等6个项目存在用地问题。',
    '要推进就业、社保等八个方面的工作。',
  ])('no target: %s', (text) => {
    expect(of('target', text)).toEqual([]);
  });
});
