// Builds the Firefox package and runs Mozilla's linter (web-ext lint, from devDependencies) on it.
// Prints each error and warning on one line; exits 1 when there is an error.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const outDir = process.env.LUOSHI_OUT ?? '.output';
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

try {
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('lint:firefox: the Firefox build failed (run `npx wxt build -b firefox` to see why)');
  process.exit(1);
}

const sourceDir = join(ROOT, outDir, 'firefox-mv3');
let output: string;
try {
  output = execFileSync(bin('web-ext'), ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    // web-ext would otherwise ask the npm registry whether a newer web-ext exists
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
} catch (error) {
  // web-ext exits non-zero when the linter reports errors; the JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}

let report: LintReport;
try {
  report = JSON.parse(output.slice(output.indexOf('{')));
} catch {
  console.error(`lint:firefox: web-ext lint gave no report:\n${output}`);
  process.exit(1);
}

const line = (kind: string, m: LintMessage) => `${kind.padEnd(7)} ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}` : ''}  ${m.message}`;
for (const m of report.errors) console.log(line('error', m));
for (const m of report.warnings) console.log(line('warning', m));
for (const m of report.notices) console.log(line('notice', m));
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
