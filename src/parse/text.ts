/**
 * Plain text → mdast, by hand and in one linear pass. Plain text is never given to a Markdown
 * parser: an indented paragraph is a paragraph, not a code block. Paragraphs are separated by
 * blank lines, or by a line that ends a sentence when the file has one paragraph per line;
 * bullets (`-`, `•`, `*`, `–`) and numbers (`1.`, `2.1.`, `a)`) start list items.
 */
import type { List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';

interface Line {
  number: number;
  indent: number;
  content: string;
  marker: Marker | undefined;
}

interface Marker {
  ordered: boolean;
  /** How deep a dotted number is: `2.1.` is 2. */
  level: number;
  /** Columns taken by the indent and marker. */
  width: number;
}

export const BULLET = /^([-•*–·▪◦●○■□➢►→])\s+/;
// "1.", "1.2.", "3)", "a)", "a.", "iv)", "(b)", and the ".1" of maritime and UN decisions ("The Committee: .1 noted …").
export const NUMBERED = /^((?:\d{1,3}\.){1,4}|\d{1,3}\)|[a-z][.)]|[ivx]{2,4}\)|\(\w{1,3}\)|\.\d{1,2})\s+/;

function readMarker(content: string): Marker | undefined {
  const bullet = BULLET.exec(content);
  if (bullet) return { ordered: false, level: 1, width: bullet[0].length };
  const numbered = NUMBERED.exec(content);
  if (numbered && numbered[1] !== undefined) {
    const dots = numbered[1].split('.').filter(Boolean).length;
    // "2018. The" or a year-like number is not a list marker.
    if (/^\d{4}\./.test(numbered[1])) return undefined;
    return { ordered: true, level: Math.max(1, dots), width: numbered[0].length };
  }
  return undefined;
}

function textNode(line: Line, from: number): Text {
  const column = line.indent + from + 1;
  const value = line.content.slice(from);
  return {
    type: 'text',
    value,
    position: {
      start: { line: line.number, column },
      end: { line: line.number, column: column + value.length },
    },
  };
}

function paragraph(lines: Line[], firstFrom = 0): Paragraph {
  const children = lines.map((line, i) => textNode(line, i === 0 ? firstFrom : 0));
  const first = children[0];
  const last = children[children.length - 1];
  return {
    type: 'paragraph',
    children,
    position: first && last && first.position && last.position ? { start: first.position.start, end: last.position.end } : undefined,
  };
}

/** The longest line after a colon that is a list's item though it has no full stop ("Adoption of the agenda"). */
const BARE_ITEM = 100;

/** Whether a line is a label of one or two words alone ("PRESENT:", "Members present:"): a roster's names follow, each its own line. */
function shortLabel(content: string): boolean {
  return LINE_LABEL.test(content) && content.trim().split(/\s+/).length <= 2;
}

/** A list item without a marker: its lines as one paragraph. */
function bareItem(lines: Line[]): ListItem {
  const first = paragraph(lines);
  return { type: 'listItem', spread: false, children: [first], position: first.position };
}

const YEAR = /\b(?:19|20)\d{2}\b/;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?$/;
/** A line that is only a date ("6 February 2020", "February 6, 2020", "06.02.2020"): a dateline of its own. */
const DATE_LINE = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;

/** Splits text (line ends already `\n`) into lines, skipping those in `skip` (noise). */
function readLines(text: string, skip: ReadonlySet<number>): Array<Line | undefined> {
  const out: Array<Line | undefined> = [];
  let n = 0;
  for (const raw of text.split('\n')) {
    n++;
    const content = raw.trimEnd();
    const trimmed = content.replace(/^\s+/, '');
    if (trimmed === '' || skip.has(n)) {
      out.push(undefined);
      continue;
    }
    const indent = content.length - trimmed.length;
    out.push({ number: n, indent, content: trimmed, marker: readMarker(trimmed) });
  }
  return out;
}

/** Longer than any line of text wrapped by hand or by a mail program. */
const UNWRAPPED = 160;

/** A line that opens with a label: one to four words, the first capitalised, then a colon ("Regrets:", "ABSENT:", "Next meeting:"). */
export const LINE_LABEL = /^[\t ]*\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:(?:\s|$)/u;

