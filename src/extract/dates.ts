/**
 * Dates as bulletins write them: `21.02.2025`, `21/02/2025`, `21-02-2025`, `2025-02-21`, `21 February 2025`,
 * `February 21, 2025`, and ranges (`9-11 April 2018`, `4 to 14 June`, `July 11-21, 2023`,
 * `22 January - 02 February 2024`): a range stands for its first day. Numeric dates are read
 * day first, as the genre writes them (chrono-node would read `03.04.2025` as 3 April in the US).
 */
import type { Lexicon } from '../lexicon/index.js';
import { tokenAt, tokenize, type Token } from '../segment/tokens.js';

/** A date found in text. `year` is null when the text gives none. */
export interface DateMatch {
  year: number | null;
  month: number;
  day: number;
  /** The date as written, range and all. */
  text: string;
  start: number;
  end: number;
}

const NUMERIC = /(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
/** A range of days in one numeric date: `10-13/12/2017` stands for its first day. */
const NUMERIC_RANGE = /(?<![\d./-])(\d{1,2})-\d{1,2}([./])(\d{1,2})\2(\d{4})(?!\d)/g;
/** A two-digit year, only in the strict `03.02.17` form (so `1.1.1` stays a version). */
const SHORT_YEAR = /(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/g;

function valid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === null) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day && year >= 1900 && year <= 2200;
}

const DAY = /^\d{1,2}$/;
const YEAR = /^(?:19|20|21)\d{2}$/;
const DASH = new Set(['-', '–', '—', 'to', 'until', 'and', '/']);

function dayAt(tokens: Token[], i: number): number | undefined {
  const t = tokenAt(tokens, i);
  if (!t || !DAY.test(t.text.replace(/(?:st|nd|rd|th)$/, ''))) return undefined;
  return Number(t.text.replace(/(?:st|nd|rd|th)$/, ''));
}

/** Finds every date in a text, in order. */
export function findDates(text: string, lexicon: Lexicon): DateMatch[] {
  // Every form has a day or a year in digits.
  if (!/\d/.test(text)) return [];
  const found: DateMatch[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index ?? 0;
    let [year, month, day] = m[4] !== undefined ? [Number(m[4]), Number(m[3]), Number(m[1])] : [Number(m[5]), Number(m[6]), Number(m[7])];
    // "03/14/2026": with slashes, a month first when no day-first reading is a date (the day first wins when both are).
    if (m[2] === '/' && !valid(year, month, day) && valid(year, day, month)) [month, day] = [day, month];
    if (valid(year, month, day)) found.push({ year, month, day, text: m[0], start, end: start + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_RANGE)) {
    const start = m.index ?? 0;
    const [year, month, day] = [Number(m[4]), Number(m[3]), Number(m[1])];
    if (valid(year, month, day)) found.push({ year, month, day, text: m[0], start, end: start + m[0].length });
  }
  for (const m of text.matchAll(SHORT_YEAR)) {
    const start = m.index ?? 0;
    const yy = Number(m[3]);
    const [year, month, day] = [yy < 50 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1])];
    if (valid(year, month, day)) found.push({ year, month, day, text: m[0], start, end: start + m[0].length });
  }
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    const month = lexicon.months.get(t.lower.replace(/\.$/, ''));
    if (month === undefined) continue;
    // "May" and "March" are words too: require a day next to them.
    let startTok = i;
    let endTok = i;
    let day: number | undefined;
    // Day before the month: "21 February", "9-11 April", "4 to 14 June", "22 January - 02 February".
    // "17th of May 2024": an ordinal day, "of" and the month.
    const ofDay = tokens[i - 1]?.lower === 'of' && /(?:st|nd|rd|th)$/.test(tokens[i - 2]?.lower ?? '') ? dayAt(tokens, i - 2) : undefined;
    const dBefore = dayAt(tokens, i - 1);
    // "22 January - 02 February 2024": the later month reads the whole range.
    if (dBefore !== undefined && DASH.has(tokens[i + 1]?.text ?? '') && dayAt(tokens, i + 2) !== undefined && lexicon.months.has((tokens[i + 3]?.text ?? '').toLowerCase())) continue;
    if (ofDay !== undefined) {
      day = ofDay;
      startTok = i - 2;
    } else if (dBefore !== undefined) {
      day = dBefore;
      startTok = i - 1;
      const sep = tokenAt(tokens, i - 2);
      const d0 = dayAt(tokens, i - 3);
      // "Meeting #45 – 3 April 2024": a number after which the days go back is no range's first day.
      if (sep && DASH.has(sep.lower) && d0 !== undefined && d0 >= 1 && d0 <= dBefore) {
        day = d0;
        startTok = i - 3;
      } else {
        // "9-11 April": the tokenizer keeps "9-11" whole.
      }
    } else {
      const t0 = tokenAt(tokens, i - 1);
      // "9-11 April", "2nd-3rd May".
      if (t0 && /^\d{1,2}(?:st|nd|rd|th)?-\d{1,2}(?:st|nd|rd|th)?$/.test(t0.text)) {
        day = Number(t0.text.split('-')[0]?.replace(/\D/g, ''));
        startTok = i - 1;
      }
    }
    // A range that starts in an earlier month: "22 January - 02 February 2024".
    const prevMonthTok = tokenAt(tokens, startTok - 1);
    if (day !== undefined && prevMonthTok && DASH.has(prevMonthTok.text) && startTok >= 3) {
      const m0 = lexicon.months.get((tokenAt(tokens, startTok - 2)?.text ?? '').toLowerCase());
      const d0 = dayAt(tokens, startTok - 3);
      if (m0 !== undefined && d0 !== undefined) {
        startTok -= 3;
        day = d0;
        const year = yearAfter(tokens, i);
        const y = year?.year ?? null;
        if (valid(y, m0, d0)) found.push(make(text, tokens, startTok, year?.endTok ?? i, y, m0, d0));
        continue;
      }
    }
    let monthFirst = false;
    // "Dec. 2, 2026", "2 Sept. 2026": an abbreviated month's period.
    const m = t.text.length <= 4 && tokens[i + 1]?.text === '.' ? i + 1 : i;
    if (m > i && day !== undefined) endTok = m;
    if (day === undefined) {
      // Day after the month: "February 21", "April 4-8", "July 11-21", "May 16 to 26".
      const next = tokens[m + 1];
      if (next && /^\d{1,2}(?:st|nd|rd|th)?(?:-\d{1,2})?$/.test(next.text)) {
        day = Number(next.text.split('-')[0]?.replace(/\D/g, ''));
        endTok = m + 1;
        monthFirst = true;
        const sep = tokens[m + 2];
        if (sep && DASH.has(sep.lower) && dayAt(tokens, m + 3) !== undefined) endTok = m + 3;
        // "April 30 - May 2, 2024": a range into a later month.
        else if (sep && DASH.has(sep.lower) && lexicon.months.has(tokens[m + 3]?.lower ?? '') && dayAt(tokens, m + 4) !== undefined) endTok = m + 4;
      }
    }
    if (day === undefined) continue;
    // "February 21, 2025", "17th May, 2024": a comma may come before the year.
    const year = yearAfter(tokens, endTok, monthFirst || /(?:st|nd|rd|th)$/.test(tokens[startTok]?.lower ?? ''));
    const y = year?.year ?? null;
    if (!valid(y, month, day)) continue;
    found.push(make(text, tokens, startTok, year?.endTok ?? endTok, y, month, day));
  }
  found.sort((a, b) => a.start - b.start);
  // Drop matches inside earlier ones.
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

