/**
 * The public API of `digest`: parse bulletins into records, build and render digests.
 */
export { parseBulletin, type ParseOptions } from './pipeline.js';
export type * from './model/types.js';
export { SCHEMA_VERSION } from './model/types.js';
export { DigestError } from './model/errors.js';
export { readSource, readStream, formatOfPath, type SourceFile } from './load/source.js';
export { createLexicon, defaultLexicon, type Lexicon } from './lexicon/index.js';
export { createRegistry, defaultRegistry, type Registry } from './registry/index.js';
