// A big bulletin is parsed in a thread whose heap is bounded by its size: the record is the one
// parsed in-process. The thread runs the built code (dist/, which `npm test` builds first).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { heapBoundMb, tooBig } from '../../src/parallel/bounded.js';
import { parseBulletin } from '../../src/pipeline.js';
import { fixtureBytes, root } from '../helpers.js';

const { parseBounded } = (await import(pathToFileURL(join(root, 'dist', 'parallel', 'bounded.js')).href)) as typeof import('../../src/parallel/bounded.js');

describe('bounded parse', () => {
  it('gives the record an in-process parse gives', async () => {
    for (const name of ['01-council-cluster.txt', '05-council-page.html', '06-front-matter.md']) {
      const inProcess = await parseBulletin({ path: name, bytes: fixtureBytes(name) }, { explain: true });
      const bounded = await parseBounded({ path: name, bytes: fixtureBytes(name) }, { lexicon: {}, registry: { bodies: [], organizations: [] }, explain: true });
      expect(bounded, name).toEqual(inProcess);
    }
  });
  it('bounds the heap by eight times the size, with room for the code', () => {
    expect(heapBoundMb(20 * 1048576)).toBe(200);
  });
  it('refuses a bulletin that needs more with its size and the bound in the message', () => {
    const error = tooBig('big.txt', 20_097_049);
    expect([error.code, error.message]).toEqual(['ETOOBIG', 'big.txt:1:1 error file is 21 MB: parsing it needs more than the 194 MB allowed for a bulletin of its size']);
  });
});
