/**
 * One style for every digest: the rendered Markdown is parsed and re-serialised by remark with
 * pinned options. The input here is a template's structure with escaped values, never a
 * bulletin's own Markdown.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

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
 * Splits Markdown before each ATX heading that starts a line outside a fenced block: a heading
 * always starts a new block, so the parts parse as the whole does, and the parser's cost (which
 * grows faster than the length on long lists) stays small.
 */
export function splitAtHeadings(markdown: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let fence: string | undefined;
  let at = 0;
  while (at < markdown.length) {
    const end = markdown.indexOf('\n', at);
    const lineEnd = end < 0 ? markdown.length : end;
    const line = markdown.slice(at, lineEnd);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker !== undefined) {
      fence = marker;
    } else if (at > start && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      parts.push(markdown.slice(start, at));
      start = at;
    }
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

/** Parses and re-serialises Markdown in the digest style. */
export function normalizeMarkdown(markdown: string): string {
  const parts = splitAtHeadings(markdown);
  if (parts.length === 0) return '';
  return parts.map(normalizeWithSlots).join('\n');
}
