/**
 * HTML → mdast: `rehype-parse` reads the page, the article is picked (`<article>`, `<main>` or
 * the body), scripts, styles, navigation and forms are dropped, and `rehype-remark` turns what
 * is left into mdast.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Root as HastRoot, Element, ElementContent, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'canvas', 'select', 'input', 'img', 'figure', 'video', 'audio']);

/** The most nested elements kept: deeper ones are flattened to their text. */
export const MAX_HTML_DEPTH = 200;

function isElement(node: HastContent | ElementContent): node is Element {
  return node.type === 'element';
}

function prune(children: Array<HastContent | ElementContent>, depth: number): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (isElement(child)) {
      if (DROP.has(child.tagName)) continue;
      const role = String(child.properties?.['role'] ?? '');
      if (role === 'navigation' || role === 'banner' || role === 'contentinfo') continue;
      if (depth >= MAX_HTML_DEPTH) {
        out.push({ type: 'text', value: textOf(child) });
        continue;
      }
      child.children = prune(child.children, depth + 1);
      out.push(child);
    } else {
      out.push(child);
    }
  }
  return out;
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

/** Parses an HTML page and converts its article to mdast. */
export function parseHtml(html: string): Root {
  const hast = unified().use(rehypeParse, { fragment: false }).parse(html) as HastRoot;
  const article = find(hast.children, 'article') ?? find(hast.children, 'main');
  const kept: HastRoot = { type: 'root', children: prune(article ? [article] : hast.children, 0) as HastRoot['children'] };
  const mdast = unified().use(rehypeRemark).runSync(kept) as unknown as Root;
  return mdast;
}
