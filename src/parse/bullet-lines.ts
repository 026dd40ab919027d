/**
 * Lines of one HTML paragraph that open with a bullet or a number ("The following issues were considered:<br>
 * - On the results of …<br>- On the preparation of …") are a list, as the same lines of a text
 * file are: the paragraph is split at its line breaks into the lines before the bullets, a list
 * of one item per bullet line, and the lines after. So are paragraphs in a row that each open with
 * one ("<p>(a) approved …</p><p>(b) endorsed …</p>").
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { BULLET, NUMBERED } from './text.js';

/** The length of the bullet or number ("•", "(a)", "2.1.", "iv)"), with the white space around it, that opens a text (0 for none). */
function bulletLength(value: string): number {
  const rest = value.trimStart();
  const marker = BULLET.exec(rest) ?? NUMBERED.exec(rest);
  // "2018. The …": a year is no number of an item.
  if (!marker || /^\d{4}\./.test(marker[1] ?? '')) return 0;
  return value.length - rest.length + marker[0].length;
}

/** Whether a line (the inline nodes between two breaks) opens with a bullet. */
function bulleted(line: PhrasingContent[]): boolean {
  const first = line[0];
  return first?.type === 'text' && bulletLength(first.value) > 0;
}

/** The line without its bullet: the first text node starts after it, its position moved along. */
function withoutBullet(line: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return line;
  const cut = bulletLength(first.value);
  const start = first.position?.start;
  let moved: Paragraph['position'];
  const end = first.position?.end;
  if (start && end && first.position) {
    // A text after a line break starts at the break's line end, its white space left out of the value: on a line of its
    // own, the value is the end of that line, counted back from its end.
    const ownLine = start.line < end.line && !first.value.includes('\n') && end.column > first.value.length;
    const line = ownLine ? end.line : start.line;
    const column = (ownLine ? end.column - first.value.length : start.column) + cut;
    const offset = end.offset !== undefined && start.offset !== undefined ? (ownLine ? end.offset - first.value.length : start.offset) + cut : undefined;
    moved = { ...first.position, start: { line, column, ...(offset === undefined ? {} : { offset }) } };
  }
  return [{ ...first, value: first.value.slice(cut), ...(moved ? { position: moved } : {}) } as PhrasingContent, ...rest];
}

/** A position from the first node's start to the last one's end. */
function spanOf(nodes: readonly { position?: Paragraph['position'] }[]): Paragraph['position'] {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** A paragraph of lines joined again by their breaks. */
function paragraphOf(lines: PhrasingContent[][], breaks: PhrasingContent[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && breaks[i - 1]) children.push(breaks[i - 1] as PhrasingContent);
    children.push(...line);
  });
  const position = spanOf(children);
  return { type: 'paragraph', children, ...(position ? { position } : {}) };
}

/** A paragraph's lines (the inline nodes between its breaks) and the breaks between them. */
function linesOf(p: Paragraph): { lines: PhrasingContent[][]; breaks: PhrasingContent[] } {
  const lines: PhrasingContent[][] = [[]];
  const breaks: PhrasingContent[] = [];
  for (const child of p.children) {
    if (child.type === 'break') {
      breaks.push(child);
      lines.push([]);
    } else lines[lines.length - 1]?.push(child);
  }
  return { lines, breaks };
}

/** The paragraph split into its parts, or undefined when fewer than two of its lines open with a bullet. */
function split(p: Paragraph): RootContent[] | undefined {
  const { lines, breaks } = linesOf(p);
  if (lines.filter(bulleted).length < 2) return undefined;
  const out: RootContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const from = i;
    if (bulleted(lines[i] ?? [])) {
      const items: PhrasingContent[][] = [];
      for (; i < lines.length && bulleted(lines[i] ?? []); i++) items.push(lines[i] ?? []);
      out.push(listOf(items));
      continue;
    }
    while (i < lines.length && !bulleted(lines[i] ?? [])) i++;
    const text = lines.slice(from, i).filter((line) => line.length > 0);
    if (text.length > 0) out.push(paragraphOf(text, breaks.slice(from, i - 1)));
  }
  return out;
}

/** Whether a paragraph has one line, opened by a bullet or a number. */
function itemLike(node: RootContent): boolean {
  return node.type === 'paragraph' && !node.children.some((c) => c.type === 'break') && bulleted(node.children);
}

