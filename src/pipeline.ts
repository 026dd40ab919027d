/**
 * The pipeline: load → normalise → Markdown tree → segment → extract → record. `parseBulletin`
 * runs it on one source; it never throws on content, only reports it in `diagnostics`.
 */
import { blankUnprintable, cleanInline } from './normalize/unprintable.js';
import type { BulletinRecord, Diagnostic, SourceFormat } from './model/types.js';
import { createRecord } from './model/record.js';
import { decode } from './normalize/decode.js';
import { findNoiseLines, normalizeLineEnds } from './normalize/lines.js';
import { parseTree } from './parse/index.js';
import { toBlocks } from './segment/blocks.js';
import { readMetadata } from './extract/metadata.js';
import { extractGroups } from './extract/extract-groups.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { defaultRegistry, type Registry } from './registry/index.js';
import { formatOfPath, type SourceFile } from './load/source.js';

/** Options of `parseBulletin`. */
export interface ParseOptions {
  lexicon?: Lexicon;
  registry?: Registry;
  /** Force a format instead of reading it from the extension. */
  format?: SourceFormat;
  /** The SHA-256 of `source.bytes` (hex), when the caller has computed it already (a build does, for its cache key). */
  sha256?: string;
  /** Say which extraction rule produced each group, entry, participant and person (debug-only `rule` fields). */
  explain?: boolean;
  /** Adds the milliseconds each stage took to this object, by stage name (for the benchmark). */
  timings?: StageTimings;
}

/** Milliseconds spent in each stage, summed over the parses given the same object. */
export interface StageTimings {
  /** Decoding, line ends, unprintable characters, noise lines. */
  normalize?: number;
  /** The Markdown (or HTML, or text) tree. */
  tree?: number;
  /** Blocks from the tree. */
  segment?: number;
  /** Title, date, location, lead, header lines. */
  metadata?: number;
  /** Groups, entries, participants, people. */
  extract?: number;
  /** The record. */
  record?: number;
}

/** Adds the time since `since` to a stage's total; returns now. */
function lap(timings: StageTimings | undefined, stage: keyof StageTimings, since: number): number {
  if (!timings) return since;
  const now = performance.now();
  timings[stage] = (timings[stage] ?? 0) + now - since;
  return now;
}

/** The blocks of a bulletin and what reading them found; the text and tree they came from are let go. */
interface Read {
  blocks: ReturnType<typeof toBlocks>;
  frontMatter: Awaited<ReturnType<typeof parseTree>>['frontMatter'];
  format: SourceFormat;
  treeFormat: Awaited<ReturnType<typeof parseTree>>['format'];
  diagnostics: Diagnostic[];
  /** The text ends without closing punctuation: where. */
  truncated: { line: number; column: number } | undefined;
}

/** Decodes, normalises and parses a bulletin into blocks, or says why there are none (binary, empty). */
async function readBlocks(bytes: Uint8Array, format: SourceFormat, lexicon: Lexicon, timings: StageTimings | undefined): Promise<Read | { diagnostics: Diagnostic[] }> {
  let t = timings ? performance.now() : 0;
  const decoded = decode(bytes);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  if (decoded.binary) return { diagnostics };
  const text = blankUnprintable(normalizeLineEnds(decoded.text));
  if (text.trim() === '') {
    diagnostics.push({ severity: 'warning', message: 'file is empty', line: 1, column: 1, rule: 'empty-file' });
    return { diagnostics };
  }
  const noise = format === 'html' ? { lines: new Set<number>(), diagnostics: [] } : findNoiseLines(text, lexicon);
  diagnostics.push(...noise.diagnostics);
  t = lap(timings, 'normalize', t);
  const parsed = await parseTree(text, format, noise.lines);
  diagnostics.push(...parsed.diagnostics);
  t = lap(timings, 'tree', t);
  let truncated: Read['truncated'];
  const end = text.trimEnd();
  if (/[\p{L}\p{N},]/u.test(end.slice(-1))) {
    const lastBreak = end.lastIndexOf('\n');
    let line = 1;
    for (let i = end.indexOf('\n'); i >= 0; i = end.indexOf('\n', i + 1)) line++;
    truncated = { line, column: end.length - lastBreak };
  }
  const blocks = toBlocks(parsed.tree);
  lap(timings, 'segment', t);
  return {
    blocks,
    frontMatter: parsed.frontMatter,
    format: parsed.format === 'text' && format === 'markdown' ? 'markdown' : format,
    treeFormat: parsed.format,
    diagnostics,
    truncated,
  };
}

/** Parses one bulletin into its record. */
export async function parseBulletin(source: SourceFile, options: ParseOptions = {}): Promise<BulletinRecord> {
  const lexicon = options.lexicon ?? defaultLexicon();
  const registry = options.registry ?? defaultRegistry();
  const format: SourceFormat = options.format ?? source.format ?? formatOfPath(source.path);
  const timings = options.timings;
  const read = await readBlocks(source.bytes, format, lexicon, timings);
  const diagnostics = read.diagnostics;
  if (!('blocks' in read)) {
    return createRecord({ path: source.path, format, bytes: source.bytes, sha256: options.sha256, title: null, date: null, dateText: null, location: null, lead: null, people: [], groups: [], diagnostics });
  }
  let t = timings ? performance.now() : 0;
  const meta = readMetadata(read.blocks, read.treeFormat, read.frontMatter, lexicon);
  t = lap(timings, 'metadata', t);
  const { groups, people, diagnostics: extracted } = extractGroups(read.blocks, meta, lexicon, registry, { explain: options.explain === true });
  t = lap(timings, 'extract', t);
  diagnostics.push(...extracted);
  if (groups.length === 0) diagnostics.push({ severity: 'info', message: 'no group with a reported action or outcome was found', line: 1, column: 1, rule: 'no-groups' });
  if (read.truncated) diagnostics.push({ severity: 'info', message: 'text ends without closing punctuation; the file may be cut off', line: read.truncated.line, column: read.truncated.column, rule: 'truncated' });
  const record = createRecord({
    path: source.path,
    format: read.format,
    bytes: source.bytes,
    sha256: options.sha256,
    title: clean(meta.title),
    date: meta.date,
    dateText: meta.dateText,
    location: clean(meta.location),
    lead: clean(meta.lead),
    people,
    groups,
    diagnostics,
  });
  lap(timings, 'record', t);
  return record;
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const out = cleanInline(s);
  return out === '' ? null : out;
}
