import { parseBulletin } from './dist/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
const files = [];
for (const d of readdirSync('/tmp/benchc/corpus')) for (const f of readdirSync(join('/tmp/benchc/corpus', d))) files.push(readFileSync(join('/tmp/benchc/corpus', d, f)));
const mb = files.reduce((a, b) => a + b.length, 0) / 1e6;
for (let r = 0; r < 3; r++) { const t = performance.now(); for (const b of files) await parseBulletin({ path: 'x.txt', bytes: b }); const s = (performance.now() - t) / 1000; console.log((mb / s).toFixed(2), 'MB/s'); }
