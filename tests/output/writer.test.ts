// The streaming writer: digests staged as they come, moved into place together, or not at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputWriter, MANIFEST } from '../../src/output/write-files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputWriter', () => {
  it('stages while adding, and moves everything into place on commit', async () => {
    const w = new OutputWriter(dir, false);
    await w.add({ path: 'b.md', content: 'B\n' });
    await w.add({ path: 'sub/a.md', content: 'A\n' });
    expect(existsSync(join(dir, 'b.md'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(2);
    const report = await w.commit();
    expect(report.added).toEqual(['b.md', 'sub/a.md']);
    expect(readFileSync(join(dir, 'sub', 'a.md'), 'utf8')).toBe('A\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')).files).toEqual(['b.md', 'sub/a.md']);
    expect(w.digests.map(([p]) => p)).toEqual(['b.md', 'sub/a.md']);
  });
  it('leaves the output as it was on abort', async () => {
    writeFileSync(join(dir, 'keep.md'), 'old\n');
    const w = new OutputWriter(dir, false);
    await w.add({ path: 'keep.md', content: 'new\n' });
    await w.abort();
    expect(readdirSync(dir)).toEqual(['keep.md']);
    expect(readFileSync(join(dir, 'keep.md'), 'utf8')).toBe('old\n');
  });
  it('says what would change without writing, and removes stale digests on commit', async () => {
    const first = new OutputWriter(dir, false);
    await first.add({ path: 'old.md', content: 'x\n' });
    await first.add({ path: 'same.md', content: 'same\n' });
    await first.commit();
    const check = new OutputWriter(dir, true);
    await check.add({ path: 'same.md', content: 'same\n' });
    await check.add({ path: 'new.md', content: 'n\n' });
    expect(await check.differences()).toEqual({ added: ['new.md'], changed: [], removed: ['old.md'], unchanged: ['same.md'] });
    expect(existsSync(join(dir, 'new.md'))).toBe(false);
    const second = new OutputWriter(dir, false);
    await second.add({ path: 'same.md', content: 'same\n' });
    const report = await second.commit();
    expect(report.removed).toEqual(['old.md']);
    expect(existsSync(join(dir, 'old.md'))).toBe(false);
  });
  it('refuses a path that leaves the output folder', async () => {
    mkdirSync(join(dir, 'out'));
    const w = new OutputWriter(join(dir, 'out'), false);
    await expect(w.add({ path: '../escape.md', content: 'x' })).rejects.toThrow(/outside the output folder/);
  });
});
