// Small helpers the rule finders share: the range type, the longest-first word order, and the regex pieces built
// from lexicon word lists. One definition each (issue 9, item 4).

/** A half-open range [start, end) of string indices (UTF-16 code units), in whichever text the caller names. */
export type Range = [number, number];

/** The words, longest first; words of equal length keep their order (Array.prototype.sort is stable). */
export const byLength = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);

/**
 * A word as a literal regex piece: escapes every character with a meaning in a pattern, `-` included (a character
 * class built from the result stays literal). Patterns here are compiled without the `u` flag, where `\-` outside a
 * class is a plain `-`.
 */
export const escapeRegex = (word: string): string => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** `a|b|c` of the escaped words, longest first, so a regex alternation prefers the longest word at a position. */
export const alternation = (words: Iterable<string>): string => byLength(words).map(escapeRegex).join('|');
