/**
 * HTML → mdast: `rehype-parse` reads the page, the article is picked (`<article>`, `<main>` or
 * the body), scripts, styles, navigation, forms and the page's furniture (a sidebar, related news,
 * a breadcrumb trail, by role, class or id) are dropped, and `rehype-remark` turns what is left
 * into mdast.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Root as HastRoot, Element, ElementContent, RootContent as HastContent } from 'hast';
import type { Heading, Paragraph, Root } from 'mdast';
import { titleHeading } from './title-heading.js';
import { splitBlankLines, splitBulletLines } from './bullet-lines.js';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'canvas', 'select', 'input', 'img', 'figure', 'video', 'audio']);

/** Class or id words of a page's furniture around the article: a sidebar, related news, a breadcrumb trail, sharing buttons, the site's own header. */
const FURNITURE = /(?:^|[\s_-])(?:sidebar|related|breadcrumbs?|menu|share|sharing|social|cookies?|widget|promo|pagination|site[-_]?(?:header|footer|nav)|masthead|navbar|topbar)(?:$|[\s_-])/i;

/** Whether an element is page furniture by its role, class or id. */
function furniture(element: Element): boolean {
  const role = String(element.properties?.['role'] ?? '');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  const classes = element.properties?.['className'];
  const names = `${Array.isArray(classes) ? classes.join(' ') : String(classes ?? '')} ${String(element.properties?.['id'] ?? '')}`;
  return FURNITURE.test(names);
}

/** The most nested elements kept: deeper ones are flattened to their text. */
export const MAX_HTML_DEPTH = 200;

function isElement(node: HastContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Drops what is no content; inline `<code>` becomes plain text (a page shows no backticks), code in `<pre>` stays code. */
function prune(children: Array<HastContent | ElementContent>, depth: number, inPre = false): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (isElement(child)) {
      if (DROP.has(child.tagName) || furniture(child)) continue;
      if (depth >= MAX_HTML_DEPTH) {
        out.push({ type: 'text', value: textOf(child) });
        continue;
      }
      if (child.tagName === 'code' && !inPre) child.tagName = 'span';
      child.children = prune(child.children, depth + 1, inPre || child.tagName === 'pre');
      out.push(layoutCells(child) ?? child);
    } else {
      out.push(child);
    }
  }
  return out;
}

/** The rows of a table, in its sections or not. */
function rowsOf(table: Element): Element[] {
  return table.children.flatMap((n) => (isElement(n) && (n.tagName === 'tbody' || n.tagName === 'thead' || n.tagName === 'tfoot') ? n.children : [n])).filter((n): n is Element => isElement(n) && n.tagName === 'tr');
}

/**
 * A table that lays out a page (one cell a row at most, as old pages wrap their text) as the cells' content, a block
 * a cell; a table of data is left as it is.
 */
