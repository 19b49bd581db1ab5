// @vitest-environment happy-dom
// lib/page/mine.ts on a small page marked by the real Annotator: which marks get data-luoshi-mine, the legend's
// count, stepping, and the CSS for hidden kinds. Expectations worked out by hand from the page text.
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type * as MineModule from '../../../lib/page/mine';
import { Annotator } from '../../../lib/page/annotator';
import { extract } from '../../../lib/extract';
import { UiStore } from '../../../lib/page/ui-state';

// lib/page/mine.ts reads SPAN_KINDS from lib/settings, which wants `chrome`: install WXT's fake browser first.
let mine: typeof MineModule;
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = (await import('wxt/testing/fake-browser')).fakeBrowser;
  mine = await import('../../../lib/page/mine');
});

const HTML = `<div id="root">
  <p>县发改局要在6月底前完成项目申报。</p>
  <p>县财政局要在9月底前拨付资金。</p>
  <p>各乡镇要在10月底前完成摸底。</p>
</div>`;

let annotator: Annotator;
let store: UiStore;
beforeEach(async () => {
  document.body.innerHTML = HTML;
  annotator = new Annotator({ extract: async (text) => extract(text, { referenceDate: '2026-01-01' }), own: (fn) => fn() });
  store = new UiStore({ counts: { target: 0, deadline: 0, unit: 0 }, hidden: [], colors: { target: '#fde68a', deadline: '#bfdbfe', unit: '#bbf7d0' }, clipped: 0, collapsed: false, legend: true });
  const root = document.getElementById('root')!;
  const map = annotator.read(root);
  await annotator.mark(map, annotator.add(map, await annotator.analyse(map.text)));
});

const mineSentences = () =>
  [...new Set([...document.querySelectorAll('mark[data-luoshi-mine]')].map((m) => m.closest('p')!.textContent))];

describe('MineMarker', () => {
  test('a department: its own task and no other; the legend counts one', () => {
    const marker = new mine.MineMarker(annotator, store);
    expect(marker.setUnits('县发展和改革局')).toBe(true);
    marker.refresh();
    expect(mineSentences()).toEqual(['县发改局要在6月底前完成项目申报。']);
    // every mark of that sentence (unit, deadline, target) carries it
    const first = document.querySelector('p')!;
    const marks = first.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(1);
    expect([...marks].every((m) => m.hasAttribute('data-luoshi-mine'))).toBe(true);
    expect(store.state.mine).toEqual({ count: 1, at: -1 });
  });

  test('a township: 各乡镇 is theirs; changing the units moves the marks', () => {
    const marker = new mine.MineMarker(annotator, store);
    marker.setUnits('城关镇');
    marker.refresh();
    expect(mineSentences()).toEqual(['各乡镇要在10月底前完成摸底。']);
    expect(marker.setUnits('城关镇')).toBe(false); // the same list: nothing to redo
    marker.setUnits('城关镇\n县财政局');
    marker.refresh();
    expect(mineSentences()).toEqual(['县财政局要在9月底前拨付资金。', '各乡镇要在10月底前完成摸底。']);
  });

  test('no units: no mark is mine and the legend shows no line', () => {
    const marker = new mine.MineMarker(annotator, store);
    marker.setUnits('县发改局');
    marker.refresh();
    marker.setUnits('');
    marker.refresh();
    expect(document.querySelectorAll('mark[data-luoshi-mine]')).toHaveLength(0);
    expect(store.state.mine).toBeUndefined();
  });

  test('next() focuses the first mark of each mine task in turn, then starts over', () => {
    const marker = new mine.MineMarker(annotator, store);
    marker.setUnits('县发改局\n县财政局');
    marker.refresh();
    const focusedSentence = () => (document.activeElement as HTMLElement).closest('p')!.textContent;
    marker.next();
    expect(focusedSentence()).toBe('县发改局要在6月底前完成项目申报。');
    expect(store.state.mine).toEqual({ count: 2, at: 0 });
    marker.next();
    expect(focusedSentence()).toBe('县财政局要在9月底前拨付资金。');
    marker.next();
    expect(focusedSentence()).toBe('县发改局要在6月底前完成项目申报。');
  });

  test('the mine style applies to shown kinds only, and says more than a colour', () => {
    const css = mine.mineCss(new Set(['target']));
    expect(css).toContain('[data-luoshi="unit"][data-luoshi-mine]');
    expect(css).not.toContain('[data-luoshi="target"]');
    expect(css).toMatch(/font-weight:700/);
    expect(css).toMatch(/outline:2px solid/);
    expect(mine.mineCss(new Set(['target', 'deadline', 'unit']))).toBe('');
  });
});
