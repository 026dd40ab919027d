/**
 * Bulletin metadata: title, date (dateline, title, then lead; ranges give their first day),
 * location, and the lead paragraph. Header lines (titles, datelines, place lines) are found
 * among the first blocks; an e-mail's greeting and signature are passed over.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Block } from '../segment/blocks.js';
import type { FrontMatter } from '../parse/front-matter.js';
import { countryNames } from '../lexicon/countries.js';
import { stripEnd, tokenAt, tokenize, type Token } from '../segment/tokens.js';
import { findDates, isDateOnly, isoDate, type DateMatch } from './dates.js';
import { WeakMemo } from '../lexicon/memo.js';

/** What the header and lead say about the bulletin. */
export interface Metadata {
  title: string | null;
  titleBlock: number | undefined;
  date: string | null;
  dateText: string | null;
  location: string | null;
  lead: string | null;
  leadBlock: number | undefined;
  /** Blocks that are header lines, not content. */
  headerBlocks: Set<number>;
}

/** The longest title taken from a plain-text line. */
const MAX_TITLE = 160;

/** Results of `collapse` while one bulletin's metadata is read (the same block texts come up several times); emptied after. */
const collapsed = new Map<string, string>();

function collapse(s: string): string {
  let c = collapsed.get(s);
  if (c === undefined) {
    c = s.replace(/\s+/g, ' ').trim();
    collapsed.set(s, c);
  }
  return c;
}

function firstWordLower(s: string): string {
  return (s.trim().split(/[\s,]+/)[0] ?? '').toLowerCase();
}

/** Skips an e-mail's greeting and body up to its sign-off and signature; returns the next block. */
function afterEmailPreamble(blocks: Block[], lexicon: Lexicon): number {
  const first = blocks[0];
  if (!first || !lexicon.lists.salutations.has(firstWordLower(first.text))) return 0;
  for (let i = 1; i < blocks.length && i < 40; i++) {
    const t = stripEnd(collapse(blocks[i]?.text ?? '').toLowerCase(), ',.!');
    if (lexicon.lists.signOffs.has(t)) {
      let next = i + 1;
      const sig = collapse(blocks[next]?.text ?? '');
      if (sig && sig.split(' ').length <= 3 && !/\d/.test(sig)) next++;
      return next;
    }
  }
  return 0;
}

function isTitleLike(block: Block, format: string): boolean {
  const text = collapse(block.text);
  if (block.kind === 'heading') return text.length > 0;
  // In Markdown and HTML a title is a heading.
  if (format !== 'text') return false;
  if (block.kind === 'item') return false;
  if (text.length === 0 || text.length > MAX_TITLE || block.text.trim().includes('\n')) return false;
  if (/[.:;,]$/.test(text) && !/\b(?:[A-Z]\.|St\.|No\.)$/.test(text)) return false;
  return true;
}

/** Reads the title, date, location and lead from the first blocks. */
export function readMetadata(blocks: Block[], format: string, frontMatter: FrontMatter, lexicon: Lexicon): Metadata {
  try {
    return readMetadataOf(blocks, format, frontMatter, lexicon);
  } finally {
    collapsed.clear();
  }
}

