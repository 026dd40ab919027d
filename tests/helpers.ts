import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { recordSchema } from '../src/model/schema.js';
import { parseBulletin } from '../src/pipeline.js';
import type { BulletinRecord } from '../src/model/types.js';
import type { Io } from '../src/cli/io.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtureDir = join(root, 'fixtures', 'bulletins');
export const expectedDir = join(root, 'fixtures', 'expected');

/** The fixture bulletins, by file name. */
export function fixtureNames(): string[] {
  return readdirSync(fixtureDir).filter((f) => !f.startsWith('.')).sort();
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(recordSchema);

/** Schema errors of a record, as text, or '' when it is valid. */
export function schemaErrors(record: unknown): string {
  return validate(record) ? '' : ajv.errorsText(validate.errors);
}

/** Parses text (or bytes) as a bulletin of the given name. */
export function parseString(text: string | Uint8Array, path = 'test.txt'): Promise<BulletinRecord> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return parseBulletin({ path, bytes });
}

/** Reads a fixture's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(fixtureDir, name));
}

/** An in-memory Io for running the CLI in-process. */
export function memoryIo(options: { stdin?: string; stdinIsTTY?: boolean; env?: Record<string, string> } = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: async (chunk) => {
      out += chunk;
    },
    stderr: (chunk) => {
      err += chunk;
    },
    stdin: async function* () {
      if (options.stdin !== undefined) yield options.stdin;
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    stderrIsTTY: false,
    cwd: root,
    env: options.env ?? { XDG_CACHE_HOME: process.env['XDG_CACHE_HOME'] ?? '' },
    color: false,
    out: () => out,
    err: () => err,
  };
}
