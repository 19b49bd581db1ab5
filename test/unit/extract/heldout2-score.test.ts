// Scores extract() with the shared scorer on the second set of held-out texts (test/fixtures/corpus2/*.gold.txt):
// ten speeches and documents of genres not in the first set (集中开工观摩, 森林防火部署, 营商环境大会, 经济运行分析会
// full of reported statistics, 街道创文部署 with 社区 units, 教育工作会议 with 股室/学校 units, a document-site page with
// its chrome, a 任务清单 flattened from a table). They were written and marked under corpus/GUIDELINES.md
// before the engine was run on them; the figures first seen are in the comment below. Floors sit just below the
// figures reached after the rules they led to, so a regression on any text fails here.
//
// First seen (lenient F1 unit / deadline / target / tasks), h01-h08 on the engine before any rule they led to:
//   h01 0.98/1.00/0.62/0.93  h02 0.95/0.83/0.80/0.94  h03 1.00/0.83/0.86/0.97  h04 1.00/0.92/0.86/0.95
//   h05 0.89/1.00/0.44/0.92  h06 0.61/0.94/0.89/0.91  h07 0.97/0.67/0.67/0.89  h08 0.19/0.80/0.00/0.76
// h09 (卫健工作会议) and h10 (生态环境任务分解表, spaces between cells, a 具体目标 column) were written after the rules
// for h01-h08, as a check of those rules on unseen text; first seen:
//   h09 0.94/0.94/0.71/0.97  h10 0.21/0.61/0.00/0.67 (its table header held a label the table rule did not know)
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectHeldOutScore, type Floor } from './helpers';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus2');
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.gold.txt')).sort();

const DEFAULT_FLOOR: Floor = { unit: 0.95, deadline: 0.95, target: 0.9, tasks: 0.93 };
const FLOORS: Record<string, Partial<Floor>> = {
  // 完成首批1.2万亩…报批 and 上半年至少开展4场 (a minimum before the verb) are missed
  'h01_kaigong.gold.txt': { target: 0.85 },
  // 无分歧欠款“动态清零” keeps only its quote
  'h03_yingshang.gold.txt': { target: 0.9 },
  // 对做好二季度经济工作提出了明确要求: a reported demand read as a deadline
  'h04_yunxing.gold.txt': { deadline: 0.9 },
  // 进入全区前5名 (its 确保 on the line before) and …12个主要路口志愿者全覆盖 are missed
  'h05_jiedao.gold.txt': { target: 0.8 },
  // 联合市场监管、公安等部门: short names of four characters after 联合 are missed
  'h06_jiaoyu.gold.txt': { unit: 0.93 },
  // 6月30日结束 (the end of a campaign) is missed, 5月份以后,我镇将进入主汛期 is taken for a start date
  'h07_docsite.gold.txt': { deadline: 0.83, target: 0.83, tasks: 0.9 },
  // 下半年 in 省爱卫办将于下半年… (a higher body's own plan) is taken for a deadline; 上半年完成招聘…120名 is missed
  'h09_weijian.gold.txt': { deadline: 0.9 },
};

describe('second held-out set scored by eval/score.mjs', () => {
  test('there are ten texts', () => {
    expect(FILES.length).toBe(10);
  });
  test.each(FILES)('%s', (file) => expectHeldOutScore(resolve(CORPUS, file), { ...DEFAULT_FLOOR, ...FLOORS[file] }, '2024-03-01'));
});
