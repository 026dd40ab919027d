/**
 * The registry of known bodies and organisations: a data file (`bodies.json`) mapping spellings
 * to one canonical id, extendable from the user's config.
 */
import data from './bodies.json' with { type: 'json' };
import type { GroupKind } from '../model/types.js';
import { codeAt } from '../normalize/chars.js';

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

/** The lookup key of a spelling: lower case, letters, digits and `&` only. */
export function registryKey(spelling: string): string {
  // ASCII (an acronym, a name): no Unicode classes and no cache needed.
  let plain = true;
  let ascii = true;
  for (let i = 0, n = spelling.length; i < n && ascii; i++) {
    const c = codeAt(spelling, i);
    if (c >= 128) ascii = false;
    else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) plain = false;
  }
  if (ascii) return plain ? spelling.toLowerCase() : asciiKey(spelling.toLowerCase());
  const known = keys.get(spelling);
  if (known !== undefined) return known;
  const key = spelling.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, '');
  if (keys.size > 50_000) keys.clear();
  keys.set(spelling, key);
  return key;
}

/** `lower.replace(/[^a-z\d&]+/g, '')` for lower-case ASCII: the runs of letters, digits and `&`, joined. */
function asciiKey(lower: string): string {
  let key = '';
  let start = -1;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? codeAt(lower, i) : 32;
    const kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38;
    if (kept) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      key += lower.slice(start, i);
      start = -1;
    }
  }
  return key;
}

/** Keys computed before: the same spellings come up again and again. */
const keys = new Map<string, string>();

/** Builds the registry from the bundled data plus the user's bodies and organisations. */
export function createRegistry(extra: { bodies?: RegistryBody[]; organizations?: RegistryOrganization[] } = {}): Registry {
  const bodies = [...(data.bodies as RegistryBody[]), ...(extra.bodies ?? [])];
  const organizations = [...(data.organizations as RegistryOrganization[]), ...(extra.organizations ?? [])];
  const bodyByKey = new Map<string, RegistryBody>();
  for (const body of bodies) {
    for (const spelling of [body.id, ...body.aliases]) bodyByKey.set(registryKey(spelling), body);
  }
  const orgByKey = new Map<string, RegistryOrganization>();
  for (const org of organizations) {
    for (const spelling of [org.id, ...org.aliases]) orgByKey.set(registryKey(spelling), org);
  }
  return { bodies, organizations, bodyByKey, orgByKey };
}

let shared: Registry | undefined;

/** The registry of the bundled data alone, built once per process. */
export function defaultRegistry(): Registry {
  shared ??= createRegistry();
  return shared;
}