function layoutCells(table: Element): Element | undefined {
  if (table.tagName !== 'table') return undefined;
  const rows = rowsOf(table);
  const cells = rows.map((r) => r.children.filter((n): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th')));
  if (rows.length === 0 || cells.some((c) => c.length > 1)) return undefined;
  const blocks = cells.flat().map((cell): Element => ({ ...cell, tagName: 'div' }));
  return { ...table, tagName: 'div', properties: {}, children: blocks };
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  let s = '';
  const stack: ElementContent[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    if (n.type === 'text') s += n.value;
    else if (n.type === 'element') for (let i = n.children.length - 1; i >= 0; i--) { const c = n.children[i]; if (c) stack.push(c); }
  }
  return s;
}

function find(children: Array<HastContent | ElementContent>, tag: string): Element | undefined {
  const stack = [...children];
  while (stack.length > 0) {
    const n = stack.shift();
    if (n && isElement(n)) {
      if (n.tagName === tag) return n;
      stack.push(...n.children);
    }
  }
  return undefined;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The deepest element nesting of a page, by a linear scan of its tags. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let most = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const close = html[i + 1] === '/';
    let j = i + (close ? 2 : 1);
    let name = '';
    while (j < html.length && /[A-Za-z0-9-]/.test(html[j] ?? '')) name += html[j++];
    const end = html.indexOf('>', j);
    if (end < 0) break;
    if (name) {
      const lower = name.toLowerCase();
      if (close) depth = Math.max(0, depth - 1);
      else if (!VOID.has(lower) && html[end - 1] !== '/') {
        depth++;
        if (depth > most) most = depth;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return most;
}

/** The text of a page without its tags, scripts or styles: a last resort for hostile pages. */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  const lowerHtml = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const lower = lowerHtml.slice(lt, lt + 8);
    const skipTo = lower.startsWith('<script') ? '</script' : lower.startsWith('<style') ? '</style' : lower.startsWith('<!--') ? '-->' : undefined;
    if (skipTo) {
      const e = lowerHtml.indexOf(skipTo, lt + 1);
      i = e < 0 ? html.length : e + skipTo.length;
      const gt = html.indexOf('>', i);
      if (skipTo !== '-->' && gt >= 0) i = gt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    const tag = html.slice(lt + 1, gt < 0 ? html.length : gt).toLowerCase();
    out += /^\/?(?:p|div|h[1-6]|li|br|tr|section|article)\b/.test(tag) ? '\n\n' : ' ';
    i = gt < 0 ? html.length : gt + 1;
  }
  return out.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return entities[e.toLowerCase()] ?? m;
  });
}

/** The separators between a page's title and its site's name ("Board approves budget | News | Port of Harbourville"). */
const SITE_SEPARATOR = / [|–—-] /;

/**
 * The page's own title, as a heading for a page whose content has none: its `og:title`, else its `<title>`
 * without the site's name after the first separator.
 */
function pageTitle(children: Array<HastContent | ElementContent>): Root['children'][number] | undefined {
  const head = find(children, 'head');
  if (!head) return undefined;
  const og = head.children.find((n): n is Element => isElement(n) && n.tagName === 'meta' && n.properties?.['property'] === 'og:title');
  const title = find(head.children, 'title');
  const source = og ?? title;
  const raw = og ? String(og.properties?.['content'] ?? '') : title ? textOf(title) : '';
  const text = (og ? raw : raw.split(SITE_SEPARATOR)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (!source || text.split(' ').length < 3) return undefined;
  return titleHeading(text, source.position);
}

/** How many of a page's first paragraphs are looked at for a headline in bold. */
const BOLD_HEADLINE_PARAGRAPHS = 3;

/**
 * "<b>Harbour Commission concludes its session</b><br><i>Riga, 12 November 2026</i>": on a page with no heading and no
 * title, a line in bold of three to twenty words that opens one of the first paragraphs is its headline.
 */
function boldHeadline(tree: Root): void {
  let seen = 0;
  for (let i = 0; i < tree.children.length && seen < BOLD_HEADLINE_PARAGRAPHS; i++) {
    const p = tree.children[i];
    if (p?.type !== 'paragraph') continue;
    seen++;
    const [first, second, ...rest] = p.children;
    if (first?.type !== 'strong' || (second !== undefined && second.type !== 'break')) continue;
    const words = first.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim().split(/\s+/).length;
    if (words < 3 || words > 20) continue;
    const heading: Heading = { type: 'heading', depth: 1, children: first.children, ...(first.position ? { position: first.position } : {}) };
    const after: Paragraph | undefined = rest.length > 0 ? { type: 'paragraph', children: rest } : undefined;
    const start = rest[0]?.position?.start;
    const end = rest[rest.length - 1]?.position?.end;
    if (after && start && end) after.position = { start, end };
    tree.children.splice(i, 1, heading, ...(after ? [after] : []));
    return;
  }
}

/** Whether an mdast tree has a heading at its top level. */
function hasHeading(tree: Root): boolean {
  return tree.children.some((n) => n.type === 'heading');
}

/** Parses an HTML page and converts its article to mdast. */
export function parseHtml(html: string): Root {
  const hast = unified().use(rehypeParse, { fragment: false }).parse(html) as HastRoot;
  const article = find(hast.children, 'article') ?? find(hast.children, 'main');
  const kept: HastRoot = { type: 'root', children: prune(article ? [article] : hast.children, 0) as HastRoot['children'] };
  const mdast = splitBulletLines(splitBlankLines(unified().use(rehypeRemark).runSync(kept) as unknown as Root));
  if (!hasHeading(mdast)) {
    const title = pageTitle(hast.children);
    if (title) mdast.children.unshift(title);
    else boldHeadline(mdast);
  }
  return mdast;
}
