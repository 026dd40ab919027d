// Escaping: whatever a bulletin says comes back as literal text; the digest's structure is the
// template's alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { escapeMarkdown, markdownLink, plainText, safeUrl } from '../../src/render/escape.js';
import { renderDigests } from '../../src/build.js';
import { loadTemplate } from '../../src/render/templates.js';
import type { BulletinRecord } from '../../src/model/types.js';
import { root } from '../helpers.js';

const pos = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

function record(s: string): BulletinRecord {
  return {
    schemaVersion: 1,
    source: { path: 'in/a.txt', format: 'text', bytes: 1, sha256: '0'.repeat(64) },
    title: s,
    date: '2026-01-05',
    dateText: s,
    location: s,
    lead: s,
    people: [{ name: s, role: s }],
    groups: [
      {
        id: `G ${s}`,
        designator: s,
        aliases: [],
        name: s,
        kind: 'working group',
        actions: [{ verb: 'discuss', text: `discussed ${s}`, position: pos }],
        outcomes: [{ verb: 'agree', text: `agreed ${s}`, position: pos }],
        participants: [{ name: s, type: 'country' }],
        position: pos,
      },
    ],
    diagnostics: [],
  };
}

function shape(node: Nodes, out: string[] = []): string[] {
  out.push(node.type === 'heading' ? `heading${node.depth}` : node.type);
  if ('children' in node) for (const c of node.children) shape(c as Nodes, out);
  return out.filter((t) => t !== 'text');
}

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('# x', '- x', '1. x', '|a|b|', '<script>alert(1)</script>', '[x](javascript:alert(1))', '**b**', '`c`', '&amp;', 'trail\\', '\n\n# injected', '> quote', '---', '![i](x.png)', '<https://x.y>', '_e_', '~~s~~', '[^1]', 'a\tb\nc'),
);

describe('escaping', () => {
  it('returns Markdown that reads back as the same text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tree = fromMarkdown(escapeMarkdown(s));
        expect(toString(tree)).toBe(plainText(s));
        expect(shape(tree).filter((t) => t !== 'root' && t !== 'paragraph')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('writes only http, https and mailto links, or relative paths', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('//evil.example')).toBeUndefined();
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('a ] b', '../in/a.txt')).toBe('[a \\] b](../in/a.txt)');
  });
  for (const name of ['bulletin', 'weekly', 'by-group', 'brief']) {
    it(`${name}: any value in any field keeps the template's structure`, async () => {
      const template = await loadTemplate(name, root);
      const render = async (s: string): Promise<string> => (await renderDigests([record(s)], template, { pageBase: 'out' })).files.map((f) => f.content).join('\n');
      const plain = shape(fromMarkdown(await render('x')));
      const empty = shape(fromMarkdown(await render('')));
      await fc.assert(
        fc.asyncProperty(hostile, async (s) => {
          const md = await render(s);
          expect(shape(fromMarkdown(md))).toEqual(plainText(s) === '' ? empty : plain);
          if (plainText(s) !== '') expect(toString(fromMarkdown(md))).toContain(plainText(s).slice(0, 30));
        }),
        { numRuns: 60 },
      );
    });
  }
});
