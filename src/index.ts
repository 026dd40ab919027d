/**
 * The public API of `digest`: parse bulletins into records, build and render digests.
 */
export { parseBulletin, type ParseOptions, type StageTimings } from './pipeline.js';
export type * from './model/types.js';
export { SCHEMA_VERSION } from './model/types.js';
export { DigestError } from './model/errors.js';
export { readSource, readStream, formatOfPath, type SourceFile } from './load/source.js';
export { createLexicon, defaultLexicon, type Lexicon } from './lexicon/index.js';
export { createRegistry, defaultRegistry, type Registry } from './registry/index.js';
export { buildDigests, renderDigests, renderTemplate, streamDigests, type BuildOptions, type BuildPlan, type PlannedFile, type FileProblem, type RenderOptions, type StreamResult } from './build.js';
export { loadTemplate, compileTemplate, BUILTIN_TEMPLATES, type Template, type TemplateMeta } from './render/templates.js';
export type { DigestModel, Period } from './model/aggregate.js';
