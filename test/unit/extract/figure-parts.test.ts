// The second reading for targets (lib/extract/figure-parts.ts): which clause parts are asked about, how spans
// already found cover or trim them, how the model's answer is applied, and the logistic trainer. The sentences are
// written here (unit tests, not evidence of accuracy: npm run eval measures that); every expected span was checked
// by eye against corpus/GUIDELINES.md.
import { describe, expect, test } from 'vitest';
import { extract, type Span } from '../../../lib/extract/index';
import {
  figureParts,
  figurePartTargets,
  loadPartsModel,
  partContext,
  partFeatures,
  partProbability,
  uncoveredParts,
  type PartsModelData,
} from '../../../lib/extract/figure-parts';
import { trainLogistic } from '../../../lib/extract/learn/logistic';

const slices = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));
const span = (text: string, type: Span['type'], words: string): Span => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in the text`);
  return { type, start, end: start + words.length, text: words };
};
/** A model that keeps every part (bias far above the threshold) or none. */
const keepAll = loadPartsModel({ format: 1, threshold: 0.5, bias: 10, keys: [], weights: [] });
const keepNone = loadPartsModel({ format: 1, threshold: 0.5, bias: -10, keys: [], weights: [] });
const context = (text: string, rules: Span[] = [], found: Span[] = []) => partContext(figureParts(text), rules, found, 0, false);

describe('figureParts: clause parts holding a figure or an end state', () => {
  test('parts are cut at clause delimiters and 、, without list numbers and leading words', () => {
    const text = '1.全年新建5G基站4000座、数据中心10个，力争消除黑臭水体。会议由张三主持。';
    expect(slices(text, figureParts(text))).toEqual(['新建5G基站4000座', '数据中心10个', '消除黑臭水体']);
  });
  test("a part's figure is its first number with a unit (5G is not one), -1 for a state", () => {
    const text = '新建5G基站4000座，消除黑臭水体';
    const [a, b] = figureParts(text);
    expect(text.slice(a.figure, a.figure + 5)).toBe('4000座');
    expect(b.figure).toBe(-1);
  });
  test('a part without a figure or a state word, or longer than a clause should be, is not asked about', () => {
    expect(figureParts('要高度重视安全生产工作，切实加强组织领导。')).toEqual([]);
    expect(figureParts(`完成${'很长的任务'.repeat(14)}10个`)).toEqual([]);
  });
  test('PDF spaces between a figure and its unit: 新增 20处便利店', () => {
    const text = '既有车站新增 20 处便利店；';
    expect(slices(text, figureParts(text))).toEqual(['既有车站新增 20 处便利店']);
  });
});

describe('uncoveredParts: what the spans already found leave', () => {
  const text = '市交通局要完成道路改造20公里，6月底前建成公园3个。';
  test('a unit before the figure moves the start past it; a deadline after it moves the end', () => {
    const spans = [span(text, 'unit', '市交通局')];
    expect(slices(text, uncoveredParts(text, figureParts(text), spans))).toEqual(['要完成道路改造20公里', '6月底前建成公园3个']);
  });
  test('a part overlapping a target is covered; so is a part whose figure stands inside a span', () => {
    const spans = [span(text, 'target', '道路改造20公里'), span(text, 'deadline', '6月底前建成公园3个')];
    expect(uncoveredParts(text, figureParts(text), spans)).toEqual([]);
  });
  test('a state part is covered by any span over it', () => {
    const t = '到2025年底，全面消除城市黑臭水体。';
    const deadline = span(t, 'deadline', '到2025年底');
    expect(slices(t, uncoveredParts(t, figureParts(t), [deadline, span(t, 'unit', '城市')]))).toEqual([]);
    expect(slices(t, uncoveredParts(t, figureParts(t), [deadline]))).toEqual(['消除城市黑臭水体']);
  });
});

describe('figurePartTargets: the model decides, the boundaries follow the labeller', () => {
  const text = '推进京港澳扩容、张官等17条高速公路，推进30项科技重大专项和60项基础研究项目。';
  test('nothing is added when the model keeps nothing', () => {
    expect(figurePartTargets(text, figureParts(text), [], context(text), keepNone)).toEqual([]);
  });
  test('a count after 等 starts the target; a list of figures cut at 和 gives a target a part', () => {
    const found = figurePartTargets(text, figureParts(text), [], context(text), keepAll);
    expect(found.map((s) => s.text)).toEqual(['17条高速公路', '推进30项科技重大专项', '60项基础研究项目']);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  test('the probability is the logistic of the bias and the weights of the features present', () => {
    const t = '新建学校10所';
    const part = figureParts(t)[0];
    const ids = partFeatures(t, part, context(t));
    expect(new Set(ids).size).toBe(ids.length);
    const model = loadPartsModel({ format: 1, threshold: 0.5, bias: -1, keys: [ids[0]], weights: [3] });
    expect(partProbability(ids, model)).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });
  test('an unknown model format is refused', () => {
    expect(() => loadPartsModel({ format: 2, threshold: 0.5, bias: 0, keys: [], weights: [] } as unknown as PartsModelData)).toThrow(/format/);
  });
});

describe('partContext: the share of parts that are targets, by the rules and by the spans found so far', () => {
  const text = '新建学校10所，改造道路20公里，去年建成公园3个，市财政局负责。';
  test('0 without targets, 4 when every part is one, in fifths between', () => {
    expect(context(text).ruleTargetShare).toBe(0);
    expect(context(text).targetShare).toBe(0);
    const all = [span(text, 'target', '新建学校10所'), span(text, 'target', '改造道路20公里'), span(text, 'target', '建成公园3个')];
    expect(context(text, all).ruleTargetShare).toBe(4);
    // two of three parts: 5 * 2 / 3 = 3.3 -> 3; a unit is not a target
    const found = [all[0], all[1], span(text, 'unit', '市财政局')];
    expect(context(text, [], found).targetShare).toBe(3);
    expect(context(text, [], found).ruleTargetShare).toBe(0);
  });
});

describe('trainLogistic', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ ids: [1, 3], label: 1 as const })),
    ...Array.from({ length: 20 }, () => ({ ids: [2, 3], label: 0 as const })),
  ];
  const options = { epochs: 10, rate: 0.1, l2: 1e-4, seed: 7, threshold: 0.7, minWeight: 0.01 };
  test('learns a separable toy problem', () => {
    const model = loadPartsModel(trainLogistic(examples, options));
    expect(partProbability([1, 3], model)).toBeGreaterThan(0.9);
    expect(partProbability([2, 3], model)).toBeLessThan(0.1);
  });
  test('is deterministic: the same examples and seed give the same model', () => {
    expect(trainLogistic(examples, options)).toEqual(trainLogistic(examples, options));
  });
});

describe('the shipped models on a plan paragraph (written here)', () => {
  // Planned quantities the labeller alone leaves out and the figure parts add. If a retrained model stops finding
  // them, compare npm run eval before and after before changing this test.
  const text =
    '2025年，要着力扩大有效投资，抓好500个省重大项目，推进30项科技重大专项、80项前沿技术研发和60项基础研究重点项目。' +
    '要大力提振消费，举办大型营业性演出100场、重大体育赛事200场。要加强生态保护，完成水土流失综合治理1128万亩。';
  const targets = (parts?: ReturnType<typeof loadPartsModel>) =>
    extract(text, { referenceDate: '2025-01-10', ...(parts ? { parts } : {}) }).spans.filter((s) => s.type === 'target').map((s) => s.text);
  test('with the figure parts: 60项基础研究重点项目 and 重大体育赛事200场 are targets', () => {
    expect(targets()).toEqual(expect.arrayContaining(['60项基础研究重点项目', '重大体育赛事200场']));
  });
  test('without them (a model that keeps nothing) they are not', () => {
    const without = targets(keepNone);
    expect(without).not.toContain('60项基础研究重点项目');
    expect(without).not.toContain('重大体育赛事200场');
  });
});
