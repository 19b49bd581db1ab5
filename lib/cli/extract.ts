// CLI: npm run --silent extract -- FILE [--ref YYYY-MM-DD]
// Prints one JSON object {spans, tasks} for a UTF-8 .txt file or an .html page's readable text.
// Errors (missing, empty or non-UTF-8 file, bad arguments) go to stderr as one line, exit code 2.
import { readFileSync } from 'node:fs';
import { isCalendarDate } from '../dates';
import { extract, findPublishDate } from '../extract/index';
import { htmlToText } from './html-text';

class UsageError extends Error {}

function referenceDate(value: string | undefined): string {
  if (!value || !isCalendarDate(value)) throw new UsageError('--ref needs a date YYYY-MM-DD');
  return value;
}

function parseArgs(argv: string[]): { file: string; ref?: string } {
  let file: string | undefined;
  let ref: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--ref') {
      ref = referenceDate(argv[++i]);
    } else if (arg.startsWith('--ref=')) {
      ref = referenceDate(arg.slice('--ref='.length));
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (!file) {
      file = arg;
    } else {
      throw new UsageError('only one FILE may be given');
    }
  }
  if (!file) throw new UsageError('usage: extract FILE [--ref YYYY-MM-DD]');
  return { file, ref };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `not a file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new UsageError(`empty file: ${file}`);
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so offsets match a plain UTF-8 read of the file
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`not UTF-8 text: ${file}`);
  }
  if (text.includes('\u0000')) throw new UsageError(`not a text file: ${file}`);
  if (/\.x?html?$/i.test(file)) text = htmlToText(text);
  if (!text.trim()) throw new UsageError(`no text in file: ${file}`);
  return text;
}

function main(): number {
  try {
    const { file, ref } = parseArgs(process.argv.slice(2));
    const text = readText(file);
    const referenceDate = ref ?? findPublishDate(text);
    // --ref is the reader's own date: the text's paired dates do not move it
    process.stdout.write(`${JSON.stringify(extract(text, { ...(referenceDate ? { referenceDate } : {}), yearFromText: !ref }))}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `extract failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
    process.stderr.write(`extract: ${message}\n`);
    return 2;
  }
}

process.exitCode = main();
