// @vitest-environment happy-dom
// The section of a sentence: the nearest heading before it, as on the seed page (nine speeches under their <h2>s).
import { beforeEach, expect, test } from 'vitest';
import { draft } from '../db/fixtures';
import { findSections, withSection } from '../../../lib/page/section';

const TITLE = '2023年项目推进会上的讲话内容(优质9篇)';

beforeEach(() => {
  document.body.innerHTML = `
    <p id="before">开头没有标题的一段。</p>
    <article>
      <h1>${TITLE}</h1>
      <p id="intro">小编为大家精选了一些范文。</p>
      <h2>项目推进会上的讲话内容篇一</h2>
      <p id="one">经济局要将市场主体培育作为考核的重要内容。</p>
      <h2>项目推进会上的讲话内容<b>篇二</b></h2>
      <div><section><p id="two">各乡镇要在6月底前完成项目申报。</p></section></div>
      <div role="heading" aria-level="3">  三、抓好  安全生产 </div>
      <p id="three">县应急局要定期检查。</p>
      <h3></h3>
      <p id="after-empty">空标题不算。</p>
    </article>`;
});

const text = (id: string) => document.getElementById(id)!.firstChild!;

test('the nearest heading before the sentence, in document order, however deep the sentence sits', () => {
  const sections = findSections(document, TITLE);
  expect(sections.sectionOf(text('one'))).toBe('项目推进会上的讲话内容篇一');
  expect(sections.sectionOf(text('two'))).toBe('项目推进会上的讲话内容篇二'); // inline markup inside the heading
  expect(sections.sectionOf(text('three'))).toBe('三、抓好 安全生产'); // role="heading", spaces collapsed
  expect(sections.sectionOf(text('after-empty'))).toBe('三、抓好 安全生产'); // an empty heading names nothing
});

test('no section before the first heading, nor under a heading that only repeats the page title', () => {
  const sections = findSections(document, TITLE);
  expect(sections.sectionOf(text('before'))).toBeUndefined();
  expect(sections.sectionOf(text('intro'))).toBeUndefined();
  expect(findSections(document, '').sectionOf(text('intro'))).toBe(TITLE);
});

test('withSection adds the field only when there is a section', () => {
  const sections = findSections(document, TITLE);
  const plain = draft('经济局要将市场主体培育作为考核的重要内容。');
  expect(withSection(plain, sections, text('one'))).toEqual({ ...plain, section: '项目推进会上的讲话内容篇一' });
  expect(withSection(plain, sections, text('intro'))).toBe(plain);
  expect(withSection(null, sections, text('one'))).toBeNull();
});
