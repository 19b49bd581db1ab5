// A word list indexed by first and last character, so "which word starts (or ends) here" costs a few
// comparisons instead of a scan of the whole list. Longest words are tried first.

const NONE: readonly string[] = [];

// One shared table of the characters that start (or end) a word of any list: a quick "no" before the map lookup,
// for the many characters of a text that start no word at all. 64 KB each, for all lists together.
const STARTS = new Uint8Array(0x10000);
const ENDS = new Uint8Array(0x10000);

export class WordList {
  /** buckets by UTF-16 code unit: byFirst.get(code) lists the words starting with that unit, longest first */
  private readonly byFirst = new Map<number, readonly string[]>();
  private readonly byLast = new Map<number, readonly string[]>();
  readonly words: readonly string[];

  constructor(words: readonly string[]) {
    this.words = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of this.words) {
      const first = w.charCodeAt(0);
      STARTS[first] = 1;
      ENDS[w.charCodeAt(w.length - 1)] = 1;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? NONE), w]);
      const last = w.charCodeAt(w.length - 1);
      this.byLast.set(last, [...(this.byLast.get(last) ?? NONE), w]);
    }
  }

  /** The longest word starting at `at`, or null. */
  at(text: string, at: number): string | null {
    if (!STARTS[text.charCodeAt(at)]) return null;
    const bucket = this.byFirst.get(text.charCodeAt(at));
    if (bucket === undefined) return null;
    for (const w of bucket) if (text.startsWith(w, at)) return w;
    return null;
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `from`, or null. */
  endingAt(text: string, end: number, from = 0): string | null {
    if (!ENDS[text.charCodeAt(end - 1)]) return null;
    const bucket = this.byLast.get(text.charCodeAt(end - 1));
    if (bucket === undefined) return null;
    for (const w of bucket) if (end - w.length >= from && text.startsWith(w, end - w.length)) return w;
    return null;
  }

  /** The longest word the whole of `text` ends with. */
  suffixOf(text: string): string | null {
    return this.endingAt(text, text.length, 0);
  }

  /** Whether any word occurs in text[from, to). */
  occursIn(text: string, from = 0, to = text.length): boolean {
    for (let i = from; i < to; i++) {
      if (!STARTS[text.charCodeAt(i)]) continue;
      const bucket = this.byFirst.get(text.charCodeAt(i));
      if (bucket === undefined) continue;
      for (const w of bucket) if (i + w.length <= to && text.startsWith(w, i)) return true;
    }
    return false;
  }
}

const lists = new WeakMap<readonly string[], WordList>();

/** The WordList of a lexicon array, built once per array. */
export function listOf(words: readonly string[]): WordList {
  let list = lists.get(words);
  if (!list) {
    list = new WordList(words);
    lists.set(words, list);
  }
  return list;
}

/** The longest word of `words` starting at `at` in `text`, or null. */
export function startsWithAny(text: string, at: number, words: readonly string[]): string | null {
  return listOf(words).at(text, at);
}

/** The longest word of `words` that `text` ends with, or null. */
export function endsWithAny(text: string, words: readonly string[]): string | null {
  return listOf(words).suffixOf(text);
}
