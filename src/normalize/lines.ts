/**
 * Line-level normalisation: line ends become `\n` (CRLF and lone CR alike, so line numbers stay
 * true), and lines left by publishing systems are found so later stages can skip them.
 */
import type { Diagnostic } from '../model/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { WeakMemo } from '../lexicon/memo.js';

/** Turns CRLF and lone CR into LF. Line numbers are unchanged; columns too. */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** `/\s/` for one UTF-16 code unit, without a regular expression. */
export function isRegExpSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * White space other than single spaces. A pattern, not a loop of `charCodeAt`: spans are many and
 * short, mostly slices of a block's text, and V8's regular-expression engine reads a sliced string's
 * characters about twice as fast.
 */
const RUNS_OF_SPACE = /[^\S ]| {2}/;

/** White space collapsed to single spaces; the text itself when it has only single spaces (the usual case). */
export function singleSpaced(s: string): string {
  return RUNS_OF_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Template placeholders a publishing system failed to fill: `$f_NewsTitle`, `{{title}}`, `%TITLE%`, `[[x]]`. */
const PLACEHOLDER = /^(?:\$[A-Za-z_]\w*\$?|\{\{[^{}]*\}\}|%[A-Za-z_][\w.]*%|\[\[[^[\]]*\]\]|\$\{[^{}]*\})$/;

/** The longest exact noise line of a lexicon. */
const longestExact = new WeakMemo<Lexicon, number>((lexicon) => [...lexicon.lists.noiseLines].reduce((n, line) => Math.max(n, line.length), 0));

/** Why a line is noise, or undefined when it is content. */
export function noiseReason(line: string, lexicon: Lexicon): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  if (PLACEHOLDER.test(trimmed)) return `publishing-system placeholder \`${trimmed.slice(0, 40)}\``;
  // Navigation lines are short: a long line is content without looking further.
  if (trimmed.length >= 120 && trimmed.length > longestExact.get(lexicon) && !/\s\s/.test(trimmed)) return undefined;
  const lower = singleSpaced(trimmed).toLowerCase();
  if (lexicon.lists.noiseLines.has(lower)) return `site navigation line \`${trimmed.slice(0, 40)}\``;
  for (const prefix of lexicon.lists.noisePrefixes) {
    if (lower.startsWith(prefix) && lower.length < 120) return `site navigation line \`${trimmed.slice(0, 40)}\``;
  }
  return undefined;
}

/** Marks the noise lines of a text: their 1-based numbers, and a warning for each. */
export function findNoiseLines(text: string, lexicon: Lexicon): { lines: Set<number>; diagnostics: Diagnostic[] } {
  const lines = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    // Leftovers and navigation lines are short.
    if (line.length > 160) continue;
    const reason = noiseReason(line, lexicon);
    if (reason) {
      lines.add(n);
      const column = line.length - line.trimStart().length + 1;
      diagnostics.push({ severity: 'info', message: `dropped ${reason}`, line: n, column, rule: 'noise-line' });
    }
  }
  // Everything before a skip link near the top ("Skip to content") is the site's banner.
  const all = text.split('\n');
  for (let k = 0, seen = 0; k < all.length && seen < 12; k++) {
    const raw = all[k] ?? '';
    // A skip link is a short line: a long one is content, and not copied to be compared.
    if (raw.length > 160) {
      seen++;
      continue;
    }
    const line = raw.trim();
    if (line === '') continue;
    seen++;
    if (!lexicon.lists.skipLinks.has(singleSpaced(line).toLowerCase())) continue;
    for (let j = 0; j < k; j++) {
      if ((all[j] ?? '').trim() === '' || lines.has(j + 1)) continue;
      lines.add(j + 1);
      diagnostics.push({ severity: 'info', message: `dropped site banner line \`${(all[j] ?? '').trim().slice(0, 40)}\``, line: j + 1, column: 1, rule: 'noise-line' });
    }
    diagnostics.sort((a, b) => a.line - b.line);
    break;
  }
  dropTrailer(all, lines, diagnostics, lexicon);
  return { lines, diagnostics };
}

/** Content lines a site trailer needs above it: a label near the top heads the page's own text, not links to others. */
const TRAILER_AFTER_LINES = 3;

/** Marks as noise a site's trailer: from a heading over links to other pages ("Related news", "### Read also") to the end. */
function dropTrailer(all: readonly string[], lines: Set<number>, diagnostics: Diagnostic[], lexicon: Lexicon): void {
  let content = 0;
  for (let k = 0; k < all.length; k++) {
    const raw = all[k] ?? '';
    if (raw.length > 60) {
      content++;
      continue;
    }
    const label = raw.trim().replace(/^#{1,6}\s*/, '').replace(/:$/, '').toLowerCase();
    if (label === '') continue;
    if (content < TRAILER_AFTER_LINES || !lexicon.lists.trailerLabels.has(singleSpaced(label))) {
      if (!lines.has(k + 1)) content++;
      continue;
    }
    for (let j = k; j < all.length; j++) if ((all[j] ?? '').trim() !== '') lines.add(j + 1);
    diagnostics.push({ severity: 'info', message: `dropped the site's trailer from \`${raw.trim().slice(0, 40)}\` to the end`, line: k + 1, column: 1, rule: 'noise-line' });
    diagnostics.sort((a, b) => a.line - b.line);
    return;
  }
}
