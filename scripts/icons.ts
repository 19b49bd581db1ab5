// `npm run icons`: renders assets/icon.svg to the PNGs the manifest names (public/icon/<size>.png, see ICON_SIZES in
// wxt.config.ts) with resvg. The PNGs are committed, so a build needs no renderer; test/unit/icons.test.ts fails
// when they no longer match the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from '../wxt.config';

export const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SVG = join(ROOT, 'assets/icon.svg');
export const iconPngPath = (size: number): string => join(ROOT, 'public/icon', `${size}.png`);

/** The icon as a PNG of size × size pixels. */
export function renderIcon(size: number, svg: string = readFileSync(ICON_SVG, 'utf8')): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(join(ROOT, 'public/icon'), { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(iconPngPath(size), renderIcon(size));
    console.log(`public/icon/${size}.png`);
  }
}
