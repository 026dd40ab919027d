#!/usr/bin/env node
// Build step: joins the lexicon's data files (src/lexicon/en/*.json) into dist/lexicon/en.json,
// one object keyed by file name, so that start-up reads one file instead of one module per list.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src', 'lexicon', 'en');
const target = join(root, 'dist', 'lexicon', 'en.json');
const data = {};
for (const file of readdirSync(source).sort()) {
  if (!file.endsWith('.json')) continue;
  const { $comment: _comment, ...content } = JSON.parse(readFileSync(join(source, file), 'utf8'));
  data[file.slice(0, -5)] = content;
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(data)}\n`);
