// The normaliser splits a digest into blocks (and tight lists into items) so that shapes seen
// before are not parsed again; the result must be exactly what normalising the whole text gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { normalizeMarkdown, splitBlocks, STRINGIFY_OPTIONS } from '../../src/render/normalize-markdown.js';

function whole(markdown: string): string {
  const out = toMarkdown(fromMarkdown(markdown), STRINGIFY_OPTIONS);
  return out.endsWith('\n') ? out : `${out}\n`;
}

// Lines of the kinds templates write: headings, paragraphs, bold labels, bullets (tight and
// loose, nested, with lazy continuations), numbers, quotes, fences, rules, HTML, blank lines,
// and slot characters standing for values.
const line = fc.constantFrom(
  '# Title \uE0000\uE001',
  '## Group \uE0001\uE001',
  '**Outcomes**',
  'Some paragraph text',
  'lazy continuation',
  '- item \uE0002\uE001 (\uE0003\uE001)',
  '- item (\uE0004\uE001; \uE0005\uE001)',
  '* star item',
  '+ plus item',
  '  - nested item',
  '    indented code',
  '1. first',
  '2) second',
  '> quoted',
  '```',
  '```mermaid',
  '~~~',
  '---',
  '- - -',
  '***',
  '===',
  '<div>',
  '</div>',
  '<!-- note -->',
  '[ref]: https://example.org',
  'see [ref]',
  '- # heading item',
  '- > quote item',
  '   # indented heading',
  '\t- tab item',
  '   * deep star',
  'hard break  ',
  '- [link](https://x.org) \uE0006\uE001',
  '10. tenth',
  '  text two in',
  '-',
  '',
  '',
  '',
);

describe('normalizeMarkdown', () => {
  it('equals normalising the whole text, for any mix of template lines', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        if (text.trim() === '') return;
        expect(normalizeMarkdown(text)).toBe(whole(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });
  it('splits before headings and after blank lines, never inside a list or a fence', () => {
    expect(splitBlocks('# A\n\ntext\n\n- a\n- b\n\nmore\n')).toEqual(['# A\n\n', 'text\n\n', '- a\n- b\n\n', 'more\n']);
    expect(splitBlocks('- a\n\n- b\n')).toEqual(['- a\n\n- b\n']);
    expect(splitBlocks('```\n# not a heading\n\ntext\n```\n')).toEqual(['```\n# not a heading\n\ntext\n```\n']);
    // A link definition or an HTML block reaches across blocks: the text stays whole.
    expect(splitBlocks('[x]: /a\n\ntext [x]\n\n# H\n')).toEqual(['[x]: /a\n\ntext [x]\n\n# H\n']);
  });
  it('is linear on a long list and on a megabyte of markers', () => {
    const list = '- item \uE0000\uE001\n'.repeat(20000);
    expect(normalizeMarkdown(list)).toBe(whole(list));
    const hostile = '-\n\n'.repeat(100000) + '`'.repeat(1000);
    const t = performance.now();
    splitBlocks(hostile);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
