// Golden digests: every built-in template over the fixture bulletins, compared with
// fixtures/digests/<template>/. Regenerate with UPDATE=1 and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDigests } from '../../src/build.js';
import { loadTemplate, BUILTIN_TEMPLATES } from '../../src/render/templates.js';
import { root } from '../helpers.js';

const update = process.env['UPDATE'] === '1';

function listFiles(dir: string, base = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${base}${e.name}/`) : [`${base}${e.name}`])).sort();
}

describe('golden digests', () => {
  for (const name of BUILTIN_TEMPLATES) {
    it(`${name} over the fixtures`, async () => {
      const template = await loadTemplate(name, root);
      const plan = await buildDigests({ input: 'fixtures/bulletins', out: 'out', template, cwd: root });
      const dir = join(root, 'fixtures', 'digests', name);
      if (update) {
        rmSync(dir, { recursive: true, force: true });
        for (const f of plan.files) {
          mkdirSync(dirname(join(dir, f.path)), { recursive: true });
          writeFileSync(join(dir, f.path), f.content);
        }
      }
      expect(plan.files.map((f) => f.path)).toEqual(listFiles(dir));
      for (const f of plan.files) expect(f.content, f.path).toBe(readFileSync(join(dir, f.path), 'utf8'));
    });
  }
});
