// Template loading and the filters that build links back to bulletins.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDigests } from '../../src/build.js';
import { compileTemplate, loadTemplate } from '../../src/render/templates.js';
import { root } from '../helpers.js';

const head = '---\nper: period\nperiod: week\noutput: "{{ period.slug }}.md"\n---\n';
const loop = `${head}{% for group in period.groups %}{% for entry in group.actions %}- {{ entry.text }} ({% for source in entry.sources %}{% unless forloop.first %}; {% endunless %}{{ source | link: source.short | raw }}{% endfor %})\n{% endfor %}{% endfor %}`;
const filter = `${head}{% for group in period.groups %}{% for entry in group.actions %}- {{ entry.text }} ({{ entry.sources | links | raw }})\n{% endfor %}{% endfor %}`;

async function build(text: string): Promise<Array<{ path: string; content: string }>> {
  const plan = await buildDigests({ input: 'fixtures/bulletins', out: 'out', template: compileTemplate(text, 'test.md'), cwd: root });
  return plan.files;
}

describe('templates', () => {
  it('links: the same digests as a loop over link', async () => {
    const a = await build(loop);
    const b = await build(filter);
    expect(b).toEqual(a);
    // Some entries have several sources, so the separator is exercised.
    expect(a.some((f) => /\); \[/.test(f.content) || /\]\([^)]*\); \[/.test(f.content))).toBe(true);
  });

  it('links takes another separator', async () => {
    const files = await build(filter.replace('links | raw', 'links: " and " | raw'));
    const joined = files.map((f) => f.content).join('\n');
    expect(joined).toMatch(/\]\([^)]*\) and \[/);
    expect(joined).not.toMatch(/\]\([^)]*\); \[/);
  });

  it('loads a template file by an absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-template-'));
    try {
      const file = join(dir, 'mine.md');
      writeFileSync(file, filter);
      const template = await loadTemplate(file, root);
      const plan = await buildDigests({ input: 'fixtures/bulletins', out: 'out', template, cwd: root });
      expect(plan.files).toEqual(await build(filter));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
