// Sentences for the rules added from the held-out texts in test/fixtures/corpus (each checked by hand against
// corpus/GUIDELINES.md). One sentence per rule; the held-out texts themselves are scored in heldout-score.
import { describe, expect, test } from 'vitest';
// These sentences check the rule finders (rules.ts), which the trained labeller reads as evidence: extractByRules.
import { extractByRules as extract } from '../../../lib/extract/index';

const of = (type: 'unit' | 'deadline' | 'target', text: string) =>
  extract(text, { referenceDate: '2024-03-01' }).spans.filter((s) => s.type === type).map((s) => s.text);

describe('units', () => {
  test.each([
    // placeholders inside a name
    ['国网××供电公司、市水务集团要主动对接园区用电用水需求。', ['国网××供电公司', '市水务集团']],
    ['XX农业开发公司要按合同约定完成项目建设。', ['XX农业开发公司']],
    // offices ending in 所 / 站 / 办事处 / 应急办
    ['镇应急办、镇派出所要每月开展一次联合检查。', ['镇应急办', '镇派出所']],
    ['镇水利站要对小型水利设施开展全面排查。', ['镇水利站']],
    ['各站所、各村(社区)要迅速行动起来。', ['各站所', '各村(社区)']],
    ['区住建委要会同各街道办事处完成方案编制。', ['区住建委', '各街道办事处']],
    // a list after 希望 whose clause ends in a person word
    ['希望各乡镇、各部门以对人民群众高度负责的态度抓好落实。', ['各乡镇', '各部门']],
    // 由 introduces the actor; it is not inside a name
    ['高标准农田建设由县农业农村局牵头,县水利局配合。', ['县农业农村局', '县水利局']],
    // a bare place prefix before a line break leaves a whole name after it (PDF debris)
    ['新建污水管网38公里。区\n生态环境分局要加强入河排污口监管。', ['生态环境分局']],
    // a section of an office (…科) in a responsibility bracket
    ['完成薪酬制度改革方案制定。(责任单位:医政医管科、体改科)', ['医政医管科', '体改科']],
    // 作为 + role, then the cue in the next clause, across a line wrapped after a comma (PDF debris)
    ['区城投集团作为实施主体,\n要统筹做好资金筹措。', ['区城投集团']],
    // departments of an enterprise end in 部 without a local prefix
    ['财务部要加强资金集中管控,安全环保部要牵头开展检查。', ['财务部', '安全环保部']],
    ['由区住建委牵头,\n国网××供电公司、区燃气公司配合,同步推进。', ['区住建委', '国网××供电公司', '区燃气公司']],
  ])('%s', (text, expected) => {
    expect(of('unit', text)).toEqual(expected);
  });
  test.each([
    // a duty done and reported (了 after 牵头), a reported partner after 会同
    '去年,区住建委、区城管委牵头完成了28个老旧小区改造。',
    '3月份以来,市发改委会同市住建局、市自然资源局先后开展了3轮集中督导。',
    // hearsay: what a higher body will do on its own
    '据了解,省委、省政府将于下月对各地一季度经济运行情况开展督导。',
    // a fragment of a name cut by a line break inside a list
    '区城管委、区市政园\n林局要按照要求完成整治任务。',
    // words ending in 科 / 站 / 所 that are not offices
    '要加强学科建设,建好充电站。',
    '各类场所要落实防火措施。',
    // a ministry is a higher authority
    '交通运输部将对重点工程开展专项督查。',
  ])('no unit: %s', (text) => {
    expect(of('unit', text)).toEqual([]);
  });
});

