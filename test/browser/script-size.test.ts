// The script that runs on every http(s) page stays small (issue 10 §6: at most 60 KB minified): the engine,
// mark.js, zod and the UI are in the page part, which only speech pages (and requests) load.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { EXTENSION_DIR } from './harness';

const MAX_BYTES = 60 * 1024;
/**
 * The page part is evaluated in one main-thread task on speech pages (issue 10 §6: no task over 50 ms). It was
 * 207 KB with zod; without it (lib/page/replies.ts says why the page part needs none) it is about 110 KB.
 */
const MAX_PAGE_PART_BYTES = 128 * 1024;

test('the content script on every page is under 60 KB and holds no engine, mark.js, zod or UI', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const files: string[] = manifest.content_scripts.flatMap((c: { js?: string[] }) => c.js ?? []);
  expect(files).toEqual(['content-scripts/content.js']);
  const path = join(EXTENSION_DIR, files[0]);
  const size = statSync(path).size;
  console.log(`content script: ${(size / 1024).toFixed(1)} KB`);
  expect(size).toBeLessThanOrEqual(MAX_BYTES);
  const code = readFileSync(path, 'utf8');
  // markers of what must not be there: mark.js's class, zod's error class, the engine's table labels, preact's render
  for (const marker of ['markRanges', 'ZodError', '\\u5DE5\\u4F5C\\u4EFB\\u52A1', '__H']) expect(code, marker).not.toContain(marker);
  // the page part is there, and web-accessible so that the bootstrap can import() it
  expect(statSync(join(EXTENSION_DIR, 'page-main.js')).size).toBeGreaterThan(MAX_BYTES);
  expect(manifest.web_accessible_resources.some((r: { resources: string[] }) => r.resources.includes('page-main.js'))).toBe(true);
});

test('the page part holds no zod and stays under 128 KB', () => {
  const path = join(EXTENSION_DIR, 'page-main.js');
  const size = statSync(path).size;
  console.log(`page part: ${(size / 1024).toFixed(1)} KB`);
  expect(size).toBeLessThanOrEqual(MAX_PAGE_PART_BYTES);
  expect(readFileSync(path, 'utf8')).not.toContain('ZodError');
  // zod is still where messages are received
  expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('ZodError');
});
