// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { readText } from '../../../lib/page/readable-text';
import { chunkSpecs, markChunk, removeMarks } from '../../../lib/page/highlight';
import { MARK_SELECTOR } from '../../../lib/page/marks';
import type { MarkSpec } from '../../../lib/page/painter';
import { offsetOf, segmentsFor } from '../../../lib/page/text-map';

const HTML = `
<div id="root">
  <h1>讲话</h1>
  <p>各<b>乡镇</b>要在<span class="d">6月</span>底前完成<a href="#">项目申报</a>。</p>
  <p>县发改委<span style="display:none">隐藏字</span>负责汇总。</p>
  <script>var s = "各部门要在年底前完成";</script>
  <style>p { color: red }</style>
  <textarea>各部门要在年底前完成</textarea>
  <input value="各部门要在年底前完成">
  <div contenteditable="true">可编辑的各部门</div>
  <div hidden>隐藏的各部门</div>
  <ul><li>一是抓项目</li><li>二是抓落实<br>三是抓服务</li></ul>
  <pre>第一行
第二行</pre>
</div>`;

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = HTML;
  root = document.getElementById('root')!;
});

describe('readText', () => {
  test('reads blocks on separate lines and leaves out scripts, fields, editable and hidden parts', () => {
    const { text } = readText(root);
    expect(text).toBe(
      '讲话\n各乡镇要在6月底前完成项目申报。\n县发改委负责汇总。\n一是抓项目\n二是抓落实\n三是抓服务\n第一行\n第二行\n',
    );
  });

  test('every piece maps back to its text node', () => {
    const map = readText(root);
    for (const p of map.pieces) expect(map.text.slice(p.start, p.end)).toBe(p.node.data);
    const b = root.querySelector('b')!.firstChild!;
    expect(offsetOf(map, b, 1)).toBe(map.text.indexOf('乡镇') + 1);
  });

  test('skipText leaves given nodes out and separates around them', () => {
    const b = root.querySelector('b')!.firstChild as Text;
    const { text } = readText(root, { skipText: (n) => n === b });
    expect(text.startsWith('讲话\n各\n要在6月底前')).toBe(true);
  });
});

function spec(text: string, word: string, kind: MarkSpec['kind'], span: number): MarkSpec {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(word);
  return { start, end: start + word.length, kind, span, task: 0 };
}

describe('markChunk / removeMarks', () => {
  test('marks spans across inline tags and around a hidden element; text of the pieces equals the span', () => {
    const before = root.innerHTML;
    const map = readText(root);
    const specs = [
      spec(map.text, '各乡镇', 'unit', 0),
      spec(map.text, '6月底前', 'deadline', 1),
      spec(map.text, '完成项目申报', 'target', 2),
      spec(map.text, '县发改委负责', 'unit', 3),
    ];
    const seen: string[] = [];
    let made = 0;
    for (const chunk of chunkSpecs(map, specs)) {
      made += markChunk(map, chunk, (el, s) => {
        el.setAttribute('data-luoshi', s.kind);
        el.setAttribute('data-luoshi-span', String(s.span));
        seen.push(s.kind);
      });
    }
    const marks = [...root.querySelectorAll(MARK_SELECTOR)];
    expect(marks.length).toBe(made);
    for (const s of specs) {
      const pieces = marks.filter((m) => m.getAttribute('data-luoshi-span') === String(s.span));
      expect(pieces.map((m) => m.textContent).join('')).toBe(map.text.slice(s.start, s.end));
      expect(pieces.every((m) => m.getAttribute('data-luoshi') === s.kind)).toBe(true);
    }
    // the hidden text between 县发改委 and 负责 is not marked
    expect(root.querySelector('span[style] mark')).toBeNull();
    // spans across <b>, <span>, <a> give several pieces
    expect(marks.filter((m) => m.getAttribute('data-luoshi-span') === '0').length).toBe(2);
    expect(root.querySelector('script')!.textContent).toBe('var s = "各部门要在年底前完成";');

    expect(removeMarks(root)).toBe(made);
    expect(root.innerHTML).toBe(before);
  });

  test('chunks never split the specs of one text node', () => {
    const map = readText(root);
    const specs = [spec(map.text, '县发改委', 'unit', 0), spec(map.text, '负责', 'unit', 1), spec(map.text, '汇总', 'target', 2)];
    const chunks = chunkSpecs(map, specs, 1);
    // 县发改委 alone in its node; 负责 and 汇总 share one
    expect(chunks.map((c) => c.map((s) => s.span))).toEqual([[0], [1, 2]]);
    expect(segmentsFor(map, specs[1].start, specs[2].end)).toHaveLength(1);
  });

  test('a spec whose node changed after reading is skipped', () => {
    const map = readText(root);
    const s = spec(map.text, '县发改委', 'unit', 0);
    segmentsFor(map, s.start, s.end)[0].piece.node.data = '改过的文字';
    expect(markChunk(map, [s], () => {})).toBe(0);
  });
});
