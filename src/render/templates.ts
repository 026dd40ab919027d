/**
 * Templates: Markdown with YAML front matter and LiquidJS tags. Every printed value is escaped
 * for Markdown unless `| raw` ends the output; templates read only their own data
 * (`ownPropertyOnly`), unknown filters are errors, there is no file system behind `include`, and
 * parse, render and memory are limited. Errors point at `template.md:LINE:COLUMN`.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, dirname, relative, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Liquid, Template as LiquidTemplate } from 'liquidjs';
import { DigestError } from '../model/errors.js';
import { escapeMarkdown, markdownLink, plainText } from './escape.js';
import type { Period } from '../model/aggregate.js';
import type { Diagnostic } from '../model/types.js';

/** What a template renders one digest of. */
export type TemplateScope = 'bulletin' | 'period' | 'group';

/** The front matter a template may set. */
export interface TemplateMeta {
  description: string;
  /** One digest per bulletin, per period, or per group. */
  per: TemplateScope;
  /** The output file name, itself a Liquid template over the same data (not escaped). */
  output: string;
  /** The period a `per: period` template uses unless `--period` says otherwise. */
  period: Period;
}

/** A template ready to render. */
export interface Template {
  name: string;
  /** The path shown in messages. */
  file: string;
  meta: TemplateMeta;
  /** A hash of the template's text: part of the key of every digest it renders. */
  hash: string;
  /** The template's text, as compiled (worker threads compile it again from this). */
  source: string;
  /**
   * Renders a digest. Each printed value stands in the text as a slot (`\uE000n\uE001`) and is
   * kept, escaped, in `slots`: the text is normalised with short slots in place of long values,
   * then `fillSlots` puts the values back.
   */
  render: (context: object) => Promise<Rendered>;
  outputName: (context: object) => Promise<string>;
  /** Problems found when compiling that do not stop it: variables no digest of this template has. */
  warnings: Diagnostic[];
}

/** The variables a template of each scope sees (LiquidJS's own, such as `forloop`, are locals). */
const ROOTS: Record<TemplateScope, readonly string[]> = {
  bulletin: ['bulletin', 'generator', 'page'],
  period: ['period', 'activity', 'generator', 'page'],
  group: ['group', 'generator', 'page'],
};

