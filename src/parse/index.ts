/**
 * One entry to the parse stage: text, Markdown or HTML in, one mdast tree out.
 */
import type { Root, RootContent } from 'mdast';
import type { Node, Point, Position } from 'unist';
import type { Diagnostic, SourceFormat } from '../model/types.js';
import { parseText } from './text.js';
import type { FrontMatter } from './front-matter.js';
import { titleHeading } from './title-heading.js';
import { splitMarkdownBulletLines } from './bullet-lines.js';

/** The tree of a bulletin and what parsing learnt beside it. */
export interface ParsedTree {
  tree: Root;
  frontMatter: FrontMatter;
  /** The format actually parsed: a too-deep Markdown file is read as text. */
  format: SourceFormat;
  diagnostics: Diagnostic[];
}

/** Where a front matter's title is: its line. */
function titlePosition(title: string, text: string): Position {
  const at = text.indexOf('title:');
  const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
  return { start: { line, column: 1 }, end: { line, column: 1 + title.length } };
}

/** Parses normalised text of the given format into mdast. Heavy parsers load on first use. */
export async function parseTree(text: string, format: SourceFormat, noiseLines: ReadonlySet<number>): Promise<ParsedTree> {
  if (format === 'html') {
    const { parseHtml, htmlDepth, htmlToText, MAX_HTML_DEPTH } = await import('./html.js');
    if (htmlDepth(text) > MAX_HTML_DEPTH) {
      // The HTML tree builders recurse: a page nested thousands deep is read for its text alone.
      const diagnostics: Diagnostic[] = [{ severity: 'warning', message: `HTML nests deeper than ${MAX_HTML_DEPTH} elements; read as plain text`, line: 1, column: 1, rule: 'nesting-depth' }];
      return { tree: parseText(htmlToText(text)), frontMatter: {}, format, diagnostics };
    }
    return { tree: parseHtml(text), frontMatter: {}, format, diagnostics: [] };
  }
  if (format === 'markdown') {
    // YAML is loaded only for Markdown: plain text and HTML never need it.
    const { readFrontMatter } = await import('./front-matter.js');
    const fm = readFrontMatter(text);
    const { parseMarkdown, tooDeep, tooManyDelimiters, MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_DELIMITERS, MAX_MARKDOWN_CHARS } = await import('./markdown.js');
    const why = tooDeep(fm.body)
      ? { rule: 'nesting-depth', message: `Markdown nests deeper than ${MAX_MARKDOWN_DEPTH} levels; read as plain text` }
      : tooManyDelimiters(fm.body)
        ? { rule: 'markdown-budget', message: `Markdown is over ${MAX_MARKDOWN_CHARS / 1024} KiB or has more than ${MAX_MARKDOWN_DELIMITERS} emphasis, code or link marks; read as plain text` }
        : undefined;
    if (why) {
      const diagnostics: Diagnostic[] = [...fm.diagnostics, { severity: 'warning', ...why, line: 1, column: 1 }];
      return { tree: parseText(fm.body, noiseLines), frontMatter: fm.data, format: 'text', diagnostics };
    }
    const body = blankNoise(fm.body, noiseLines);
    const tree = splitMarkdownBulletLines(parseMarkdown(body), body);
    if (tree.children.some(isHtmlWithText)) await readHtmlBlocks(tree);
    // A title given only in the front matter heads the text, so that what the text says of its body is read under it.
    if (fm.data.title && !tree.children.some((n) => n.type === 'heading' && n.depth === 1)) tree.children.unshift(titleHeading(fm.data.title, titlePosition(fm.data.title, text)));
    return { tree, frontMatter: fm.data, format, diagnostics: fm.diagnostics };
  }
  return { tree: parseText(text, noiseLines), frontMatter: {}, format, diagnostics: [] };
}

/** Whether a block of a Markdown tree is raw HTML with text in it (`<p>The <b>Board</b> met …</p>`), not a comment or a lone tag. */
function isHtmlWithText(node: RootContent): boolean {
  return node.type === 'html' && !node.value.startsWith('<!--') && /(?:^|>)[^<>]*\p{L}/u.test(node.value);
}

/** Moves a node's positions (and its children's) by where its HTML block starts in the file. */
function shift(node: Node, at: Point): void {
  const move = (p: Point): Point => ({ line: p.line + at.line - 1, column: p.line === 1 ? p.column + at.column - 1 : p.column, ...(p.offset !== undefined && at.offset !== undefined ? { offset: p.offset + at.offset } : {}) });
  if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) shift(child, at);
}

/** Reads the raw HTML blocks of a Markdown tree as HTML: their paragraphs, lists and tables take their place, positions kept. */
async function readHtmlBlocks(tree: Root): Promise<void> {
  const { parseHtml } = await import('./html.js');
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const at = node.position?.start;
    if (!isHtmlWithText(node) || node.type !== 'html' || !at) {
      children.push(node);
      continue;
    }
    const read = parseHtml(node.value).children;
    for (const child of read) shift(child, at);
    children.push(...read);
  }
  tree.children = children;
}

function blankNoise(text: string, noiseLines: ReadonlySet<number>): string {
  if (noiseLines.size === 0) return text;
  return text
    .split('\n')
    .map((line, i) => (noiseLines.has(i + 1) ? '' : line))
    .join('\n');
}
