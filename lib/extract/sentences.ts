// Sentences exactly as eval/score.mjs cuts them: at 。 ! ? ; (ASCII !?;) and line breaks;
// pieces whose trimmed text has at most one character are dropped.

export const SENTENCE_ENDS = '。!?;\n';

export function sentenceRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // non-whitespace characters seen in the current piece (only "more than one" matters)
  let solid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSentenceEnd(code)) {
      if (solid + (code === 0x0a ? 0 : 1) > 1) out.push([start, i + 1]);
      start = i + 1;
      solid = 0;
    } else if (solid < 2 && !isWhitespace(code)) solid++;
  }
  if (start < text.length && solid > 1) out.push([start, text.length]);
  return out;
}

/** 。 ! ? ; or a line break, by character code (the matching code's inner loops). */
export function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a;
}

/** What String.prototype.trim() removes. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
