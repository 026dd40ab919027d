import { describe, expect, it } from 'vitest';
import { parseString } from '../helpers.js';

async function entries(text: string): Promise<Array<[string, string, string]>> {
  const record = await parseString(text);
  return record.groups.flatMap((g) => [
    ...g.actions.map((e) => ['action', e.verb, e.text] as [string, string, string]),
    ...g.outcomes.map((e) => ['outcome', e.verb, e.text] as [string, string, string]),
  ]);
}

describe('entries', () => {
  it('splits coordinated verbs of one subject', async () => {
    expect(await entries('CWG-SFP reviewed the results of the consultation and discussed the financial situation of the Union.')).toEqual([
      ['action', 'review', 'reviewed the results of the consultation'],
      ['action', 'discuss', 'discussed the financial situation of the Union'],
    ]);
  });
  it('tells outcomes from actions, and prepared proposals from prepared for', async () => {
    const got = await entries('EG-ITRs prepared for the Council session and prepared proposals on the report structure, and was able to agree on a consensus version.');
    expect(got.map(([kind, verb]) => [kind, verb])).toEqual([
      ['action', 'prepare'],
      ['outcome', 'prepare'],
      ['outcome', 'agree'],
    ]);
    expect(got[2]?.[2]).toBe('was able to agree on a consensus version');
  });
  it('reads passive outcomes from their subject', async () => {
    const got = await entries('The Working Party on Tariffs (WPT) met in Rome on 3 May 2026. At this meeting, the agenda, structure and work plan were approved.');
    expect(got).toEqual([['outcome', 'approve', 'the agenda, structure and work plan were approved']]);
  });
  it('keeps an agenda item that opens with a body and a dashed subtitle as an item, not a label', async () => {
    const r = await parseString('The General Council met on 9 May 2027. The following items were considered:\n\n- Committee on Farm Restrictions – Consultations with Ecuador – Report\n- Accession of Timor-Leste\n');
    expect(r.groups.find((g) => g.id === 'General Council')?.actions.map((a) => a.text)).toContain('Committee on Farm Restrictions – Consultations with Ecuador – Report');
  });
  it('keeps an acronym in parentheses at an item\'s end, and leaves out who acts', async () => {
    const r = await parseString('The Harbour Advisory Group (HAG) met in Oslo. The following issues were considered:\n\n- Regional Harbour Forums (RHFs)\n- Dredging plan for 2027 (all)\n');
    expect(r.groups[0]?.actions.map((e) => e.text)).toEqual(['Regional Harbour Forums (RHFs)', 'Dredging plan for 2027']);
  });
  it('makes agenda items actions of the body the intro names', async () => {
    const record = await parseString('The agenda of the Fifth Plenary Meeting included the following items:\n- Report of the Secretary-General;\n- Budget for 2027.\n');
    expect(record.groups[0]?.id).toBe('Fifth Plenary Meeting');
    expect(record.groups[0]?.actions.map((e) => e.text)).toEqual(['Report of the Secretary-General', 'Budget for 2027']);
  });
  it('leaves out an entry that an excerpt\'s cut ends in the middle of a word, not one a full stop ends', async () => {
    const lead = 'The twelfth meeting of the Harbour Advisory Body (HAB) was held in Oslo from 2 to 6 July 2027. '.repeat(12);
    const cut = await parseString(`${lead}\n\nThe HAB adopted eight recommendations on ferry safety.\n\nThe HAB also approved the provisio`);
    expect(cut.groups[0]?.outcomes.map((e) => e.text)).toEqual(['adopted eight recommendations on ferry safety']);
    const whole = await parseString(`${lead}\n\nThe HAB adopted eight recommendations on ferry safety.\n\nThe HAB also approved the provisional agenda.`);
    expect(whole.groups[0]?.outcomes.map((e) => e.text)).toEqual(['adopted eight recommendations on ferry safety', 'approved the provisional agenda']);
    const short = await parseString('Harbour notes\n\nThe HAB met.\n\nThe HAB approved the provisio');
    expect(short.groups[0]?.outcomes.map((e) => e.text)).toEqual(['approved the provisio']);
  });
  it('keeps entries verbatim and positioned', async () => {
    const text = 'Title line\n\n     CWG-COP continued   to serve as a platform for exchange.';
    const record = await parseString(text);
    const e = record.groups[0]?.actions[0];
    expect(e?.text).toBe('continued to serve as a platform for exchange');
    expect(e?.position.start).toEqual({ line: 3, column: 14 });
  });
});

