// The package's API: the same work as the CLI, from another program.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDigests, parseBulletin, renderTemplate, loadTemplate, BUILTIN_TEMPLATES, type StageTimings } from '../src/index.js';
import { root } from './helpers.js';

describe('API', () => {
  it('parses, renders with a built-in by name, and builds a folder', async () => {
    const path = 'fixtures/bulletins/01-council-cluster.txt';
    const record = await parseBulletin({ path, bytes: readFileSync(join(root, path)) });
    const files = await renderTemplate([record], 'brief');
    expect(files).toHaveLength(1);
    expect(files[0]?.path).toMatch(/^brief\/.+\.md$/);
    expect(files[0]?.content).toContain('CWG-FHR');
    expect(BUILTIN_TEMPLATES).toContain('weekly');
    const plan = await buildDigests({ input: 'fixtures/bulletins', out: 'out', template: await loadTemplate('weekly', root), cwd: root });
    expect(plan.files.length).toBeGreaterThan(5);
    expect(plan.model.records.length).toBe(plan.model.periods.reduce((n, p) => n + p.bulletins.length, 0));
  });
  it('sums the time of each stage into a timings object, and the record is the same', async () => {
    const path = 'fixtures/bulletins/01-council-cluster.txt';
    const source = { path, bytes: readFileSync(join(root, path)) };
    const timings: StageTimings = {};
    const timed = await parseBulletin(source, { timings });
    await parseBulletin(source, { timings });
    expect(Object.keys(timings).sort()).toEqual(['extract', 'metadata', 'normalize', 'record', 'segment', 'tree']);
    for (const ms of Object.values(timings)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(timed).toEqual(await parseBulletin(source));
  });
});
