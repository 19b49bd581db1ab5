import { describe, expect, test } from 'vitest';
// These sentences check the rule finders (rules.ts), which the trained labeller reads as evidence: extractByRules.
import { extractByRules as extract } from '../../../lib/extract/index';

const units = (text: string) => extract(text, { referenceDate: '2023-03-01' }).spans.filter((s) => s.type === 'unit').map((s) => s.text);

describe('units: the actor of a directive', () => {
  test.each([
    ['县经贸局、乡企局要在6月底前完成工业总产值3.2亿元。', ['县经贸局', '乡企局']],
    ['一是住建和相关乡镇要加大征地拆迁力度。', ['住建', '相关乡镇']],
    ['由县发改委负责汇总。', ['县发改委']],
    ['希望各乡镇、各部门按照要求抓好落实。', ['各乡镇', '各部门']],
    ['建设单位要督促各从业单位加大投入。', ['建设单位']],
    ['县委、县政府两办将跟踪督办。', ['县委、县政府两办']],
    ['市委、市政府督查室要做好督查工作。', ['市委、市政府督查室']],
    ['厅将组织8个督导组,由厅领导带队。', ['厅']],
    ['国宝公司尾矿库建设要力争6月底投入使用。', ['国宝公司']],
    ['因此,全县各级各部门和各企业,要牢固树立工业强县思想。', ['全县各级各部门', '各企业']],
    ['各包保领导及包保部门,要认真履行工作职责。', ['包保部门']],
    ['杏坪镇、小岭镇政府和相关部门主要领导要亲自上手。', ['杏坪镇', '小岭镇政府', '相关部门']],
    ['宣传等部门要大力宣传项目谋划活动。', ['宣传']],
    ['请各单位于12月10日前报送。', ['各单位']],
    ['对政府及有关部门来说,要做到一诺千金。', ['政府', '有关部门']],
    ['安监部门要汇同环保部门,精心组织。', ['安监部门', '环保部门']],
    ['各乡镇在全力协助县上抓好相关项目建设的同时,也要利用有利时机。', ['各乡镇']],
    ['市场监管部门要加强食品安全监管。', ['市场监管部门']],
    ['各县（市、区）政府要切实履行属地管理责任。', ['各县（市、区）政府']],
    ['市交通运输局负责道路运输领域隐患排查，公安交警部门配合。', ['市交通运输局', '公安交警部门']],
    ['市政府督查室要会同市应急管理局，每月开展一次明查暗访。', ['市政府督查室', '市应急管理局']],
    ['团县委、县妇联、县残联等群团组织要积极参与。', ['团县委', '县妇联', '县残联']],
    ['县发改局等8个部门要联合开展检查。', ['县发改局']],
    ['各乡（镇）、县直各单位要高度重视。', ['各乡（镇）', '县直各单位']],
    ['县政府常务会议研究决定,由县财政局统筹资金。', ['县财政局']],
    ['会议要求,各地各部门要进一步压实责任。', ['各地各部门']],
    ['据悉,该项目由市城投公司负责建设。', ['市城投公司']],
    ['市委常委会强调,各级党组织要把学习贯彻作为首要政治任务。', ['各级党组织']],
    ['组织部门要把项目一线作为识别干部的主战场。', ['组织部门']],
    ['年底前各乡镇要完成改厕任务。', ['各乡镇']],
    ['每个县市区都要有5个以上、市直部门至少2个项目进入开工计划。', ['每个县市区', '市直部门']],
    ['县发改局要完成项目审批、县财政局要保障资金。', ['县发改局', '县财政局']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('units: organisations that are not made responsible', () => {
  test.each([
    ['在县委、县政府的正确领导下,全县工业经济平稳发展。'],
    ['按照省委、市委的决策部署,加快发展。'],
    ['积极为小缸酸菜、华为集团等企业入驻创造条件。'],
    ['各分管副县长要对分管的工作大胆负责。'],
    ['全区上下要按照x书记讲话要求,凝聚发展合力。'],
    ['交通运输部将对年度重点任务目标的推进情况开展专项督查。'],
    ['刚才,县政府办通报了今年1—5月份工业经济运行情况。'],
    ['有的部门服务工业发展的主动性不够。'],
    ['进一步督促各乡镇、各部门紧紧抓住当前项目建设黄金期。'],
    ['各设区市人民政府，省人民政府各工作部门、各直属机构：'],
    ['市委、市政府要求,加快推进。'],
    ['上个月,县政府组织相关部门和乡镇负责人,深入到各个企业进行督促检查。'],
    ['去年,县财政局积极筹措资金,完成了重点项目投资。'],
    ['今年以来,县交通局加快推进农村公路建设,新建道路50公里。'],
    ['感谢县公安局对这次活动的大力支持。'],
    ['会上,县自然资源局汇报了土地报批情况。'],
    ['县发改局、县财政局等部门做了大量工作。'],
    ['要进一步加强与省发改委、省财政厅的对接。'],
    ['乡镇党委书记要履行第一责任人职责。'],
    ['二要强化部门配合抓落实。'],
    ['对推进不力、进度滞后的乡镇和部门,要严肃追责问责。'],
    ['国家开发银行将继续支持我市重大基础设施建设。'],
  ])('%s', (text) => {
    expect(units(text)).toEqual([]);
  });
});

describe('units: task lists', () => {
  test('a 〔…牵头,…按职责分工负责〕 bracket: one mark per unit, 等-tails dropped', () => {
    expect(units('1．完善机制。〔省财政厅牵头，省审计厅等省级相关部门及各市（区）按职责分工负责〕')).toEqual(['省财政厅', '省审计厅', '各市（区）']);
  });
  test('a (…负责) bracket', () => {
    expect(units('2．落实税费优惠政策。（省税务局负责）')).toEqual(['省税务局']);
  });
  test('责任单位 / 配合单位 fields, split on 、 and ;, names with 和 kept whole', () => {
    expect(units('责任单位：市发展改革委；配合单位：省工业和信息化厅、市财政局等。')).toEqual(['市发展改革委', '省工业和信息化厅', '市财政局']);
  });
  test('PDF debris: a name broken by a line break is kept only when the part before is a bare 市', () => {
    expect(units('配合单位：市金\n融监管局、市\n人力社保局、市国资委等。')).toEqual(['人力社保局', '市国资委']);
  });
  test('fields inside a bracket end at the bracket; 牵头 and 配合 in a bracket', () => {
    expect(units('2.新开工项目20个。（牵头单位：县发改局；配合单位：县自然资源局、县住建局）时间节点：长期坚持')).toEqual(['县发改局', '县自然资源局', '县住建局']);
    expect(units('4.做好森林防火工作。（县林业局牵头，县应急管理局、县公安局配合）')).toEqual(['县林业局', '县应急管理局', '县公安局']);
  });
  test('fields on their own lines end at the next field', () => {
    expect(units('牵头单位：省工业和信息化厅\n配合单位：省财政厅、省科技厅\n完成时限：2023年底前')).toEqual(['省工业和信息化厅', '省财政厅', '省科技厅']);
  });
  test('a field value that runs over a line break goes on', () => {
    expect(units('配合单位：重庆证监局、市财政\n\n\n局、市国资委等。')).toEqual(['重庆证监局', '市国资委']);
  });
});

describe('units: text forms', () => {
  test('ASCII and full-width punctuation give the same units', () => {
    const ascii = units('因此,县经贸局、乡企局和相关乡镇,要抽调专人组成工作组。');
    const full = units('因此，县经贸局、乡企局和相关乡镇，要抽调专人组成工作组。');
    expect(ascii).toEqual(['县经贸局', '乡企局', '相关乡镇']);
    expect(full).toEqual(ascii);
  });
  test('a long line cut inside a name (PDF debris): the fragment on the next line is not a unit', () => {
    expect(units('为加快推进重点项目建设进度确保全年目标任务完成县经\n贸局要加强调度,县财政局要保障资金。')).toEqual(['县财政局']);
  });
  test('stray spaces inside a name: the span covers them and points into the original text', () => {
    const text = '责任单位：市发展 改革委；配合单位：市 财政局。';
    const spans = extract(text).spans.filter((s) => s.type === 'unit');
    expect(spans.map((s) => s.text)).toEqual(['市发展 改革委', '市 财政局']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
