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
}

/** Parses one bulletin into its record. */
export async function parseBulletin(source: SourceFile, options: ParseOptions = {}): Promise<BulletinRecord> {
  const lexicon = options.lexicon ?? defaultLexicon();
  const registry = options.registry ?? defaultRegistry();
  let format: SourceFormat = options.format ?? source.format ?? formatOfPath(source.path);
  const decoded = decode(source.bytes);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const empty = { title: null, date: null, dateText: null, location: null, lead: null, people: [], groups: [] };
  if (decoded.binary) return createRecord({ path: source.path, format, bytes: source.bytes, sha256: options.sha256, ...empty, diagnostics });
  const text = blankUnprintable(normalizeLineEnds(decoded.text));
  if (text.trim() === '') {
    diagnostics.push({ severity: 'warning', message: 'file is empty', line: 1, column: 1, rule: 'empty-file' });
    return createRecord({ path: source.path, format, bytes: source.bytes, sha256: options.sha256, ...empty, diagnostics });
  }
  const noise = format === 'html' ? { lines: new Set<number>(), diagnostics: [] } : findNoiseLines(text, lexicon);
  diagnostics.push(...noise.diagnostics);
  const parsed = await parseTree(text, format, noise.lines);
  diagnostics.push(...parsed.diagnostics);
  format = parsed.format === 'text' && format === 'markdown' ? 'markdown' : format;
  const blocks = toBlocks(parsed.tree);
  const meta = readMetadata(blocks, parsed.format, parsed.frontMatter, lexicon);
  const { groups, people, diagnostics: extracted } = extractGroups(blocks, meta, lexicon, registry, { explain: options.explain === true });
  diagnostics.push(...extracted);
  if (groups.length === 0) diagnostics.push({ severity: 'info', message: 'no group with a reported action or outcome was found', line: 1, column: 1, rule: 'no-groups' });
  if (/[\p{L}\p{N},]/u.test(text.trimEnd().slice(-1))) {
    const lines = text.trimEnd().split('\n');
    const last = lines[lines.length - 1] ?? '';
    diagnostics.push({ severity: 'info', message: 'text ends without closing punctuation; the file may be cut off', line: lines.length, column: last.length + 1, rule: 'truncated' });
  }
  return createRecord({
    path: source.path,
    format,
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
}

function clean(s: string | null): string | null {
  if (s === null) return null;
  const out = cleanInline(s);
  return out === '' ? null : out;
}
