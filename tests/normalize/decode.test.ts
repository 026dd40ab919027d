import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/normalize/decode.js';
import { normalizeLineEnds, findNoiseLines } from '../../src/normalize/lines.js';
import { defaultLexicon } from '../../src/lexicon/index.js';

describe('decode', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00])).text).toBe('AB');
    expect(decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x42])).text).toBe('AB');
  });
  it('reports invalid UTF-8 with its place and decodes it as U+FFFD', () => {
    const d = decode(new Uint8Array([0x6f, 0x6b, 0x0a, 0x61, 0xe9, 0x62]));
    expect(d.text).toBe('ok\na\uFFFDb');
    expect(d.diagnostics).toEqual([expect.objectContaining({ rule: 'invalid-utf8', line: 2, column: 2, severity: 'warning' })]);
  });
  it('takes a NUL byte near the start for a binary file', () => {
    const d = decode(new Uint8Array([0x41, 0x00, 0x42]));
    expect(d.binary).toBe(true);
    expect(d.diagnostics[0]?.rule).toBe('binary-file');
  });
  it('finds the first invalid sequence, including overlong forms', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82, 0xac]))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
  });
});

describe('line ends and noise', () => {
  it('turns CRLF and lone CR into LF without changing line count', () => {
    expect(normalizeLineEnds('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
  it('marks publishing-system leftovers and navigation lines', () => {
    const { lines, diagnostics } = findNoiseLines('$f_NewsTitle\n{{title}}\n%TITLE%\nAll partners\nA real title', defaultLexicon());
    expect([...lines]).toEqual([1, 2, 3, 4]);
    expect(diagnostics.every((d) => d.rule === 'noise-line')).toBe(true);
  });
  it('marks a press release\'s release line, contact line and end mark', () => {
    const { lines } = findNoiseLines('PRESS RELEASE\nFor immediate release\nContact: press@harbour.example\nPort Authority Board adopts master plan\n###', defaultLexicon());
    expect([...lines]).toEqual([2, 3, 5]);
  });
  it('marks a site trailer from a heading over links to other pages to the end, but not one at the top', () => {
    const page = '# Harbour Board approves plan\n\n*3 June 2027*\n\nThe Harbour Board approved the plan.\n\n### Related news\n\n- [Finance Committee adopts budget](/n1)\n- [Port Council elects chair](/n2)\n';
    expect([...findNoiseLines(page, defaultLexicon()).lines]).toEqual([7, 9, 10]);
    expect([...findNoiseLines('See also\nThe Board approved the plan.\nIt met in Oslo.\n', defaultLexicon()).lines]).toEqual([1]);
  });
  it('marks a press release\'s notes to editors, to the end', () => {
    const page = 'Harbour Board approves plan\n\nRiga, 3 June 2027 – The Harbour Board approved the plan.\n\n“It is a good plan,” said the Chair.\n\nNotes to editors\n\nThe Harbour Board was established in 1995.\n';
    expect([...findNoiseLines(page, defaultLexicon()).lines]).toEqual([7, 9]);
  });
  it('marks the page breaks of a print layout', () => {
    const { lines } = findNoiseLines('...continued from page 1\nThe Board approved the budget.\n(Continued on page 4)', defaultLexicon());
    expect([...lines]).toEqual([1, 3]);
  });
});
