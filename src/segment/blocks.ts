/**
 * mdast → blocks: the tree flattened to the units extraction reads (headings, paragraphs, list
 * items), each with its text and anchors that map offsets in that text back to the source.
 */
import type { Root, Nodes, ListItem } from 'mdast';
import type { Point } from '../model/types.js';

/** A source point at an offset of a block's text. */
export interface Anchor {
  offset: number;
  line: number;
  column: number;
}

/** What a block is. */
export type BlockKind = 'heading' | 'paragraph' | 'item';

/** A unit of text: a heading, a paragraph, or the first paragraph of a list item. */
export interface Block {
  kind: BlockKind;
  /** List nesting: 0 outside lists, 1 for a top-level item. */
  depth: number;
  /** For a paragraph inside a list item: the index of that item's block. */
  itemOf: number | undefined;
  /** Heading rank (1–6) for headings. */
  rank: number;
  text: string;
  anchors: Anchor[];
  /** Offsets of the line breaks in `text`. */
  breaks: number[];
  /** For a table row: where its first cell's text ends (the rest are other columns). */
  firstCellEnd?: number;
}

/** True when a character code is white space. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** A block's text being built: its parts, their length so far, and what the last one ended with. */
interface TextBuilder {
  parts: string[];
  length: number;
  anchors: Anchor[];
  lastLine: number;
  lastSpace: boolean;
}

/**
 * Collects the text of inline content, with anchors at every positioned text node. The parts are
 * joined once at the end: the text is then one flat string, not a chain of concatenations, and
 * every block's text has one of a few representations (the readers of its sentences stay fast in
 * V8 only while they see at most four kinds of string).
 */
function inlineText(node: Nodes, out: TextBuilder): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const pos = node.position?.start;
    if (pos) {
      if (out.length > 0 && out.lastLine > 0 && pos.line > out.lastLine && !out.lastSpace) {
        out.parts.push(' ');
        out.length += 1;
        out.lastSpace = true;
      }
      out.anchors.push({ offset: out.length, line: pos.line, column: pos.column });
      out.lastLine = node.position?.end.line ?? pos.line;
    }
    // Inline code keeps its backticks, as the source writes it ("moving `master` to `main`").
    const value = node.type === 'inlineCode' ? `\`${node.value}\`` : node.value;
    out.parts.push(value);
    out.length += value.length;
    if (value.length > 0) out.lastSpace = isSpaceCode(value.charCodeAt(value.length - 1));
    return;
  }
  if (node.type === 'tableRow') {
    // Cells are kept apart as a Markdown table writes them: "Rezoning of 12 Elm Street | Approved 5-0".
    node.children.forEach((cell, i) => {
      if (i > 0 && out.length > 0 && !out.lastSpace) {
        out.parts.push(' | ');
        out.length += 3;
        out.lastSpace = true;
      }
      inlineText(cell, out);
    });
    return;
  }
  if (node.type === 'break') {
    out.parts.push('\n');
    out.length += 1;
    out.lastSpace = true;
    return;
  }
  if ('children' in node) for (const child of node.children) inlineText(child as Nodes, out);
}

function makeBlock(node: Nodes, kind: BlockKind, depth: number, itemOf: number | undefined, rank = 0): Block | undefined {
  const out: TextBuilder = { parts: [], length: 0, anchors: [], lastLine: 0, lastSpace: false };
  let text: string;
  if (node.type === 'code') {
    // An indented paragraph in a Markdown file is prose, not code.
    const pos = node.position?.start;
    if (pos) out.anchors.push({ offset: 0, line: pos.line, column: pos.column });
    text = node.value;
  } else {
    inlineText(node, out);
    text = out.parts.length === 1 ? (out.parts[0] ?? '') : out.parts.join('');
  }
  if (text.trim() === '') return undefined;
  if (out.anchors.length === 0) {
    const pos = node.position?.start;
    out.anchors.push({ offset: 0, line: pos?.line ?? 1, column: pos?.column ?? 1 });
  }
  return { kind, depth, itemOf, rank, text, anchors: out.anchors, breaks: lineBreaks(text) };
}

/** The longest paragraph in bold read as a heading. */
const MAX_BOLD_HEADING = 150;

/** Flattens a tree into blocks in document order. */
export function toBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes, depth: number, itemOf: number | undefined): void => {
    switch (node.type) {
      case 'heading': {
        const b = makeBlock(node, 'heading', depth, itemOf, node.depth);
        if (b) blocks.push(b);
        return;
      }
      case 'paragraph':
      case 'code':
      case 'html': {
        if (node.type === 'html') return;
        // "**Harbour Council approves ferry contract**": a short paragraph in bold, and nothing else, is a heading.
        const bold = node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'strong';
        const b = makeBlock(node, 'paragraph', depth, itemOf);
        if (b && bold && itemOf === undefined && b.text.length <= MAX_BOLD_HEADING && !b.text.includes('\n') && !/[.:;,]$/.test(b.text)) blocks.push({ ...b, kind: 'heading', rank: 6 });
        else if (b) blocks.push(b);
        return;
      }
      case 'list':
        for (const item of node.children) visitItem(item, depth + 1);
        return;
      case 'table':
        // A row of several cells is read as an item of a list (a table of decisions), a first row of short cells
        // ("Item | Action") only heads the columns; a row of one cell is a page laid out in a table, read as a paragraph.
        node.children.forEach((row, i) => {
          if (row.children.length < 2) {
            const b = makeBlock(row, 'paragraph', depth, itemOf);
            if (b) blocks.push(b);
            return;
          }
          const b = makeBlock(row, 'item', depth + 1, undefined);
          if (!b || (i === 0 && b.text.split(' | ').every((cell) => cell.split(' ').length <= 3))) return;
          const bar = b.text.indexOf(' | ');
          blocks.push(bar > 0 ? { ...b, firstCellEnd: bar } : b);
        });
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, depth, itemOf);
    }
  };
  const visitItem = (item: ListItem, depth: number): void => {
    let index: number | undefined;
    for (const child of item.children) {
      if (index === undefined && (child.type === 'paragraph' || child.type === 'heading')) {
        const b = makeBlock(child, 'item', depth, undefined);
        if (b) {
          index = blocks.length;
          blocks.push(b);
        }
        continue;
      }
      visit(child as Nodes, depth, index);
    }
  };
  visit(tree, 0, undefined);
  return blocks;
}

/** Offsets of the line breaks in a text. */
function lineBreaks(text: string): number[] {
  const list: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) list.push(i);
  return list;
}

/** The index of the last element of a sorted list that is at most `value` (-1 if none). */
function lastAtMost(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The source point of an offset in a block's text (logarithmic in the block's size). */
export function pointAt(block: Block, offset: number): Point {
  const anchors = block.anchors;
  let lo = 0;
  let hi = anchors.length - 1;
  let at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid]?.offset ?? 0) <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const anchor = anchors[at] ?? { offset: 0, line: 1, column: 1 };
  const list = block.breaks;
  const before = lastAtMost(list, offset - 1);
  const atAnchor = lastAtMost(list, anchor.offset - 1);
  if (before === atAnchor) return { line: anchor.line, column: anchor.column + (offset - anchor.offset) };
  const lineStart = (list[before] ?? 0) + 1;
  return { line: anchor.line + (before - atAnchor), column: offset - lineStart + 1 };
}
