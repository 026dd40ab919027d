// A long bulletin's sentences are tokenised one at a time and let go after: the groups, entries,
// participants and people are the same as when every sentence is kept.
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/normalize/decode.js';
import { normalizeLineEnds } from '../../src/normalize/lines.js';
import { parseTree } from '../../src/parse/index.js';
import { toBlocks } from '../../src/segment/blocks.js';
import { readMetadata } from '../../src/extract/metadata.js';
import { extractGroups } from '../../src/extract/extract-groups.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { defaultRegistry } from '../../src/registry/index.js';
import { fixtureBytes, fixtureNames } from '../helpers.js';

describe('streaming extraction', () => {
  it('gives every fixture the same result read one sentence at a time', async () => {
    const lexicon = defaultLexicon();
    const registry = defaultRegistry();
    for (const name of fixtureNames()) {
      const format = name.endsWith('.html') ? 'html' : name.endsWith('.md') ? 'markdown' : 'text';
      const parsed = await parseTree(normalizeLineEnds(decode(fixtureBytes(name)).text), format, new Set());
      const blocks = toBlocks(parsed.tree);
      const meta = readMetadata(blocks, parsed.format, parsed.frontMatter, lexicon);
      const kept = extractGroups(blocks, meta, lexicon, registry, { stream: false, explain: true });
      const streamed = extractGroups(blocks, meta, lexicon, registry, { stream: true, explain: true });
      expect(streamed, name).toEqual(kept);
    }
  });
});
