/**
 * `digest render -t TEMPLATE [file|-]`: render records read as JSON (one record, an array, or
 * `build --json` output) or JSON Lines to stdout, so `digest parse … | jq … | digest render -t
 * brief` works. Several digests are separated by a rule.
 */
import { readFile } from 'node:fs/promises';
import type { Io } from './io.js';
import { formatDiagnostic } from './report.js';
import { DigestError } from '../model/errors.js';
import type { BulletinRecord } from '../model/types.js';
import type { Period } from '../model/aggregate.js';

/** Reads records from JSON or JSON Lines text. */
export function readRecords(text: string, file: string): BulletinRecord[] {
  const t = text.trim();
  if (t === '') return [];
  const check = (x: unknown, where: string): BulletinRecord => {
    if (!x || typeof x !== 'object' || !Array.isArray((x as BulletinRecord).groups) || typeof (x as BulletinRecord).source !== 'object') {
      throw new DigestError(`${where} error not a digest record (expected the output of digest parse)`, { code: 'INPUT', exitCode: 1 });
    }
    return x as BulletinRecord;
  };
  try {
    const whole = JSON.parse(t) as unknown;
    if (Array.isArray(whole)) return whole.map((x, i) => check(x, `${file}:1:1 [${i}]`));
    if (whole && typeof whole === 'object' && Array.isArray((whole as { records?: unknown }).records)) return ((whole as { records: unknown[] }).records).map((x, i) => check(x, `${file}:1:1 records[${i}]`));
    return [check(whole, `${file}:1:1`)];
  } catch (error) {
    if (error instanceof DigestError) throw error;
  }
  return t.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      return [check(JSON.parse(line), `${file}:${i + 1}:1`)];
    } catch (error) {
      if (error instanceof DigestError) throw error;
      throw new DigestError(`${file}:${i + 1}:1 error not JSON: ${(error as Error).message}`, { code: 'INPUT', exitCode: 1 });
    }
  });
}

/** Runs `digest render`; returns the exit code. */
export async function runRender(file: string | undefined, options: { template?: string; period?: string; strict?: boolean }, io: Io): Promise<number> {
  if (!options.template) throw new DigestError('render needs a template: -t NAME|FILE (see digest templates)', { code: 'USAGE', exitCode: 2 });
  const name = file ?? '-';
  if (name === '-' && io.stdinIsTTY) {
    io.stderr('digest: render reads records from standard input, but it is a terminal; pipe digest parse into it or name a file\n');
    return 2;
  }
  let text = '';
  if (name === '-') {
    for await (const chunk of io.stdin()) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  } else {
    try {
      text = await readFile(name, 'utf8');
    } catch (error) {
      throw new DigestError(`${name}:1:1 error cannot read file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { code: 'INPUT', exitCode: 1 });
    }
  }
  const records = readRecords(text, name === '-' ? '<stdin>' : name);
  const [{ loadTemplate }, { renderDigests }] = await Promise.all([import('../render/templates.js'), import('../build.js')]);
  const template = await loadTemplate(options.template, io.cwd);
  for (const d of template.warnings) io.stderr(formatDiagnostic(template.file, d, io.color) + '\n');
  const { files } = await renderDigests(records, template, { ...(options.period ? { period: options.period as Period } : {}), pageBase: '.' });
  await io.stdout(files.map((f) => f.content).join('\n---\n\n'));
  return options.strict && template.warnings.length > 0 ? 1 : 0;
}