describe('names written out', () => {
  it('names a group known by a short name by the full name the text writes out elsewhere', async () => {
    const r = await parseString('Members take steps towards reform at Goods Council\n\nMembers agreed on a series of actions to increase transparency. The actions concern the work of the Council for Trade in Goods (CTG) and its subsidiary bodies.\n');
    expect(r.groups.map((g) => [g.id, g.name, g.aliases])).toEqual([['Goods Council', 'Council for Trade in Goods', ['CTG', 'Council for Trade in Goods']]]);
  });
  it('does not name a body in capitals by a sub-body whose name holds its words', async () => {
    const r = await parseString('COMMITTEE ON FERRIES - Sixth Session, Oslo, 8 July 2027\n\nThe Committee agreed to establish a Sub-Committee on Ferries Management.\n');
    expect(r.groups.map((g) => [g.id, g.name])).toEqual([['COMMITTEE ON FERRIES', 'COMMITTEE ON FERRIES']]);
  });
  it('takes a head for the body known by its acronym alone when no body with that head is in view', async () => {
    const r = await parseString('HSC 12 - Summary of decisions\n\nHSC 12 adopted the amendments to the harbour code. The Committee also agreed to establish a correspondence group.\n');
    expect(r.groups.map((g) => [g.id, g.outcomes.length])).toEqual([['HSC-12', 2]]);
  });
  it('reads a front matter\'s title as the headline its body is named in', async () => {
    const md = '---\ntitle: "Harbour Leadership Council update — January 2027"\ndate: 2027-01-20\n---\n\n## Budget\n\nThe council discussed the budget request and agreed to fund travel grants.\n';
    const r = await parseString(md, 'update.md');
    expect([r.title, r.groups.map((g) => [g.id, g.actions.length + g.outcomes.length])]).toEqual(['Harbour Leadership Council update — January 2027', [['Harbour Leadership Council', 2]]]);
  });
  it('keeps its own name when the text writes out no longer one', async () => {
    const r = await parseString('The Goods Council agreed on a series of actions. Members met at the Secretariat for Trade in Goods.\n');
    expect(r.groups.map((g) => g.name)).toEqual(['Goods Council']);
  });
  it('is not named by the body of its members\' office-holders, but by its head written out', async () => {
    const nordic = await parseString('The Harbour Council adopted a recommendation on ports. The prime minister presented the Harbour Council of Ministers\' report.\n');
    expect(nordic.groups.map((g) => g.name)).toEqual(['Harbour Council']);
    const board = await parseString('The Harbour Board approved the budget. The Harbour Board of Governors meets again in June.\n');
    expect(board.groups.map((g) => g.name)).toEqual(['Harbour Board of Governors']);
  });
});

describe('nothing to report', () => {
  it('is a meeting called off, not an item of one put off', async () => {
    expect(await entries('The 12th meeting of the Budget Committee has been postponed. The agenda included the annual accounts.')).toEqual([]);
    expect(await entries('The Standing Committee adopted the agenda. Discussion of the draft on peatlands was postponed to the next meeting.')).toEqual([
      ['outcome', 'adopt', 'adopted the agenda'],
      ['outcome', 'postpone', 'Discussion of the draft on peatlands was postponed to the next meeting'],
    ]);
  });
});

