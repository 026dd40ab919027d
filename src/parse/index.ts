/**
 * One entry to the parse stage: text, Markdown or HTML in, one mdast tree out.
 */
import type { Root } from 'mdast';
import type { Diagnostic, SourceFormat } from '../model/types.js';
import { parseText } from './text.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';

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
    const { parseHtml } = await import('./html.js');
    return { tree: parseHtml(text), frontMatter: {}, format, diagnostics: [] };
  }
  if (format === 'markdown') {
    const fm = readFrontMatter(text);
    const { parseMarkdown, tooDeep, MAX_MARKDOWN_DEPTH } = await import('./markdown.js');
    if (tooDeep(fm.body)) {
      const diagnostics: Diagnostic[] = [...fm.diagnostics, { severity: 'warning', message: `Markdown nests deeper than ${MAX_MARKDOWN_DEPTH} levels; read as plain text`, line: 1, column: 1, rule: 'nesting-depth' }];
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
