// The folder store: whole entries or none, damaged entries never used, read-only fallback,
// pruning of what a build did not use.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderStore, entryName, shardOf } from '../../src/cache/store.js';

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
    // Each entry in the subfolder named by its first character.
    for (const shard of readdirSync(join(dir, 'a'))) {
      expect(shard).toMatch(/^[0-9a-f]$/);
      expect(readdirSync(join(dir, 'a', shard)).every((n) => /^[0-9a-f]{64}$/.test(n) && shardOf(n) === shard)).toBe(true);
    }
    expect(readdirSync(join(dir, 'a')).length).toBe(new Set([entryName('salt:text:0123'), entryName('../../etc/passwd')].map(shardOf)).size);
  });
  it('never returns a damaged or truncated entry', () => {
    const s = new FolderStore(dir);
    s.set('k', 'value');
    const file = join(dir, shardOf(entryName('k')), entryName('k'));
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
    expect(readdirSync(join(dir, 'cache', shardOf(entryName('old'))))).toEqual([entryName('old')]);
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
  it('prunes entries not kept and files of the flat layout, and leaves temporary files alone', () => {
    const s = new FolderStore(dir);
    for (const k of ['a', 'b', 'c']) s.set(k, k);
    const b = entryName('b');
    writeFileSync(join(dir, shardOf(b), `${b}.123.tmp`), 'in flight');
    writeFileSync(join(dir, 'x.123.tmp'), 'in flight');
    writeFileSync(join(dir, entryName('old')), 'an entry of the flat layout');
    s.prune(['b']);
    expect(s.get('a')).toBeUndefined();
    expect(s.get('b')).toBe('b');
    const left = readdirSync(dir, { recursive: true }).map(String).filter((p) => !/^[0-9a-f]$/.test(p));
    expect(left.sort()).toEqual([join(shardOf(b), b), join(shardOf(b), `${b}.123.tmp`), 'x.123.tmp'].sort());
    new FolderStore(join(dir, 'missing')).prune([]);
  });
  it('does not read an entry of the flat layout', () => {
    const s = new FolderStore(dir);
    s.set('k', 'value');
    const name = entryName('k');
    writeFileSync(join(dir, name), readFileSync(join(dir, shardOf(name), name)));
    rmSync(join(dir, shardOf(name)), { recursive: true });
    expect(s.get('k')).toBeUndefined();
    expect(new FolderStore(dir).mayHave('k')).toBe(false);
  });
});
