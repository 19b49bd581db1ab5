// The bundled sample text (../shared/corpus/seed) laid out as the web page it came from: a title, the upload
// line with its date, headings for the nine speeches, and paragraphs. Used by `npm run demo` and browser tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_PATH = resolve(import.meta.dirname, '../../shared/corpus/seed/000_df3268c7679847d0.txt');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "项目推进会上的讲话内容篇一": where one of the collected speeches starts */
const SPEECH_HEADING = /^.{2,40}篇[一二三四五六七八九十]+$/;
/** "  • 上传日期:2023-11-25 10:00:53 |": the document site's info line */
const INFO_ITEM = /^\s*•\s*(.*?)\s*\|?\s*$/;

export function seedPageHtml(text: string): string {
  const lines = text.split(/\r?\n/);
  const title = lines.find((line) => line.trim())?.trim() ?? '';
  const body: string[] = [];
  const info: string[] = [];
  for (const raw of lines.slice(lines.indexOf(lines.find((line) => line.trim())!) + 1)) {
    const line = raw.trim();
    if (!line) continue;
    const item = INFO_ITEM.exec(raw);
    if (item && body.length === 0) {
      info.push(`<li>${escapeHtml(item[1])}</li>`);
    } else if (SPEECH_HEADING.test(line)) {
      body.push(`<h2>${escapeHtml(line)}</h2>`);
    } else if (line === '您可能关注的文档') {
      body.push(`<aside><h3>${escapeHtml(line)}</h3></aside>`);
    } else {
      body.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; background: #f3f3f3; color: #222; font: 17px/1.9 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; }
  .site { background: #a61b1b; color: #fff; padding: 10px 32px; font: 600 18px/1.5 'Noto Sans CJK SC', sans-serif; }
  article { max-width: 860px; margin: 24px auto; background: #fff; padding: 32px 48px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 26px; line-height: 1.4; margin: 0 0 8px; text-align: center; }
  .info { display: flex; justify-content: center; gap: 24px; list-style: none; padding: 0; margin: 0 0 24px; color: #777; font-size: 14px; }
  h2 { font-size: 20px; margin: 32px 0 12px; border-left: 4px solid #a61b1b; padding-left: 10px; }
  p { text-indent: 2em; margin: 0 0 12px; }
  aside { border-top: 1px solid #ddd; margin-top: 32px; color: #777; }
</style>
</head>
<body>
<header class="site">文档分享</header>
<article>
<h1>${escapeHtml(title)}</h1>
<ul class="info">${info.join('')}</ul>
${body.join('\n')}
</article>
</body>
</html>
`;
}

export const seedPage = (): string => seedPageHtml(readFileSync(SEED_PATH, 'utf8'));
