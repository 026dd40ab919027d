/**
 * Bulletin metadata: title, date (dateline, title, then lead; ranges give their first day),
 * location, and the lead paragraph. Header lines (titles, datelines, place lines) are found
 * among the first blocks; an e-mail's greeting and signature are passed over.
 */
import { classOf, isWrittenOrdinal, Word, type Lexicon } from '../lexicon/index.js';
import type { Block } from '../segment/blocks.js';
import type { FrontMatter } from '../parse/front-matter.js';
import { countryNames } from '../lexicon/countries.js';
import { stripEnd, tokenAt, tokenize, type Token } from '../segment/tokens.js';
import { findDates, isDateOnly, isoDate, type DateMatch } from './dates.js';
import { WeakMemo } from '../lexicon/memo.js';
import { hasLooseSpace } from '../normalize/chars.js';
import { acronymKind } from './names.js';

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
  // Most lines have single spaces only: they are their own collapsed form.
  if (!hasLooseSpace(s)) return s;
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
    const t = stripEnd(textOf(blocks[i]).toLowerCase(), ',.!');
    if (lexicon.lists.signOffs.has(t)) {
      let next = i + 1;
      const sig = textOf(blocks[next]);
      if (sig && sig.split(' ').length <= 3 && !/\d/.test(sig)) next++;
      return next;
    }
  }
  return 0;
}

/** The label of an e-mail's or a memo's header line ("From: …", "TO: …", "Subject: …"), lower case, or undefined. */
function mailLabel(text: string, lexicon: Lexicon): string | undefined {
  const label = /^([A-Za-z-]{2,12}):\s/.exec(text)?.[1]?.toLowerCase();
  return label !== undefined && lexicon.lists.mailHeaderLabels.has(label) ? label : undefined;
}

function isTitleLike(block: Block, format: string): boolean {
  const text = textOf(block);
  if (block.kind === 'heading') return text.length > 0;
  // In Markdown and HTML a title is a heading.
  if (format !== 'text') return false;
  if (block.kind === 'item') return false;
  if (text.length === 0 || text.length > MAX_TITLE || block.text.trim().includes('\n')) return false;
  if (/[.:;,]$/.test(text) && !/\b(?:[A-Z]\.|St\.|No\.)$/.test(text)) return false;
  // "Moved by …, that the budget be adopted as presented. CARRIED": a sentence that ends inside the line is prose.
  const stop = /\p{Ll}{2}\. \p{Lu}/u.exec(text);
  return !(stop && text.slice(0, stop.index).split(' ').length >= 6);
}

/** Whether a line opens with the label of an office, a roster or a place ("Chair: Mr. Ahmed Al-Sayed (Egypt)", "Venue: Oslo"). */
function isLabelLine(text: string, lexicon: Lexicon): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 30) return false;
  const label = text.slice(0, colon).trim().toLowerCase();
  const { roleWords, rosterLabels, placeLabels } = lexicon.lists;
  return roleWords.has(label) || rosterLabels.has(label) || placeLabels.has(label);
}

/** The lower-cased words of a line. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’&-]+/u).filter(Boolean);
}

/**
 * A line of a page's furniture rather than its headline: site chrome, a kicker ("…: Press
 * Notice", "Class and Statutory News"), a meeting number or document symbol ("34th & 35th
 * Meetings (AM & PM)", "ECOSOC/6929"), a line of one or two words without a digit.
 */
