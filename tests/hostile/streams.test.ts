// Streams and environment: pipes that close early, large output, empty input, colour settings.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { wantsColor } from '../../src/cli/io.js';
import { fixtureDir, memoryIo, root } from '../helpers.js';

const bin = join(root, 'bin', 'digest.js');

describe('streams', () => {
  it('| head -1 ends quietly', () => {
    const files = Array.from({ length: 40 }, () => join(fixtureDir, '01-council-cluster.txt'));
    const res = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" parse ${files.map((f) => `"${f}"`).join(' ')} | head -c 100`], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout.length).toBe(100);
  });
  it('more than 1 MiB through a pipe arrives whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-pipe-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(big, `Title\n\n${Array.from({ length: 12000 }, (_, i) => `WG-${i} reviewed the plan of work number ${i} for the coming year.`).join('\n\n')}\n`);
      const res = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" parse "${big}" | wc -c`], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const direct = spawnSync(process.execPath, [bin, 'parse', big], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(direct.stdout.length).toBeGreaterThan(1 << 20);
      expect(Number(res.stdout.trim())).toBe(Buffer.byteLength(direct.stdout));
      expect(JSON.parse(direct.stdout).schemaVersion).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('empty standard input gives an empty record with a warning', async () => {
    const io = memoryIo({ stdin: '' });
    expect(await run(['parse'], io)).toBe(0);
    expect(JSON.parse(io.out()).diagnostics[0].rule).toBe('empty-file');
  });
  it('closed standard input (no data, not a terminal) does not hang', () => {
    const res = spawnSync(process.execPath, [bin, 'parse', '-'], { input: '', encoding: 'utf8', timeout: 10_000 });
    expect(res.status).toBe(0);
  });
});

describe('colour', () => {
  it('follows --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(wantsColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(wantsColor(undefined, {}, true)).toBe(true);
    expect(wantsColor(undefined, { CI: 'true' }, false)).toBe(false);
  });
  it('never colours stdout data, and colours messages only when asked', () => {
    const plain = spawnSync(process.execPath, [bin, 'parse', join(fixtureDir, '16-invalid-utf8.txt')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    expect(plain.stderr).not.toMatch(/\u001b\[/);
    const forced = spawnSync(process.execPath, [bin, 'parse', '--color', join(fixtureDir, '16-invalid-utf8.txt')], { encoding: 'utf8' });
    expect(forced.stderr).toMatch(/\u001b\[/);
    expect(forced.stdout).not.toMatch(/\u001b\[/);
  });
});
