import { describe, expect, it } from 'vitest';
import { parseTree } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseString } from '../helpers.js';

describe('Markdown with raw HTML blocks', () => {
  it('reads an HTML block as its paragraphs, with positions in the file', async () => {
    const { tree } = await parseTree('# Notes\n\n<p>The <b>Harbour Board</b> met.</p>\n', 'markdown', new Set());
    const paragraph = tree.children[1];
    expect(paragraph?.type).toBe('paragraph');
    expect(paragraph?.position?.start).toMatchObject({ line: 3, column: 1 });
  });
  it('leaves comments and lone tags alone', async () => {
    const { tree } = await parseTree('<!-- a comment with words -->\n\n<br>\n\nText.\n', 'markdown', new Set());
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'html', 'paragraph']);
  });
  it('finds what a body did inside an HTML block, where the text says it', async () => {
    const record = await parseString('# Weekly notes\n\nThe Ferry Committee met.\n\n<p>The <b>Harbour Board</b> discussed the budget.</p>\n', 'notes.md');
    const board = record.groups.find((g) => g.id === 'Harbour Board');
    expect(board?.actions.map((e) => [e.text, e.position.start.line, e.position.start.column])).toEqual([['discussed the budget', 5, 29]]);
  });
});

describe('Markdown pipe tables', () => {
  const table = '| Item | Action |\n|---|---|\n| Budget for 2027 | Approved |\n';
  it('reads a pipe table as a table, with positions in the file', () => {
    const tree = parseMarkdown(`# Actions\n\n${table}`);
    const node = tree.children[1];
    expect(node?.type).toBe('table');
    expect(node?.position?.start).toMatchObject({ line: 3, column: 1 });
  });
  it('reads the lines of a text with more pipes than the budget as a paragraph', () => {
    expect(parseMarkdown(table, 4).children.map((n) => n.type)).toEqual(['paragraph']);
  });
});