/** Warnings for variables the template prints or tests that its scope never has (`{{ nosuchvar.x }}` prints nothing). */
function unknownVariables(engine: Liquid, tpl: LiquidTemplate[], scope: TemplateScope, lineOffset: number): Diagnostic[] {
  const known = new Set(ROOTS[scope]);
  const out: Diagnostic[] = [];
  let globals: Record<string, Array<{ location: { row: number; col: number } }>>;
  try {
    globals = engine.analyzeSync(tpl).globals;
  } catch {
    return out;
  }
  for (const [name, uses] of Object.entries(globals)) {
    if (known.has(name)) continue;
    for (const use of uses) {
      out.push({ severity: 'warning', message: `"${name}" is no variable of a ${scope} template (it has ${[...known].join(', ')}): it prints nothing`, line: use.location.row + lineOffset - 1, column: use.location.col, rule: 'unknown-variable' });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A rendered digest before normalisation: its text with slots, and the slots' Markdown. */
export interface Rendered {
  text: string;
  slots: string[];
}

const SLOT_OPEN = '\uE000';
const SLOT_CLOSE = '\uE001';

/** Puts slot values back into normalised text. */
export function fillSlots(text: string, slots: string[]): string {
  let out = text;
  // A value printed through two filters may hold a slot itself: a few rounds at most.
  for (let round = 0; round < 4 && out.includes(SLOT_OPEN); round++) {
    out = out.replace(/\uE000(\d{1,9})\uE001/g, (_m, n: string) => slots[Number(n)] ?? '');
  }
  return out;
}

// LiquidJS and yaml are loaded when a template is compiled, not when this module is: a build
// that finds nothing changed needs only the template's text (its hash), not the template.
const require = createRequire(import.meta.url);
let liquid: typeof import('liquidjs') | undefined;
let yaml: typeof import('yaml') | undefined;

/** The folder of the built-in templates. */
export const BUILTIN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/** The names of the built-in templates. */
export const BUILTIN_TEMPLATES = ['bulletin', 'weekly', 'by-group', 'brief'] as const;

const META_KEYS = new Set(['description', 'per', 'output', 'period']);

function templateError(file: string, line: number, column: number, message: string): DigestError {
  return new DigestError(`${file}:${line}:${column} error ${message}`, { code: 'TEMPLATE', exitCode: 2, place: `${file}:${line}:${column}` });
}

/** Splits front matter from a template text; returns the meta, the body and the body's first line. */
export function splitTemplate(text: string, file: string): { meta: TemplateMeta; body: string; bodyLine: number } {
  const src = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const meta: TemplateMeta = { description: '', per: 'period', output: '{{ period.key }}.md', period: 'week' };
  if (!src.startsWith('---\n')) return { meta, body: src, bodyLine: 1 };
  const lines = src.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close < 0) throw templateError(file, 1, 1, 'front matter has no closing `---`');
  yaml ??= require('yaml') as typeof import('yaml');
  const doc = yaml.parseDocument(lines.slice(1, close).join('\n'), { uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw templateError(file, (first.linePos?.[0]?.line ?? 0) + 1, first.linePos?.[0]?.col ?? 1, `bad front matter: ${first.message.split('\n')[0]}`);
  const data = doc.toJS({ maxAliasCount: 20 }) as unknown;
  if (data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) throw templateError(file, 2, 1, 'front matter must be a mapping');
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      if (!META_KEYS.has(key)) throw templateError(file, 1 + lineOfKey(lines, key, close), 1, `unknown front matter key "${key}" (expected ${[...META_KEYS].join(', ')})`);
      if (typeof value !== 'string') throw templateError(file, 1 + lineOfKey(lines, key, close), 1, `front matter "${key}" must be a string`);
      if (key === 'per' && !['bulletin', 'period', 'group'].includes(value)) throw templateError(file, 1 + lineOfKey(lines, key, close), 1, `per must be bulletin, period or group, got "${value}"`);
      if (key === 'period' && !['week', 'month', 'all', 'bulletin'].includes(value)) throw templateError(file, 1 + lineOfKey(lines, key, close), 1, `period must be week, month, all or bulletin, got "${value}"`);
      (meta as unknown as Record<string, string>)[key] = value;
    }
  }
  return { meta, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}

function lineOfKey(lines: string[], key: string, close: number): number {
  for (let i = 1; i < close; i++) if (lines[i]?.startsWith(`${key}:`)) return i;
  return 1;
}

interface SlotTable {
  slots: string[] | undefined;
}

function slot(table: SlotTable, markdown: string): string {
  if (!table.slots || markdown === '') return markdown;
  table.slots.push(markdown);
  return `${SLOT_OPEN}${table.slots.length - 1}${SLOT_CLOSE}`;
}

/** What a filter sees as `this`. */
type FilterThis = { context: { getSync: (path: string[]) => unknown } };

/** The Markdown link to a bulletin reference from a digest in folder `dir` (escaped text when it is no reference). */
function linkTo(ref: unknown, label: unknown, dir: unknown): string {
  if (ref === null || typeof ref !== 'object') return escapeMarkdown(label ?? ref);
  const r = ref as { path?: unknown; title?: unknown; date?: unknown };
  const target = typeof r.path === 'string' ? r.path : '';
  const href = typeof dir === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(target) ? posix.relative(dir || '.', target.split('\\').join('/')) || '.' : target;
  const text = label ?? ([r.title, r.date].filter((x) => typeof x === 'string' && x).join(', ') || target);
  return markdownLink(text, href);
}

/** A text of at most `max` characters, cut at the last word boundary before it, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  let head = space > max / 2 ? cut.slice(0, space) : cut;
  // No mark of the cut sentence before the ellipsis.
  while (head.length > 0 && ' ,;:.–—-'.includes(head[head.length - 1] ?? '')) head = head.slice(0, -1);
  return `${head}…`;
}

function createEngine(table?: SlotTable): Liquid {
  liquid ??= require('liquidjs') as typeof import('liquidjs');
  const engine = new liquid.Liquid({
    ...(table ? { outputEscape: (value: unknown) => slot(table, escapeMarkdown(value)) } : {}),
    ownPropertyOnly: true,
    strictFilters: true,
    strictVariables: false,
    templates: {},
    parseLimit: 1_000_000,
    renderLimit: 10_000,
    memoryLimit: 64 * 1024 * 1024,
    greedy: false,
    trimTagLeft: false,
  });
  // `{{ ref | link }}`: a Markdown link back to a bulletin, relative to the digest's folder.
  engine.registerFilter('link', function (this: FilterThis, ref: unknown, label?: unknown) {
    const link = linkTo(ref, label, this.context.getSync(['page', 'dir']));
    return table ? slot(table, link) : link;
  });
  // `{{ refs | links }}`: a link to each bulletin, labelled with its `short` (date, or file name),
  // joined by "; " or the given separator: the same as a `for` loop over `link`, in one step.
  engine.registerFilter('links', function (this: FilterThis, refs: unknown, separator?: unknown) {
    const dir = this.context.getSync(['page', 'dir']);
    const list = Array.isArray(refs) ? (refs as unknown[]) : [refs];
    const sep = typeof separator === 'string' ? separator : '; ';
    return list
      .map((ref) => {
        const short = ref !== null && typeof ref === 'object' ? (ref as { short?: unknown }).short : undefined;
        const link = linkTo(ref, short, dir);
        return table ? slot(table, link) : link;
      })
      .join(sep);
  });
  // `{{ value | inline }}`: one line of plain text (escaping still applies).
  engine.registerFilter('inline', (value: unknown) => plainText(value));
  // `{{ value | clip: 100 }}`: at most that many characters, cut at a word boundary with an ellipsis.
  engine.registerFilter('clip', (value: unknown, max?: unknown) => clip(plainText(value), typeof max === 'number' && max > 0 ? max : 100));
  return engine;
}

/** A template's text and names, read but not compiled. */
export interface TemplateSource {
  text: string;
  /** The path shown in messages. */
  file: string;
  name: string;
}

/** Reads a built-in template by name, or a template file by path, without compiling it. */
export async function readTemplateSource(nameOrFile: string, cwd: string): Promise<TemplateSource> {
  const builtin = (BUILTIN_TEMPLATES as readonly string[]).includes(nameOrFile);
  const path = builtin ? join(BUILTIN_DIR, `${nameOrFile}.md`) : resolve(cwd, nameOrFile);
  const file = builtin ? `templates/${nameOrFile}.md` : relative(cwd, path) || nameOrFile;
  if (!builtin && !existsSync(path)) {
    throw new DigestError(`no template "${nameOrFile}": not a built-in (${BUILTIN_TEMPLATES.join(', ')}) and no such file`, { code: 'TEMPLATE', exitCode: 2 });
  }
  return { text: await readFile(path, 'utf8'), file, name: builtin ? nameOrFile : file };
}

/** The hash of a template: part of the key of every digest it renders. */
export function templateHash(source: Pick<TemplateSource, 'text' | 'file'>): string {
  return createHash('sha256').update(`${source.file}\n${source.text}`).digest('hex');
}

/** Loads a built-in template by name, or a template file by path. */
export async function loadTemplate(nameOrFile: string, cwd: string): Promise<Template> {
  const source = await readTemplateSource(nameOrFile, cwd);
  return compileTemplate(source.text, source.file, source.name);
}

/** Compiles template text; `file` is the name used in messages. */
export function compileTemplate(text: string, file: string, name = file): Template {
  const { meta, body, bodyLine } = splitTemplate(text.replace(/[\uE000\uE001]/g, ''), file);
  const table: SlotTable = { slots: undefined };
  const engine = createEngine(table);
  const plain = createEngine();
  const rethrow = (error: unknown, offset: number): never => {
    const e = error as { message?: string; token?: { getPosition?: () => [number, number] } };
    const pos = e.token?.getPosition?.() ?? [1, 1];
    const message = String(e.message ?? error).replace(/, line:\d+, col:\d+$/, '');
    throw templateError(file, pos[0] + offset - 1, pos[1], message);
  };
  let tpl: LiquidTemplate[] = [];
  let outTpl: LiquidTemplate[] = [];
  try {
    tpl = engine.parse(body, file);
  } catch (error) {
    rethrow(error, bodyLine);
  }
  try {
    outTpl = plain.parse(meta.output, file);
  } catch (error) {
    rethrow(error, 1);
  }
  return {
    name,
    file,
    meta,
    warnings: [...unknownVariables(plain, outTpl, meta.per, 1).map((d) => ({ ...d, line: 1, column: 1, message: `output: ${d.message}` })), ...unknownVariables(engine, tpl, meta.per, bodyLine)],
    hash: templateHash({ file, text }),
    source: text,
    render: async (context) => {
      const slots: string[] = [];
      table.slots = slots;
      try {
        return { text: engine.renderSync(tpl, context) as string, slots };
      } catch (error) {
        return rethrow(error, bodyLine);
      } finally {
        table.slots = undefined;
      }
    },
    outputName: async (context) => {
      try {
        return plain.renderSync(outTpl, context) as string;
      } catch (error) {
        return rethrow(error, 1);
      }
    },
  };
}
