#!/usr/bin/env node
// Dev tool: prints the groups, entries and participants of corpus bulletins with the rule that
// produced each (digest parse --explain), beside the gold ones.
//   node scripts/explain-corpus.mjs 016 200   (file-name prefixes; none: every file)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const corpus = process.env.CORPUS ?? '../shared/corpus';
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = readdirSync(join(corpus, 'bulletins')).filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w))).sort();
for (const f of files) {
  const run = spawnSync('node', ['bin/digest.js', 'parse', '--explain', ...extra, join(corpus, 'bulletins', f)], { encoding: 'utf8' });
  const r = JSON.parse(run.stdout);
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f.replace(/\.[a-z]+$/, '.json')), 'utf8'));
  console.log(`=== ${f}   title=${JSON.stringify(r.title)} date=${r.date}`);
  for (const g of r.groups) {
    console.log(`  [${g.rule}] ${g.id} | ${g.designator} | aliases=${JSON.stringify(g.aliases)} | name=${JSON.stringify(g.name)}`);
    for (const e of g.actions) console.log(`     A [${e.rule}] ${e.text}`);
    for (const e of g.outcomes) console.log(`     O [${e.rule}] ${e.text}`);
    if (g.participants.length) console.log(`     P ${g.participants.map((p) => `${p.name}<${p.rule}>`).join('; ')}`);
  }
  console.log(`  gold: ${gold.groups.map((g) => `${g.id} (${g.actions.length}+${g.outcomes.length}; ${g.participants.length}p)`).join(' | ')}`);
}
