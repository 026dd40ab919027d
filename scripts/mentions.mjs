#!/usr/bin/env node
// Dev tool: the mentions and subjects the body rules find in each sentence of a file (or of text given with -e).
//   node scripts/mentions.mjs FILE | node scripts/mentions.mjs -e "The Committee approved the report."
import { readFileSync } from 'node:fs';
import { defaultLexicon } from '../dist/lexicon/index.js';
import { defaultRegistry } from '../dist/registry/index.js';
import { splitSentences } from '../dist/segment/sentences.js';
import { tokenize } from '../dist/segment/tokens.js';
import { Sentence } from '../dist/extract/sentence.js';
import { Definitions, collectDefinitions } from '../dist/extract/definitions.js';
import { findMentions } from '../dist/extract/mentions.js';
import { bodyRules } from '../dist/extract/rules/index.js';
import { subjectOf } from '../dist/extract/clauses.js';

const text = process.argv[2] === '-e' ? process.argv[3] : readFileSync(process.argv[2], 'utf8');
const lexicon = defaultLexicon();
const registry = defaultRegistry();
const block = { kind: 'paragraph', depth: 0, itemOf: undefined, rank: 0, text, anchors: [{ offset: 0, line: 1, column: 1 }], breaks: [] };
const sentences = text.split(/\n\s*\n/).flatMap((para) => splitSentences(para, lexicon)).map((p, index) => new Sentence({ text: p.text, offset: 0, block, blockIndex: 0, index, tokens: tokenize(p.text, lexicon), lexicon }));
const definitions = new Definitions();
for (const s of sentences) collectDefinitions(s, lexicon, registry, definitions);
console.log('definitions:', [...definitions.values()].map((d) => `${d.acronym}=${d.longForm}${d.body ? '' : ' (not a body)'}`).join('; '));
for (const s of sentences) {
  const ms = findMentions(s, bodyRules, { lexicon, registry, definitions });
  console.log(`\n> ${s.text.slice(0, 160)}`);
  for (const m of ms) {
    const sub = subjectOf(s, m);
    console.log(`   ${m.type}/${m.sort ?? m.kind} [${m.rule}] "${m.designator}" id=${m.id}${m.plural ? ' plural' : ''}${sub ? ` → verb "${s.raw(sub.verb)}" ${sub.kind ?? ''}${sub.meeting ? ' meeting' : ''}${sub.unreal ? ' unreal' : ''}` : ''}`);
  }
}
