/**
 * Country names, from the maintained ISO 3166-1 data of `i18n-iso-countries` plus the forms in
 * `countries-extra.json`, as a lookup from the lower-cased name to the ISO code.
 */
import { createRequire } from 'node:module';
import { tableOf } from './data.js';

const require = createRequire(import.meta.url);

interface LocaleData {
  countries: Record<string, string | string[]>;
}

let table: Map<string, string> | undefined;

/** Lower-cased country name (or member union's, `member-unions.json`) → ISO 3166-1 alpha-2 code. */
export function countryNames(): Map<string, string> {
  if (table) return table;
  const data = require('i18n-iso-countries/langs/en.json') as LocaleData;
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(data.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      // "Korea, Republic of" and "Netherlands (Kingdom of the)" are index forms, not running text.
      if (/[,()]/.test(name)) continue;
      map.set(name.toLowerCase(), code);
    }
  }
  for (const [name, code] of Object.entries(tableOf('countries-extra', 'names'))) map.set(name.toLowerCase(), code);
  for (const [name, code] of Object.entries(tableOf('member-unions', 'names'))) map.set(name.toLowerCase(), code);
  // Two-letter forms ("US", "UK") collide with ordinary words and acronyms in running text.
  for (const key of [...map.keys()]) if (key.replace(/\./g, '').length <= 3) map.delete(key);
  table = map;
  return map;
}

let unions: Set<string> | undefined;

/** Whether a name is a union of states that is a member beside states ("European Union"): an organisation, read where countries are. */
export function isMemberUnion(name: string): boolean {
  unions ??= new Set(Object.keys(tableOf('member-unions', 'names')).map((n) => n.toLowerCase()));
  return unions.has(name.toLowerCase().replace(/^the\s+/, ''));
}
