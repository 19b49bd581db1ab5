import { describe, expect, test } from 'vitest';
import type { PageTask } from '../../../lib/page/annotator';
import { reanchor } from '../../../lib/page/reanchor';
import { describeQuote } from '../../../lib/page/text-quote';

const SENTENCES = ['各乡镇要在6月底前完成项目申报。', '县发改委负责汇总。', '县财政局要在年底前做好资金保障。'];
const PAGE = `同志们:\n${SENTENCES.join('')}\n`;

/** Page tasks over PAGE, one per sentence; only index and range matter to reanchor. */
function pageTasks(text: string): { tasks: PageTask[]; ranges: Map<PageTask, [number, number]> } {
  const ranges = new Map<PageTask, [number, number]>();
  const tasks = SENTENCES.map((sentence, index) => {
    const task = { index } as PageTask;
    const start = text.indexOf(sentence);
    ranges.set(task, [start, start + sentence.length]);
    return task;
  });
  return { tasks, ranges };
}

function stored(id: string, exact: string, orphaned?: boolean) {
  const start = PAGE.indexOf(exact);
  return { id, anchor: describeQuote(PAGE, start, start + exact.length), orphaned };
}

describe('reanchor', () => {
  test('a clipped sentence is found again on a page whose text changed a little', () => {
    const changed = PAGE.replace('同志们:\n', '各位同志:\n\n').replace('县发改委负责汇总。', '县发改委负责统一汇总。');
    const { tasks, ranges } = pageTasks(changed);
    const result = reanchor(changed, [stored('a', SENTENCES[2])], tasks, (task) => ranges.get(task)!);
    expect([...result.found]).toEqual([2]);
    expect(result.lost).toEqual([]);
  });

  test('a sentence no longer on the page is reported lost once, and found again when it returns', () => {
    const without = PAGE.replace(SENTENCES[0], '');
    const { tasks, ranges } = pageTasks(without);
    const gone = reanchor(without, [stored('a', SENTENCES[0]), stored('b', SENTENCES[0], true)], tasks, (task) => ranges.get(task)!);
    expect(gone.found.size).toBe(0);
    expect(gone.lost).toEqual(['a']); // 'b' is flagged already
    expect(gone.refound).toEqual([]);

    const page = pageTasks(PAGE);
    const back = reanchor(PAGE, [stored('b', SENTENCES[0], true)], page.tasks, (task) => page.ranges.get(task)!);
    expect(back.refound).toEqual(['b']);
    expect([...back.found]).toEqual([0]);
  });

  test('a selection clipped across two sentences marks both, a short part of one does not mark its neighbour', () => {
    const { tasks, ranges } = pageTasks(PAGE);
    const across = reanchor(PAGE, [stored('a', SENTENCES[0] + SENTENCES[1])], tasks, (task) => ranges.get(task)!);
    expect([...across.found].sort()).toEqual([0, 1]);
    const part = reanchor(PAGE, [stored('b', '县发改委负责')], tasks, (task) => ranges.get(task)!);
    expect([...part.found]).toEqual([1]);
  });
});
