import { describe, expect, it } from 'vitest';
import { deadlineStart, targetEnd, targetParts, targetStart } from '../../../lib/extract/boundaries';

/** The text without its 【】 marks, and the offsets of the span they mark. */
function unmark(marked: string): { text: string; start: number; end: number } {
  return { text: marked.replace('【', '').replace('】', ''), start: marked.indexOf('【'), end: marked.indexOf('】') - 1 };
}

/** targetStart() on the span given as 【…】 in `marked`; returns the span's text from the new start. */
function fixed(marked: string): string {
  const { text, start, end } = unmark(marked);
  return text.slice(targetStart(text, start, end), end);
}

/** targetEnd() on the span given as 【…】 in `marked`; returns the span's text up to the new end. */
function ended(marked: string): string {
  const { text, start, end } = unmark(marked);
  return text.slice(start, targetEnd(text, start, end));
}

describe('targetStart: a target does not begin inside its clause’s first word', () => {
  it('moves a start inside the opening word back to the clause start', () => {
    expect(fixed('完善棉花目标价格，棉花【总产稳定在560万吨左右】。')).toBe('棉花总产稳定在560万吨左右');
    expect(fixed('改造城镇老旧小区10万户、市【政管网1000公里】、供热设施4000台。')).toBe('市政管网1000公里');
  });
  it('then leaves out the leading words a target never holds', () => {
    expect(fixed('，力争全【区新开工重大项目超过2200项】，')).toBe('全区新开工重大项目超过2200项');
  });
  it('reads past leading words and a plan year to the words before the figure', () => {
    expect(fixed('， 2017年前集中实施 【18个重大主题专项】，')).toBe('集中实施 18个重大主题专项');
    expect(fixed('，到2025年全省培育 【3万名农村创业创新带头人】；')).toBe('全省培育 3万名农村创业创新带头人');
    expect(fixed('，而且各县市区【年度任务要占70%以上】，')).toBe('年度任务要占70%以上');
  });
  it('takes in the earlier items of a list that hold no figure', () => {
    expect(fixed('，争取更优水平，能源、【水资源、碳排放等指标达到国家要求】。')).toBe('能源、水资源、碳排放等指标达到国家要求');
    expect(fixed('，力争创建旅游度假区、【旅游休闲街区2-3家】。')).toBe('创建旅游度假区、旅游休闲街区2-3家');
    expect(fixed('，新建学校5所、【幼儿园3所】。')).toBe('幼儿园3所');
  });
  it('never starts inside a number', () => {
    expect(fixed('，其中水稻2.1万亩、玉米1.【5万亩】。')).toBe('玉米1.5万亩');
    expect(fixed('，确保今年8【50亿投资任务】的完成')).toBe('850亿投资任务');
    expect(fixed('。 4.【新型研发机构达到 300家】。')).toBe('新型研发机构达到 300家');
  });
  it('skips a list number before the clause’s words', () => {
    expect(fixed('\n3．固定资【产投资增长10%】。')).toBe('固定资产投资增长10%');
    expect(fixed('（2）实际使【用外资增长10%】；')).toBe('实际使用外资增长10%');
    expect(fixed('（2）地方一般公共【预算收入增长3%左右】；')).toBe('预算收入增长3%左右'); // 6 characters in: too far
  });
  it('keeps a start that is too far in, behind 等, after a date or at the clause start', () => {
    expect(fixed('，加快南阳等【4个国家现代流通战略支点城市】建设')).toBe('4个国家现代流通战略支点城市');
    expect(fixed('，我们确定抓建的【167个基本项目】，')).toBe('167个基本项目');
    expect(fixed('（1）2019年底前将【一般社会投资项目审批时间控制在50个工作日以内】')).toBe('一般社会投资项目审批时间控制在50个工作日以内');
    expect(fixed('。【新增就业38万人】。')).toBe('新增就业38万人');
  });
});

