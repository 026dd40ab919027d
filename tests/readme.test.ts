// The README's samples are real digests of the fixtures: each block between
// <!-- sample: PATH --> and <!-- /sample --> must equal fixtures/digests/PATH (UPDATE=1 rewrites).
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.js';

const FENCE = '````';

describe('README samples', () => {
  it('show the current golden digests', () => {
    const file = join(root, 'README.md');
    const readme = readFileSync(file, 'utf8');
    const re = /<!-- sample: (\S+) -->\n([^]*?)<!-- \/sample -->/g;
    let count = 0;
    const updated = readme.replace(re, (_m, path: string) => {
      count++;
      const digest = readFileSync(join(root, 'fixtures', 'digests', path), 'utf8');
      return `<!-- sample: ${path} -->\n${FENCE}markdown\n${digest}${FENCE}\n<!-- /sample -->`;
    });
    expect(count).toBe(4);
    if (process.env['UPDATE'] === '1') writeFileSync(file, updated);
    expect(readme).toBe(updated);
  });
});

describe('README for users', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = (title: string): string => {
    const start = readme.indexOf(`\n## ${title}\n`);
    const end = readme.indexOf('\n## ', start + 1);
    return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
  };
  it('keeps the architecture and the benchmark short, with no log of what was tried', () => {
    expect(section('How it is built').split('\n').length).toBeLessThan(70);
    expect(section('Performance').split('\n').length).toBeLessThan(40);
    expect(readme).not.toMatch(/callgrind|billion instructions|Tried and dropped|this session/i);
  });
  it('documents every option of every command', () => {
    for (const option of ['--cache-location', '--no-cache', '--explain', '--no-registry', '--strict', '--check', '--jobs', '--since']) expect(readme).toContain(option);
  });
});
