#!/usr/bin/env node
// Dev tool: prints, per corpus bulletin, where the parser's title, date, location and people
// differ from the gold annotations (the scorer counts these fields but does not list them).
//   node scripts/compare-corpus.mjs [--corpus ../shared/corpus] [--fields title,date,location,people,groups]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : '../shared/corpus';
const fields = (args.includes('--fields') ? args[args.indexOf('--fields') + 1] : 'title,date,location,people').split(',');
const extra = args.includes('--args') ? args[args.indexOf('--args') + 1].split(' ') : [];
const goldDir = join(corpus, 'gold');
const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
const files = golds.map((g) => join(corpus, 'bulletins', g.file));
const run = spawnSync('node', ['bin/digest.js', 'parse', ...extra, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
const records = new Map(run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.source.path.split('/').pop(), r]));
const norm = (s) => String(s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
for (const g of golds) {
  const r = records.get(g.file);
  if (!r) { console.log(`${g.file}: no record`); continue; }
  const out = [];
  for (const f of ['title', 'date', 'location']) {
    if (fields.includes(f) && norm(r[f]) !== norm(g[f])) out.push(`  ${f}: got ${JSON.stringify(r[f])}, gold ${JSON.stringify(g[f])}`);
  }
  if (fields.includes('people')) {
    const got = r.people.map((p) => `${p.name}${p.role ? ` [${p.role}]` : ''}`);
    const want = g.people.map((p) => `${p.name}${p.role ? ` [${p.role}]` : ''}`);
    const missing = want.filter((w) => !got.some((x) => norm(x) === norm(w)));
    const extraP = got.filter((x) => !want.some((w) => norm(x) === norm(w)));
    if (missing.length) out.push(`  people missing: ${missing.join('; ')}`);
    if (extraP.length) out.push(`  people extra:   ${extraP.join('; ')}`);
  }
  if (fields.includes('groups')) {
    out.push(`  groups: ${r.groups.map((x) => x.id).join(' | ')}`);
    out.push(`  gold:   ${g.groups.map((x) => x.id).join(' | ')}`);
  }
  if (out.length) console.log(`${g.file}\n${out.join('\n')}`);
}