describe('targetEnd: a count takes in the noun it counts', () => {
  it('runs on to the clause end', () => {
    expect(ended('，【培育打造20个】融合性服务消费新场景。持续推动')).toBe('培育打造20个融合性服务消费新场景');
    expect(ended('，【完成500所】中小学体育场地升级改造，抓好')).toBe('完成500所中小学体育场地升级改造');
  });
  it('stops before a list delimiter, and not past another figure or a long run', () => {
    expect(ended('，【全面建成200所冰雪运动特色学校、30个】青少年校外冰雪活动中心、5个基地')).toBe('全面建成200所冰雪运动特色学校、30个青少年校外冰雪活动中心');
    expect(ended('，【新建11个】饮用水源地，2个监控站。')).toBe('新建11个饮用水源地');
    expect(ended('，【新建11个】站点覆盖20个乡镇。')).toBe('新建11个');
    expect(ended('，【新建11个】饮用水源水质自动监控系统和应急预警平台及配套设施建设。')).toBe('新建11个');
  });
  it('leaves a target that does not end on a count', () => {
    expect(ended('，【粮食产量1300亿斤以上】、力争')).toBe('粮食产量1300亿斤以上');
    expect(ended('，【增长10%】左右的')).toBe('增长10%');
  });
});

describe('targetParts: a list of figures cut by 、 (or 和 before a figure) is one target a part', () => {
  const parts = (text: string) => targetParts(text, 0, text.length).map(([s, e]) => text.slice(s, e));
  it('cuts where the parts on both sides hold a figure', () => {
    expect(parts('新增省级创新平台30个、专精特新中小企业100户、高新技术企业150家')).toEqual(['新增省级创新平台30个', '专精特新中小企业100户', '高新技术企业150家']);
    expect(parts('建设不少于10个国家中医临床重点专科、150个省级中医重点专科和20个中医药重点学科')).toEqual(['建设不少于10个国家中医临床重点专科', '150个省级中医重点专科', '20个中医药重点学科']);
    expect(parts('30家标杆孵化器和10家省级制造业中试平台')).toEqual(['30家标杆孵化器', '10家省级制造业中试平台']);
    // a space after 和 (PDF text) stays in the part: extract() trims every part's edges
    expect(parts('50名科技创投领军人才和 50名科技创业领军人才')).toEqual(['50名科技创投领军人才', ' 50名科技创业领军人才']);
  });
  it('does not cut at 和 before words', () => {
    expect(parts('研发投入和专利授权量均增长10%')).toEqual(['研发投入和专利授权量均增长10%']);
    expect(parts('新建学校3所和配套设施')).toEqual(['新建学校3所和配套设施']);
  });
  it('keeps parts without a figure with their neighbour, and a target holding 分别 whole', () => {
    expect(parts('交通、水利投资达2400亿元')).toEqual(['交通、水利投资达2400亿元']);
    expect(parts('原煤、原油产量分别达到7000万吨、1280万吨')).toEqual(['原煤、原油产量分别达到7000万吨、1280万吨']);
    expect(parts('智能车间、智能工厂200个、数字化车间50个')).toEqual(['智能车间、智能工厂200个', '数字化车间50个']);
  });
  it('stays linear on a long list', () => {
    const long = '项目1个、'.repeat(49_999) + '项目1个';
    expect(parts(long)).toHaveLength(50_000);
  });
});

describe('deadlineStart: modal words and prepositions stay out of a deadline', () => {
  const from = (text: string) => text.slice(deadlineStart(text, 0, text.length));
  it('strips them', () => {
    expect(from('在6月底前')).toBe('6月底前');
    expect(from('要在年底前')).toBe('年底前');
    expect(from('力争于10月底')).toBe('10月底');
  });
  it('keeps 最迟 and a deadline made of nothing else', () => {
    expect(from('最迟3月上旬')).toBe('最迟3月上旬');
    expect(from('在')).toBe('在');
  });
});
