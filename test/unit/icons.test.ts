// The icon: the manifest names a PNG for each size (icons and the toolbar button), each file is there at its size,
// and it is what `npm run icons` renders from assets/icon.svg today (a changed SVG needs its PNGs rebuilt).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ICON_SIZES, luoshiManifest } from '../../wxt.config';
import { iconPngPath, renderIcon } from '../../scripts/icons';

const ROOT = resolve(import.meta.dirname, '../..');
const EXPECTED = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['chrome', 'firefox'])('%s manifest', (browser) => {
  const manifest = luoshiManifest(browser);
  test('icons at 16, 32, 48 and 128 px, the same for the toolbar button', () => {
    expect(manifest.icons).toEqual(EXPECTED);
    expect(manifest.action?.default_icon).toEqual(EXPECTED);
  });
});

describe.each(ICON_SIZES)('%i px icon', (size) => {
  test('is a PNG of that size in public/ (copied to the package root)', () => {
    expect(existsSync(iconPngPath(size))).toBe(true);
    expect(pngSize(readFileSync(iconPngPath(size)))).toEqual({ width: size, height: size });
  });

  test('matches what assets/icon.svg renders to (run `npm run icons` after changing the SVG)', () => {
    expect(renderIcon(size).equals(readFileSync(iconPngPath(size)))).toBe(true);
  });
});

test('a built Chrome package carries the icon files its manifest names', () => {
  const out = join(ROOT, process.env.LUOSHI_OUT ?? '.output', 'chrome-mv3');
  if (!existsSync(join(out, 'manifest.json'))) return; // unit runs without a build; npm test builds first
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest.icons).toEqual(EXPECTED);
  expect(manifest.action.default_icon).toEqual(EXPECTED);
  for (const file of Object.values(EXPECTED)) expect(existsSync(join(out, file))).toBe(true);
});
