// Mozilla's linter for add-ons (web-ext lint, from devDependencies) on a built Firefox package, as a function:
// `npm run lint:firefox` prints its report, test/browser/firefox-lint.test.ts asserts on it.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** The Firefox package folder that `wxt build -b firefox` writes (LUOSHI_OUT as the browser harness reads it). */
export const FIREFOX_DIR = join(ROOT, process.env.LUOSHI_OUT ?? '.output', 'firefox-mv3');

/**
 * Runs `web-ext lint` on an unpacked Firefox package (default FIREFOX_DIR) and returns its JSON report.
 * Throws when web-ext gives no report (not installed, folder missing); lint errors are in the report, not thrown.
 */
export function webExtLint(sourceDir: string = FIREFOX_DIR): LintReport {
  let output: string;
  try {
    output = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
      // web-ext would otherwise ask the npm registry whether a newer web-ext exists
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    );
  } catch (error) {
    // web-ext exits non-zero when the linter reports errors; the JSON report is still on stdout.
    output = (error as { stdout?: string }).stdout ?? '';
  }
  try {
    return JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no report for ${sourceDir}:\n${output}`);
  }
}

/** One line per message: `warning DANGEROUS_EVAL  background.js:3  The Function constructor is eval.` */
export function formatLintMessage(kind: string, m: LintMessage): string {
  return `${kind.padEnd(7)} ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`;
}
