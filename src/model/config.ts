/**
 * The config file (`digest.config.yaml`): what it may say, checked key by key so that a typo is
 * reported with its line and a "did you mean", and turned into lexicon, registry and build
 * defaults.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DigestError } from './errors.js';
import type { GroupKind } from './types.js';
import { LIST_NAMES, type LexiconAdditions } from '../lexicon/index.js';
import type { RegistryBody, RegistryOrganization } from '../registry/index.js';
import type { Period } from './aggregate.js';

/** A validated config. */
export interface DigestConfig {
  /** Where the config came from, or undefined when there is none. */
  file?: string;
  build: { out?: string; template?: string; period?: Period; jobs?: number };
  maxBytes?: number;
  lexicon: LexiconAdditions;
  registry: { bodies: RegistryBody[]; organizations: RegistryOrganization[]; builtin?: boolean };
}

type Spec = 'string' | 'number' | 'boolean' | 'stringList' | 'verbTable' | 'lemmaList' | 'kindTable' | 'headTable' | { map: Record<string, Spec> } | { list: Record<string, Spec> };

const KINDS: GroupKind[] = ['working group', 'expert group', 'committee', 'study group', 'council', 'assembly', 'other'];

/** Every word list of the lexicon can be extended: verbs by lemma (or lemma to forms), body heads by kind, member nouns by head, the rest by words. */
function lexiconSpec(): Record<string, Spec> {
  const spec: Record<string, Spec> = {};
  for (const name of LIST_NAMES) {
    if (name === 'verbPhrases') continue;
    spec[name] = name.endsWith('Verbs') ? 'lemmaList' : name === 'bodyHeads' || name === 'acronymHeads' ? 'kindTable' : name === 'memberNouns' ? 'headTable' : 'stringList';
  }
  return spec;
}

const SPEC: Record<string, Spec> = {
  build: { map: { out: 'string', template: 'string', period: 'string', jobs: 'number' } },
  maxBytes: 'number',
  lexicon: { map: lexiconSpec() },
  registry: {
    map: {
      builtin: 'boolean',
      bodies: { list: { id: 'string', name: 'string', kind: 'string', parent: 'string', aliases: 'stringList' } },
      organizations: { list: { id: 'string', name: 'string', aliases: 'stringList' } },
    },
  },
};

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest allowed key, if any is close. */
export function didYouMean(key: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = distance(key.toLowerCase(), a.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Parses and validates config text; throws a DigestError (exit 2) with `file:line:col`. */
export function parseConfig(text: string, file: string): DigestConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter: lc, prettyErrors: false });
  const fail = (offset: number | undefined, message: string): never => {
    const pos = lc.linePos(offset ?? 0);
    throw new DigestError(`${file}:${pos.line}:${pos.col} error ${message}`, { code: 'CONFIG', exitCode: 2, place: `${file}:${pos.line}:${pos.col}` });
  };
  const first = doc.errors[0];
  if (first) fail(first.pos[0], first.message.split('\n')[0] ?? 'bad YAML');
  const config: DigestConfig = { file, build: {}, lexicon: {}, registry: { bodies: [], organizations: [] } };
  if (doc.contents === null) return config;
  const check = (node: Node | null | undefined, spec: Spec, where: string): unknown => {
    const at = node?.range?.[0];
    if (spec === 'string') {
      if (!isScalar(node) || typeof node.value !== 'string') return fail(at, `${where} must be a string`);
      return node.value;
    }
    if (spec === 'boolean') {
      if (!isScalar(node) || typeof node.value !== 'boolean') return fail(at, `${where} must be true or false`);
      return node.value;
    }
    if (spec === 'number') {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) return fail(at, `${where} must be a number`);
      return node.value;
    }
    if (spec === 'stringList') {
      if (!isSeq(node)) return fail(at, `${where} must be a list of strings`);
      return node.items.map((item, i) => check(item as Node, 'string', `${where}[${i}]`));
    }
    if (spec === 'lemmaList') return isSeq(node) ? check(node, 'stringList', where) : check(node, 'verbTable', where);
    if (spec === 'kindTable') {
      if (!isMap(node)) return fail(at, `${where} must map kinds of body (${KINDS.join(', ')}) to lists of words`);
      const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!KINDS.includes(key as GroupKind)) fail((pair.key as Node | null)?.range?.[0], `${where}.${key} is no kind of body; expected one of ${KINDS.join(', ')}`);
        out[key] = check(pair.value as Node, 'stringList', `${where}.${key}`) as string[];
      }
      return out;
    }
    if (spec === 'verbTable' || spec === 'headTable') {
      if (!isMap(node)) return fail(at, spec === 'verbTable' ? `${where} must map verb lemmas to lists of forms` : `${where} must map head nouns of bodies to lists of words`);
      const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        out[key] = check(pair.value as Node, 'stringList', `${where}.${key}`) as string[];
      }
      return out;
    }
    if ('map' in spec) {
      if (!isMap(node)) return fail(at, `${where || 'the config'} must be a mapping`);
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const allowed = Object.keys(spec.map);
      for (const pair of node.items) {
        const keyNode = pair.key as Node;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        const sub = Object.prototype.hasOwnProperty.call(spec.map, key) ? spec.map[key] : undefined;
        if (!sub) {
          const hint = didYouMean(key, allowed);
          fail(keyNode.range?.[0], `unknown key "${where ? `${where}.` : ''}${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${allowed.join(', ')}`);
        } else {
          out[key] = check(pair.value as Node, sub, where ? `${where}.${key}` : key);
        }
      }
      return out;
    }
    if (!isSeq(node)) return fail(at, `${where} must be a list`);
    return node.items.map((item, i) => check(item as Node, { map: spec.list }, `${where}[${i}]`));
  };
  const data = check(doc.contents as Node, { map: SPEC }, '') as Record<string, Record<string, unknown> | number | undefined>;
  const build = (data['build'] ?? {}) as DigestConfig['build'];
  if (build.period && !['week', 'month', 'all', 'bulletin'].includes(build.period)) fail(undefined, `build.period must be week, month, all or bulletin, got "${build.period}"`);
  config.build = { ...build };
  if (typeof data['maxBytes'] === 'number') config.maxBytes = data['maxBytes'];
  config.lexicon = { ...((data['lexicon'] ?? {}) as LexiconAdditions) };
  const registry = (data['registry'] ?? {}) as { bodies?: Array<Record<string, unknown>>; organizations?: Array<Record<string, unknown>>; builtin?: boolean };
  if (registry.builtin === false) config.registry.builtin = false;
  for (const [i, b] of (registry.bodies ?? []).entries()) {
    if (typeof b['id'] !== 'string' || typeof b['name'] !== 'string') fail(undefined, `registry.bodies[${i}] needs an id and a name`);
    const kind = (b['kind'] ?? 'other') as GroupKind;
    if (!KINDS.includes(kind)) fail(undefined, `registry.bodies[${i}].kind must be one of ${KINDS.join(', ')}`);
    config.registry.bodies.push({ id: String(b['id']), name: String(b['name']), kind, aliases: (b['aliases'] as string[] | undefined) ?? [], ...(typeof b['parent'] === 'string' ? { parent: b['parent'] } : {}) });
  }
  for (const [i, o] of (registry.organizations ?? []).entries()) {
    if (typeof o['id'] !== 'string' || typeof o['name'] !== 'string') fail(undefined, `registry.organizations[${i}] needs an id and a name`);
    config.registry.organizations.push({ id: String(o['id']), name: String(o['name']), aliases: (o['aliases'] as string[] | undefined) ?? [] });
  }
  return config;
}
