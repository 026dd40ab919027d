// Properties over generated input: the parser never throws, every record fits the schema,
// and line-end and BOM variants give the same record.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseString, schemaErrors } from '../helpers.js';

const pieces = fc.constantFrom(
  'CWG FHR', 'EG-DEC.482', '(Financial)', 'discussed', 'agreed', 'were approved', 'the meeting', 'Russia', 'JSC “X”',
  '\n', '\n\n', '    ', '- ', '1. ', '•', ':', '.', ',', '(', ')', '21.02.2025', 'May 5, 2026', '$f_NewsTitle', '{{x}}',
  '\u200b', '\u202e', '\u0007', '# x', '<script>', '[x](javascript:alert(1))', '**', '`', '&amp;', '\\',
);
const bulletin = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('parser properties', () => {
  it('never throws and always fits the schema', async () => {
    await fc.assert(
      fc.asyncProperty(bulletin, async (text) => {
        const record = await parseString(text);
        expect(schemaErrors(record)).toBe('');
      }),
      { numRuns: 150 },
    );
  });
  it('gives the same record for LF, CRLF, CR and BOM variants', async () => {
    await fc.assert(
      fc.asyncProperty(bulletin, async (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const base = await parseString(lf);
        for (const variant of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), '\ufeff' + lf]) {
          const other = await parseString(variant);
          expect({ ...other, source: null }).toEqual({ ...base, source: null });
        }
      }),
      { numRuns: 60 },
    );
  });
  it('keeps control and bidi characters out of the output', async () => {
    const record = await parseString('Title\u202e with \u0007 bell\n\nCWG-COP reviewed the \u200bplan of work.');
    expect(record.title).toBe('Title with bell');
    expect(JSON.stringify(record.groups)).not.toMatch(/[\u200b\u202e\u0007]/);
  });
});
