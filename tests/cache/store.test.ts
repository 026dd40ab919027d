// The folder store: whole entries or none, damaged entries never used, read-only fallback,
// pruning of what a build did not use.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderStore, entryName } from '../../src/cache/store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FolderStore', () => {
  it('gives back what was set, under any key', () => {
    const s = new FolderStore(join(dir, 'a'));
    expect(s.get('k')).toBeUndefined();
    s.set('salt:text:0123', '{"x":1}\nline two');
    s.set('../../etc/passwd', 'safe');
    expect(s.get('salt:text:0123')).toBe('{"x":1}\nline two');
    expect(s.get('../../etc/passwd')).toBe('safe');
    expect(readdirSync(join(dir, 'a')).every((n) => /^[0-9a-f]{64}$/.test(n))).toBe(true);
  });
  it('never returns a damaged or truncated entry', () => {
    const s = new FolderStore(dir);
    s.set('k', 'value');
    const file = join(dir, entryName('k'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('value', 'valuf'));
    expect(s.get('k')).toBeUndefined();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 30));
    expect(s.get('k')).toBeUndefined();
    writeFileSync(file, '\u0000garbage{');
    expect(s.get('k')).toBeUndefined();
  });
  it('reads a second folder without writing to it', () => {
    const cache = new FolderStore(join(dir, 'cache'));
    cache.set('old', 'from the cache');
    const scratch = new FolderStore(join(dir, 'scratch'), join(dir, 'cache'));
    expect(scratch.get('old')).toBe('from the cache');
    scratch.set('new', 'scratch only');
    expect(cache.get('new')).toBeUndefined();
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(1);
  });
  it('knows from one listing which entries may be there', () => {
    const s = new FolderStore(join(dir, 'm'));
    s.set('old', 'x');
    const fresh = new FolderStore(join(dir, 'm'));
    expect(fresh.mayHave('old')).toBe(true);
    expect(fresh.mayHave('new')).toBe(false);
    expect(new FolderStore(join(dir, 'none')).mayHave('old')).toBe(false);
  });
  it('prunes entries not kept, and leaves temporary files alone', () => {
    const s = new FolderStore(dir);
    for (const k of ['a', 'b', 'c']) s.set(k, k);
    writeFileSync(join(dir, 'x.123.tmp'), 'in flight');
    s.prune(['b']);
    expect(s.get('a')).toBeUndefined();
    expect(s.get('b')).toBe('b');
    expect(readdirSync(dir).sort()).toEqual([entryName('b'), 'x.123.tmp'].sort());
    new FolderStore(join(dir, 'missing')).prune([]);
  });
});
