// Bad file systems from the reliability brief (RELIABILITY.md): links, odd names, vanishing files, output
// folders in the wrong place, concurrent builds, interrupts, broken caches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { run } from '../../src/cli/main.js';
import { walkBulletins } from '../../src/load/walk.js';
import { safeOutputPath } from '../../src/build.js';
import { FileParser } from '../../src/parallel/parse-files.js';
import { SlugRegistry, slugify } from '../../src/render/slug.js';
import { fixtureDir, memoryIo, root } from '../helpers.js';
import { cacheDirOf, defaultCacheRoot } from '../../src/cache/record-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-fs-'));
  cpSync(fixtureDir, join(dir, 'reports'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const io = (extra: Parameters<typeof memoryIo>[0] = {}) => ({ ...memoryIo(extra), cwd: dir });
const bin = join(root, 'bin', 'digest.js');
/** The cache folder of an output folder of `dir`, where builds in tests keep it. */
const cacheOf = (out: string): string => cacheDirOf(defaultCacheRoot(dir, { XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'] }), join(dir, out));

function tree(folder: string, base = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(folder)) return out;
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    if (e.isDirectory()) Object.assign(out, tree(join(folder, e.name), `${base}${e.name}/`));
    else out[`${base}${e.name}`] = readFileSync(join(folder, e.name), 'utf8');
  }
  return out;
}

describe('walking', () => {
  it('survives a symlink loop, a link to /, a dangling link and duplicates by link', async () => {
    const r = join(dir, 'reports');
    symlinkSync(r, join(r, 'loop'));
    symlinkSync('/', join(r, 'root'));
    symlinkSync(join(r, 'nope.txt'), join(r, 'dangling.txt'));
    symlinkSync(join(r, '01-council-cluster.txt'), join(r, 'again.txt'));
    const walked = await walkBulletins(r);
    expect(walked.files.filter((f) => f.endsWith('01-council-cluster.txt') || f.endsWith('again.txt'))).toHaveLength(1);
    expect(walked.warnings.map((w) => w.message)).toContain('dangling symbolic link skipped');
    expect(walked.files.every((f) => !f.includes('/loop/') && !f.includes('/root/'))).toBe(true);
  });
  it('skips dot-folders and node_modules', async () => {
    mkdirSync(join(dir, 'reports', '.git'));
    writeFileSync(join(dir, 'reports', '.git', 'x.txt'), 'CWG-COP reviewed x.');
    mkdirSync(join(dir, 'reports', 'node_modules'));
    writeFileSync(join(dir, 'reports', 'node_modules', 'y.txt'), 'CWG-COP reviewed y.');
    const walked = await walkBulletins(join(dir, 'reports'));
    expect(walked.files.some((f) => f.includes('.git') || f.includes('node_modules'))).toBe(false);
  });
  it('handles names with newlines, a leading dash, spaces, #, * and NFD', async () => {
    const names = ['new\nline.txt', '-dash.txt', 'with space.txt', 'hash#1.txt', 'star*.txt', 'cafe\u0301.txt', 'caf\u00e9.txt'];
    for (const n of names) writeFileSync(join(dir, 'reports', n), `Title ${n.length}\n\nCWG-COP reviewed the plan.\n`);
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out', '-q', '-t', 'bulletin'], e)).toBe(0);
    const files = Object.keys(tree(join(dir, 'out')));
    expect(files.every((f) => /^[a-z0-9./-]+$/.test(f))).toBe(true);
  });
  it('a file that vanishes between listing and reading is a warning for that file only', async () => {
    const parser = new FileParser({ cwd: dir, maxBytes: 1e6, lexicon: {}, registry: { bodies: [], organizations: [] }, salt: 't', records: join(dir, 'store') });
    const p = await parser.parse(join(dir, 'reports', 'gone.txt'), 'reports/gone.txt');
    expect(p).toEqual({ kind: 'problem', path: 'reports/gone.txt', diagnostic: expect.objectContaining({ severity: 'warning', rule: 'unreadable-file' }) });
  });
  it('a file name that is not valid UTF-8 is a warning, and the build goes on', async () => {
    const name = Buffer.concat([Buffer.from(join(dir, 'reports') + '/bad'), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
    writeFileSync(name, 'CWG-COP reviewed the plan.');
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out'], e)).toBe(0);
    expect(e.err()).toMatch(/reports\/bad.*\.txt:1:1 warning cannot read file: no such file; skipped/);
    expect(await run(['build', 'reports', '-o', 'out2', '-q', '--strict'], io())).toBe(1);
  });
  it('a build goes on past files it cannot read, and says which', async () => {
    writeFileSync(join(dir, 'reports', 'big.txt'), 'x'.repeat(3000));
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out', '--max-bytes', '2500'], e)).toBe(0);
    expect(e.err()).toContain('reports/big.txt:1:1 warning file is 3000 bytes, over the 2500-byte limit');
    expect(Object.keys(tree(join(dir, 'out'))).length).toBeGreaterThan(5);
  });
});

describe('file names', () => {
  it('slugs are safe, never empty, reserved or too long, and unique by case', () => {
    expect(slugify('..')).toBe('untitled');
    expect(slugify('CON')).toBe('con-x');
    expect(slugify('.git')).toBe('git');
    expect(slugify('')).toBe('untitled');
    expect(slugify('a'.repeat(300)).length).toBe(80);
    const reg = new SlugRegistry();
    expect([reg.take('Report'), reg.take('report'), reg.take('REPORT')]).toEqual(['report', 'report-2', 'report-3']);
  });
  it('rendered output names are confined to the output folder', () => {
    expect(safeOutputPath('../../etc/passwd')).toBe('up/up/etc/passwd');
    expect(safeOutputPath('/abs/x.md')).toBe('abs/x.md');
    expect(safeOutputPath('a/./b/../c.md')).toBe('a/b/up/c.md');
    expect(safeOutputPath('')).toBe('digest.md');
  });
});

describe('output folders', () => {
  it('refuses the input folder and a symbolic link, and excludes an output inside the input', async () => {
    expect(await run(['build', 'reports', '-o', 'reports'], io())).toBe(2);
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));
    expect(await run(['build', 'reports', '-o', 'linked'], io())).toBe(2);
    expect(readdirSync(join(dir, 'real'))).toEqual([]);
    expect(await run(['build', 'reports', '-o', 'reports/out', '-q'], io())).toBe(0);
    const second = io();
    expect(await run(['build', 'reports', '-o', 'reports/out'], second)).toBe(0);
    expect(second.err()).toContain('25 bulletins');
  });
  it('a corrupt cache is discarded silently and the output is the same', async () => {
    expect(await run(['build', 'reports', '-o', 'out', '-q'], io())).toBe(0);
    const before = tree(join(dir, 'out'));
    const corrupt = (folder: string): void => {
      for (const e of readdirSync(folder, { withFileTypes: true })) {
        if (e.isDirectory()) corrupt(join(folder, e.name));
        else writeFileSync(join(folder, e.name), '\u0000garbage{');
      }
    };
    corrupt(cacheOf('out'));
    rmSync(join(dir, 'out', '2026-w42.md'));
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out'], e)).toBe(0);
    const after = tree(join(dir, 'out'));
    expect(after).toEqual(before);
  });
  it('--no-cache gives the same digests', async () => {
    expect(await run(['build', 'reports', '-o', 'a', '-q'], io())).toBe(0);
    expect(await run(['build', 'reports', '-o', 'b', '-q', '--no-cache'], io())).toBe(0);
    const a = tree(join(dir, 'a'));
    const b = tree(join(dir, 'b'));
    expect(b).toEqual(a);
    expect(existsSync(cacheOf('a'))).toBe(true);
    expect(existsSync(cacheOf('b'))).toBe(false);
  });
});

describe('processes', () => {
  function corpus(n: number): void {
    const files = readdirSync(fixtureDir);
    for (let i = 0; i < n; i++) {
      const f = files[i % files.length] ?? '';
      cpSync(join(fixtureDir, f), join(dir, 'reports', `copy-${i}-${f}`));
    }
  }
  it('--jobs 1 and --jobs 2 give the same output', () => {
    corpus(90);
    const a = spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'j1', '-q', '--jobs', '1'], { cwd: dir });
    const b = spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'j2', '-q', '--jobs', '2'], { cwd: dir });
    expect([a.status, b.status]).toEqual([0, 0]);
    const t1 = tree(join(dir, 'j1'));
    const t2 = tree(join(dir, 'j2'));
    expect(t2).toEqual(t1);
  });
  it('with --jobs 2, a template that fails while rendering stops the build: exit 2, its place, nothing written', () => {
    corpus(90);
    writeFileSync(join(dir, 'late.md'), '---\nper: period\n---\n# {{ period.key }}\n\n{% include "missing" %}\n');
    const r = spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'failed', '--jobs', '2', '-t', 'late.md'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/late\.md:6:1 error/);
    expect(existsSync(join(dir, 'failed'))).toBe(false);
  });
  it('two builds into one folder at once leave every file whole', async () => {
    corpus(60);
    const once = spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'ref', '-q', '--no-cache'], { cwd: dir });
    expect(once.status).toBe(0);
    const start = () => new Promise<number>((resolve) => spawn(process.execPath, [bin, 'build', 'reports', '-o', 'out', '-q', '--no-cache'], { cwd: dir }).on('close', (code) => resolve(code ?? -1)));
    expect(await Promise.all([start(), start()])).toEqual([0, 0]);
    const ref = tree(join(dir, 'ref'));
    const out = tree(join(dir, 'out'));
    expect(out).toEqual(ref);
  });
  it('an interrupt exits 130 and leaves no temporary or partial file', async () => {
    corpus(400);
    const child = spawn(process.execPath, [bin, 'build', 'reports', '-o', 'out', '-q', '--jobs', '1'], { cwd: dir });
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 130 : null))));
    expect([0, 130]).toContain(code);
    const files = Object.entries(tree(join(dir, 'out')));
    expect(files.filter(([k]) => k.endsWith('.tmp'))).toEqual([]);
    for (const [k, v] of files) if (k.endsWith('.md')) expect(v.endsWith('\n'), k).toBe(true);
  });
});