/** Whether a short line names a body and no more ("General Assembly Plenary", "Security Council"): a page's section, not its headline. */
function isSectionLine(text: string, lexicon: Lexicon): boolean {
  const words = wordsOf(text);
  if (words.length > 4 || /[\d.!?:]/.test(text) || !text.split(' ').every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.some((w) => lexicon.bodyHeadWords.has(w)) && !words.some((w) => lexicon.verbs.get(w)?.kind !== undefined);
}

function isFurniture(text: string, lexicon: Lexicon): boolean {
  const lower = text.toLowerCase();
  if (lexicon.lists.noiseLines.has(lower) || lexicon.lists.skipLinks.has(lower) || lexicon.lists.kickerLabels.has(lower)) return true;
  const words = wordsOf(text);
  if (words.length === 0) return true;
  // "About us | News | Contact": a site's menu, three short items or more between bars.
  const items = text.split(/\s[|·•]\s/);
  if (items.length >= 3 && !/\d/.test(text) && items.every((p) => p.trim().split(/\s+/).length <= 3)) return true;
  // "Home > News > Meetings", "Home / Newsroom": a breadcrumb trail.
  if (lexicon.lists.noiseLines.has(words[0] ?? '') && /^[^>/»›|]{1,40}\s[>/»›|]\s/u.test(text)) return true;
  const last = words.slice(-2).join(' ');
  const colon = lower.lastIndexOf(':');
  // "Forty-Sixth Forum Leaders Meeting: Communiqué" is the record's own headline: a meeting, not a publisher, before the label.
  if (colon > 0 && lexicon.lists.kickerLabels.has(lower.slice(colon + 1).trim()) && !wordsOf(lower.slice(0, colon)).some((w) => lexicon.lists.meetingNouns.has(w))) return true;
  // "Press Briefing 12/2026", "Press release No. 45": a kicker with its number.
  const numbered = /^(.{3,30}?)\s(?:no\.?\s?)?\d[\d/.-]*$/.exec(lower);
  if (numbered?.[1] && lexicon.lists.kickerLabels.has(numbered[1])) return true;
  if (words.length <= 4 && (lexicon.lists.kickerLabels.has(last) || lexicon.lists.kickerLabels.has(words[words.length - 1] ?? ''))) return true;
  // "2018 Session", "34th & 35th Meetings (AM & PM)", "ECOSOC/6929": numbers, meeting nouns and symbols only.
  if (!/\p{Lu}{3}/u.test(text) && words.some((w) => /\d/.test(w)) && words.every((w) => /\d/.test(w) || lexicon.lists.meetingNouns.has(w) || w === '&' || lexicon.lists.sittingMarks.has(w) || isWrittenOrdinal(w, lexicon))) return true;
  if (/^[\p{Lu}\d]+(?:\/[\p{Lu}\d.]+)+$/u.test(text)) return true;
  // "UNITED NATIONS — Press release — 12 May 2023": a kicker between the publisher in capitals and a date.
  const parts = text.split(/ [—–|-] /).map((p) => p.trim());
  const kicker = (p: string): boolean => lexicon.lists.kickerLabels.has(p.toLowerCase());
  const capitals = (p: string): boolean => p === p.toUpperCase() && /\p{Lu}/u.test(p);
  if (parts.length >= 2 && parts.some(kicker) && parts.every((p) => kicker(p) || isDateOnly(p, lexicon) || capitals(p))) return true;
  return words.length <= 2 && !/\d/.test(text) && text === text.replace(/[.!?]$/, '') && !/^\p{Lu}[\p{L}]+ \p{Lu}/u.test(text) && words.every((w) => !lexicon.lists.meetingNouns.has(w));
}

/** Whether a line has a verb after its first word, as a headline does ("Council approves …"; "Present" over a roster is no headline). */
function hasVerb(text: string, lexicon: Lexicon): boolean {
  return wordsOf(text).some((w, n) => n > 0 && lexicon.verbs.get(w)?.kind !== undefined);
}

/** Whether a line taken for the title may be a publisher's short name ("City of Lakeport", "Ministry of Transport"). */
function publisherName(title: string, lexicon: Lexicon): boolean {
  return wordsOf(title).length <= 5 && !/\d/.test(title) && !namesRecord(title, lexicon) && !hasVerb(title, lexicon);
}

/** Whether every line of a block is a line of a page's furniture ("Share this page" / "Print"). */
function noiseLinesOnly(block: Block, lexicon: Lexicon): boolean {
  if (!block.text.includes('\n') || block.text.length > 200) return false;
  return block.text.split('\n').every((line) => {
    const t = line.trim().toLowerCase();
    return t === '' || lexicon.lists.noiseLines.has(t);
  });
}

/** Whether a line names a body's meeting ("MEETING OF THE RCC WORKING GROUP ON …"), not a session's number alone. */
function namesMeeting(text: string, lexicon: Lexicon): boolean {
  const words = wordsOf(text);
  return words.some((w) => lexicon.lists.meetingNouns.has(w)) && words.some((w) => lexicon.bodyHeadWords.has(w) && !lexicon.lists.meetingNouns.has(w));
}

/** Whether a line names the record of a meeting ("… MEETING MINUTES", "Action Summary"). */
function namesRecord(text: string, lexicon: Lexicon): boolean {
  return wordsOf(text).some((w) => lexicon.lists.recordNouns.has(w));
}

/** The length of the lexicon's longest skip link: a longer line is none. */
const longestSkipLink = new WeakMemo<Lexicon, number>((lexicon) => Math.max(0, ...[...lexicon.lists.skipLinks].map((w) => w.length)));

/** The index of the first block after site navigation: a skip link ends it. */
function afterNavigation(blocks: Block[], from: number, lexicon: Lexicon): number {
  for (let i = from; i < blocks.length && i < from + 12; i++) {
    const text = textOf(blocks[i]);
    if (text.length <= longestSkipLink.get(lexicon) && lexicon.lists.skipLinks.has(text.toLowerCase())) return i + 1;
  }
  return from;
}

/** How much of a block the metadata reader reads: titles, datelines and places come early, and a lead longer than this is cut. */
const HEAD = 4000;

/** The first HEAD characters of a text, cut back to a word boundary when longer. */
function headOf(text: string): string {
  if (text.length <= HEAD) return text;
  const cut = text.slice(0, HEAD);
  const space = cut.lastIndexOf(' ');
  return space > HEAD / 2 ? cut.slice(0, space) : cut;
}

/** A block's text as the metadata reader reads it: its head, white space collapsed. */
function textOf(block: Block | undefined): string {
  return collapse(headOf(block?.text ?? ''));
}

/** Reads the title, date, location and lead from the first blocks. */
export function readMetadata(blocks: Block[], format: string, frontMatter: FrontMatter, lexicon: Lexicon): Metadata {
  try {
    return readMetadataOf(blocks, format, frontMatter, lexicon);
  } finally {
    collapsed.clear();
  }
}

const SENTENCE_END = '.!?:;';
const AFTER_END = '"\'”’)';

/** Whether a text ends as a sentence does: a full stop or colon, maybe a quote or bracket after it. */
function endsSentence(text: string): boolean {
  const last = text.slice(-1);
  if (last === '') return false;
  if (SENTENCE_END.includes(last)) return true;
  const before = text.slice(-2, -1);
  return AFTER_END.includes(last) && before !== '' && SENTENCE_END.includes(before);
}

/** Whether a text has at least `n` words (`n - 1` spaces; its spaces are single). */
function hasWords(text: string, n: number): boolean {
  let at = -1;
  for (let k = 1; k < n; k++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** Whether a block is prose: a paragraph that reads as sentences, not as a line of a header. */
function isProse(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = textOf(block);
  return endsSentence(text) && hasWords(text, 6);
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
  const start = afterNavigation(blocks, afterEmailPreamble(blocks, lexicon), lexicon);
  for (let i = 0; i < start; i++) if (afterEmailPreamble(blocks, lexicon) <= i) headerBlocks.add(i);
  let dateline: DateMatch | undefined;
  /** A place-and-date line before any headline. */
  let placeLine: number | undefined;
  let title: string | null = frontMatter.title ?? null;
  let titleBlock: number | undefined;
  let mail = false;
  for (let i = start; i < blocks.length && i < start + 10; i++) {
    const block = blocks[i];
    if (!block) break;
    const text = textOf(block);
    // "From: …" / "To: …" / "Subject: Summary of the 19th meeting": the header lines of a mail or a memo, whose subject is the title.
    const label = title === null && format === 'text' ? mailLabel(text, lexicon) : undefined;
    if (label !== undefined && (mail || mailLabel(textOf(blocks[i + 1]), lexicon) !== undefined)) {
      mail = true;
      if (label === 'subject') {
        title = text;
        titleBlock = i;
      }
      dateline ??= datesIn(text)[0];
      headerBlocks.add(i);
      continue;
    }
    if (isDateOnly(text, lexicon, datesIn(text))) {
      dateline ??= datesIn(text)[0];
      headerBlocks.add(i);
      continue;
    }
    // "Geneva, 3 March 2026" above the headline: a dateline, the title only when no headline follows. Below the
    // headline, it is the dateline still: the item's own date, before a meeting's dates in the headline.
    if (text.split(' ').length <= 8 && !/[.!?]$/.test(text) && !wordsOf(text).some((w) => lexicon.lists.meetingNouns.has(w)) && placeOfDateLine(text, datesIn(text), lexicon) !== null) {
      dateline ??= datesIn(text)[0];
      if (title === null) placeLine ??= i;
      headerBlocks.add(i);
      continue;
    }
    // A page's language menu or navigation list before the headline.
    if (title === null && block.kind === 'item' && text.split(' ').length <= 3) {
      headerBlocks.add(i);
      continue;
    }
    if (isProse(block) && !(format !== 'text' && block.kind === 'heading')) break;
    // A Markdown document's first-rank heading is its title, however short.
    // But "# Harbour News" over "## Council approves …" is the publisher's furniture over the headline.
    const furnitureOverHeading = isFurniture(text, lexicon) && blocks[i + 1]?.kind === 'heading';
    const markdownTitle = format === 'markdown' && block.kind === 'heading' && block.rank === 1 && title === null && !lexicon.lists.noiseLines.has(text.toLowerCase()) && !furnitureOverHeading;
    if (!markdownTitle && (isFurniture(text, lexicon) || noiseLinesOnly(block, lexicon)) && (title === null || block.kind !== 'heading')) {
      headerBlocks.add(i);
      continue;
    }
    if (title === null && titleBlock === undefined) {
      // A Markdown note without headings ("IESG narrative minutes, 2025-06-12" over its text) opens with its title line, as plain text does.
      const plainMarkdown = format === 'markdown' && block.kind === 'paragraph' && blocks[i + 1]?.kind !== 'heading' && !blocks.some((b) => b.kind === 'heading' && b.rank === 1);
      if (isTitleLike(block, plainMarkdown ? 'text' : format)) {
        title = text;
        titleBlock = i;
        headerBlocks.add(i);
        continue;
      }
      if (format === 'text') break;
      continue;
    }
    // "# City of Lakeport" over "## Council approves transit plan": the publisher's name in a heading over the headline,
    // a heading of the next rank with a verb of its own.
    const over = titleBlock === undefined ? undefined : blocks[titleBlock];
    const ranked = over?.kind === 'heading' && block.kind === 'heading' && block.rank > over.rank;
    // "Harbourton Port Authority" / "Board approves dredging contract": so in a text's lines.
    const lines = format === 'text' && over?.kind === 'paragraph' && block.kind === 'paragraph' && isTitleLike(block, format);
    // Only the page's furniture stands between them ("News release").
    const from = titleBlock ?? i;
    let next = from < i;
    for (let n = from + 1; n < i && next; n++) next = headerBlocks.has(n);
    if (title !== null && next && (ranked || lines) && publisherName(title, lexicon)) {
      // "Ministry of Transport" / "Press Office": the publisher's short lines after its name, in mixed case (lines in
      // capitals are read below: "TOWN OF WESTFORD" / "SELECT BOARD MEETING MINUTES").
      if (lines && /\p{Ll}/u.test(title) && text.split(' ').length <= 4 && !/[\d.!?:]/.test(text) && !hasVerb(text, lexicon) && !namesRecord(text, lexicon) && !wordsOf(text).some((w) => lexicon.bodyHeadWords.has(w))) {
        headerBlocks.add(i);
        continue;
      }
      if (wordsOf(text).length >= 3 && hasVerb(text, lexicon)) {
        title = text;
        titleBlock = i;
        headerBlocks.add(i);
        continue;
      }
    }
    // "UNITED NATIONS" / "ECONOMIC AND SOCIAL COUNCIL" / "2026 SESSION, 14TH MEETING (AM)" / "ECOSOC Adopts …": lines in
    // capitals head a page before its headline; a headline in mixed case after them is the title.
    // A headline in capitals has a verb of its own ("COUNCIL ADOPTS BUDGET") and stays the title.
    // "REGULAR CITY COUNCIL MEETING MINUTES": a record's name in capitals is the title too.
    const capitalsOnly = title !== null && !/\p{Ll}/u.test(title) && !namesRecord(title, lexicon) && !wordsOf(title).some((w) => lexicon.verbs.get(w)?.kind !== undefined);
    // "Meetings Coverage" / "General Assembly Plenary" / "Eightieth Session, 45th Meeting (AM)" / "General Assembly Adopts …":
    // a body's name alone, in capitals or not, heads the page as its section.
    const sectionLine = title !== null && titleBlock !== undefined && isSectionLine(title, lexicon);
    if (title !== null && titleBlock !== undefined && (capitalsOnly || sectionLine)) {
      // "CITY OF RIVERTON" / "REGULAR CITY COUNCIL MEETING MINUTES": the record's name after the publisher's.
      // "REGIONAL COMMONWEALTH …" / "MEETING OF THE RCC WORKING GROUP ON …": so is a body's meeting.
      if (capitalsOnly && !/\p{Ll}/u.test(text) && (namesRecord(text, lexicon) || namesMeeting(text, lexicon)) && wordsOf(text).length >= 2 && datesIn(text).length === 0) {
        title = text;
        titleBlock = i;
        headerBlocks.add(i);
        continue;
      }
      // "CITY OF LAKEVIEW" / "Office of the Mayor": the publisher's short lines, in capitals or not.
      if (!/\p{Ll}/u.test(text) || isFurniture(text, lexicon) || (text.split(' ').length <= 4 && !/[\d.!?]/.test(text))) {
        headerBlocks.add(i);
        continue;
      }
      // "Report of the fifth TSAG meeting (Geneva, 9-13 June 2027)": a record's name may carry its date.
      if (isTitleLike(block, format) && text.split(' ').length >= 5 && (datesIn(text).length === 0 || namesRecord(text, lexicon)) && !isLabelLine(text, lexicon)) {
        title = text;
        titleBlock = i;
        headerBlocks.add(i);
        continue;
      }
    }
    // After the title: the title again, or a place-and-date line, is header too.
    const words = wordsOf(text);
    const namesBody = words.some((w) => lexicon.bodyHeadWords.has(w) && !lexicon.lists.meetingNouns.has(w));
    // A table's row ("Minutes of 10 September | Approved") is content, dated or not.
    const dateLine = datesIn(text).length > 0 && text.split(' ').length <= 8 && !/[.!?]$/.test(text) && !namesBody && block.firstCellEnd === undefined && (block.kind !== 'heading' || placeOfDateLine(text, datesIn(text), lexicon) !== null);
    // "Forty-Eighth Session", "Seventh session", "61st meeting": the session's line under its body's name.
    const sessionLine = words.length <= 4 && words.some((w) => lexicon.lists.meetingNouns.has(w)) && words.every((w) => lexicon.lists.meetingNouns.has(w) || isWrittenOrdinal(w, lexicon) || /^\d+(?:st|nd|rd|th)$/.test(w));
    if (title !== null && (text === title || dateLine || sessionLine)) {
      // A front matter's title, written again as the first heading, is the headline's block.
      if (text === title && titleBlock === undefined) titleBlock = i;
      headerBlocks.add(i);
      continue;
    }
    break;
  }
  if (title === null && placeLine !== undefined) {
    title = textOf(blocks[placeLine]);
    titleBlock = placeLine;
  }
  if (titleBlock !== undefined) headerBlocks.add(titleBlock);

  // The lead: the first content paragraph.
  let leadBlock: number | undefined;
  const content: number[] = [];
  for (let i = start; i < blocks.length && content.length < 2; i++) {
    const b = blocks[i];
    if (!b || headerBlocks.has(i)) continue;
    content.push(i);
  }
  for (const strict of [true, false]) {
    for (let i = start; i < blocks.length && leadBlock === undefined; i++) {
      const b = blocks[i];
      if (!b || headerBlocks.has(i) || b.kind !== 'paragraph') continue;
      if (textOf(b).length < 40 || (strict && !isProse(b))) continue;
      leadBlock = i;
    }
  }
  const lead = leadBlock === undefined ? null : textOf(blocks[leadBlock]);

  // Date: front matter, dateline, title, header lines, lead.
  let date: string | null = null;
  let dateText: string | null = null;
  const withYear = (d: DateMatch | undefined): boolean => d !== undefined && d.year !== null;
  const candidates: DateMatch[] = [];
  if (dateline) candidates.push(dateline);
  const sources: string[] = [];
  if (title) sources.push(title);
  for (const i of [...headerBlocks].sort((a, b) => a - b)) if (i !== titleBlock) sources.push(textOf(blocks[i]));
  // The first sentences of the first content blocks: a meeting's date is given early or not at all.
  for (const i of content) sources.push(firstSentences(textOf(blocks[i]), 2));
  if (lead) sources.push(firstSentences(lead, 2));
  // "extended the mandate until 30 April 2027": a deadline in a sentence is no day of the meeting.
  for (const s of sources) candidates.push(...datesIn(s).filter((d) => !isDeadline(s, d, lexicon)));
  const fm = frontMatter.date ? findDates(frontMatter.date, lexicon)[0] : undefined;
  const chosen = withYear(fm) ? fm : candidates.find(withYear);
  if (chosen && chosen.year !== null) {
    date = isoDate(chosen.year, chosen.month, chosen.day);
    dateText = chosen === fm ? (frontMatter.date ?? chosen.text) : chosen.text;
  } else {
    // A date without a year takes the year of the title when the title names exactly one, and not as a bound
    // ("OPEC+ agrees to extend output cuts into 2027").
    const yearless = candidates[0];
    const bound = (at: number): boolean => lexicon.lists.deadlineWords.has(title?.slice(0, at).trimEnd().split(' ').pop()?.toLowerCase() ?? '');
    const years = title ? [...title.matchAll(/\b(?:19|20)\d{2}\b/g)].filter((m) => !bound(m.index)).map((m) => Number(m[0])) : [];
    if (yearless && years.length === 1 && years[0] !== undefined) {
      date = isoDate(years[0], yearless.month, yearless.day);
      dateText = yearless.text;
    } else if (yearless) {
      dateText = yearless.text;
    }
  }

  const location = frontMatter.location ?? findLocation(blocks, headerBlocks, leadBlock, title, date === null ? null : Number(date.slice(0, 4)), lexicon, datesIn);
  return { title: title === null ? null : withoutLabels(title, lexicon), titleBlock, date, dateText, location, lead, leadBlock, headerBlocks };
}

/** A headline without the labels before it ("Subject: Re: Summary of …" is "Summary of …"). */
function withoutLabels(title: string, lexicon: Lexicon): string {
  let t = title;
  // "Subject: Re: [harbour-members] Summary …": labels and a mailing list's tag, in any order.
  for (;;) {
    const colon = t.indexOf(':');
    if (colon > 0 && colon <= 10 && lexicon.lists.titleLabels.has(t.slice(0, colon).trim().toLowerCase())) t = t.slice(colon + 1).trimStart();
    else if (/^\[[^\]\n]{1,40}\]\s/.test(t)) t = t.slice(t.indexOf(']') + 1).trimStart();
    else break;
  }
  return t.length > 0 ? t : title;
}

/** The first `n` sentences of a text (split after `.`, `!` or `?` and a space). */
function firstSentences(text: string, n: number): string {
  let end = 0;
  for (let k = 0; k < n; k++) {
    const m = /[.!?]\s+(?=[\p{Lu}\d])/u.exec(text.slice(end));
    if (!m) return text;
    end += m.index + m[0].length;
  }
  return text.slice(0, end);
}

const WIRE_START = /^\s*[A-Z][A-Z'.-]{2}/;

/**
 * Whether a block is a line that no sentence ends and that gives no date ("PUBLIC HEARING – Liquor license transfer, 14
 * Main Street"): a heading, not a dateline's paragraph ("UNITED NATIONS — Press release — 12 May 2023" is one).
 */
function headingLine(text: string, datesIn: (text: string) => DateMatch[]): boolean {
  return !/[.!?"”)…]$/.test(text.trimEnd()) && datesIn(text).length === 0;
}

/** Any text with one of the lexicon's place verbs (as a token) matches: blocks without one are not tokenised. */
const placeVerbPattern = new WeakMemo<Lexicon, RegExp>((lexicon) => {
  const words = [...lexicon.lists.placeVerbs].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z\\d])(?:${words.join('|')})(?![a-z\\d])`, 'i');
});

/** Any text with a meeting noun and "in" after it matches: texts without one are not tokenised. */
const meetingInPattern = new WeakMemo<Lexicon, RegExp>((lexicon) => {
  const words = [...lexicon.lists.meetingNouns].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z\\d])(?:${words.join('|')}) in (?=\\p{Lu})`, 'iu');
});

/** Words that may follow a place ("in Geneva on …", "in Geneva and online", "in Geneva last week"). */
const AFTER_PLACE = Word.Preposition | Word.Connector | Word.ClauseLink | Word.AnyVerb | Word.Adverb | Word.Temporal | Word.Determiner | Word.TopicPreposition;

/** A place starting at token `i`: capitalised words, then ", Country" when a country follows. */
function placeAt(text: string, tokens: Token[], i: number, lexicon: Lexicon): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return undefined;
  if (lexicon.lists.nonPlaces.has(t.lower) || lexicon.months.has(t.lower) || lexicon.lists.determiners.has(t.lower)) return undefined;
  // "in WTO regular bodies": an acronym that qualifies a noun is an organisation, not a place.
  const next = tokens[i + 1];
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && next?.kind === 'word' && !next.cap && (classOf(next.lower, lexicon) & AFTER_PLACE) === 0) return undefined;
  let j = i + 1;
  // "St. Petersburg": an abbreviation's period inside the town's name.
  if (tokens[j]?.text === '.' && tokens[j]?.start === t.end && lexicon.lists.abbreviations.has(t.lower) && tokens[j + 1]?.cap === true) j += 2;
  const limit = j + 2;
  while (j < tokens.length && j < limit && tokens[j]?.kind === 'word' && tokens[j]?.cap === true && !lexicon.bodyHeadWords.has((tokens[j]?.text ?? '').toLowerCase())) j++;
  // "Port of Spain, Trinidad and Tobago": "of" inside a town's name, when its country follows.
  if (tokens[j]?.lower === 'of' && tokens[j + 1]?.cap === true && tokens[j + 2]?.text === ',' && countryAfter(text, tokens, j + 2) > 0) j += 2;
  const last = tokenAt(tokens, j - 1);
  if (!last) return undefined;
  let end = last.end;
  // "Washington, D.C.": a region's initials after the town.
  const region = tokens[j]?.text === ',' ? /^, ?((?:\p{Lu}\.){2,3})/u.exec(text.slice(tokens[j]?.start ?? 0, (tokens[j]?.start ?? 0) + 10)) : null;
  if (region) return text.slice(t.start, (tokens[j]?.start ?? 0) + region[0].length);
  const country = countryAfter(text, tokens, j);
  if (country > 0) end = tokenAt(tokens, country - 1)?.end ?? end;
  return text.slice(t.start, end);
}