describe('deadlines', () => {
  test.each([
    ['县水利局要在汛期前完成病险水库除险加固。', ['汛期前']],
    ['市教育局要会同各区县政府,秋季开学前确保新增学位投入使用。', ['秋季开学前']],
    ['县气象局要加密监测预报,每日向县防汛指挥部报送雨情。', ['每日']],
    ['全面清理涉企收费,每年开展一次涉企收费专项检查。', ['每年']],
    ['市领导每季度召开一次企业家座谈会。', ['每季度']],
    ['对续建项目,要力争明年一季度竣工投产25个。', ['明年一季度']],
    ['区水务局要加快雨污分流改造,年 底 前新建污水管网38公里。', ['年 底 前']],
    ['区生态环境分局要每 月开展一次水质监测。', ['每 月']],
    ['每个部门年内至少引进1个亿元以上项目。', ['年内']],
    ['市生态环境局要牵头制定实施方案,3月底前印发实施。', ['3月底前']],
    ['康养小镇项目要加快征地拆迁,上半年完成征地300亩。', ['上半年']],
  ])('%s', (text, expected) => {
    expect(of('deadline', text)).toEqual(expected);
  });
  test.each([
    '汛期实行24小时值班。',
    '全市每年新增就业岗位3万个。',
    '去年8月召开了全市项目建设推进会。',
    '上半年完成投资12.9亿元,同比增长7.5%。',
  ])('no deadline: %s', (text) => {
    expect(of('deadline', text)).toEqual([]);
  });
});

describe('targets', () => {
  test.each([
    ['今年要确保粮食播种面积稳定在52万亩以上,总产量达到2.8亿斤。', ['粮食播种面积稳定在52万亩以上', '总产量达到2.8亿斤']],
    ['生猪出栏量稳定在60万头左右。责任单位:县畜牧兽医中心。牵头单位:县农业农村局。', ['生猪出栏量稳定在60万头左右']],
    ['市卫健委要推进医共体建设,人口自然增长率控制在3‰以内。', ['人口自然增长率控制在3‰以内']],
    ['主要目标是:人均预期寿命达到79.2岁,孕产妇死亡率控制在10/10万以下。', ['人均预期寿命达到79.2岁', '孕产妇死亡率控制在10/10万以下']],
    ['县消防救援大队要组建抢险突击队,开展不少于2次实战演练。', ['开展不少于2次实战演练']],
    ['确保一季度新开工项目不少于30个。', ['新开工项目不少于30个']],
    ['市城投集团要抓紧实施道路微改造,国庆节前完成20条道路改造。', ['20条道路改造']],
    ['今年的招商任务是:全年新签约亿元以上项目150个,到位市外资金450亿元。', ['新签约亿元以上项目150个', '到位市外资金450亿元']],
    ['今年全镇粮食播种面积稳定在4.2万亩,其中水稻2.1万亩、玉米1.5万亩。', ['全镇粮食播种面积稳定在4.2万亩', '水稻2.1万亩', '玉米1.5万亩']],
    ['普惠小微企业贷款增速不低于各项贷款增速,新增首贷户1000户以上。(市金融办牵头,各银行配合)(市财政局牵头,市税务局配合)', ['新增首贷户1000户以上']],
    ['要紧盯全年目标,确保上半年实现“双过半”。', ['“双过半”']],
    // 重点 before a noun is part of the indicator; a ranking counts in a goal list
    ['今年创文的目标是:测评成绩进入全市前两名,重点点位问题整改率100%。', ['测评成绩进入全市前两名', '重点点位问题整改率100%']],
    ['今年全镇共安排重点项目18个。', ['重点项目18个']],
  ])('%s', (text, expected) => {
    expect(of('target', text)).toEqual(expected);
  });
  test.each([
    '1—3月,全市城镇新增就业1.1万人,完成年度目标的27.5%。',
    '去年以来,市财政局先后争取专项债券资金86亿元。',
    '据统计,今年全市共安排市级重点项目268个,年度计划投资1120亿元。',
    '今年以来,全县粮食播种面积稳定在40万亩。',
    '要主攻江浙,全力完成省市下达的指标任务,力争实现“老树发新枝”。',
  ])('no target: %s', (text) => {
    expect(of('target', text)).toEqual([]);
  });
});
