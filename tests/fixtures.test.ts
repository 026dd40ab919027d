// Every fixture bulletin against its expected record (fixtures/expected/<name>.json).
// Regenerate with UPDATE=1 npx vitest run tests/fixtures.test.ts, then review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/pipeline.js';
import { expectedDir, fixtureBytes, fixtureNames, schemaErrors } from './helpers.js';

const update = process.env['UPDATE'] === '1';

describe('fixture bulletins', () => {
  const names = fixtureNames();
  it('has at least 15 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of names) {
    it(`${name} gives its expected record`, async () => {
      const record = await parseBulletin({ path: `fixtures/bulletins/${name}`, bytes: fixtureBytes(name) });
      expect(schemaErrors(record)).toBe('');
      const file = join(expectedDir, name.replace(/\.[^.]+$/, '.json'));
      const json = JSON.stringify(record, null, 2) + '\n';
      if (update || !existsSync(file)) writeFileSync(file, json);
      expect(json).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('encoding variants', () => {
  it('CRLF, BOM and UTF-16 variants give the same groups', async () => {
    const base = await parseBulletin({ path: 'a.txt', bytes: fixtureBytes('07-crlf.txt') });
    const lf = new TextDecoder().decode(fixtureBytes('07-crlf.txt')).replace(/\r\n/g, '\n');
    const cr = lf.replace(/\n/g, '\r');
    for (const bytes of [new TextEncoder().encode(lf), new TextEncoder().encode(cr), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lf)])]) {
      const other = await parseBulletin({ path: 'a.txt', bytes });
      expect({ ...other, source: null }).toEqual({ ...base, source: null });
    }
  });
});