describe('coordination', () => {
  it('takes no participle with its agent after a comma for a verb of the subject', async () => {
    expect(await entries('TC 57 agrees to circulate a new work item proposal on substation security, prepared by WG 15.')).toEqual([
      ['outcome', 'agree', 'agrees to circulate a new work item proposal on substation security, prepared by WG 15'],
    ]);
  });
});

describe('coordination by tense', () => {
  it('reads a verb of another tense after a comma as a noun of a list, and one of the same tense as the next verb', async () => {
    expect(await entries('The Board discussed the schedule, progress and next steps of the migration.')).toEqual([
      ['action', 'discuss', 'discussed the schedule, progress and next steps of the migration'],
    ]);
    expect(await entries('The Board discussed the schedule, approved the budget and noted the report.')).toEqual([
      ['action', 'discuss', 'discussed the schedule'],
      ['action', 'note', 'noted the report'],
      ['outcome', 'approve', 'approved the budget'],
    ]);
  });
});

describe('decisions', () => {
  it('reads a deferral as an outcome', async () => {
    expect(await entries('The Committee on Budget deferred its consideration of 48 applications to its next session.')).toEqual([
      ['outcome', 'defer', 'deferred its consideration of 48 applications to its next session'],
    ]);
  });
});

describe('infinitives', () => {
  it('keeps a plain form after "and" in the infinitive of an inflected verb', async () => {
    expect(await entries('The Committee agreed to continue the study and report back in June.')).toEqual([
      ['outcome', 'agree', 'agreed to continue the study and report back in June'],
    ]);
  });
});

describe('means', () => {
  it('keeps "by" or "in" and a gerund in the entry of the verb they tell the means of', async () => {
    expect(await entries('The Council refined its working methods by setting up an online calendar of meetings.')).toEqual([
      ['outcome', 'refine', 'refined its working methods by setting up an online calendar of meetings'],
    ]);
    expect(await entries('The Working Group agreed to remain vigilant in identifying opportunities to support the trade system.')).toEqual([
      ['outcome', 'agree', 'agreed to remain vigilant in identifying opportunities to support the trade system'],
    ]);
  });
});

describe('entry ends', () => {
  it('keeps a range joined by an en dash, and ends at a spaced one', async () => {
    expect(await entries('The Senate approved the revised academic calendar for 2026–27 and reviewed the plan – and the budget.')).toEqual([
      ['action', 'review', 'reviewed the plan'],
      ['outcome', 'approve', 'approved the revised academic calendar for 2026–27'],
    ]);
  });
});

describe('tables of bodies', () => {
  it('gives a row to the body its first cell names alone', async () => {
    const md =
      '# Harbour Study Group 17 – meeting report, 3 May 2027\n\nSG17 consented five new Recommendations.\n\n| Working Party | Highlights |\n|---|---|\n' +
      '| WP1/17 | Agreed the new Question structure |\n| WP2/17 | Consented X.1645 on ferry security |\n';
    const record = await parseString(md, 'report.md');
    expect(record.groups.map((g) => [g.id, g.outcomes.map((e) => e.text)])).toEqual([
      ['SG17', ['consented five new Recommendations']],
      ['WP1/17', ['Agreed the new Question structure']],
      ['WP2/17', ['Consented X.1645 on ferry security']],
    ]);
  });
});

describe('one body written two ways', () => {
  it('takes the end of a name\'s head part for that body', async () => {
    const record = await parseString('The 9th meeting of the RCC Working Group on Postal Services (WG PS) took place online. The WG PS reviewed its work plan. The Working Group also elected a Vice-Chairman.\n');
    expect(record.groups.map((g) => [g.id, g.actions.length + g.outcomes.length])).toEqual([['WG-PS', 2]]);
  });
  it('takes the end of a body\'s name for that body', async () => {
    const record = await parseString('The CITES Standing Committee (SC78) adopted revised guidance on trade. The Standing Committee noted the reports.\n');
    expect(record.groups.map((g) => [g.id, g.aliases, g.actions.length + g.outcomes.length])).toEqual([['SC78', ['Standing Committee'], 2]]);
  });
});

