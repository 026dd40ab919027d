#!/usr/bin/env node
// Build step: writes dist/build-id.json, a hash of the built code and data (dist/**/*.js and *.json), so
// that records cached by one build of the parser are not served by another of the same version.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const target = join(dist, 'build-id.json');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if ((entry.name.endsWith('.js') || entry.name.endsWith('.json')) && path !== target) yield path;
  }
}

const hash = createHash('sha256');
for (const path of files(dist)) {
  hash.update(relative(dist, path));
  hash.update('\0');
  hash.update(readFileSync(path));
  hash.update('\0');
}
writeFileSync(target, `${JSON.stringify({ id: hash.digest('hex').slice(0, 16) })}\n`);