/** After the comma at token `j`, where the longest country's name ends ("Minsk, Republic of Belarus", "…, Trinidad and Tobago", "…, the Philippines"), or 0. */
function countryAfter(text: string, tokens: Token[], j: number): number {
  // "Manila, the Philippines": the country's name after its "the".
  const at = tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.cap === true ? j + 2 : j + 1;
  const c = tokens[at];
  if (tokens[j]?.text !== ',' || !c) return 0;
  let k = at + 1;
  while (k < tokens.length && k < j + 6 && tokens[k]?.kind === 'word' && (tokens[k]?.cap === true || tokens[k]?.lower === 'of' || tokens[k]?.lower === 'and')) k++;
  for (; k > at; k--) if (countryNames().has(text.slice(c.start, tokenAt(tokens, k - 1)?.end ?? 0).toLowerCase())) return k;
  return 0;
}

/** Whether the word before a date makes it a deadline or a bound ("until 30 April 2027", "by 1 May"). */
function isDeadline(text: string, d: DateMatch, lexicon: Lexicon): boolean {
  const words = text.slice(Math.max(0, d.start - 24), d.start).trimEnd().toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  const deadline = (w: string | undefined): boolean => w !== undefined && lexicon.lists.deadlineWords.has(w);
  if (deadline(last)) return true;
  // "beginning on 1 January", "effective from 1 May", "effective as of 1 May"
  if (last === 'on' || last === 'from') return deadline(words[words.length - 2]);
  return last === 'of' && words[words.length - 2] === 'as' && deadline(words[words.length - 3]);
}

