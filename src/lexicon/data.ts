/**
 * The lexicon's data files, read once. The build joins `en/*.json` into one `en.json` beside this
 * module (`scripts/bundle-lexicon.mjs`): one file to read at start-up instead of one module per
 * list. Where it is absent (the sources run as they are, in tests), each list is read from `en/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The content of one data file: a word list, or one of the few tables. */
export interface DataFile {
  words?: string[];
  kinds?: Record<string, string[]>;
  heads?: Record<string, string[]>;
  forms?: Record<string, string[]>;
  months?: Record<string, number>;
  names?: Record<string, string>;
  phrases?: Array<{ verb: string; then: string[]; within: number; kind: string; lemma: string }>;
}

/** The data files by their name without `.json` (`action-verbs`). */
export type LexiconData = Record<string, DataFile>;

function load(): LexiconData {
  const bundle = fileURLToPath(new URL('./en.json', import.meta.url));
  if (existsSync(bundle)) return JSON.parse(readFileSync(bundle, 'utf8')) as LexiconData;
  const dir = fileURLToPath(new URL('./en/', import.meta.url));
  const data: LexiconData = {};
  for (const file of readdirSync(dir).sort()) if (file.endsWith('.json')) data[file.slice(0, -5)] = JSON.parse(readFileSync(dir + file, 'utf8')) as DataFile;
  return data;
}

const DATA = load();

/** A data file's content; a missing file is a broken install, and says which file. */
function file(name: string): DataFile {
  const f = DATA[name];
  if (!f) throw new Error(`lexicon data file ${name}.json is missing`);
  return f;
}

/** The words of a list file. */
export function wordList(name: string): string[] {
  return file(name).words ?? [];
}

/** A table file's table under `key` (`kinds`, `heads`, `forms`, …). */
export function tableOf<K extends keyof DataFile>(name: string, key: K): NonNullable<DataFile[K]> {
  const table = file(name)[key];
  if (table === undefined) throw new Error(`lexicon data file ${name}.json has no "${String(key)}"`);
  return table as NonNullable<DataFile[K]>;
}