/** Builds the mdast tree of a plain-text bulletin. */
export function parseText(text: string, skipLines: ReadonlySet<number> = new Set()): Root {
  const lines = readLines(text, skipLines);
  const root: Root = { type: 'root', children: [] };
  let para: Line[] = [];
  let list: List | undefined;
  let item: ListItem | undefined;
  let itemLine: Line | undefined;
  let itemPara: Line[] = [];
  let sub: List | undefined;

  const flushPara = (): void => {
    if (para.length === 0) return;
    root.children.push(paragraph(para));
    para = [];
  };
  const flushItemPara = (): void => {
    if (!item || itemPara.length === 0) return;
    item.children.push(paragraph(itemPara));
    itemPara = [];
  };
  const closeList = (): void => {
    flushItemPara();
    sub = undefined;
    item = undefined;
    itemLine = undefined;
    if (list) root.children.push(list);
    list = undefined;
  };

  // "Resolutions adopted at the plenary include:" and one line each after it, no bullets: the lines are a list's items.
  let bare: { list: List; lines: Line[] } | undefined;
  const closeBare = (): void => {
    if (!bare) return;
    if (bare.lines.length > 0) bare.list.children.push(bareItem(bare.lines));
    root.children.push(bare.list);
    bare = undefined;
  };
  let previous: Line | undefined;

  let blank = 0;
  for (const line of lines) {
    if (!line) {
      blank++;
      flushPara();
      closeBare();
      continue;
    }
    const afterBlank = blank > 0;
    blank = 0;
    const before = previous;
    previous = line;
    if (bare && !line.marker) {
      // A line in lower case continues the item (a wrapped line); one in capitals opens the next.
      if (/^[\p{Ll}(]/u.test(line.content) || line.indent > (bare.lines[0]?.indent ?? 0)) bare.lines.push(line);
      else {
        bare.list.children.push(bareItem(bare.lines));
        bare.lines = [line];
      }
      continue;
    }
    closeBare();
    if (!line.marker && !afterBlank && !item && before !== undefined && /:\s*$/.test(before.content) && /^[\p{Lu}\d]/u.test(line.content) && (ENDS_SENTENCE.test(line.content) || line.content.length <= BARE_ITEM) && !shortLabel(before.content)) {
      flushPara();
      const first = paragraph([line]);
      bare = { list: { type: 'list', ordered: false, spread: false, children: [], position: first.position }, lines: [line] };
      continue;
    }
    if (line.marker) {
      flushPara();
      const first = paragraph([line], line.marker.width);
      const parentEndsWithColon = itemLine !== undefined && /:\s*$/.test(itemLine.content);
      const nested =
        item !== undefined &&
        itemLine !== undefined &&
        (line.marker.level > 1 ||
          line.indent > itemLine.indent + 1 ||
          (parentEndsWithColon && itemLine.marker !== undefined && line.marker.ordered !== itemLine.marker.ordered) ||
          (sub !== undefined && line.marker.ordered === (sub.ordered ?? false) && itemLine.marker?.ordered !== line.marker.ordered));
      const node: ListItem = { type: 'listItem', spread: false, children: [first], position: first.position };
      if (nested && item) {
        flushItemPara();
        if (!sub) {
          sub = { type: 'list', ordered: line.marker.ordered, spread: false, children: [], position: first.position };
          item.children.push(sub);
        }
        sub.children.push(node);
        continue;
      }
      flushItemPara();
      sub = undefined;
      if (!list) list = { type: 'list', ordered: line.marker.ordered, spread: false, children: [], position: first.position };
      list.children.push(node);
      item = node;
      itemLine = line;
      continue;
    }
    if (item && itemLine) {
      // A more indented line continues the item (its body); a line at the margin ends the list.
      if (line.indent > itemLine.indent) {
        if (afterBlank) flushItemPara();
        itemPara.push(line);
        continue;
      }
      closeList();
    }
    const prev = para.length > 0 ? para[para.length - 1] : undefined;
    if (prev && !afterBlank) {
      const startsLower = /^[\p{Ll}(]/u.test(line.content);
      // A headline over an unwrapped paragraph (a line far longer than wrapped text has) stands alone.
      // So does a capitalised line after an unwrapped one (no wrapped line is that long) that lacks its full stop.
      const overLongLine = (para.length === 1 && line.content.length > 120 && !startsLower) || (prev.content.length > UNWRAPPED && !startsLower);
      // The file's first line is its headline: a session-place-and-date line under it stands alone.
      const firstLine = root.children.length === 0 && para.length === 1 && YEAR.test(line.content) && line.content.length <= 80;
      const dateLine = DATE_LINE.test(line.content) || DATE_LINE.test(prev.content) || firstLine;
      // "PRESENT: …" over "ABSENT: …": lines that both open with a label are a roster's lines, each its own.
      const labels = LINE_LABEL.test(line.content) && LINE_LABEL.test(prev.content);
      const joins = !dateLine && !labels && !ENDS_SENTENCE.test(prev.content) && (startsLower || prev.content.length > 60) && !overLongLine;
      if (!joins) flushPara();
    }
    para.push(line);
  }
  flushPara();
  closeBare();
  closeList();
  const children: RootContent[] = root.children;
  const first = children[0];
  const last = children.length > 0 ? children[children.length - 1] : undefined;
  if (first?.position && last?.position) root.position = { start: first.position.start, end: last.position.end };
  return root;
}
