/**
 * Finding and reading the config: `--config FILE`, else `digest.config.yaml` (or `.yml`) found
 * upward from the working folder — never from the input folder, so a config inside the bulletins
 * being digested is never loaded.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { DigestError } from '../model/errors.js';
import type { DigestConfig } from '../model/config.js';

/** The config file names looked for. */
export const CONFIG_NAMES = ['digest.config.yaml', 'digest.config.yml'];

/** The nearest config file at or above `cwd`, or undefined. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Loads the config named, or the one found upward from `cwd`, or an empty one. */
export async function loadConfig(cwd: string, explicit?: string): Promise<DigestConfig> {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  // No config: no YAML parser to load.
  if (!path) return { build: {}, lexicon: {}, registry: { bodies: [], organizations: [] } };
  const { parseConfig } = await import('../model/config.js');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DigestError(`cannot read config ${explicit ?? path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { code: 'CONFIG', exitCode: 2, cause: error });
  }
  const shown = relative(cwd, path) || path;
  return parseConfig(text, shown.startsWith('..') ? path : shown);
}
