/**
 * One entry to the parse stage: text, Markdown or HTML in, one mdast tree out.
 */
import type { Root } from 'mdast';
import type { Diagnostic, SourceFormat } from '../model/types.js';
import { parseText } from './text.js';
import type { FrontMatter } from './front-matter.js';

/** The tree of a bulletin and what parsing learnt beside it. */
export interface ParsedTree {
  tree: Root;
  frontMatter: FrontMatter;
  /** The format actually parsed: a too-deep Markdown file is read as text. */
  format: SourceFormat;
  diagnostics: Diagnostic[];
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
    return { tree: parseMarkdown(blankNoise(fm.body, noiseLines)), frontMatter: fm.data, format, diagnostics: fm.diagnostics };
  }
  return { tree: parseText(text, noiseLines), frontMatter: {}, format, diagnostics: [] };
}

function blankNoise(text: string, noiseLines: ReadonlySet<number>): string {
  if (noiseLines.size === 0) return text;
  return text
    .split('\n')
    .map((line, i) => (noiseLines.has(i + 1) ? '' : line))
    .join('\n');
}
