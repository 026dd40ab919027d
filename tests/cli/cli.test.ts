// The CLI run in-process through an injected Io, and one spawned smoke test.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { fixtureDir, fixtureNames, memoryIo, root, schemaErrors } from '../helpers.js';

describe('digest parse', () => {
  it('prints one JSON line per file', async () => {
    const io = memoryIo();
    const code = await run(['parse', join(fixtureDir, '01-council-cluster.txt'), join(fixtureDir, '13-un-summary.txt')], io);
    expect(code).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(schemaErrors(JSON.parse(line))).toBe('');
  });
  it('reports a missing file with file:line:col, parses the rest, exits 1', async () => {
    const io = memoryIo();
    const code = await run(['parse', 'nope.txt', join(fixtureDir, '13-un-summary.txt')], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('nope.txt:1:1 error cannot read file: no such file');
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });
  it('reads standard input for -', async () => {
    const io = memoryIo({ stdin: 'CWG-COP reviewed its plan.\n' });
    expect(await run(['parse', '-'], io)).toBe(0);
    expect(JSON.parse(io.out()).groups[0].id).toBe('CWG-COP');
  });
  it('hints and exits 2 when standard input is a terminal', async () => {
    const io = memoryIo({ stdinIsTTY: true });
    expect(await run(['parse'], io)).toBe(2);
    expect(io.err()).toContain('terminal');
  });
  it('prints help: exit 0 when asked for, exit 2 with no command', async () => {
    const asked = memoryIo();
    expect(await run(['--help'], asked)).toBe(0);
    expect(asked.out()).toContain('Usage: digest');
    const none = memoryIo();
    expect(await run([], none)).toBe(2);
    expect(none.err()).toContain('Usage: digest');
  });
  it('exits 2 on a usage error', async () => {
    const io = memoryIo();
    expect(await run(['parse', '--nope'], io)).toBe(2);
    expect(await run(['frobnicate'], io)).toBe(2);
  });
  it('skips a file over --max-bytes with a warning (exit 1 only with --strict)', async () => {
    const io = memoryIo();
    expect(await run(['parse', '--max-bytes', '10', join(fixtureDir, '13-un-summary.txt')], io)).toBe(0);
    expect(io.err()).toMatch(/13-un-summary\.txt:1:1 warning file is \d+ bytes, over the 10-byte limit .*; skipped/);
    expect(io.out()).toBe('');
    expect(await run(['parse', '--strict', '--max-bytes', '10', join(fixtureDir, '13-un-summary.txt')], memoryIo())).toBe(1);
  });
  it('skips a binary file with an error, prints no record for it, parses the rest and exits 1', async () => {
    const io = memoryIo({ stdin: 'a\u0000b' });
    expect(await run(['parse', '-'], io)).toBe(1);
    expect(io.err()).toContain('<stdin>:1:2 error file looks binary (NUL byte); skipped [binary-file]');
    expect(io.out()).toBe('');
  });
});

describe('digest parse over folders', () => {
  it('walks a folder as build does: recursively, bulletins only, in a stable order', async () => {
    const io = memoryIo();
    expect(await run(['parse', 'fixtures/bulletins'], io)).toBe(0);
    const paths = io.out().trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    expect(paths).toEqual(fixtureNames().map((n) => `fixtures/bulletins/${n}`));
  });
  it('says "no bulletins found" and exits 1 for a folder without bulletins, still parsing the rest', async () => {
    const io = memoryIo();
    expect(await run(['parse', 'tests/cli', join(fixtureDir, '13-un-summary.txt')], io)).toBe(1);
    expect(io.err()).toContain('no bulletins found in tests/cli');
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });
});

describe('digest schema', () => {
  it('prints the JSON Schema', async () => {
    const io = memoryIo();
    expect(await run(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out()).title).toBe('digest bulletin record');
  });
});

describe('the bin', () => {
  it('runs as a process and prints its version', () => {
    const res = spawnSync(process.execPath, [join(root, 'bin', 'digest.js'), '--version'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
