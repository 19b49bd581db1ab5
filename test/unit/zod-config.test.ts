import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';
import '../../lib/messages';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test('importing the schemas turns off zod\'s eval probe (CSP-safe)', () => {
  expect(z.config().jitless).toBe(true);
});

test('extension code takes z from lib/zod.ts, never straight from zod', () => {
  const offenders = ['lib', 'components', 'entrypoints']
    .flatMap((dir) => sources(join(ROOT, dir)))
    .filter((file) => !file.endsWith(join('lib', 'zod.ts')))
    .filter((file) => /from ['"]zod['"]/.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});
