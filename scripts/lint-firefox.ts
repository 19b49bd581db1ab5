// Builds the Firefox package and runs Mozilla's linter (web-ext lint, from devDependencies) on it.
// Prints each error and warning on one line; exits 1 when there is an error.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { FIREFOX_DIR, formatLintMessage, webExtLint, type LintReport } from './web-ext-lint';

const ROOT = resolve(import.meta.dirname, '..');

try {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('lint:firefox: the Firefox build failed (run `npx wxt build -b firefox` to see why)');
  process.exit(1);
}

let report: LintReport;
try {
  report = webExtLint(FIREFOX_DIR);
} catch (error) {
  console.error(`lint:firefox: ${(error as Error).message}`);
  process.exit(1);
}

for (const m of report.errors) console.log(formatLintMessage('error', m));
for (const m of report.warnings) console.log(formatLintMessage('warning', m));
for (const m of report.notices) console.log(formatLintMessage('notice', m));
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${FIREFOX_DIR}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