/** The place of a place-and-date line ("Geneva, Switzerland, 9 to 19 June"), or null for any other line. */
function placeOfDateLine(line: string, dates: DateMatch[], lexicon: Lexicon): string | null {
  if (dates.length === 0 || isDateOnly(line, lexicon, dates)) return null;
  // "…, Seoul, 3-4 June 2026 — Resolutions": of a line cut by dashes, the part with the date;
  // "(19-24 October 1998, Gland, Switzerland)": a line in brackets, what is inside.
  const first = dates[0]?.text ?? '';
  const segment = line.split(/ [—–|] /).find((p) => p.includes(first)) ?? line;
  let rest = segment.startsWith('(') && segment.endsWith(')') ? segment.slice(1, -1) : segment;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  rest = collapse(stripEnd(rest, ' ,.;:–-').replace(/^[\s,.;:–-]+/, ''));
  // "Forty-Seventh Session, Geneva, …": the session named before the place is no part of it; nor is a day's name
  // ("Monday, April 13, 2026 – 7:00 PM").
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter((p, i) => p && !(i === 0 && wordsOf(p).some((w) => lexicon.lists.meetingNouns.has(w))) && !lexicon.lists.weekdays.has(p.toLowerCase()));
  // "Environment Council, 17 June 2025": a body's name and a date, not a place.
  if (parts.some((p) => wordsOf(p).some((w) => lexicon.bodyHeadWords.has(w)))) return null;
  // "IESG Narrative Minutes, 2026-03-19": a headline's words, not a place.
  if (parts.some((p) => namesRecord(p, lexicon))) return null;
  if (parts.length >= 1 && parts.length <= 3 && !parts.some((p) => lexicon.lists.titleWords.has(p.toLowerCase())) && parts.every((p) => /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(p))) return parts.join(', ');
  // "APEC Senior Officials' Meeting Canberra, Australia | 20 January 2007": the town and country ending another part.
  for (const other of line.split(/ [—–|] /)) {
    if (other === segment) continue;
    const m = /(?:^|\s)(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$/u.exec(other.trim());
    if (m?.[1] && m[2] && countryNames().has(m[2].toLowerCase()) && !lexicon.bodyHeadWords.has(m[1].toLowerCase()) && !lexicon.lists.meetingNouns.has(m[1].toLowerCase())) return `${m[1]}, ${m[2]}`;
  }
  return null;
}

/** A venue and its town from token `i`: "[the] University Conference Centre, Leeds" (capitalised words, a comma, a capitalised word). */
function venueAt(text: string, tokens: Token[], i: number): string | undefined {
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const first = j;
  while (j < tokens.length && j < first + 6 && tokens[j]?.kind === 'word' && tokens[j]?.cap === true) j++;
  if (j - first < 1 || tokens[j]?.text !== ',' || tokens[j + 1]?.kind !== 'word' || tokens[j + 1]?.cap !== true) return undefined;
  let k = j + 2;
  while (k < tokens.length && k < j + 4 && tokens[k]?.kind === 'word' && tokens[k]?.cap === true) k++;
  // "Held at Headquarters, New York": a venue of one word is the town's building; the town is the place.
  const start = j - first === 1 ? tokens[j + 1] : tokens[first];
  const end = tokens[k - 1];
  return start && end ? text.slice(start.start, end.end) : undefined;
}

/** A place of one to three capitalised words, with its country in brackets maybe: "Geneva", "New York", "Nairobi (Kenya)". */
const DATELINE_PLACE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \(\p{Lu}[\p{L} ]{1,30}\))?$/u;

