/**
 * YAML front matter of Markdown bulletins, read with `yaml` (never as code: `---js` and other
 * engines are refused). The lines it took are blanked, so positions in the body stay true.
 */
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../model/types.js';

/** What a bulletin's front matter may say about it. */
export interface FrontMatter {
  title?: string;
  date?: string;
  source?: string;
  location?: string;
}

/** The body with front matter lines blanked, the fields found, and any problems. */
export interface FrontMatterResult {
  body: string;
  data: FrontMatter;
  diagnostics: Diagnostic[];
}

const FIELDS = ['title', 'date', 'source', 'location'] as const;

/** Splits off and reads front matter at the very start of a Markdown text. */
export function readFrontMatter(text: string): FrontMatterResult {
  const diagnostics: Diagnostic[] = [];
  const firstEnd = text.indexOf('\n');
  const first = (firstEnd < 0 ? text : text.slice(0, firstEnd)).trimEnd();
  if (!first.startsWith('---')) return { body: text, data: {}, diagnostics };
  if (first !== '---') {
    diagnostics.push({ severity: 'warning', message: `front matter \`${first.slice(0, 20)}\` is not YAML; ignored (only YAML front matter is read, never code)`, line: 1, column: 1, rule: 'front-matter' });
    return { body: blankLines(text, closingLine(text)), data: {}, diagnostics };
  }
  const close = closingLine(text);
  if (close < 0) {
    diagnostics.push({ severity: 'warning', message: 'front matter has no closing `---`; read as text', line: 1, column: 1, rule: 'front-matter' });
    return { body: text, data: {}, diagnostics };
  }
  const lines = text.split('\n');
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    const column = error.linePos?.[0]?.col ?? 1;
    diagnostics.push({ severity: 'warning', message: `front matter: ${error.message.split('\n')[0]}`, line, column, rule: 'front-matter' });
  }
  const data: FrontMatter = {};
  if (doc.errors.length === 0) {
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      diagnostics.push({ severity: 'warning', message: `front matter: ${(error as Error).message}`, line: 2, column: 1, rule: 'front-matter' });
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const field of FIELDS) {
        if (!Object.prototype.hasOwnProperty.call(value, field)) continue;
        const v = (value as Record<string, unknown>)[field];
        // `version: 1.10` is the number 1.1 to YAML; the text as written is what was meant.
        const node = doc.get(field, true) as { source?: unknown } | undefined;
        if (typeof v === 'number' && typeof node?.source === 'string') data[field] = node.source;
        else if (typeof v === 'string' || typeof v === 'number') data[field] = String(v);
        else if (v instanceof Date && !Number.isNaN(v.getTime())) data[field] = v.toISOString().slice(0, 10);
      }
    }
  }
  return { body: blankLines(text, close), data, diagnostics };
}

/** Index (0-based line) of the closing `---` or `...`, or -1. */
function closingLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line === '---' || line === '...') return i;
  }
  return -1;
}

function blankLines(text: string, through: number): string {
  if (through < 0) return text;
  const lines = text.split('\n');
  for (let i = 0; i <= through && i < lines.length; i++) lines[i] = '';
  return lines.join('\n');
}
