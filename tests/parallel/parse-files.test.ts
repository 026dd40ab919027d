// The file parser of a build's threads: records into the store, summaries out, and a record
// pruned by another build meanwhile read again from its file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileParser } from '../../src/parallel/parse-files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-parser-'));
  writeFileSync(join(dir, 'a.txt'), '12.03.2026\nCluster report\n\nCWG-FHR reviewed the draft budget and approved the plan.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const setup = () => ({ cwd: dir, maxBytes: 1e6, lexicon: {}, registry: { bodies: [], organizations: [] }, salt: 't', records: join(dir, 'store') });

describe('FileParser', () => {
  it('stores the record and returns its summary; a second parser finds it in the store', async () => {
    const first = await new FileParser(setup()).parse('a.txt', 'a.txt');
    expect(first.kind).toBe('record');
    if (first.kind !== 'record') return;
    expect(first.summary).toMatchObject({ path: 'a.txt', date: '2026-03-12', groups: [['cwgfhr', 'CWG-FHR']] });
    expect(readdirSync(join(dir, 'store'))).toHaveLength(1);
    const again = new FileParser(setup());
    const second = await again.parse('a.txt', 'b/renamed.txt');
    expect(second.kind === 'record' && second.summary.key).toBe(first.summary.key);
    expect((await again.load({ key: first.summary.key, path: 'b/renamed.txt', slug: 's' })).source.path).toBe('b/renamed.txt');
  });
  it('reads a record again from its file when the store lost it', async () => {
    const parser = new FileParser(setup());
    const r = await parser.parse('a.txt', 'a.txt');
    rmSync(join(dir, 'store'), { recursive: true, force: true });
    const record = await parser.load({ key: r.kind === 'record' ? r.summary.key : '', path: 'a.txt', slug: 's' });
    expect(record.groups[0]?.id).toBe('CWG-FHR');
  });
});
