// Builds end to end, in-process through the CLI, in temporary folders.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { run } from '../../src/cli/main.js';
import { fixtureDir, memoryIo, root } from '../helpers.js';
import { aggregate } from '../../src/model/aggregate.js';
import { parseBulletin } from '../../src/pipeline.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-build-'));
  cpSync(fixtureDir, join(dir, 'reports'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(extra: Parameters<typeof memoryIo>[0] = {}) {
  return { ...memoryIo(extra), cwd: dir };
}

function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, base: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${base}${e.name}/`);
      else out[`${base}${e.name}`] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  if (existsSync(folder)) walk(folder, '');
  return out;
}

describe('digest build', () => {
  it('writes weekly digests and a summary, and a second build changes nothing', async () => {
    const first = io();
    expect(await run(['build', 'reports', '-o', 'out'], first)).toBe(0);
    expect(first.err()).toMatch(/25 bulletins → 21 digests in out \(21 added/);
    const a = snapshot(join(dir, 'out'));
    expect(Object.keys(a)).toContain('2026-w42.md');
    const second = io();
    expect(await run(['build', 'reports', '-o', 'out'], second)).toBe(0);
    expect(second.err()).toMatch(/0 added, 0 changed, 0 removed, 21 unchanged/);
    expect(snapshot(join(dir, 'out'))).toEqual(a);
  });

  it('keeps its cache out of the output folder: build, commit, clone afresh, build again leaves the clone clean', () => {
    const git = (cwd: string, ...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const bin = join(root, 'bin', 'digest.js');
    const env = { ...process.env, NO_COLOR: '1' };
    delete env['XDG_CACHE_HOME'];
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    cpSync(join(dir, 'reports'), join(repo, 'reports'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{ "name": "reports", "private": true }\n');
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    expect(spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'digest', '-q'], { cwd: repo, env }).status).toBe(0);
    expect(readdirSync(join(repo, 'digest')).filter((f) => f.startsWith('.'))).toEqual(['.digest-manifest.json']);
    expect(existsSync(join(repo, 'node_modules', '.cache', 'digest'))).toBe(true);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'digests');
    const clone = join(dir, 'clone');
    git(dir, 'clone', '-q', repo, clone);
    const again = spawnSync(process.execPath, [bin, 'build', 'reports', '-o', 'digest'], { cwd: clone, env, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/0 added, 0 changed, 0 removed/);
    expect(git(clone, 'status', '--porcelain')).toBe('');
    expect(snapshot(join(clone, 'digest'))).toEqual(snapshot(join(repo, 'digest')));
  });

  it('--cache-location puts the cache where it is told', async () => {
    expect(await run(['build', 'reports', '-o', 'out', '-q', '--cache-location', 'my-cache'], io())).toBe(0);
    expect(readdirSync(join(dir, 'my-cache'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.startsWith('.'))).toEqual(['.digest-manifest.json']);
  });

  it('removes the cache folder older versions kept in the output folder', async () => {
    mkdirSync(join(dir, 'out', '.digest-cache', 'records'), { recursive: true });
    writeFileSync(join(dir, 'out', '.digest-cache', 'build.json'), '{}');
    expect(await run(['build', 'reports', '-o', 'out', '-q'], io())).toBe(0);
    expect(existsSync(join(dir, 'out', '.digest-cache'))).toBe(false);
  });

  it('--check exits 0 when up to date and 1 after a bulletin changes, writing nothing', async () => {
    expect(await run(['build', 'reports', '-o', 'out', '-q'], io())).toBe(0);
    const clean = io();
    expect(await run(['build', 'reports', '-o', 'out', '--check'], clean)).toBe(0);
    expect(clean.out()).toBe('');
    const before = snapshot(join(dir, 'out'));
    writeFileSync(join(dir, 'reports', '01-council-cluster.txt'), readFileSync(join(dir, 'reports', '01-council-cluster.txt'), 'utf8').replace('approved a revised', 'adopted a revised'));
    const stale = io();
    expect(await run(['build', 'reports', '-o', 'out', '--check'], stale)).toBe(1);
    expect(stale.out()).toBe('changed 2026-w42.md\n');
    expect(snapshot(join(dir, 'out'))).toEqual(before);
  });

  it('after a change, reuses the cache and gives what a build without it gives', async () => {
    for (const template of ['weekly', 'by-group', 'bulletin']) {
      expect(await run(['build', 'reports', '-o', `cached-${template}`, '-t', template, '-q'], io())).toBe(0);
    }
    writeFileSync(join(dir, 'reports', '01-council-cluster.txt'), readFileSync(join(dir, 'reports', '01-council-cluster.txt'), 'utf8').replace('approved a revised', 'adopted a revised'));
    rmSync(join(dir, 'reports', '13-un-summary.txt'));
    cpSync(join(dir, 'reports', '02-agenda-report.txt'), join(dir, 'reports', 'zz-copy.txt'));
    for (const template of ['weekly', 'by-group', 'bulletin']) {
      const again = io();
      expect(await run(['build', 'reports', '-o', `cached-${template}`, '-t', template], again)).toBe(0);
      expect(again.err()).toMatch(/unchanged\)/);
      expect(await run(['build', 'reports', '-o', `fresh-${template}`, '-t', template, '-q', '--no-cache'], io())).toBe(0);
      expect(snapshot(join(dir, `cached-${template}`)), template).toEqual(snapshot(join(dir, `fresh-${template}`)));
    }
  });

  it('removes digests it wrote before and no longer makes', async () => {
    expect(await run(['build', 'reports', '-o', 'out', '-q'], io())).toBe(0);
    rmSync(join(dir, 'reports', '13-un-summary.txt'));
    const check = io();
    expect(await run(['build', 'reports', '-o', 'out', '--check'], check)).toBe(1);
    expect(check.out()).toContain('removed 2026-w23.md\n');
    expect(await run(['build', 'reports', '-o', 'out', '-q'], io())).toBe(0);
    expect(existsSync(join(dir, 'out', '2026-w23.md'))).toBe(false);
  });

  it('gives the same output whatever the order of the records', async () => {
    const records = await Promise.all(readdirSync(fixtureDir).sort().map(async (f) => parseBulletin({ path: f, bytes: readFileSync(join(fixtureDir, f)) })));
    const a = aggregate(records, 'week', (r) => r.source.path);
    const b = aggregate([...records].reverse(), 'week', (r) => r.source.path);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('excludes an output folder inside the input folder, and refuses the input folder itself', async () => {
    expect(await run(['build', 'reports', '-o', 'reports/digest', '-q'], io())).toBe(0);
    expect(await run(['build', 'reports', '-o', 'reports/digest', '--check'], io())).toBe(0);
    const same = io();
    expect(await run(['build', 'reports', '-o', 'reports'], same)).toBe(2);
    expect(same.err()).toContain('is the input folder');
  });

  it('refuses to write through a symbolic link in the output folder', async () => {
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out'));
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out'], e)).toBe(2);
    expect(e.err()).toContain('symbolic link');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });

  it('--json prints the model and writes nothing', async () => {
    const e = io();
    expect(await run(['build', 'reports', '--json', '-q'], e)).toBe(0);
    const model = JSON.parse(e.out());
    expect(model.records).toHaveLength(25);
    expect(model.groups.find((g: { id: string }) => g.id === 'EGTS').sources).toHaveLength(3);
    expect(existsSync(join(dir, 'digest'))).toBe(false);
  });

  it('JSON Lines from parse equal the records inside build --json', async () => {
    const b = io();
    await run(['build', 'reports', '--json', '-q'], b);
    const p = io();
    const files = readdirSync(join(dir, 'reports')).sort().map((f) => `reports/${f}`);
    await run(['parse', '-q', ...files], p);
    const fromParse = p.out().trim().split('\n').map((l) => JSON.parse(l));
    const fromBuild = JSON.parse(b.out()).records;
    const byPath = (xs: Array<{ source: { path: string } }>) => [...xs].sort((x, y) => (x.source.path < y.source.path ? -1 : 1));
    expect(byPath(fromBuild)).toEqual(byPath(fromParse));
    // The build hashes each file once, for its cache key and its record.
    for (const r of fromBuild as Array<{ source: { path: string; sha256: string } }>) expect(r.source.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, r.source.path))).digest('hex'));
  });

  it('filters by --since and --until and reports bad dates as usage errors', async () => {
    const e = io();
    expect(await run(['build', 'reports', '--json', '-q', '--since', '2026-06-01', '--until', '2026-06-30'], e)).toBe(0);
    expect(JSON.parse(e.out()).records.map((r: { date: string }) => r.date)).toEqual(['2026-06-02', '2026-06-09']);
    expect(await run(['build', 'reports', '--since', 'June'], io())).toBe(2);
    const e13 = io();
    expect(await run(['build', 'reports', '--json', '--since', '2026-13-01'], e13)).toBe(2);
    expect(e13.err()).toContain('--since expects a date YYYY-MM-DD, got "2026-13-01"');
    expect(await run(['build', 'reports', '--json', '--until', '2026-02-30'], io())).toBe(2);
  });

  it('says "no bulletins found" and exits 1 for an empty folder or a wrong path', async () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.json'), '{}');
    const e = io();
    expect(await run(['build', 'empty', '-o', 'out'], e)).toBe(1);
    expect(e.err()).toContain('no bulletins found in empty');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const f = io();
    expect(await run(['build', 'no-such-folder'], f)).toBe(1);
    expect(f.err()).toContain('no bulletins found in no-such-folder (no such file or folder)');
  });

  it('is byte-identical in another time zone and locale', () => {
    const env = (tz: string, lang: string) => ({ ...process.env, TZ: tz, LANG: lang, LC_ALL: lang, NO_COLOR: '1' });
    const a = spawnSync(process.execPath, [join(root, 'bin', 'digest.js'), 'build', 'reports', '--json', '-q'], { cwd: dir, env: env('Pacific/Kiritimati', 'tr_TR.UTF-8'), encoding: 'utf8' });
    const b = spawnSync(process.execPath, [join(root, 'bin', 'digest.js'), 'build', 'reports', '--json', '-q'], { cwd: dir, env: env('America/Adak', 'C'), encoding: 'utf8' });
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('templates', () => {
  it('reports a template error at its line and column and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.md'), '---\nper: period\n---\n# Title\n\n{{ period.key | nope }}\n');
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out', '-t', 'bad.md'], e)).toBe(2);
    expect(e.err()).toContain('bad.md:6:1 error undefined filter: nope');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    writeFileSync(join(dir, 'bad2.md'), '---\nper: period\n---\nline\n{% iff x %}\n');
    const f = io();
    expect(await run(['build', 'reports', '-t', 'bad2.md'], f)).toBe(2);
    expect(f.err()).toContain('bad2.md:5:1 error tag "iff" not found');
    writeFileSync(join(dir, 'bad3.md'), '---\npre: period\n---\nx\n');
    const g = io();
    expect(await run(['build', 'reports', '-t', 'bad3.md'], g)).toBe(2);
    expect(g.err()).toContain('bad3.md:2:1 error unknown front matter key "pre"');
  });
  it('warns at file:line:col about a variable the template never has, and fails under --strict', async () => {
    writeFileSync(join(dir, 'odd.md'), '---\nper: bulletin\noutput: "{{ bulletin.slug }}.md"\n---\n# {{ bulletin.title }}\n\nBy {{ nosuchvar.x }}.\n');
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out', '-t', 'odd.md'], e)).toBe(0);
    expect(e.err()).toContain('odd.md:7:7 warning "nosuchvar" is no variable of a bulletin template');
    const warm = io();
    expect(await run(['build', 'reports', '-o', 'out', '-t', 'odd.md'], warm)).toBe(0);
    expect(warm.err()).toContain('odd.md:7:7 warning');
    expect(await run(['build', 'reports', '-o', 'out2', '-t', 'odd.md', '--strict'], io())).toBe(1);
    const builtin = io();
    expect(await run(['build', 'reports', '-o', 'out3'], builtin)).toBe(0);
    expect(builtin.err()).not.toContain('unknown-variable');
  });
  it('has no file system behind include', async () => {
    writeFileSync(join(dir, 'inc.md'), '---\nper: period\n---\n{% include "/etc/passwd" %}\n');
    const e = io();
    expect(await run(['build', 'reports', '-o', 'out', '-t', 'inc.md'], e)).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
  it('lists the built-ins', async () => {
    const e = io();
    expect(await run(['templates'], e)).toBe(0);
    expect(e.out().split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(['bulletin', 'weekly', 'by-group', 'brief']);
  });
  it('init writes a config and template copies, and refuses to overwrite', async () => {
    expect(await run(['init'], io())).toBe(0);
    expect(readdirSync(join(dir, 'digest-templates')).sort()).toEqual(['brief.md', 'bulletin.md', 'by-group.md', 'weekly.md']);
    expect(await run(['build', 'reports', '-o', 'out', '-q', '-t', 'digest-templates/brief.md'], io())).toBe(0);
    expect(await run(['init'], io())).toBe(2);
  });
});

describe('render', () => {
  it('renders records piped from parse', async () => {
    const p = io();
    await run(['parse', '-q', 'reports/13-un-summary.txt'], p);
    const r = io({ stdin: p.out() });
    expect(await run(['render', '-t', 'brief', '-'], r)).toBe(0);
    expect(r.out()).toContain('**SBI-64:** adopted conclusions on the budget and administrative matters');
  });
  it('brief cuts a long entry at a word boundary with an ellipsis', async () => {
    const long = 'approved the revised travel policy for staff and delegates attending meetings away from headquarters during the next biennium';
    const p = io({ stdin: `Notes\n\nCWG-FHR ${long}.\n` });
    await run(['parse', '-q', '-'], p);
    const r = io({ stdin: p.out() });
    expect(await run(['render', '-t', 'brief', '-'], r)).toBe(0);
    const line = r.out().split('\n').find((l) => l.startsWith('- **CWG-FHR:**')) ?? '';
    expect(line).toBe('- **CWG-FHR:** approved the revised travel policy for staff and delegates attending meetings away from…');
  });
  it('says what is wrong with input that is not a record', async () => {
    const r = io({ stdin: '{"a":1}\n' });
    expect(await run(['render', '-t', 'brief'], r)).toBe(1);
    expect(r.err()).toContain('<stdin>:1:1 error not a digest record');
  });
});

describe('config', () => {
  it('reports an unknown key with its line and a did-you-mean, exit 2', async () => {
    writeFileSync(join(dir, 'digest.config.yaml'), 'build:\n  out: x\n  tempalte: weekly\n');
    const e = io();
    expect(await run(['build', 'reports'], e)).toBe(2);
    expect(e.err()).toContain('digest.config.yaml:3:3 error unknown key "build.tempalte" (did you mean "template"?)');
  });
  it('adds bodies to the registry', async () => {
    writeFileSync(join(dir, 'digest.config.yaml'), 'registry:\n  bodies:\n    - id: TF-NUM\n      name: Task Force on Numbering\n      kind: working group\n      aliases: [TFN]\n');
    const e = io();
    expect(await run(['parse', 'reports/16-invalid-utf8.txt', '-q'], e)).toBe(0);
    expect(JSON.parse(e.out()).groups[0].id).toBe('TF-NUM');
  });
  it('extends the member nouns by head, and says what a table of them must be', async () => {
    writeFileSync(join(dir, 'digest.config.yaml'), 'lexicon:\n  collectiveAnaphors: [fellows]\n  memberNouns:\n    council: [fellows]\n');
    const e = io({ stdin: 'The Science Council adopted its agenda. The Budget Committee reported on costs. Fellows approved the new statutes.\n' });
    expect(await run(['parse', '-q', '-'], e)).toBe(0);
    const groups = (JSON.parse(e.out()) as { groups: Array<{ id: string; outcomes: Array<{ text: string }> }> }).groups;
    expect(groups.find((g) => g.id === 'Science Council')?.outcomes.map((o) => o.text)).toEqual(['adopted its agenda', 'approved the new statutes']);
    expect(groups.find((g) => g.id === 'Budget Committee')?.outcomes ?? []).toEqual([]);
    writeFileSync(join(dir, 'digest.config.yaml'), 'lexicon:\n  memberNouns: [fellows]\n');
    const bad = io();
    expect(await run(['parse', '-q', 'reports/13-un-summary.txt'], bad)).toBe(2);
    expect(bad.err()).toContain('lexicon.memberNouns must map head nouns of bodies to lists of words');
  });
  it('refuses __proto__ and duplicate keys', async () => {
    writeFileSync(join(dir, 'digest.config.yaml'), '__proto__:\n  x: 1\n');
    expect(await run(['build', 'reports'], io())).toBe(2);
    writeFileSync(join(dir, 'digest.config.yaml'), 'build:\n  out: a\n  out: b\n');
    expect(await run(['build', 'reports'], io())).toBe(2);
  });
});
