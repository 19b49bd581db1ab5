// A cheap first test of whether a page is a speech or policy text, run on raw text before any DOM walk.
// The second test (at least a few spans) needs extract() and lives in the annotator.

/** Only this much of the page's raw text is examined: the test must stay well under 5 ms on any page. */
const SAMPLE = 200_000;
/** Enough Chinese characters to be a text worth reading (a news list of headlines has few per line, but many lines). */
export const MIN_CJK = 300;
/** Directive language seen in speeches and task documents. */
const CUES = /务必|确保|必须|抓好|抓紧|抓实|落实|牵头|负责|责任单位|完成时限|前完成|同志们|要(?:加快|切实|进一步|全面|坚持|做好|强化|认真|按照|在)|各(?:乡镇|部门|单位|地|级|县|区|市|处室)/g;
export const MIN_CUES = 5;
/** Spans extract() must find before the page is marked (unless the reader asked for it). */
export const MIN_SPANS = 3;

export function looksLikeSpeech(raw: string): boolean {
  const text = raw.length > SAMPLE ? raw.slice(0, SAMPLE) : raw;
  let cjk = 0;
  for (let i = 0; i < text.length && cjk < MIN_CJK; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  if (cjk < MIN_CJK) return false;
  CUES.lastIndex = 0;
  let cues = 0;
  while (cues < MIN_CUES && CUES.exec(text)) cues++;
  return cues >= MIN_CUES;
}
