// Which section of its page a sentence sits in: the text of the nearest heading (h1–h6, role="heading") before it
// in document order. A page holding several speeches (the seed: nine, each under its own <h2>) then tells each
// task's speech apart; the popup shows it on the row (issue 11).

import type { TaskDraft } from '../domain/task';
import { pieceIndexAt, type TextMap } from './text-map';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Longest section name kept; the schema allows the title's length (TASK_LIMITS.title), a heading needs far less. */
export const SECTION_MAX = 200;

export interface SectionFinder {
  /** the section holding a node: the nearest heading before it, unless that heading only repeats the title */
  sectionOf(node: Node): string | undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads the document's headings once (in document order) and answers per node by binary search.
 * `title`: the page's title as the task's source gives it; a heading equal to it names no section.
 */
export function findSections(root: ParentNode, title = ''): SectionFinder {
  const headings = [...root.querySelectorAll<HTMLElement>(HEADINGS)]
    .map((element) => ({ element, text: collapse(element.textContent ?? '').slice(0, SECTION_MAX) }))
    .filter((heading) => heading.text);
  const pageTitle = collapse(title);
  return {
    sectionOf(node) {
      // the last heading that precedes the node (a heading containing the node does not precede it)
      let lo = 0;
      let hi = headings.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const position = headings[mid].element.compareDocumentPosition(node);
        if (position & Node.DOCUMENT_POSITION_FOLLOWING && !(position & Node.DOCUMENT_POSITION_CONTAINED_BY)) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const text = found >= 0 ? headings[found].text : undefined;
      return text && text !== pageTitle ? text : undefined;
    },
  };
}

/** The text node holding a text offset (or the last one before it), where a sentence's section is looked up. */
export function nodeAt(map: TextMap, offset: number): Node | undefined {
  return map.pieces[Math.max(0, pieceIndexAt(map, offset))]?.node;
}

/** The draft with the section of `node` (where its sentence starts), when there is one. */
export function withSection(draft: TaskDraft | null, sections: SectionFinder, node: Node | undefined): TaskDraft | null {
  const section = draft && node ? sections.sectionOf(node) : undefined;
  return draft && section ? { ...draft, section } : draft;
}
