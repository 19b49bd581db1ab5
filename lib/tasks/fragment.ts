// Links to a task's sentence in its page: a text fragment (https://wicg.github.io/scroll-to-text-fragment/),
// `url#:~:text=[prefix-,]start[,end][,-suffix]`, which browsers scroll to and highlight.
import { pageKey } from '../domain/task-keys';
import type { Task } from '../domain/task';

/** Up to this many characters the whole sentence is quoted; longer ones use its start and end. */
const WHOLE_LIMIT = 80;
const EDGE_LENGTH = 24;
const MIN_EDGE = 4;
const CONTEXT_LENGTH = 20;
/** Punctuation and spaces: points where a term may begin or end on a word boundary, also in Chinese. */
const BOUNDARY = /[\s，。；：、！？,.;:!?（）()《》“”"'‘’【】\u3000]/;

/** Percent-encodes a term; '-', ',' and '&' are the directive's own syntax and must be escaped too. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Context of at most CONTEXT_LENGTH characters next to the sentence, cut at punctuation so it starts (prefix) or
 * ends (suffix) on a boundary; empty when the neighbour is itself punctuation, as it is for whole sentences. */
function contextTerm(text: string, side: 'prefix' | 'suffix'): string {
  const chars = [...collapse(text)];
  if (side === 'prefix') {
    const tail = chars.slice(-CONTEXT_LENGTH);
    let cut = tail.length;
    while (cut > 0 && !BOUNDARY.test(tail[cut - 1])) cut--;
    return cut === 0 && chars.length > CONTEXT_LENGTH ? '' : tail.slice(cut).join('').trim();
  }
  const head = chars.slice(0, CONTEXT_LENGTH);
  let cut = 0;
  while (cut < head.length && !BOUNDARY.test(head[cut])) cut++;
  return cut === head.length && chars.length > CONTEXT_LENGTH ? '' : head.slice(0, cut).join('').trim();
}

/** A term from the start (or end) of a long sentence: at most EDGE_LENGTH characters, cut at the punctuation mark
 * nearest that length so that the term ends (or starts) on a boundary; at least MIN_EDGE characters. */
function edge(chars: string[], from: 'start' | 'end'): string {
  if (from === 'start') {
    const piece = chars.slice(0, EDGE_LENGTH);
    for (let i = piece.length - 1; i >= MIN_EDGE - 1; i--) if (BOUNDARY.test(piece[i])) return piece.slice(0, i + 1).join('').trim();
    return piece.join('');
  }
  const piece = chars.slice(-EDGE_LENGTH);
  for (let i = 0; i <= piece.length - MIN_EDGE - 1; i++) if (BOUNDARY.test(piece[i])) return piece.slice(i + 1).join('').trim();
  return piece.join('');
}

export function textFragmentUrl(task: Pick<Task, 'source' | 'anchor'>): string {
  const exact = [...collapse(task.anchor.exact)];
  const terms: string[] = [];
  const prefix = contextTerm(task.anchor.prefix, 'prefix');
  // a sentence that ends in punctuation needs no suffix: the next sentence may sit in another block
  const suffix = BOUNDARY.test(exact[exact.length - 1] ?? '') ? '' : contextTerm(task.anchor.suffix, 'suffix');
  if (prefix) terms.push(`${encodeTextTerm(prefix)}-`);
  if (exact.length <= WHOLE_LIMIT) terms.push(encodeTextTerm(exact.join('')));
  else terms.push(encodeTextTerm(edge(exact, 'start')), encodeTextTerm(edge(exact, 'end')));
  if (suffix) terms.push(`-${encodeTextTerm(suffix)}`);
  return `${pageKey(task.source.url)}#:~:text=${terms.join(',')}`;
}
