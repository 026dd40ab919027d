// The rule table's examples: every rule file's `@example` blocks are run through the whole
// parser (`--explain` on), and what each example expects must hold, with at least one expected
// value produced by the rule itself (so an example proves its rule, not another).
//
// An example is a bulletin's text (blank comment lines separate paragraphs) followed by
// expectations (an example that opens with "<" is read as HTML, any other as plain text):
//   => group ID                       a group with this id, designator or alias
//   => name ID: NAME                  that group's name
//   => no group ID / => no groups
//   => action ID: TEXT                an entry of that group, exactly
//   => outcome ID: TEXT
//   => no action ID: TEXT / => no outcome ID: TEXT
//   => participant ID: NAME           / => no participant ID: NAME
//   => person NAME / => person NAME (ROLE) / => person NAME () (no role) / => no person NAME
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../../src/pipeline.js';
import { allRules } from '../../src/extract/rules/index.js';
import type { BulletinRecord, Group } from '../../src/model/types.js';
import { root } from '../helpers.js';

const rulesDir = join(root, 'src', 'extract', 'rules');

interface Example {
  text: string;
  expect: string[];
}

/** The `@example` blocks of a rule file's doc comments. */
function examplesOf(source: string): Example[] {
  const out: Example[] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/$/, ''));
    let current: Example | undefined;
    for (const line of lines) {
      if (/^@example\b/.test(line.trim())) {
        current = { text: '', expect: [] };
        out.push(current);
        continue;
      }
      if (!current) continue;
      if (/^@\w/.test(line.trim())) {
        current = undefined;
        continue;
      }
      const t = line.replace(/^ {2}/, '');
      if (t.trimStart().startsWith('=>')) current.expect.push(t.trimStart().slice(2).trim());
      else if (current.expect.length === 0) current.text += `${t}\n`;
    }
  }
  return out.map((e) => ({ ...e, text: e.text.replace(/^\n+|\s+$/g, '') + '\n' }));
}

function groupOf(record: BulletinRecord, id: string): Group | undefined {
  return record.groups.find((g) => g.id === id || g.designator === id || g.aliases.includes(id));
}

/** Checks one expectation; returns the rule that produced what it names (if any), or throws. */
function check(record: BulletinRecord, line: string): string[] {
  const entry = /^(no )?(action|outcome|participant) (.+?): (.+)$/.exec(line);
  if (entry) {
    const [, negated, what, id, text] = entry;
    const g = groupOf(record, id ?? '');
    const list = what === 'participant' ? (g?.participants ?? []).map((p) => ({ text: p.name, rules: [p.rule] })) : ((what === 'action' ? g?.actions : g?.outcomes) ?? []).map((e) => ({ text: e.text, rules: [e.rule, e.subject, ...(g?.via ?? [])] }));
    const hit = list.find((x) => x.text === text);
    if (negated) {
      expect(hit, `no ${what} "${text}" in ${id}`).toBeUndefined();
      return [];
    }
    expect(g, `group ${id} in ${JSON.stringify(record.groups.map((x) => x.id))}`).toBeDefined();
    expect(hit, `${what} "${text}" of ${id}; found ${JSON.stringify(list.map((x) => x.text))}`).toBeDefined();
    return (hit?.rules ?? []).filter((r): r is string => r !== undefined);
  }
  const named = /^name (.+?): (.+)$/.exec(line);
  if (named) {
    const g = groupOf(record, named[1] ?? '');
    expect(g?.name, `name of ${named[1]}`).toBe(named[2]);
    return g ? [g.rule ?? '', ...(g.via ?? [])] : [];
  }
  if (line === 'no groups') {
    expect(record.groups.map((g) => g.id)).toEqual([]);
    return [];
  }
  const group = /^(no )?group (.+)$/.exec(line);
  if (group) {
    const g = groupOf(record, group[2] ?? '');
    if (group[1]) expect(g, `no group ${group[2]}`).toBeUndefined();
    else expect(g, `group ${group[2]} in ${JSON.stringify(record.groups.map((x) => x.id))}`).toBeDefined();
    return g ? [g.rule ?? '', ...(g.via ?? [])] : [];
  }
  const noPerson = /^no person (.+)$/.exec(line);
  if (noPerson) {
    expect(record.people.map((x) => x.name)).not.toContain(noPerson[1]);
    return [];
  }
  const person = /^person (.+?)(?: \((.*)\))?$/.exec(line);
  if (person) {
    const p = record.people.find((x) => x.name === person[1]);
    expect(p, `person ${person[1]} in ${JSON.stringify(record.people)}`).toBeDefined();
    if (person[2] !== undefined) expect(p?.role, `role of ${person[1]}`).toBe(person[2] === '' ? null : person[2]);
    return p?.rule ? [p.rule] : [];
  }
  throw new Error(`unknown expectation: ${line}`);
}

describe('rule examples', () => {
  const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
  it('every rule of the table has a file of its name, and every rule file is in the table', () => {
    expect(allRules.map((r) => `${r.id}.ts`).sort()).toEqual([...files].sort());
  });
  for (const file of files) {
    const examples = examplesOf(readFileSync(join(rulesDir, file), 'utf8'));
    const id = file.replace(/\.ts$/, '');
    it(`${id} has examples`, () => {
      expect(examples.length).toBeGreaterThan(0);
      for (const e of examples) expect(e.expect.length).toBeGreaterThan(0);
    });
    examples.forEach((example, n) => {
      it(`${id}, example ${n + 1}`, async () => {
        const path = example.text.startsWith('<') ? 'example.html' : 'example.txt';
        const record = await parseBulletin({ path, bytes: new TextEncoder().encode(example.text) }, { explain: true });
        const rules = example.expect.flatMap((line) => check(record, line));
        // An example that expects something found proves its own rule; one that expects only absences proves nothing is found.
        const positive = example.expect.filter((l) => !l.startsWith('no '));
        if (positive.length > 0) expect(rules, `some expected value is produced by ${id}`).toContain(id);
      });
    });
  }
});