/** A region after a dateline's town: one or two capitalised words or abbreviations ("D.C.", "New York", "Lao PDR"). */
const DATELINE_REGION = /^\p{Lu}[\p{L}.]{0,20}(?: \p{Lu}[\p{L}.]{0,20})?$/u;

/** Whether a dateline's place is a town, with its country or region after a comma or not ("Bergen, Norway", "Oslo"). */
function townAndRegion(where: string, lexicon: Lexicon): boolean {
  const [town = '', region, ...more] = where.split(', ');
  const known = lexicon.months.has(town.toLowerCase()) || lexicon.lists.weekdays.has(town.toLowerCase());
  const regionOk = region === undefined || countryNames().has(region.toLowerCase()) || DATELINE_REGION.test(region);
  return more.length === 0 && DATELINE_PLACE.test(town) && !known && regionOk;
}

/** The place of a dateline that opens a paragraph: "Geneva, 10 February 2026 – The Board …" (the place, a comma, a date, a dash). */
function datelinePlace(text: string, lexicon: Lexicon): string | undefined {
  // The dateline ends at a dash, or at the period after its year ("Paris, 9 July 2007. The Committee …").
  // "Geneva, 3rd March 2026: The Board …": or at a colon after its year.
  // "OSLO, March 3, 2026 -- The Board …": two hyphens stand for the dash.
  const dash = text.slice(0, 90).search(/ (?:[—–-]|--) |(?<=\d{4})[.:] (?=\p{Lu})/u);
  if (dash < 0) return undefined;
  const head = text.slice(0, dash);
  // "Geneva, Switzerland – 3 March 2026 – …": the date between two dashes after the place.
  const dated = / [—–-] ([^—–]{6,30}) [—–-] /u.exec(text.slice(dash, dash + 60));
  if (dated?.index === 0 && dated[1] && isDateOnly(dated[1], lexicon) && townAndRegion(head, lexicon)) return head;
  // "Bergen, Norway (14 April 2027) – …", "Oslo (3 May 2027) – …": the date in brackets after the place.
  const bracket = / \(([^()]{1,30})\)$/.exec(head);
  if (bracket?.[1] && isDateOnly(bracket[1], lexicon)) {
    const where = head.slice(0, bracket.index);
    return townAndRegion(where, lexicon) ? where : undefined;
  }
  const comma = head.indexOf(', ');
  if (comma < 0) return undefined;
  const place = head.slice(0, comma);
  if (!DATELINE_PLACE.test(place) || lexicon.months.has(place.toLowerCase()) || lexicon.lists.weekdays.has(place.toLowerCase())) return undefined;
  // "Geneva, 20 June 2025 (WMO) - …": the source after the date is no part of it.
  const rest = head.slice(comma + 2).replace(/ \([^()]{1,30}\)$/, '');
  if (isDateOnly(rest, lexicon)) return place;
  // "Samarkand, Uzbekistan, 17 February 2024 – …", "Washington, D.C., 22 August 2025.": the town and its country or region.
  const second = rest.indexOf(', ');
  const country = second > 0 ? rest.slice(0, second) : '';
  return country && (countryNames().has(country.toLowerCase()) || DATELINE_REGION.test(country)) && isDateOnly(rest.slice(second + 2), lexicon) ? `${place}, ${country}` : undefined;
}