/** The list of lines (or one-line paragraphs' children) that each open with a bullet or a number: an item a line. */
function listOf(lines: readonly PhrasingContent[][]): List {
  const items: ListItem[] = lines.map((line) => {
    const paragraph = paragraphOf([withoutBullet(line)], []);
    return { type: 'listItem', spread: false, children: [paragraph], ...(paragraph.position ? { position: paragraph.position } : {}) };
  });
  const position = spanOf(items);
  return { type: 'list', ordered: false, spread: false, children: items, ...(position ? { position } : {}) } as List;
}

/** Splits the tree's top-level paragraphs whose lines open with bullets into paragraphs and lists, and makes a list of paragraphs in a row that open with one. */
export function splitBulletLines(tree: Root): Root {
  const children: RootContent[] = [];
  let run: Paragraph[] = [];
  const flush = (): void => {
    if (run.length >= 2) children.push(listOf(run.map((p) => p.children)));
    else children.push(...run);
    run = [];
  };
  for (const node of tree.children) {
    if (itemLike(node)) {
      run.push(node as Paragraph);
      continue;
    }
    flush();
    children.push(...((node.type === 'paragraph' ? split(node) : undefined) ?? [node]));
  }
  flush();
  tree.children = children;
  return tree;
}

/**
 * A Markdown paragraph's text lines as lines of their own: its text nodes cut at their line ends, with a break between
 * ("(a) approved …\n(b) took note …" in one paragraph, which CommonMark reads as one), placed by where each line's
 * text stands in `source`.
 */
function softLines(p: Paragraph, source: string): Paragraph | undefined {
  if (!p.children.some((c) => c.type === 'text' && c.value.includes('\n'))) return undefined;
  // Only a paragraph with two lines at least that open with a bullet or a number is cut.
  let opened = 0;
  p.children.forEach((c, n) => {
    if (c.type === 'text') c.value.split('\n').forEach((piece, i) => (i > 0 || n === 0) && bulletLength(piece) > 0 && opened++);
  });
  if (opened < 2) return undefined;
  const children: PhrasingContent[] = [];
  for (const child of p.children) {
    const start = child.position?.start;
    if (child.type !== 'text' || !child.value.includes('\n') || start?.offset === undefined) {
      children.push(child);
      continue;
    }
    let cursor = start.offset;
    child.value.split('\n').forEach((piece, i) => {
      const at = i === 0 ? start.offset ?? 0 : source.indexOf(piece, cursor);
      if (i > 0) children.push({ type: 'break' });
      if (at < 0 || piece.length === 0) return;
      const lineStart = source.lastIndexOf('\n', at - 1) + 1;
      const line = start.line + i;
      const column = at - lineStart + 1;
      const node: Text = { type: 'text', value: piece, position: { start: { line, column, offset: at }, end: { line, column: column + piece.length, offset: at + piece.length } } };
      children.push(node);
      cursor = at + piece.length;
    });
  }
  return { ...p, children };
}

/** Whether a line (the inline nodes between two breaks) has no text. */
function blankLine(line: PhrasingContent[]): boolean {
  return line.every((c) => c.type === 'text' && c.value.trim() === '');
}

/** A paragraph cut where an empty line stands between its lines ("…<br><br>…", as old pages write paragraphs), or undefined when none does. */
function blankLineParts(p: Paragraph): Paragraph[] | undefined {
  const { lines, breaks } = linesOf(p);
  if (!lines.some((line, i) => i > 0 && i < lines.length - 1 && blankLine(line))) return undefined;
  const parts: Paragraph[] = [];
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !blankLine(lines[i] ?? [])) continue;
    if (i > from) parts.push(paragraphOf(lines.slice(from, i), breaks.slice(from, i - 1)));
    from = i + 1;
  }
  return parts;
}

/** Splits the tree's top-level paragraphs at their empty lines: each part is a paragraph of its own. */
export function splitBlankLines(tree: Root): Root {
  tree.children = tree.children.flatMap((node) => (node.type === 'paragraph' ? blankLineParts(node) : undefined) ?? [node]);
  return tree;
}

/** Splits a Markdown tree's paragraphs whose lines open with bullets or numbers CommonMark does not know ("•", "(a)") into paragraphs and lists. */
export function splitMarkdownBulletLines(tree: Root, source: string): Root {
  tree.children = tree.children.flatMap((node) => {
    const lines = node.type === 'paragraph' ? softLines(node, source) : undefined;
    return (lines ? split(lines) : undefined) ?? [node];
  });
  return splitBulletLines(tree);
}
