/**
 * The registry of known bodies and organisations: a data file (`bodies.json`) mapping spellings
 * to one canonical id, extendable from the user's config.
 */
import data from './bodies.json' with { type: 'json' };
import type { GroupKind } from '../model/types.js';
import { internalize } from '../normalize/chars.js';

/** A known body: a group whose work bulletins report. */
export interface RegistryBody {
  id: string;
  name: string;
  kind: GroupKind;
  parent?: string;
  aliases: string[];
}

/** A known organisation: a participant, never a group. */
export interface RegistryOrganization {
  id: string;
  name: string;
  aliases: string[];
}

/** Lookups by spelling, insensitive to case, spaces, hyphens and dots. */
export interface Registry {
  bodies: RegistryBody[];
  organizations: RegistryOrganization[];
  bodyByKey: Map<string, RegistryBody>;
  orgByKey: Map<string, RegistryOrganization>;
}

// Spellings of ASCII letters and digits (most acronyms) are their own key in lower case; other
// ASCII needs no Unicode classes.
const PLAIN = /^[A-Za-z\d]*$/;
const ASCII = /^[\x00-\x7f]*$/;

/** The lookup key of a spelling: lower case, letters, digits and `&` only. */
export function registryKey(spelling: string): string {
  const known = keys.get(spelling);
  if (known !== undefined) return known;
  const key = PLAIN.test(spelling) ? spelling.toLowerCase() : ASCII.test(spelling) ? spelling.toLowerCase().replace(/[^a-z\d&]+/g, '') : spelling.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, '');
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(spelling, key);
  return key;
}

/** Keys computed before: the same spellings come up again and again, and a look-up is cheaper than two pattern tests and a lower-casing. */
const keys = new Map<string, string>();
/** Enough for the spellings of many bulletins; few enough that a thread's memory hardly notices (about a megabyte). */
const MAX_KEYS = 8192;

/** Builds the registry from the bundled data plus the user's bodies and organisations. */
export function createRegistry(extra: { bodies?: RegistryBody[]; organizations?: RegistryOrganization[]; builtin?: boolean } = {}): Registry {
  // The built-in data gives canonical ids across bulletins; bodies are found by their shape without it.
  const builtin = extra.builtin !== false;
  const bodies = [...(builtin ? (data.bodies as RegistryBody[]) : []), ...(extra.bodies ?? [])];
  const organizations = [...(builtin ? (data.organizations as RegistryOrganization[]) : []), ...(extra.organizations ?? [])];
  const bodyByKey = new Map<string, RegistryBody>();
  for (const body of bodies) {
    for (const spelling of [body.id, ...body.aliases]) bodyByKey.set(internalize(registryKey(spelling)), body);
  }
  const orgByKey = new Map<string, RegistryOrganization>();
  for (const org of organizations) {
    for (const spelling of [org.id, ...org.aliases]) orgByKey.set(internalize(registryKey(spelling)), org);
  }
  return { bodies, organizations, bodyByKey, orgByKey };
}

let shared: Registry | undefined;

/** The registry of the bundled data alone, built once per process. */
export function defaultRegistry(): Registry {
  shared ??= createRegistry();
  return shared;
}
