// The page-side CSS for highlights, regenerated when colours or per-kind toggles change.
// Colour is never the only cue: each kind has its own underline (target solid, deadline double, unit dashed),
// and marked text is forced dark on the light backgrounds so it stays readable on dark pages too.
import type { SpanType } from '../extract/types';
import type { Settings } from '../settings';
import { SPAN_KINDS } from '../settings-base';
import { markSelectors } from './marks';
import { HIGHLIGHT_NAMES } from './painters/css-highlight-painter';
import { OWN_UI_ATTR } from './readable-text';

const UNDERLINE: Record<SpanType, string> = { target: '2px solid', deadline: '3px double', unit: '2px dashed' };

export function markCss(colors: Settings['colors'], hidden: ReadonlySet<SpanType>, clippedBadge: string): string {
  const sel = markSelectors.any;
  const rules = [
    `${sel}{display:inline !important;color:#111 !important;border-radius:2px;padding:0 1px;margin:0;font:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help;text-shadow:none}`,
    `${sel}:focus-visible{outline:2px solid #2563eb;outline-offset:1px}`,
  ];
  for (const kind of SPAN_KINDS) {
    const c = colors[kind];
    rules.push(
      hidden.has(kind)
        ? `${markSelectors.kind(kind)}{background:none !important;color:inherit !important;border:0 !important;cursor:auto}`
        : `${markSelectors.kind(kind)}{background:${c} !important;border-bottom:${UNDERLINE[kind]} color-mix(in srgb,${c} 35%,#000)}`,
    );
    // the CSS Custom Highlight painter: ::highlight() takes colours and text-decoration only, so the underline
    // style (solid, double, dashed) is a text decoration there
    if (!hidden.has(kind)) {
      const style = UNDERLINE[kind].split(' ')[1];
      rules.push(
        `::highlight(${HIGHLIGHT_NAMES.kind(kind)}){background-color:${c};color:#111;text-decoration:underline ${style} color-mix(in srgb,${c} 35%,#000)}`,
      );
    }
  }
  rules.push(
    `::highlight(${HIGHLIGHT_NAMES.clipped}){text-decoration:underline solid #15803d}`,
    `${markSelectors.clipped}{box-shadow:0 0 0 1px #15803d}`,
    `${markSelectors.clippedEnd}::after{content:${JSON.stringify(clippedBadge)};display:inline-block;margin-left:3px;padding:0 4px;border-radius:3px;background:#15803d;color:#fff;font-size:.72em;line-height:1.5;vertical-align:.1em;font-weight:normal}`,
  );
  return rules.join('\n');
}

/** Creates or updates our one <style> element in the page. */
export function applyMarkStyle(doc: Document, css: string): HTMLStyleElement {
  let style = doc.querySelector<HTMLStyleElement>(`style[${OWN_UI_ATTR}="marks"]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(OWN_UI_ATTR, 'marks');
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
  return style;
}

export function removeMarkStyle(doc: Document): void {
  doc.querySelector(`style[${OWN_UI_ATTR}="marks"]`)?.remove();
}
