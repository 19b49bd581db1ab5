// Lays the seed text out as the document-sharing page it came from (title, upload date, menus, ads, a button
// revealing hidden content, related links), at test time: the seed itself is not copied into the repository.
// Some words are split across inline tags (<b>, <span>, <a>, <strong>) as such sites do.

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline markup inside paragraphs: words cut across tags, so that spans cross element boundaries. */
function splitInline(escaped: string, n: number): string {
  if (n % 3 === 0) escaped = escaped.replace(/各(乡镇|部门|单位)/, '各<b>$1</b>');
  if (n % 3 === 1) escaped = escaped.replace(/(\d+月)(底|份|中旬|上旬|下旬)/, '<span class="em">$1</span>$2');
  if (n % 4 === 2) escaped = escaped.replace(/(县|区|市)(发改委|经贸局|住建局|财政局|自然资源局|政府)/, '<a href="#u">$1$2</a>');
  if (n % 5 === 0) escaped = escaped.replace(/确保/, '<strong>确保</strong>');
  return escaped;
}

const HEAD = (title: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.8 "Noto Sans CJK SC", sans-serif; margin: 0; color: #222; background: #f6f6f6; }
  .top { background: #0b5394; color: #fff; padding: 8px 24px; display: flex; gap: 16px; }
  .top a { color: #fff; text-decoration: none; }
  .wrap { display: flex; gap: 24px; max-width: 1100px; margin: 0 auto; padding: 16px; }
  article { background: #fff; padding: 24px 32px; flex: 1; }
  aside.ad { width: 220px; background: #fff8e1; border: 1px solid #f0c36d; padding: 12px; font-size: 14px; }
  .meta { list-style: none; padding: 0; color: #888; display: flex; gap: 12px; }
  #hidden-content { display: none; }
  .em { color: #b00; }
  footer { max-width: 1100px; margin: 0 auto; padding: 16px; }
</style>
<script>window.siteConfig = { note: "各部门要在6月底前完成配置,县发改委负责。" };</script>
</head>`;

const NAV = `<header class="top"><a href="#">首页</a><a href="#">工作总结</a><a href="#">讲话稿</a><a href="#">心得体会</a><a href="#">范文大全</a>
<form class="search"><input name="q" value="各乡镇要在6月底前完成项目申报"><button type="button">搜索</button></form></header>`;

const FORM_FIXTURES = `<section class="fixtures">
<textarea id="fx-textarea">各部门要在年底前完成项目清单,县财政局负责资金保障。</textarea>
<div id="fx-editable" contenteditable="true">县住建局要在9月底前完成验收。</div>
<noscript>各乡镇要在春节前完成项目签约。</noscript>
<select id="fx-select"><option>县发改委</option><option>县财政局</option></select>
</section>`;

function article(lines: string[], withHidden: boolean, copy: number): string {
  const out: string[] = [];
  let n = 0;
  let hiding = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (/^•/.test(line) || line === '您可能关注的文档') continue; // meta and footer are laid out apart
    if (/^项目推进会上的讲话内容篇/.test(line)) {
      if (hiding) {
        out.push('</div>');
        hiding = false;
      }
      out.push(`<h2 id="c${copy}-p${n}">${escapeHtml(line)}</h2>`);
      if (/篇四$/.test(line) && copy === 0) out.push('<aside class="ad inline-ad">广告:开通VIP会员,海量范文免费下载,限时五折优惠!</aside>');
      n++;
      continue;
    }
    out.push(`<p>${splitInline(escapeHtml(line), n++)}</p>`);
    if (withHidden && !hiding && line.startsWith('当前隐藏内容免费查看')) {
      out.push('<button type="button" id="reveal">查看隐藏内容</button><div id="hidden-content">');
      hiding = true;
    }
  }
  if (hiding) out.push('</div>');
  return out.join('\n');
}

export interface SeedPageOptions {
  /** copies of the nine speeches (10 for the long page) */
  repeat?: number;
}

export function buildSeedPage(seed: string, options: SeedPageOptions = {}): string {
  const lines = seed.split('\n');
  const title = lines[0].trim();
  const meta = lines.filter((l) => /^\s*•/.test(l)).map((l) => `<li>${escapeHtml(l.replace(/^\s*•\s*/, '').replace(/\s*\|\s*$/, ''))}</li>`);
  const body = lines.slice(1);
  const repeat = options.repeat ?? 1;
  const articles: string[] = [];
  for (let copy = 0; copy < repeat; copy++) articles.push(article(body, repeat === 1, copy));
  return `${HEAD(title)}
<body>
${NAV}
<div class="wrap">
<article>
<h1>${escapeHtml(title)}</h1>
<ul class="meta">${meta.join('')}</ul>
${articles.join('\n<hr>\n')}
${FORM_FIXTURES}
</article>
<aside class="ad">
<p>广告</p><p>开通会员 免费下载全部文档</p><p><a href="#">立即开通</a></p>
</aside>
</div>
<footer>
<h3>您可能关注的文档</h3>
<ul>
<li><a href="#">2023年项目推进会上的讲话稿(通用5篇)</a></li>
<li><a href="#">在全县重点项目建设推进会上的讲话</a></li>
<li><a href="#">项目建设工作总结范文</a></li>
</ul>
<p>© 范文网 版权所有</p>
</footer>
<script>
  document.getElementById('reveal')?.addEventListener('click', (e) => {
    document.getElementById('hidden-content').style.display = 'block';
    e.target.remove();
  });
</script>
</body></html>`;
}

/** The seed's non-empty lines from one part heading up to (not including) the next. */
function seedPart(seed: string, from: string, to: string): string[] {
  const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.slice(lines.indexOf(from), lines.indexOf(to));
}

/** A value as a JavaScript literal that is safe inside <script>. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** Page script: block('section', 'p', texts) is a <section> with one <p> per text. */
const BLOCK_SCRIPT = `function block(tag, childTag, texts) {
    const element = document.createElement(tag);
    for (const text of texts) {
      const child = document.createElement(childTag);
      child.textContent = text;
      element.append(child);
    }
    return element;
  }`;

/** A page that loads its speech after the first paint, and more on 展开全文 (infinite-scroll / SPA style). */
export function buildDynamicPage(seed: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>动态加载的讲话</title>
<style>body{font:16px/1.8 sans-serif;max-width:900px;margin:0 auto;padding:16px}</style></head>
<body>
<header><a href="#">首页</a> · <a href="#">讲话</a></header>
<main id="app"><p class="loading">正在加载…</p></main>
<script>
  const first = ${scriptJson(seedPart(seed, '项目推进会上的讲话内容篇二', '项目推进会上的讲话内容篇三'))};
  const more = ${scriptJson(seedPart(seed, '项目推进会上的讲话内容篇五', '项目推进会上的讲话内容篇六'))};
  ${BLOCK_SCRIPT}
  setTimeout(() => {
    const app = document.getElementById('app');
    app.querySelector('.loading').remove();
    app.append(block('section', 'p', first));
    const button = document.createElement('button');
    button.id = 'more';
    button.textContent = '展开全文';
    button.onclick = () => { button.remove(); app.append(block('section', 'p', more)); };
    app.append(button);
  }, 400);
</script>
</body></html>`;
}

/**
 * A page that fills in bit by bit: a short list of links first (not a speech), the speech a moment later — sooner
 * than the content script would look again right after finding the first addition wanting.
 */
export function buildStagedPage(seed: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>分步加载的讲话</title></head>
<body>
<main id="app"></main>
<script>
  const speech = ${scriptJson(seedPart(seed, '项目推进会上的讲话内容篇二', '项目推进会上的讲话内容篇三'))};
  ${BLOCK_SCRIPT}
  const app = document.getElementById('app');
  setTimeout(() => {
    app.append(block('ul', 'li', ['首页', '领导讲话', '政策文件']));
    setTimeout(() => app.append(block('section', 'p', speech)), 350);
  }, 1200);
</script>
</body></html>`;
}
