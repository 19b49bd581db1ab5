// @vitest-environment happy-dom
// The highlight's one owner (marks.ts), the DOM painter that uses it, and what both painters do with 我的任务.
import { beforeEach, describe, expect, test } from 'vitest';
import { allMarks, MARK_ATTRS, marksOfTask, readMark, setClippedMarks, writeMark } from '../../../lib/page/marks';
import { CssHighlightPainter } from '../../../lib/page/painters/css-highlight-painter';
import { DomPainter } from '../../../lib/page/painters/dom-painter';
import { readText } from '../../../lib/page/readable-text';

beforeEach(() => {
  document.body.innerHTML = '<p id="p">县发改委要在6月底前完成申报。县财政局负责保障。</p>';
});

describe('marks.ts', () => {
  test('write then read gives back kind, span and task; other elements read as nothing', () => {
    const el = document.createElement('mark');
    el.className = 'luoshi-mark';
    writeMark(el, { kind: 'deadline', span: 7, task: 2 });
    expect(el.getAttribute('data-luoshi')).toBe('deadline');
    expect(el.getAttribute('data-luoshi-span')).toBe('7');
    expect(el.getAttribute('data-luoshi-task')).toBe('2');
    expect(readMark(el)).toEqual({ kind: 'deadline', span: 7, task: 2 });
    expect(readMark(document.getElementById('p')!)).toBeUndefined();
    const loose = document.createElement('mark');
    loose.className = 'luoshi-mark';
    writeMark(loose, { kind: 'unit', span: 1, task: -1 });
    expect(loose.hasAttribute('data-luoshi-task')).toBe(false);
    expect(readMark(loose)?.task).toBe(-1);
  });
});

describe('DomPainter', () => {
  test('paints spans as marks, one tab stop and one task end per task, and sets clipped on exactly the given tasks', () => {
    const map = readText(document.body);
    const text = map.text;
    const at = (s: string) => text.indexOf(s);
    const painter = new DomPainter();
    const specs = [
      { start: at('县发改委'), end: at('县发改委') + 4, kind: 'unit' as const, span: 0, task: 0 },
      { start: at('6月底前'), end: at('6月底前') + 4, kind: 'deadline' as const, span: 1, task: 0 },
      { start: at('县财政局'), end: at('县财政局') + 4, kind: 'unit' as const, span: 2, task: 1 },
    ];
    expect(painter.paint(map, specs)).toBe(3);
    expect([...allMarks()].map((m) => m.textContent)).toEqual(['县发改委', '6月底前', '县财政局']);
    expect(marksOfTask(0).map((m) => m.tabIndex)).toEqual([0, -1]);
    expect(marksOfTask(0).map((m) => m.hasAttribute(MARK_ATTRS.taskEnd))).toEqual([false, true]);
    expect(painter.focusTarget(1)?.textContent).toBe('县财政局');
    setClippedMarks(new Set([1]));
    expect([...allMarks()].map((m) => m.hasAttribute(MARK_ATTRS.clipped))).toEqual([false, false, true]);
    painter.setClipped(new Set([0]));
    expect([...allMarks()].map((m) => m.hasAttribute(MARK_ATTRS.clipped))).toEqual([true, true, false]);
    painter.clear();
    expect(allMarks().length).toBe(0);
    expect(document.getElementById('p')!.textContent).toBe('县发改委要在6月底前完成申报。县财政局负责保障。');
  });
});

describe('mine (我的任务) in both painters', () => {
  const specsOn = (text: string) => {
    const at = (s: string) => text.indexOf(s);
    return [
      { start: at('县发改委'), end: at('县发改委') + 4, kind: 'unit' as const, span: 0, task: 0 },
      { start: at('6月底前'), end: at('6月底前') + 4, kind: 'deadline' as const, span: 1, task: 0 },
      { start: at('县财政局'), end: at('县财政局') + 4, kind: 'unit' as const, span: 2, task: 1 },
    ];
  };

  test('DomPainter: data-luoshi-mine on exactly the marks of the given spans', () => {
    const map = readText(document.body);
    const painter = new DomPainter();
    painter.paint(map, specsOn(map.text));
    const mineTexts = () => [...allMarks()].filter((m) => m.hasAttribute(MARK_ATTRS.mine)).map((m) => m.textContent);
    painter.setMine(new Set([0, 1]));
    expect(mineTexts()).toEqual(['县发改委', '6月底前']);
    painter.setMine(new Set([2]));
    expect(mineTexts()).toEqual(['县财政局']);
    expect(painter.elementOf(1)?.textContent).toBe('县财政局');
  });

  test('CssHighlightPainter: the mine spans go into one highlight per kind, and a task scrolls to its text\'s element', () => {
    // happy-dom has no CSS Custom Highlight API: a registry and a Highlight (a set of ranges) stand in for it
    const registry = new Map<string, Set<AbstractRange>>();
    const win = { CSS: { highlights: registry }, Highlight: class extends Set<AbstractRange> {}, document } as unknown as Window;
    const painter = new CssHighlightPainter(win);
    const map = readText(document.body);
    expect(painter.paint(map, specsOn(map.text))).toBe(3);
    expect(document.querySelectorAll('mark').length).toBe(0); // nothing added to the page
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
    painter.setMine(new Set([0, 1]));
    expect(texts('luoshi-mine-unit')).toEqual(['县发改委']);
    expect(texts('luoshi-mine-deadline')).toEqual(['6月底前']);
    expect(registry.has('luoshi-mine-target')).toBe(false); // none registered for a kind with nothing mine
    painter.setMine(new Set([2]));
    expect(texts('luoshi-mine-unit')).toEqual(['县财政局']);
    expect(texts('luoshi-mine-deadline')).toEqual([]);
    expect(painter.elementOf(1)?.id).toBe('p');
    expect(painter.focusTarget()).toBeUndefined();
    painter.clear();
    expect([...registry.keys()]).toEqual([]);
  });
});