/** Whether the text after a place opens with a year other than the bulletin's (", in 2023", " in 2023"). */
function otherYear(after: string, year: number | null): boolean {
  const m = /^,? in ((?:19|20)\d\d)\b/.exec(after);
  return m !== null && year !== null && Number(m[1]) !== year;
}

/** The place a block says a meeting was held in ("held … in Geneva", "took place … at ITU headquarters in Geneva"), if any. */
function placeVerbPlace(block: Block | undefined, year: number | null, lexicon: Lexicon, datesIn: (text: string) => DateMatch[]): string | null {
  const raw = headOf(block?.text ?? '');
  if (!placeVerbPattern.get(lexicon).test(raw)) return null;
  const text = collapse(raw);
  const tokens = tokenize(text);
  // "On 14 October 2025 in Almaty the 31st meeting … took place": the place right after the date.
  for (const d of datesIn(text)) {
    let k = tokens.findIndex((t) => t.start >= d.end);
    if (tokens[k]?.text === ',') k++;
    if (k > 0 && tokens[k]?.lower === 'in') {
      const place = placeAt(text, tokens, k + 1, lexicon);
      if (place) return place;
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!lexicon.lists.placeVerbs.has(tokens[k]?.lower ?? '')) continue;
    // "The next meeting will be held in Helsinki", "… will take place in Moscow": a meeting to come.
    const before = tokens[k - 1]?.lower;
    if (before === 'be' || before === 'will' || (before === 'take' && (tokens[k - 2]?.lower === 'will' || tokens[k - 2]?.lower === 'to'))) continue;
    for (let m = k + 1; m < tokens.length && m < k + 24; m++) {
      const w = tokens[m]?.text ?? '';
      if (w === '.' || w === ';') break;
      if (w.toLowerCase() === 'in') {
        const place = placeAt(text, tokens, m + 1, lexicon);
        // "the report of the session held in Geneva in 2023": a meeting of another year.
        if (place && !otherYear(text.slice((tokens[m + 1]?.start ?? 0) + place.length), year)) return place;
      }
      // "held … at the University Conference Centre, Leeds": a venue, then its town.
      if (w.toLowerCase() === 'at') {
        const venue = venueAt(text, tokens, m + 1);
        if (venue) return venue;
      }
    }
  }
  return null;
}

