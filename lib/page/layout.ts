// Whether an element is laid out as a block (starts a new line of text), by its computed display: block, flex and
// grid containers and their items (which the browser blockifies), tables, rows and cells, list items. Inline-level
// boxes (inline, inline-block, inline-flex, ruby, contents) read inline. A cache keeps one getComputedStyle() per
// element for a walk, so the walk stays linear; a new walk takes a new cache (styles may have changed).
import { BLOCK_TAGS } from './readable-text';

/** Computed display values whose outer display type is inline (CSS Display 3). */
const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table', 'ruby', 'ruby-base', 'ruby-text', 'contents', 'inline list-item']);

/** A block decision for one element, from its computed display ('' without layout: the tag decides). */
export function displayStartsLine(display: string, localName: string): boolean {
  if (!display) return BLOCK_TAGS.has(localName);
  if (display === 'none') return false;
  return !INLINE_DISPLAYS.has(display) && !display.startsWith('inline ');
}

export interface LayoutCache {
  isBlock(el: Element): boolean;
}

export function layoutCache(): LayoutCache {
  const cache = new WeakMap<Element, boolean>();
  return {
    isBlock(el) {
      let block = cache.get(el);
      if (block === undefined) {
        const view = el.ownerDocument.defaultView;
        const display = view ? view.getComputedStyle(el).display : '';
        block = displayStartsLine(display, el.localName);
        cache.set(el, block);
      }
      return block;
    },
  };
}