describe('tables', () => {
  it('reads the cell of a row that opens with a verb, up to the next cell', async () => {
    const html =
      '<h1>Decisions of the Harbour Board – 12 March 2027</h1><p>The Harbour Board met on 12 March 2027 in Aberdeen.</p>' +
      '<table><tr><th>Item</th><th>Decision</th><th>Vote</th></tr><tr><td>Budget 2027-28</td><td>Approved the budget of £18.4 million.</td><td>7-0</td></tr>' +
      "<tr><td>Audit report</td><td>Noted the external auditor's report.</td><td>none</td></tr></table>";
    const record = await parseString(html, 'decisions.html');
    expect(record.groups.map((g) => [g.id, g.outcomes.map((e) => e.text), g.actions.map((e) => e.text)])).toEqual([
      ['Harbour Board', ['Approved the budget of £18.4 million'], ["Noted the external auditor's report"]],
    ]);
  });
  it('reads the item of a numbered row from its second cell', async () => {
    const html =
      '<h1>Harbour Authority Board – Decisions, 5 November 2025</h1><p>The Board met in Aberdeen.</p>' +
      '<table><tr><th>No.</th><th>Subject</th><th>Decision</th></tr><tr><td>25/41</td><td>Minutes of the previous meeting</td><td>Approved</td></tr>' +
      '<tr><td>25/44</td><td>Risk register</td><td>Noted.</td></tr></table>';
    const record = await parseString(html, 'decisions.html');
    expect(record.groups.map((g) => [g.id, g.outcomes.map((e) => e.text), g.actions.map((e) => e.text)])).toEqual([
      ['Harbour Authority Board', ['Minutes of the previous meeting'], ['Risk register']],
    ]);
  });
  it('reads the item of a row whose cell is a verdict alone', async () => {
    const md =
      '# Harbour Board – Summary of Actions, 12 November 2027\n\n| Item | Action |\n|------|--------|\n| Minutes of 10 September 2027 | Approved |\n' +
      '| FY2028 Operating Budget | Approved as amended |\n| Audit Committee report | Received |\n| Naming of the new pier | Tabled to January |\n' +
      '| Report of the Ferry Committee | Received |\n| AI 1.5 | Preliminary harbour position agreed |\n| Dredging contract | Approved (7-0) |\n';
    const record = await parseString(md, 'actions.md');
    expect(record.groups.map((g) => [g.id, g.outcomes.map((e) => e.text), g.actions.map((e) => e.text)])).toEqual([
      ['Harbour Board', ['Minutes of 10 September 2027', 'FY2028 Operating Budget', 'Preliminary harbour position agreed', 'Dredging contract'], ['Audit Committee report', 'Report of the Ferry Committee']],
    ]);
  });
});

describe('one body written two ways', () => {
  it('takes a kind\'s acronym with a number for the body of that kind and number', async () => {
    const record = await parseString('Harbour news\n\nThe Harbour Study Group 13 met in Oslo. SG13 consented seven new Recommendations. WP 3H reviewed the plan. Working Party 3H agreed on the timetable.\n');
    expect(record.groups.map((g) => [g.id, g.aliases])).toEqual([
      ['Harbour Study Group 13', ['SG13']],
      ['WP-3H', ['Working Party 3H']],
    ]);
  });
  it('takes a kind\'s acronym alone for the headline\'s body whose name ends with it', async () => {
    const record = await parseString('# HARBOUR WG session minutes\n\nThe WG confirmed consensus to send the draft to the board.\n', 'a.md');
    expect(record.groups.map((g) => [g.id, g.outcomes.map((e) => e.text)])).toEqual([['HARBOUR-WG', ['confirmed consensus to send the draft to the board']]]);
  });
});