/** The place of the first place-and-date line of the headline and header ("COFI - 36th Session, Rome, 8-12 July 2024"). */
function headerDateLinePlace(lines: readonly string[], lexicon: Lexicon, datesIn: (text: string) => DateMatch[]): string | null {
  for (const line of lines) {
    const place = placeOfDateLine(line, datesIn(line), lexicon);
    if (place) return place;
  }
  return null;
}

/** The place a label gives in the first blocks: "Venue: Oslo, Norway", "Date: 3 June 2026 · Location: Room 201, Harmon Hall". */
function labelledPlace(blocks: Block[], lexicon: Lexicon): string | undefined {
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const raw = headOf(blocks[i]?.text ?? '');
    if (!raw.includes(':')) continue;
    // Each line, and each part of a line parted by a dot or a bar, is read apart ("Place: Copenhagen" / "Date: 4–7 March").
    for (const part of raw.split('\n').flatMap((line) => collapse(line).split(/\s[·|•;]\s/))) {
      const colon = part.indexOf(':');
      if (colon < 0 || !lexicon.lists.placeLabels.has(part.slice(0, colon).trim().toLowerCase())) continue;
      const place = stripEnd(part.slice(colon + 1).trim(), ' .,;');
      if (/^\p{Lu}/u.test(place) && place.length <= 80) return place;
    }
  }
  return undefined;
}

