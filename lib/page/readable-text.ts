// What counts as the page's readable text, and reading it into a TextMap.
// Rules: no script/style/form fields/editable regions/hidden elements/our own UI; elements laid out as blocks and
// <br> separate text with '\n' so that no span joins two blocks; inside a text node, line breaks and tabs from the
// HTML source read as spaces (same length, so node offsets stay identity), except in <pre>.
// Layout decides what a block is, not the tag name (issue 10 §2): a <span style="display:block">, a flex or grid
// item, a table cell or list item starts a new line; a <div style="display:inline"> does not. The computed style is
// read once per element per walk (layout.ts).
import { layoutCache } from './layout';
import type { TextMap, TextPiece } from './text-map';

/** Elements whose content is never readable text (lower-case local names). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', 'datalist',
]);

/**
 * Elements that start a new line of text when the browser gives no computed style (a DOM without layout, as in
 * unit tests). With layout, computed display decides (layout.ts).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'legend', 'html',
]);

/** Attribute on every element of Luoshi's own UI (shadow hosts, injected styles). */
export const OWN_UI_ATTR = 'data-luoshi-ui';

export interface ReadOptions {
  /** text nodes to leave out (e.g. already annotated ones); they separate like a block boundary */
  skipText?: (node: Text) => boolean;
  /** whether an element is hidden; default: checkVisibility() where available, else computed style */
  isHidden?: (el: Element) => boolean;
  /** whether an element starts a new line; default: its computed display (layout.ts), cached for the walk */
  isBlock?: (el: Element) => boolean;
}

export function defaultIsHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  const view = el.ownerDocument.defaultView;
  if (typeof check === 'function') {
    if (check.call(el, { visibilityProperty: true })) return false;
    // display: contents has no box of its own, so checkVisibility() says false, yet its children show
    return view?.getComputedStyle(el).display !== 'contents';
  }
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Elements never read, checked before the (costlier) visibility test. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return true;
  if (el.localName.startsWith('luoshi-')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const SOURCE_BREAKS = /[\n\r\t\f]/g;
const SOURCE_WHITESPACE_ONLY = /^[ \n\r\t\f]*[\n\r][ \n\r\t\f]*$/;

/** Reads the readable text under root (root itself is assumed readable). */
export function readText(root: Element, options: ReadOptions = {}): TextMap {
  const reading = reader(root, options);
  reading.walk(Infinity);
  return reading.result();
}

/** Elements walked between two looks at the clock in readTextPaced. */
const ELEMENTS_PER_STEP = 64;

/**
 * readText in slices of about budgetMs, yielding to the page between them: a long page is read without a long
 * main-thread task (issue 10 §6). Text nodes changed meanwhile are caught when marking (highlight.ts checks them).
 */
export async function readTextPaced(root: Element, options: ReadOptions = {}, budgetMs = 10): Promise<TextMap> {
  const reading = reader(root, options);
  let since = performance.now();
  while (!reading.walk(ELEMENTS_PER_STEP)) {
    if (performance.now() - since > budgetMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
  return reading.result();
}

/** An element being walked: its next child to read, and what its text belongs to. */
interface Level {
  next: ChildNode | null;
  block: Element;
  pre: boolean;
  /** a block: a line break once its children are read */
  closes: boolean;
}

/**
 * The walk, depth first with a stack of its own (no recursion, no generators: a long page is read in slices, and a
 * plain loop over a stack is several times cheaper than resuming nested generators). walk(n) goes on for at most n
 * more elements and says whether the walk is done.
 */
function reader(root: Element, options: ReadOptions): { walk(maxElements: number): boolean; result(): TextMap } {
  const isHidden = options.isHidden ?? defaultIsHidden;
  const isBlock = options.isBlock ?? layoutCache().isBlock;
  const skipText = options.skipText;
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let endsWithBreak = true; // no leading '\n'

  const lineBreak = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };

  const stack: Level[] = [{ next: root.firstChild, block: root, pre: false, closes: false }];
  const walk = (maxElements: number): boolean => {
    let elements = 0;
    while (stack.length) {
      const level = stack[stack.length - 1];
      const n = level.next;
      if (!n) {
        stack.pop();
        if (level.closes) lineBreak();
        continue;
      }
      level.next = n.nextSibling;
      if (n.nodeType === 3) {
        const node = n as Text;
        const data = node.data;
        if (data.length === 0) continue;
        if (skipText?.(node)) {
          lineBreak();
          continue;
        }
        // indentation between tags in the HTML source is not text
        if (!level.pre && SOURCE_WHITESPACE_ONLY.test(data)) continue;
        const value = level.pre ? data : data.replace(SOURCE_BREAKS, ' ');
        pieces.push({ node, start: length, end: length + value.length, block: level.block });
        parts.push(value);
        length += value.length;
        endsWithBreak = value.endsWith('\n');
      } else if (n.nodeType === 1) {
        const child = n as Element;
        if (isSkippedElement(child)) continue;
        const name = child.localName;
        if (name === 'br') {
          lineBreak();
          continue;
        }
        if (isHidden(child)) continue;
        if (isBlock(child)) {
          lineBreak();
          stack.push({ next: child.firstChild, block: child, pre: level.pre || name === 'pre', closes: true });
        } else {
          stack.push({ next: child.firstChild, block: level.block, pre: level.pre, closes: false });
        }
        if (++elements >= maxElements) return !stack.length;
      }
    }
    return true;
  };
  return { walk, result: () => ({ text: parts.join(''), pieces }) };
}
