// `digest parse --jobs`: threads change nothing a user sees (records, their order, messages,
// exit code). Run as a process, for the pool's workers are the built ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDir, fixtureNames, root } from '../helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-jobs-'));
  // Enough files for threads (at least 64), with a binary one and an oversized one among them.
  const names = fixtureNames();
  for (let i = 0; i < 80; i++) {
    const name = names[i % names.length] ?? '';
    copyFileSync(join(fixtureDir, name), join(dir, `${String(i).padStart(3, '0')}-${name}`));
  }
  writeFileSync(join(dir, '030-binary.txt'), 'a\u0000b');
  writeFileSync(join(dir, '031-big.txt'), 'The Council adopted the plan. '.repeat(40000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [join(root, 'bin', 'digest.js'), 'parse', '--max-bytes', '1000000', ...args, dir], { encoding: 'utf8', cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('digest parse --jobs', () => {
  it('prints the same records in the same order, the same messages and exit code, with one thread or two', () => {
    const one = parse('--jobs', '1');
    const two = parse('--jobs', '2');
    expect(one.status).toBe(1);
    expect(two).toEqual(one);
    const lines = one.stdout.trim().split('\n');
    // The 80 copies give records; the binary and the oversized file none.
    expect(lines).toHaveLength(80);
    const paths = lines.map((l) => (JSON.parse(l) as { source: { path: string } }).source.path.split('/').pop());
    expect(paths).toEqual([...paths].sort());
    expect(one.stderr).toContain('030-binary.txt:1:2 error file looks binary');
    expect(one.stderr).toMatch(/031-big\.txt:1:1 warning file is \d+ bytes, over the 1000000-byte limit.*; skipped/);
  });
  it('rejects a --jobs that is no positive whole number', () => {
    expect(parse('--jobs', '0').status).toBe(2);
  });
});
