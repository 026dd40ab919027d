/**
 * Reading, hashing and parsing files: the work a build hands to each thread. A file whose key
 * is in the cache is only hashed; the caller fills it in from the cache. Results travel as JSON
 * text, one string per batch, which is cheap to pass between threads.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readSourceSync, skippedFileWarning } from '../load/source.js';
import { parseBulletin } from '../pipeline.js';
import { createLexicon, type LexiconAdditions } from '../lexicon/index.js';
import { createRegistry, type RegistryBody, type RegistryOrganization } from '../registry/index.js';
import { DigestError } from '../model/errors.js';
import { formatOfPath } from '../load/source.js';
import { cacheKey } from '../cache/record-cache.js';
import type { Diagnostic } from '../model/types.js';

/** What every worker needs to parse like the main thread would. */
export interface ParseSetup {
  cwd: string;
  maxBytes: number;
  lexicon: LexiconAdditions;
  registry: { bodies: RegistryBody[]; organizations: RegistryOrganization[] };
  salt: string;
  cachedKeys: string[];
}

/** One file's result: a record (as JSON), a cache hit, or a problem. */
export type FileResult =
  | { kind: 'record'; key: string; json: string }
  | { kind: 'cached'; key: string; path: string }
  | { kind: 'problem'; path: string; diagnostic: Diagnostic };

/** A parser bound to one setup: builds the lexicon and registry once. */
export function createFileParser(setup: ParseSetup): (file: string, shown: string) => Promise<FileResult> {
  const lexicon = createLexicon(setup.lexicon);
  const registry = createRegistry(setup.registry);
  const cached = new Set(setup.cachedKeys);
  return async (file, shown) => {
    try {
      const source = readSourceSync(resolve(setup.cwd, file), setup.maxBytes, shown);
      const sha = createHash('sha256').update(source.bytes).digest('hex');
      const key = cacheKey(sha, setup.salt, formatOfPath(shown));
      if (cached.has(key)) return { kind: 'cached', key, path: shown };
      const record = await parseBulletin(source, { lexicon, registry });
      const binary = record.diagnostics.find((d) => d.rule === 'binary-file');
      if (binary) return { kind: 'problem', path: shown, diagnostic: binary };
      return { kind: 'record', key, json: JSON.stringify(record) };
    } catch (error) {
      if (error instanceof DigestError) return { kind: 'problem', path: shown, diagnostic: skippedFileWarning(error) };
      throw error;
    }
  };
}
