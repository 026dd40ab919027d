import { describe, expect, it } from 'vitest';
import { findDates, isDateOnly } from '../../src/extract/dates.js';
import { defaultLexicon } from '../../src/lexicon/index.js';

const first = (s: string): unknown => {
  const d = findDates(s, defaultLexicon())[0];
  return d && [d.year, d.month, d.day, d.text];
};

describe('dates', () => {
  it.each([
    ['21.02.2025', [2025, 2, 21, '21.02.2025']],
    ['21/02/2025', [2025, 2, 21, '21/02/2025']],
    ['2025-02-21', [2025, 2, 21, '2025-02-21']],
    ['Press release - 24-10-2024 - Committee', [2024, 10, 24, '24-10-2024']],
    ['Meeting date: 03/14/2026', [2026, 3, 14, '03/14/2026']],
    ['Meeting date: 03/04/2026', [2026, 4, 3, '03/04/2026']],
    ['on 21 February 2025.', [2025, 2, 21, '21 February 2025']],
    ['February 21, 2025', [2025, 2, 21, 'February 21, 2025']],
    ['from 9-11 April 2018', [2018, 4, 9, '9-11 April 2018']],
    ['from 6 to 10 November 2023 at', [2023, 11, 6, '6 to 10 November 2023']],
    ['July 11-21, 2023, Geneva', [2023, 7, 11, 'July 11-21, 2023']],
    ['16–26 May 2016', [2016, 5, 16, '16–26 May 2016']],
    ['IRT – Meeting #45 – 3 April 2024', [2024, 4, 3, '3 April 2024']],
    ['22 January - 02 February 2024', [2024, 1, 22, '22 January - 02 February 2024']],
    ['Today, February 21, the', [null, 2, 21, 'February 21']],
    ['LAKEVIEW, Mich. (Dec. 2, 2026) — The', [2026, 12, 2, 'Dec. 2, 2026']],
    ['on 14 Sept. 2026 in', [2026, 9, 14, '14 Sept. 2026']],
    ['on the 17th of May 2024,', [2024, 5, 17, '17th of May 2024']],
    ['held on 17th May, 2024 in', [2024, 5, 17, '17th May, 2024']],
    ['from April 30 - May 2, 2024', [2024, 4, 30, 'April 30 - May 2, 2024']],
    ['on 2nd-3rd May 2024', [2024, 5, 2, '2nd-3rd May 2024']],
  ])('reads %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
  it('ignores impossible dates and "may" without a day', () => {
    expect(findDates('31.02.2025 and it may rain', defaultLexicon())).toEqual([]);
  });
  it('knows a dateline', () => {
    expect(isDateOnly('21.02.2025', defaultLexicon())).toBe(true);
    expect(isDateOnly('Monday, 3 March 2025', defaultLexicon())).toBe(true);
    expect(isDateOnly('Meeting of 3 March 2025', defaultLexicon())).toBe(false);
    expect(isDateOnly('Posted 12 March 2026', defaultLexicon())).toBe(true);
    expect(isDateOnly('Last updated: 4 June 2026', defaultLexicon())).toBe(true);
    expect(isDateOnly('12 March 2026 posted', defaultLexicon())).toBe(false);
  });
  it('knows a dateline with a byline, and labelled dates between bars', () => {
    expect(isDateOnly('Posted on 12 March 2027 by Communications Team', defaultLexicon())).toBe(true);
    expect(isDateOnly('Published: 12 March 2027 | Updated: 13 March 2027', defaultLexicon())).toBe(true);
    expect(isDateOnly('Meeting of 12 March 2027 | Harbour Board', defaultLexicon())).toBe(false);
    expect(isDateOnly('Harbour Board met on 12 March 2027 by Lake Ona', defaultLexicon())).toBe(false);
    expect(isDateOnly('Thursday 14 April 2027 10:30', defaultLexicon())).toBe(true);
    expect(isDateOnly('14 April 2027 at 7:00 p.m. CET', defaultLexicon())).toBe(true);
    expect(isDateOnly('14 April 2027 Meeting 10:30', defaultLexicon())).toBe(false);
  });
});