function readMetadataOf(blocks: Block[], format: string, frontMatter: FrontMatter, lexicon: Lexicon): Metadata {
  const headerBlocks = new Set<number>();
  // The same lines (title, lead, header lines) are searched for dates more than once.
  const found = new Map<string, DateMatch[]>();
  const datesIn = (text: string): DateMatch[] => {
    let dates = found.get(text);
    if (!dates) {
      dates = findDates(text, lexicon);
      found.set(text, dates);
    }
    return dates;
  };
  // An e-mail's greeting and body are content; its title comes after the signature.
  const start = afterEmailPreamble(blocks, lexicon);
  let dateline: DateMatch | undefined;
  let title: string | null = frontMatter.title ?? null;
  let titleBlock: number | undefined;
  // Datelines and the title among the first blocks.
  const headings = blocks.slice(start, start + 6).findIndex((b) => b.kind === 'heading');
  if (!title && format !== 'text' && headings >= 0) {
    titleBlock = start + headings;
    title = collapse(blocks[titleBlock]?.text ?? '');
  }
  for (let i = start; i < blocks.length && i < start + 4; i++) {
    const block = blocks[i];
    if (!block) break;
    const text = collapse(block.text);
    if (isDateOnly(text, lexicon, datesIn(text))) {
      dateline ??= datesIn(text)[0];
      headerBlocks.add(i);
      continue;
    }
    if (title === null && titleBlock === undefined) {
      if (isTitleLike(block, format)) {
        title = text;
        titleBlock = i;
        headerBlocks.add(i);
        continue;
      }
      break;
    }
    if (i === titleBlock) {
      headerBlocks.add(i);
      continue;
    }
    // Short lines right after the title (a repeated title, a place-and-date line) are header too,
    // unless they report work.
    const reports = tokenize(text).some((t) => lexicon.verbs.get(t.lower)?.kind !== undefined);
    if (titleBlock !== undefined && isTitleLike(block, format) && text.length < 100 && !reports) {
      headerBlocks.add(i);
      continue;
    }
    break;
  }
  if (titleBlock !== undefined) headerBlocks.add(titleBlock);

  // The lead: the first content paragraph.
  let leadBlock: number | undefined;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || headerBlocks.has(i) || b.kind !== 'paragraph') continue;
    if (collapse(b.text).length < 40) continue;
    leadBlock = i;
    break;
  }
  const lead = leadBlock === undefined ? null : collapse(blocks[leadBlock]?.text ?? '');

  // Date: front matter, dateline, title, header lines, lead.
  let date: string | null = null;
  let dateText: string | null = null;
  const withYear = (d: DateMatch | undefined): boolean => d !== undefined && d.year !== null;
  const candidates: DateMatch[] = [];
  if (dateline) candidates.push(dateline);
  const sources: string[] = [];
  if (title) sources.push(title);
  for (const i of [...headerBlocks].sort((a, b) => a - b)) if (i !== titleBlock) sources.push(collapse(blocks[i]?.text ?? ''));
  if (lead) sources.push(lead);
  for (const s of sources) candidates.push(...datesIn(s));
  const fm = frontMatter.date ? findDates(frontMatter.date, lexicon)[0] : undefined;
  const chosen = withYear(fm) ? fm : candidates.find(withYear);
  if (chosen && chosen.year !== null) {
    date = isoDate(chosen.year, chosen.month, chosen.day);
    dateText = chosen === fm ? (frontMatter.date ?? chosen.text) : chosen.text;
  } else {
    // A date without a year takes the year of the title when the title names exactly one.
    const yearless = candidates[0];
    const years = title ? [...title.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])) : [];
    if (yearless && years.length === 1 && years[0] !== undefined) {
      date = isoDate(years[0], yearless.month, yearless.day);
      dateText = yearless.text;
    } else if (yearless) {
      dateText = yearless.text;
    }
  }

  const location = frontMatter.location ?? findLocation(blocks, headerBlocks, leadBlock, title, lexicon, datesIn);
  return { title, titleBlock, date, dateText, location, lead, leadBlock, headerBlocks };
}

