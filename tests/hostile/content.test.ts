// Bad content from the reliability brief (RELIABILITY.md), each with the behaviour asserted.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseString, schemaErrors } from '../helpers.js';
import { renderDigests } from '../../src/build.js';
import { loadTemplate } from '../../src/render/templates.js';
import { root } from '../helpers.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('hostile content', () => {
  it('an empty file gives an empty record and a warning', async () => {
    const r = await parseString('');
    expect(r.groups).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'empty-file', severity: 'warning' })]);
  });
  it('a file of white space only is empty too', async () => {
    expect((await parseString(' \n\t\r\n \u00a0\n')).diagnostics[0]?.rule).toBe('empty-file');
  });
  it('a BOM before front matter does not hide it', async () => {
    const r = await parseString('\ufeff---\ntitle: With BOM\n---\n\nText.\n', 'a.md');
    expect(r.title).toBe('With BOM');
  });
  it('a binary file is taken for binary', async () => {
    const r = await parseString(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), 'a.txt');
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'binary-file', severity: 'error' })]);
  });
  it('control characters, ANSI escapes and bidi overrides never reach the record', async () => {
    const r = await parseString('Title \u001b[31mred\u001b[0m \u202eevil\u202c \u0007bell\n\nCWG-COP reviewed the \u200bplan \u001b]0;x\u0007of work.\n');
    expect(r.title).toBe('Title red evil bell');
    expect(JSON.stringify(r)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202a-\u202e]/);
    expect(r.groups[0]?.actions[0]?.text).toBe('reviewed the plan of work');
  });
  it('a 1 MB line is parsed', async () => {
    const r = await parseString(`CWG-COP reviewed ${'the plan and '.repeat(80_000)}more.`);
    expect(schemaErrors(r)).toBe('');
  });
  it('pathological Markdown is read as text, quickly', async () => {
    for (const md of ['> '.repeat(50_000), `${'  '.repeat(1000)}- x\n`.repeat(3), 'a_ '.repeat(30_000), `${'*'.repeat(2000)}a${'*'.repeat(2000)}`, '['.repeat(20_000)]) {
      const r = await parseString(md, 'x.md');
      expect(schemaErrors(r)).toBe('');
    }
    const deep = await parseString('a_ '.repeat(30_000), 'x.md');
    expect(deep.diagnostics.some((d) => d.rule === 'markdown-budget')).toBe(true);
  });
  it('HTML with scripts, styles, comments, entities, unclosed tags and 10 000-deep nesting', async () => {
    const page = '<html><head><style>p{}</style><script>alert("x")</script></head><body><!-- c --><p>CWG-COP reviewed the plan &amp; budget<p>unclosed <b>bold';
    const r = await parseString(page, 'a.html');
    expect(JSON.stringify(r)).not.toContain('alert');
    expect(r.groups[0]?.actions[0]?.text).toBe('reviewed the plan & budget');
    const deep = await parseString(`${'<div>'.repeat(10_000)}<p>CWG-COP reviewed the plan.</p>${'</div>'.repeat(10_000)}`, 'b.html');
    expect(deep.diagnostics.some((d) => d.rule === 'nesting-depth')).toBe(true);
    expect(deep.groups[0]?.id).toBe('CWG-COP');
  });
  it('zero-width characters and homoglyphs in names do not crash and do not leak', async () => {
    const r = await parseString('CWG-COP reviewed proposals from Ru\u200bssia, Rus\u0455ia and JSC “A\u200dB”.');
    expect(schemaErrors(r)).toBe('');
    expect(JSON.stringify(r)).not.toMatch(/[\u200b\u200d]/);
  });
  it('a bulletin with 100 000 entries keeps memory bounded by a cap', async () => {
    const text = `The agenda of the Plenary Meeting included the following items:\n${Array.from({ length: 100_000 }, (_, i) => `- Item ${i} of work;\n`).join('')}`;
    const r = await parseString(text);
    const n = r.groups.reduce((a, g) => a + g.actions.length + g.outcomes.length, 0);
    expect(n).toBeLessThanOrEqual(500);
    expect(r.diagnostics.some((d) => d.rule === 'too-many-entries')).toBe(true);
  });
  it('Markdown-looking text in names and entries stays literal in every digest', async () => {
    const r = await parseString('Notes\n\nCWG-COP reviewed [x](javascript:alert(1)) <script> **b** `c` &amp; | x trail\\ today.\n');
    expect(r.groups[0]?.actions[0]?.text).toContain('[x](javascript:alert(1))');
    for (const name of ['bulletin', 'weekly', 'brief', 'by-group']) {
      const template = await loadTemplate(name, root);
      const { files } = await renderDigests([{ ...r, date: '2026-01-05' }], template, { pageBase: 'out' });
      const md = files.map((f) => f.content).join('\n');
      const nodes: Array<{ type: string; url?: string }> = [];
      const walk = (n: { type: string; url?: string; children?: unknown[] }): void => {
        nodes.push(n);
        for (const c of n.children ?? []) walk(c as { type: string });
      };
      walk(fromMarkdown(md) as unknown as { type: string });
      expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
      expect(nodes.filter((n) => n.type === 'link' && !/^\.\.?\//.test(n.url ?? ''))).toEqual([]);
      expect(md).toContain('\\[x]');
    }
  });
});

describe('hostile front matter', () => {
  it('no closing ---: read as text, with a warning', async () => {
    const r = await parseString('---\ntitle: x\n\nCWG-COP reviewed the plan.\n', 'a.md');
    expect(r.diagnostics.some((d) => d.rule === 'front-matter')).toBe(true);
  });
  it('a YAML alias bomb is refused', async () => {
    const bomb = '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: t\n---\ntext\n';
    const r = await parseString(bomb, 'a.md');
    expect(r.diagnostics.some((d) => d.rule === 'front-matter')).toBe(true);
  });
  it('duplicate keys are reported, __proto__ does nothing, 1.10 stays 1.10', async () => {
    expect((await parseString('---\ntitle: a\ntitle: b\n---\ntext\n', 'a.md')).diagnostics.some((d) => d.rule === 'front-matter')).toBe(true);
    const proto = await parseString('---\n__proto__:\n  title: hacked\n---\n# Real\n', 'a.md');
    expect(proto.title).toBe('Real');
    expect(({} as Record<string, unknown>)['title']).toBeUndefined();
    expect((await parseString('---\ntitle: 1.10\n---\ntext\n', 'a.md')).title).toBe('1.10');
  });
});
