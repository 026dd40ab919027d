/**
 * One style for every digest: the rendered Markdown is parsed and re-serialised by remark with
 * pinned options. The input here is a template's structure with escaped values, never a
 * bulletin's own Markdown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { stripEnd } from '../segment/tokens.js';

/** The pinned serialiser options. */
export const STRINGIFY_OPTIONS: Options = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
  resourceLink: true,
  tightDefinitions: true,
  quote: '"',
};

/** Parses and re-serialises one chunk. */
function normalizeChunk(markdown: string): string {
  const out = toMarkdown(fromMarkdown(markdown), STRINGIFY_OPTIONS);
  return out.endsWith('\n') ? out : `${out}\n`;
}

/**
 * Constructs that reach across blank lines, headings or the document (HTML blocks, link
 * definitions): a text with any of them is normalised whole.
 */
const UNSPLITTABLE = /^ {0,3}<|^ {0,3}\[[^\]\n]{1,999}\]:/m;

/** A line that may start a list item or continue a block quote: never the start of a new chunk. */
const CONTINUES = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)/;

/**
 * Splits Markdown where a new top-level block starts for certain, outside fenced blocks: before
 * each ATX heading, and, after a blank line, before a line in the first column that cannot
 * continue a list or a quote. The parts parse as the whole does, and short parts of the same
 * shape (a heading, a "**Outcomes**" line, a list) come up again and again, so most are
 * normalised once. The parser's cost also grows faster than the length on long lists.
 */
export function splitBlocks(markdown: string): string[] {
  if (UNSPLITTABLE.test(markdown)) return markdown.trim() === '' ? [] : [markdown];
  const parts: string[] = [];
  let start = 0;
  let fence: string | undefined;
  let at = 0;
  let blankBefore = false;
  let inList = false;
  // After an indented line (code, or an item's body) a blank line does not surely end the block.
  let indentedBefore = false;
  while (at < markdown.length) {
    const end = markdown.indexOf('\n', at);
    const lineEnd = end < 0 ? markdown.length : end;
    const line = markdown.slice(at, lineEnd);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    const blank = line.trim() === '';
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else {
      const heading = /^#{1,6}(?:[ \t]|$)/.test(line);
      const firstColumn = !blank && !/^[ \t]/.test(line);
      // Up to three spaces in, a line is still a block of its own (a list item, a quote…).
      const shallow = !blank && /^ {0,3}[^ \t]/.test(line);
      const continues = shallow && CONTINUES.test(line.trimStart());
      // After a blank line, a line in the first column starts a new block, unless it can continue
      // the list or quote before it.
      const block = blankBefore && !indentedBefore && firstColumn && (!continues || !inList);
      if (at > start && (heading || block)) {
        parts.push(markdown.slice(start, at));
        start = at;
      }
      // A list or quote ends at a heading, or at a line in the first column after a blank line;
      // any line up to three spaces in may start one.
      if (inList) inList = !(heading || (firstColumn && blankBefore && !continues));
      else inList = continues;
      if (marker !== undefined) fence = marker;
    }
    blankBefore = blank;
    if (!blank) indentedBefore = /^(?: {4}|\t| {0,3}\t)/.test(line);
    at = lineEnd + 1;
  }
  parts.push(markdown.slice(start));
  return parts.filter((p) => p.trim() !== '');
}

/** Chunks normalised before, by their text with slots numbered from 0. */
const memo = new Map<string, string>();
const MEMO_SIZE = 2048;
const SLOT = /\uE000(\d{1,9})\uE001/g;

/**
 * Normalises a chunk whose values stand as slots (`\uE000n\uE001`, see render/templates): the
 * slots are numbered from 0 in order of appearance, so chunks of the same shape (a group with
 * two outcomes and three actions…) are parsed once, and the numbers are put back after. A slot
 * never starts a line and holds no Markdown, so its number cannot change how the chunk parses.
 */
function normalizeWithSlots(chunk: string): string {
  const numbers: string[] = [];
  const local = new Map<string, number>();
  const shape = chunk.replace(SLOT, (_m, n: string) => {
    let i = local.get(n);
    if (i === undefined) {
      i = numbers.length;
      local.set(n, i);
      numbers.push(n);
    }
    return `\uE000${i}\uE001`;
  });
  let out = memo.get(shape);
  if (out === undefined) {
    out = normalizeChunk(shape);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(shape, out);
  }
  return numbers.length === 0 ? out : out.replace(SLOT, (_m, i: string) => `\uE000${numbers[Number(i)] ?? i}\uE001`);
}

/** One line of a tight bullet list: `- ` and content that cannot open a block of its own. */
const SIMPLE_ITEM = /^- (?![ \t#>`~<|+\-]|\*[ \t]|\d{1,9}[.)])[^\n]*$/;

/**
 * A chunk that is nothing but a tight list of one-line `- ` items: each item serialises alone
 * as it does in the list, so items are normalised one by one (and their few shapes once).
 */
function listItems(chunk: string): string[] | undefined {
  const lines = stripEnd(chunk, '\n').split('\n');
  if (lines.length < 2) return undefined;
  for (const line of lines) if (!SIMPLE_ITEM.test(line)) return undefined;
  return lines;
}

/** Parses and re-serialises Markdown in the digest style. */
export function normalizeMarkdown(markdown: string): string {
  const parts = splitBlocks(markdown);
  if (parts.length === 0) return '';
  return parts
    .map((part) => {
      const items = listItems(part);
      return items ? items.map((line) => normalizeWithSlots(`${line}\n`)).join('') : normalizeWithSlots(part);
    })
    .join('\n');
}
