// A matching view of the text: full-width ASCII forms folded to ASCII, spaces dropped (PDF debris), line breaks kept.
// Every character of the view remembers its index in the original text, so spans found in the view map back exactly.

export interface MatchView {
  /** the folded text the rules run on */
  text: string;
  /** toOriginal[i] = index in the original text of view character i */
  toOriginal: Int32Array;
}

const DROPPED_CODES = new Set([0x20, 0x09, 0x0d, 0x3000, 0xa0, 0x200b, 0xfeff, 0x2002, 0x2003, 0x2009]);

/** Characters folded to another form beyond the full-width ASCII block. */
const FOLDED: Readonly<Record<string, string>> = {
  '﹑': '、',
  '〜': '~',
  '～': '~',
  '—': '-',
  '–': '-',
  '－': '-',
  '―': '-',
  '﹪': '%',
};
const FOLDED_CODES = new Map(Object.entries(FOLDED).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code === 0xff5e ? 0x7e : code - 0xfee0;
  return FOLDED_CODES.get(code) ?? code;
}

/** Full-width ASCII forms (，：；（）％０-９) to ASCII, a few dashes and marks to one form. */
export function foldChar(ch: string): string {
  return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}

// UTF-16 code units to a string in one native call; lone surrogates pass through unchanged.
const UTF16 = new TextDecoder('utf-16le');

export function buildMatchView(original: string): MatchView {
  const toOriginal = new Int32Array(original.length);
  const codes = new Uint16Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || code === 0x09 || code === 0x0d) continue;
      codes[n] = code;
    } else if ((code < 0x2000 && code !== 0xa0) || (code > 0x3000 && code < 0xfe00 && code !== 0x301c)) {
      // most of the text: CJK and other characters that are never dropped or folded
      codes[n] = code;
    } else {
      if (DROPPED_CODES.has(code)) continue;
      codes[n] = foldCode(code);
    }
    toOriginal[n++] = i;
  }
  return { text: UTF16.decode(codes.subarray(0, n)), toOriginal: toOriginal.subarray(0, n) };
}

/** Maps a [start, end) range of the view back to the original text. */
export function toOriginalRange(view: MatchView, start: number, end: number): [number, number] {
  return [view.toOriginal[start], view.toOriginal[end - 1] + 1];
}

/** The first view index whose original index is at or after `originalIndex`. */
export function toViewIndex(view: MatchView, originalIndex: number): number {
  let lo = 0;
  let hi = view.toOriginal.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toOriginal[mid] < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
