/**
 * Markdown → mdast with remark's parser (`mdast-util-from-markdown`, what `remark-parse` runs) and
 * its extension for GitHub's pipe tables.
 * Hostile nesting is refused before parsing: its cost grows too fast (see RELIABILITY.md).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Root } from 'mdast';

/** How deep block quotes or list indentation may go before the file is read as plain text. */
export const MAX_MARKDOWN_DEPTH = 32;

/** True when a Markdown text nests deeper than the parser can take in good time. */
export function tooDeep(text: string, maxDepth = MAX_MARKDOWN_DEPTH): boolean {
  for (const line of text.split('\n')) {
    let quotes = 0;
    let indent = 0;
    for (let i = 0; i < line.length && i < 4 * maxDepth + 8; i++) {
      const c = line.charCodeAt(i);
      if (c === 62) quotes++; // >
      else if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else if (c === 45 || c === 42 || c === 43) indent += 2; // - * + as nested list markers
      else break;
    }
    if (quotes > maxDepth || indent > 4 * maxDepth) return true;
  }
  return false;
}

/** The most emphasis, code and link delimiters a Markdown file may have before it is read as text. */
export const MAX_MARKDOWN_DELIMITERS = 4000;
/** The largest Markdown text remark's parser is given; a larger one is read as text. */
export const MAX_MARKDOWN_CHARS = 256 * 1024;

/**
 * True when a Markdown text is larger than MAX_MARKDOWN_CHARS (remark's parser runs at some
 * 20–40 s a megabyte on long lists), or has so many inline delimiters (`*`, `_`, backticks, brackets) that
 * remark's parser could take seconds on it (`a_ ` × 30 000 takes 7 s): such a file is read as
 * plain text instead.
 */
export function tooManyDelimiters(text: string, max = MAX_MARKDOWN_DELIMITERS): boolean {
  if (text.length > MAX_MARKDOWN_CHARS) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 96 || c === 91 || c === 93 || c === 60) {
      n++;
      if (n > max) return true;
    }
  }
  return false;
}

/**
 * The most `|` a Markdown text may have for its pipe tables to be read as tables: a table of
 * decisions has a few dozen rows, and the table parser slows to some 40 KB/s on thousands of rows.
 * Past it, the table's lines are read as a paragraph.
 */
export const MAX_TABLE_PIPES = 1500;

/** Whether a text has at most `max` pipe characters. */
function fewPipes(text: string, max: number): boolean {
  let n = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) if (++n > max) return false;
  return true;
}

/** Parses Markdown (front matter already blanked) into mdast, with GitHub's pipe tables (a table of decisions). */
export function parseMarkdown(text: string, maxTablePipes = MAX_TABLE_PIPES): Root {
  if (!text.includes('|') || !fewPipes(text, maxTablePipes)) return fromMarkdown(text);
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}
