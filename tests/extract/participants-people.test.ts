import { describe, expect, it } from 'vitest';
import { parseString } from '../helpers.js';

describe('participants', () => {
  it('finds countries and organisations tied to the work, not homes in parentheses', async () => {
    const record = await parseString(
      'CWG-FHR discussed the building project, taking into account proposals from Armenia, the Kyrgyz Republic and JSC “National Radio Bureau” (Russia). The RCC Executive Committee presented a contribution.',
    );
    expect(record.groups[0]?.participants).toEqual([
      { name: 'Armenia', type: 'country' },
      { name: 'Kyrgyz Republic', type: 'country' },
      { name: 'JSC “National Radio Bureau”', type: 'organization' },
      { name: 'RCC Executive Committee', type: 'organization' },
    ]);
  });
  it('lists a participant once, with or without its acronym', async () => {
    const record = await parseString(
      'The Standing Committee on Harbours (SCH) held its session in Geneva. The SCH agreed on a study. Delegations of Brazil, on behalf of the Group of Harbour Countries (GRUHAC), and of the European Union made statements.',
    );
    expect(record.groups[0]?.participants.map((p) => p.name)).toEqual(['Group of Harbour Countries', 'Brazil', 'European Union']);
  });
  it('lists a country once, however it is named', async () => {
    const record = await parseString(
      'The Harbour Board met in Minsk under the chairmanship of the Minister of Transport of the Republic of Belarus K.I. Shulgan. The meeting was attended by representatives of Armenia, Belarus and the Russian Federation. The Board approved the budget. Russia proposed a new fee.',
    );
    expect(record.groups[0]?.participants.map((p) => p.name)).toEqual(['Republic of Belarus', 'Russia', 'Armenia']);
  });
  it('keeps the attendance of a cluster out of every group', async () => {
    const record = await parseString(
      'Cluster news\n\nThe meetings were attended by representatives of Chile and Peru.\n\nCWG-LANG discussed progress in multilingualism.\n\nCWG-COP reviewed its work plan.\n',
    );
    expect(record.groups.flatMap((g) => g.participants)).toEqual([]);
  });
});

describe('people', () => {
  it('reads a roster of directors as people without a role, and no participants', async () => {
    const record = await parseString('Harbour Board minutes\n\nDirectors Present: Rich Bowen, Shane Curcuru\n\nThe Board approved the budget.\n');
    expect(record.people).toEqual([
      { name: 'Rich Bowen', role: null },
      { name: 'Shane Curcuru', role: null },
    ]);
    expect(record.groups.flatMap((g) => g.participants)).toEqual([]);
  });
  it('reads names with roles on either side', async () => {
    const record = await parseString(
      'Jane Doe, Chair of the Group, opened the meeting. It was chaired by Executive Director John Smith. Report by Ivanov P.S. was heard.',
    );
    expect(record.people).toEqual([
      { name: 'Jane Doe', role: 'Chair of the Group' },
      { name: 'John Smith', role: 'Executive Director' },
      { name: 'Ivanov P.S.', role: null },
    ]);
  });
  it('names a person once when initials stand for the given names', async () => {
    const record = await parseString('Prof. Daniel Osei, Chair of the Curriculum Committee, presented 14 courses.\n\nMoved: D. Osei. Seconded: L. Martins. Dr. J. Roux agreed. Dr. Jean Roux spoke. Dr. A. Osei abstained.\n');
    expect(record.people).toEqual([
      { name: 'Daniel Osei', role: 'Chair of the Curriculum Committee' },
      { name: 'L. Martins', role: null },
      { name: 'Jean Roux', role: null },
      { name: 'A. Osei', role: null },
    ]);
  });
  it('reads the signature under a closing, as lines of a text or of one Markdown paragraph', async () => {
    const text = 'The Harbour Committee approved the draft.\n\nBest regards,\nAnna Jansen\nHSC Secretary\n';
    for (const path of ['notes.txt', 'notes.md']) expect((await parseString(text, path)).people).toEqual([{ name: 'Anna Jansen', role: 'HSC Secretary' }]);
    expect((await parseString('The Harbour Committee approved the draft.\n\nBest regards,\nThe Secretariat\n', 'notes.md')).people).toEqual([]);
  });
  it('takes no kind of participant after "as" for a role', async () => {
    const record = await parseString('The Harbour Board established a Nominating Committee and appointed Ben Okafor and Dana Fox as its members.');
    expect(record.people).toEqual([
      { name: 'Ben Okafor', role: null },
      { name: 'Dana Fox', role: null },
    ]);
  });
});