function yearAfter(tokens: Token[], i: number, allowComma = true): { year: number; endTok: number } | undefined {
  let j = i + 1;
  if (allowComma && tokens[j]?.text === ',') j++;
  const t = tokens[j];
  if (t && YEAR.test(t.text)) return { year: Number(t.text), endTok: j };
  return undefined;
}

function make(text: string, tokens: Token[], from: number, to: number, year: number | null, month: number, day: number): DateMatch {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to]?.end ?? start;
  return { year, month, day, text: text.slice(start, end), start, end };
}

/** ISO form of a date that has a year. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when a line is nothing but a date (a dateline), allowing a weekday and punctuation; `found`: its dates, if already found. */
export function isDateOnly(line: string, lexicon: Lexicon, found?: DateMatch[]): boolean {
  const dates = found ?? findDates(line, lexicon);
  // "Published: 12 March 2027 | Updated: 13 March 2027": labelled dates between bars.
  if (dates.length > 1 && line.includes('|')) return line.split('|').every((part) => isDateOnly(part, lexicon));
  if (dates.length !== 1 || !dates[0]) return false;
  const date = dates[0];
  // "Posted on 12 March 2027 by Communications Team": a byline after the date.
  const after = line.slice(date.end);
  const byline = /^\s*by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5}\s*$/u.test(after);
  // A weekday's name and a time of day ("Thursday 14 April 2027 10:30", "… at 7:00 p.m. CET") belong to the date.
  const rest = (line.slice(0, date.start) + (byline ? '' : after))
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, '')
    .replace(/(?:\bat\s+)?\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s*(?:CET|CEST|GMT|UTC))?/gi, '');
  if (/^[\s,.;:()\-–—]*$/.test(rest)) return true;
  // "Posted 12 March 2026", "Last updated: 4 June 2026", "Posted on …": a label and the date.
  const label = rest.replace(/[\s,.;:()\-–—]+/g, ' ').trim().toLowerCase();
  return date.start > 0 && (lexicon.lists.dateLabels.has(label) || label.split(' ').every((w) => lexicon.lists.dateLabels.has(w)));
}