function findLocation(blocks: Block[], header: Set<number>, leadBlock: number | undefined, title: string | null, year: number | null, lexicon: Lexicon, datesIn: (text: string) => DateMatch[]): string | null {
  const labelled = labelledPlace(blocks, lexicon);
  if (labelled) return labelled;
  // "held … in Geneva", "took place … at ITU headquarters in Geneva", "convened … in Bonn, Germany"
  const order: number[] = [];
  if (leadBlock !== undefined) order.push(leadBlock);
  for (let i = 0; i < blocks.length && i < 8; i++) if (!order.includes(i) && !header.has(i)) order.push(i);
  // The lead (or the first block) says where the meeting was held; past it, a place-and-date line in the header comes first ("…, Rome, 8-12 July
  // 2024" over "the report of the session held in Geneva in 2023").
  const headerTexts = [...header].sort((a, b) => a - b).map((i) => textOf(blocks[i]));
  if (title) headerTexts.unshift(title);
  for (const [n, i] of order.entries()) {
    if (n === 1) {
      const place = headerDateLinePlace(headerTexts, lexicon, datesIn);
      if (place) return place;
    }
    const place = placeVerbPlace(blocks[i], year, lexicon, datesIn);
    if (place) return place;
  }
  // "13th plenary meeting in Bogota, Colombia": a meeting noun and "in", in the title or the first blocks.
  const texts = [...(title ? [title] : []), ...order.map((i) => textOf(blocks[i]))];
  for (const text of texts) {
    if (!meetingInPattern.get(lexicon).test(text)) continue;
    const tokens = tokenize(text);
    for (let k = 0; k + 2 < tokens.length; k++) {
      if (tokens[k + 1]?.lower !== 'in' || !lexicon.lists.meetingNouns.has(tokens[k]?.lower ?? '')) continue;
      // "the EU position for the COP32 climate conference in Belém": a meeting prepared for is not the one reported.
      if (tokens.slice(Math.max(0, k - 5), k).some((t) => t.lower === 'for')) continue;
      const place = placeAt(text, tokens, k + 2, lexicon);
      if (place) return place;
    }
  }
  // "The 12th meeting of the Harbour Board (Baku, 3-5 May 2027) approved …": a place and date in parentheses after the
  // meeting, in the headline or the lead (an agenda item's "(9-20 October 2023, Geneva)" is another meeting's).
  for (const text of [...(title ? [title] : []), ...(leadBlock === undefined ? [] : [textOf(blocks[leadBlock])])]) {
    for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      const close = text.indexOf(')', open);
      if (close < 0) break;
      const inner = text.slice(open + 1, close);
      if (inner.length > 60 || !inner.includes(',')) continue;
      const place = placeOfDateLine(inner, datesIn(inner), lexicon);
      if (place) return place;
    }
  }
  // A place-and-date line in the header ("July 11-21, 2023, Geneva, Switzerland"), or a longer dateline between the header and the lead: "APEC Senior Officials' Meeting Canberra, Australia | 20 January 2007".
  for (let i = 0; i < (leadBlock ?? 0); i++) {
    const line = textOf(blocks[i]);
    if (!header.has(i) && line.split(' ').length <= 14 && !/[.!?]$/.test(line)) headerTexts.push(line);
  }
  const dateLine = headerDateLinePlace(headerTexts, lexicon, datesIn);
  if (dateLine) return dateLine;
  // A wire-style dateline: "GENEVA — The group …", "PARIS, 3 May - …", "GENEVA (ILO News) – …".
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const raw = headOf(blocks[i]?.text ?? '');
    // Three capitals (or marks) first, or no wire dateline: most blocks are refused without collapsing them.
    if (WIRE_START.test(raw)) {
      // The dateline is followed by a sentence ("GENEVA — The group …"), not a headline's lower-case words ("IMO - outcomes of …").
      const line = collapse(raw);
      const m = /^([A-Z][A-Z'.-]{2,30}(?: [A-Z][A-Z'.-]{1,30}){0,2})(?: \([^()\n]{1,40}\))?(?:,[^—–\n]{0,40})? (?:[—–-]|--) (?=[\p{Lu}\d“"])/u.exec(line);
      // "BOARD OF SUPERVISORS – MEETING SUMMARY": a headline in capitals, with no sentence after the dash.
      // "CWG-FHR – The group reviewed …": a body's acronym labels a paragraph; it is no place.
      if (m?.[1] && !lexicon.months.has(m[1].toLowerCase()) && /\p{Ll}/u.test(line.slice(m[0].length)) && !acronymKind(m[1], lexicon) && !headingLine(blocks[i]?.text ?? '', datesIn)) return m[1];
    }
  }
  // A dateline in ordinary case: "Geneva, 10 February 2026 – The Board …".
  for (let i = 0; i < blocks.length && i < 8; i++) {
    if (header.has(i)) continue;
    const place = datelinePlace(textOf(blocks[i]), lexicon);
    if (place) return place;
  }
  // "In Geneva, representatives …" at the start of a sentence.
  for (let i = 0; i < blocks.length && i < 8; i++) {
    const raw = headOf(blocks[i]?.text ?? '');
    if (!raw.includes('In')) continue;
    const text = collapse(raw);
    const m = /(?:^|[.!?]\s)In (\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),/u.exec(text);
    if (m?.[1] && !lexicon.lists.nonPlaces.has(m[1].toLowerCase()) && !lexicon.months.has(m[1].toLowerCase()) && !/\d/.test(m[1])) return m[1];
  }
  return null;
}