const WIRE_START = /^\s*[A-Z][A-Z'.-]{2}/;
/** Any text with one of the lexicon's place verbs (as a token) matches: blocks without one are not tokenised. */
const placeVerbPattern = new WeakMemo<Lexicon, RegExp>((lexicon) => {
  const words = [...lexicon.lists.placeVerbs].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z\\d])(?:${words.join('|')})(?![a-z\\d])`, 'i');
});

/** A place starting at token `i`: capitalised words, then ", Country" when a country follows. */
function placeAt(text: string, tokens: Token[], i: number, lexicon: Lexicon): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return undefined;
  if (lexicon.lists.nonPlaces.has(t.lower) || lexicon.months.has(t.lower) || lexicon.lists.determiners.has(t.lower)) return undefined;
  let j = i + 1;
  while (j < tokens.length && j < i + 3 && tokens[j]?.kind === 'word' && tokens[j]?.cap === true && !lexicon.bodyHeadWords.has((tokens[j]?.text ?? '').toLowerCase())) j++;
  const last = tokenAt(tokens, j - 1);
  if (!last) return undefined;
  let end = last.end;
  if (tokens[j]?.text === ',' && tokens[j + 1]) {
    const c = tokens[j + 1];
    let k = j + 2;
    while (k < tokens.length && k < j + 4 && tokens[k]?.kind === 'word' && tokens[k]?.cap === true) k++;
    const country = text.slice(c?.start ?? 0, tokenAt(tokens, k - 1)?.end ?? 0);
    if (countryNames().has(country.toLowerCase())) end = tokenAt(tokens, k - 1)?.end ?? end;
  }
  return text.slice(t.start, end);
}

function findLocation(blocks: Block[], header: Set<number>, leadBlock: number | undefined, title: string | null, lexicon: Lexicon, datesIn: (text: string) => DateMatch[]): string | null {
  // "held … in Geneva", "took place … at ITU headquarters in Geneva", "convened … in Bonn, Germany"
  const order: number[] = [];
  if (leadBlock !== undefined) order.push(leadBlock);
  for (let i = 0; i < blocks.length && i < 8; i++) if (!order.includes(i) && !header.has(i)) order.push(i);
  for (const i of order) {
    const raw = blocks[i]?.text ?? '';
    if (!placeVerbPattern.get(lexicon).test(raw)) continue;
    const text = collapse(raw);
    const tokens = tokenize(text);
    for (let k = 0; k < tokens.length; k++) {
      if (!lexicon.lists.placeVerbs.has(tokens[k]?.lower ?? '')) continue;
      for (let m = k + 1; m < tokens.length && m < k + 16; m++) {
        const w = tokens[m]?.text ?? '';
        if (w === '.' || w === ';') break;
        if (w.toLowerCase() === 'in') {
          const place = placeAt(text, tokens, m + 1, lexicon);
          if (place) return place;
        }
      }
    }
  }
  // A place-and-date line in the header: "July 11-21, 2023, Geneva, Switzerland".
  const headerTexts = [...header].sort((a, b) => a - b).map((i) => collapse(blocks[i]?.text ?? ''));
  if (title) headerTexts.unshift(title);
  for (const line of headerTexts) {
    const dates = datesIn(line);
    if (dates.length === 0 || isDateOnly(line, lexicon, dates)) continue;
    let rest = line;
    for (const d of dates) rest = rest.replace(d.text, ' ');
    rest = collapse(stripEnd(rest, ' ,.;:–-').replace(/^[\s,.;:–-]+/, ''));
    const parts = rest.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 1 && parts.length <= 3 && !parts.some((p) => lexicon.lists.titleWords.has(p.toLowerCase())) && parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(p))) return parts.join(', ');
  }
  // A wire-style dateline: "GENEVA — The group …", "PARIS, 3 May - …".
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const raw = blocks[i]?.text ?? '';
    // Three capitals (or marks) first, or no dateline: most blocks are refused without collapsing them.
    if (!WIRE_START.test(raw)) continue;
    const m = /^([A-Z][A-Z'.-]{2,30}(?: [A-Z][A-Z'.-]{1,30}){0,2})(?:,[^—–\n]{0,40})? [—–-] /.exec(collapse(raw));
    if (m?.[1] && !lexicon.months.has(m[1].toLowerCase())) return m[1];
  }
  // "In Geneva, representatives …" at the start of a sentence.
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const raw = blocks[i]?.text ?? '';
    if (!raw.includes('In')) continue;
    const text = collapse(raw);
    const m = /(?:^|[.!?]\s)In (\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),/u.exec(text);
    if (m?.[1] && !lexicon.lists.nonPlaces.has(m[1].toLowerCase()) && !lexicon.months.has(m[1].toLowerCase()) && !/\d/.test(m[1])) return m[1];
  }
  return null;
}
