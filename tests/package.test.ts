// The package as a user gets it: its name, the README's CI workflow, and the packed tarball
// installed into an empty project.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureDir, root } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

describe('the package', () => {
  it('is named bulletin-digest and installs the digest command', () => {
    expect(pkg.name).toBe('bulletin-digest');
    expect(Object.keys(pkg.bin)).toEqual(['digest']);
  });

  it("the README's CI workflow installs from the lockfile before its first digest step", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/[^\n]*\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const workflow = parse(block ?? '') as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }> };
    for (const job of Object.values(workflow.jobs)) {
      const runs = job.steps.map((s) => s.run ?? '');
      const first = runs.findIndex((r) => /\bdigest (?:build|parse|render)\b/.test(r));
      expect(first).toBeGreaterThan(0);
      expect(runs.slice(0, first).some((r) => /^npm (?:ci|install)\b/m.test(r))).toBe(true);
      for (const r of runs) expect(r).not.toMatch(/npx (?:--yes|-y)\b/);
    }
  });

  it('packs, installs into an empty project, and runs there', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-pack-'));
    try {
      const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
      expect(packed.status, packed.stderr).toBe(0);
      const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
      expect(tarball).toBe(`${pkg.name}-${pkg.version}.tgz`);
      const app = join(dir, 'app');
      mkdirSync(join(app, 'reports'), { recursive: true });
      writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
      copyFileSync(join(fixtureDir, '01-council-cluster.txt'), join(app, 'reports', 'a.txt'));
      const installed = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, tarball ?? '')], { cwd: app, encoding: 'utf8' });
      expect(installed.status, installed.stderr).toBe(0);
      const version = spawnSync('npx', ['--no-install', 'digest', '--version'], { cwd: app, encoding: 'utf8' });
      expect(version.stdout.trim()).toBe(pkg.version);
      const build = spawnSync('npx', ['--no-install', 'digest', 'build', 'reports', '-o', 'digest'], { cwd: app, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      expect(readdirSync(join(app, 'digest')).filter((f) => f.endsWith('.md'))).toEqual(['2026-w42.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
