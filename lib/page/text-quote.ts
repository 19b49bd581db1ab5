// Text-quote anchors (W3C Web Annotation TextQuoteSelector: exact + prefix + suffix, plus a position hint)
// created from and found again in a flat text. Pure: no DOM.
//
// Finding a quote again, in order: exact occurrences (several: the best prefix/suffix agreement, then the one
// nearest the position hint); the same ignoring whitespace (layout changes move line breaks and spaces); an
// approximate match that tolerates a few edits in the sentence (Sellers' edit-distance search around candidate
// places found by exact pieces of the quote and by the position hint).

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** edits between the quote and the text found (0: exact, also when whitespace differed) */
  errors: number;
}

export const QUOTE_CONTEXT = 32;
/** Share of the quote's (non-space) length that may differ in an approximate match. */
export const MAX_ERROR_RATE = 0.2;
const MAX_OCCURRENCES = 500;

export function describeQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}

export function matchQuote(text: string, quote: TextQuote): QuoteMatch | null {
  if (!quote.exact) return null;
  const exact = findAll(text, quote.exact).map((start) => ({ start, end: start + quote.exact.length, errors: 0 }));
  if (exact.length) return best(text, quote, exact);

  const stripped = stripWhitespace(text);
  const pattern = quote.exact.replace(/\s+/g, '');
  if (!pattern) return null;
  const loose = findAll(stripped.text, pattern).map((s) => stripped.toRange(s, s + pattern.length, 0));
  if (loose.length) return best(text, quote, loose);

  return approximate(text, stripped, pattern, quote);
}

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < MAX_OCCURRENCES; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Characters of the prefix/suffix that agree with the text around a match. */
function contextScore(text: string, quote: TextQuote, m: QuoteMatch): number {
  let score = 0;
  const before = text.slice(Math.max(0, m.start - quote.prefix.length), m.start);
  for (let i = 1; i <= Math.min(before.length, quote.prefix.length); i++) {
    if (before[before.length - i] !== quote.prefix[quote.prefix.length - i]) break;
    score++;
  }
  const after = text.slice(m.end, m.end + quote.suffix.length);
  for (let i = 0; i < Math.min(after.length, quote.suffix.length); i++) {
    if (after[i] !== quote.suffix[i]) break;
    score++;
  }
  return score;
}

function best(text: string, quote: TextQuote, matches: QuoteMatch[]): QuoteMatch {
  if (matches.length === 1) return matches[0];
  const hint = quote.start;
  let top = matches[0];
  let topScore = -Infinity;
  for (const m of matches) {
    // errors weigh most, then context agreement, then nearness to where the quote was
    const distance = hint === undefined ? 0 : Math.abs(m.start - hint) / (text.length + 1);
    const score = -m.errors * 1000 + contextScore(text, quote, m) - distance;
    if (score > topScore) {
      top = m;
      topScore = score;
    }
  }
  return top;
}

interface Stripped {
  text: string;
  /** original offset of each character of text */
  at: Int32Array;
  toRange(start: number, end: number, errors: number): QuoteMatch;
  /** the stripped offset at or after an original offset */
  fromOriginal(offset: number): number;
}

function stripWhitespace(text: string): Stripped {
  const at = new Int32Array(text.length);
  let out = '';
  let n = 0;
  let runStart = 0;
  // build with slices rather than char by char: long texts have long runs without spaces
  const ws = /\s+/g;
  for (let m = ws.exec(text); m; m = ws.exec(text)) {
    out += text.slice(runStart, m.index);
    for (let i = runStart; i < m.index; i++) at[n++] = i;
    runStart = m.index + m[0].length;
  }
  out += text.slice(runStart);
  for (let i = runStart; i < text.length; i++) at[n++] = i;
  const positions = at.subarray(0, n);
  return {
    text: out,
    at: positions,
    toRange: (start, end, errors) => ({
      start: positions[start] ?? text.length,
      end: end > 0 ? positions[end - 1] + 1 : 0,
      errors,
    }),
    fromOriginal: (offset) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (positions[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

function approximate(text: string, stripped: Stripped, pattern: string, quote: TextQuote): QuoteMatch | null {
  const m = pattern.length;
  if (m > 4000) return null; // the edit-distance search is O(m²) per candidate
  const maxErrors = Math.max(1, Math.floor(m * MAX_ERROR_RATE));
  const haystack = stripped.text;

  // candidate starts (in stripped offsets): where an unchanged piece of the quote occurs, and the old position
  const candidates = new Set<number>();
  const pieceLength = Math.max(4, Math.floor(m / (maxErrors + 1)));
  for (let offset = 0; offset + pieceLength <= m; offset += pieceLength) {
    const piece = pattern.slice(offset, offset + pieceLength);
    for (const at of findAll(haystack, piece).slice(0, 50)) {
      candidates.add(Math.round((at - offset) / maxErrors) * maxErrors);
      if (candidates.size > 400) break;
    }
  }
  if (quote.start !== undefined) candidates.add(stripped.fromOriginal(quote.start));

  const found: QuoteMatch[] = [];
  for (const candidate of candidates) {
    const from = Math.max(0, candidate - 2 * maxErrors);
    const to = Math.min(haystack.length, candidate + m + 2 * maxErrors);
    if (to <= from) continue;
    const hit = searchWithEdits(pattern, haystack.slice(from, to));
    if (hit && hit.errors <= maxErrors) found.push(stripped.toRange(from + hit.start, from + hit.end, hit.errors));
  }
  if (!found.length) return null;
  return best(text, quote, found);
}

/**
 * The substring of window closest to pattern by edit distance (Sellers 1980: edit distance with a free start
 * and end in the text). Returns its [start, end) in window and the number of edits.
 */
export function searchWithEdits(pattern: string, window: string): QuoteMatch | null {
  const m = pattern.length;
  if (m === 0 || window.length === 0) return null;
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let bestErrors = prev[m];
  let bestStart = 0;
  let bestEnd = 0;
  for (let j = 1; j <= window.length; j++) {
    const c = window.charCodeAt(j - 1);
    cur[0] = 0;
    curStart[0] = j;
    for (let i = 1; i <= m; i++) {
      let cost = prev[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let start = prevStart[i - 1];
      if (prev[i] + 1 < cost) {
        cost = prev[i] + 1;
        start = prevStart[i];
      }
      if (cur[i - 1] + 1 < cost) {
        cost = cur[i - 1] + 1;
        start = curStart[i - 1];
      }
      cur[i] = cost;
      curStart[i] = start;
    }
    // prefer the longer match on ties so trailing characters that still agree are included
    if (cur[m] < bestErrors || (cur[m] === bestErrors && curStart[m] === bestStart)) {
      bestErrors = cur[m];
      bestStart = curStart[m];
      bestEnd = j;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (bestEnd <= bestStart) return null;
  return { start: bestStart, end: bestEnd, errors: bestErrors };
}
