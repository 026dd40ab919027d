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

/** Parses and re-serialises Markdown in the digest style. */
export function normalizeMarkdown(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const out = toMarkdown(tree, STRINGIFY_OPTIONS);
  return out.endsWith('\n') ? out : `${out}\n`;
}
