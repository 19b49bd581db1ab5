// Mozilla's review linter on the built Firefox package (npm test builds it: `wxt build -b firefox`). addons.mozilla.org
// reviewers read every warning; the bundles once carried zod's Function-constructor probe (DANGEROUS_EVAL) and
// Preact's innerHTML assignment (UNSAFE_VAR_ASSIGNMENT), now taken out by scripts/review-safe-bundle.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX_DIR, formatLintMessage, webExtLint, type LintReport } from '../../scripts/web-ext-lint';

let report: LintReport;

beforeAll(() => {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox package at ${FIREFOX_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`);
  }
  report = webExtLint(FIREFOX_DIR);
});

describe('web-ext lint on the Firefox package', () => {
  test('no Function constructor (DANGEROUS_EVAL) and no innerHTML assignment (UNSAFE_*) in any file', () => {
    const unsafe = [...report.errors, ...report.warnings].filter((m) => m.code === 'DANGEROUS_EVAL' || m.code.startsWith('UNSAFE_'));
    expect(unsafe.map((m) => formatLintMessage('warning', m))).toEqual([]);
  });

  test('no errors and no warnings at all', () => {
    expect(report.errors.map((m) => formatLintMessage('error', m))).toEqual([]);
    expect(report.warnings.map((m) => formatLintMessage('warning', m))).toEqual([]);
  });
});
