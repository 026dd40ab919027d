import { describe, expect, it } from 'vitest';
import { parseString } from '../helpers.js';
import { defaultLexicon } from '../../src/lexicon/index.js';

describe('metadata', () => {
  it('skips leftovers and datelines to find the title, and reads the dateline', async () => {
    const r = await parseString('$f_NewsTitle\n03.04.2026\nSpring Cluster of Working Groups\n\nToday, April 3, the cluster ended in Geneva.\n');
    expect([r.title, r.date, r.dateText]).toEqual(['Spring Cluster of Working Groups', '2026-04-03', '03.04.2026']);
  });
  it('takes the headline under the publisher\'s name in a heading of the rank above', async () => {
    const md = await parseString('# Harbourton Port Authority\n\n## Board approves dredging contract\n\n*Posted 3 April 2027*\n\nThe Board of the Harbourton Port Authority approved the dredging contract.\n', 'a.md');
    expect(md.title).toBe('Board approves dredging contract');
    const html = await parseString('<h1>City of Harbourton</h1><h2>Council approves transit plan</h2><p>The Harbourton City Council approved the transit plan on 3 May 2027.</p>', 'a.html');
    expect(html.title).toBe('Council approves transit plan');
    const roster = await parseString('# Board meeting minutes\n\n## Present\n\n- Ana Lima\n\n## Minutes\n\nThe Board approved the budget.\n', 'b.md');
    expect(roster.title).toBe('Board meeting minutes');
  });
  it('passes over a block of sharing lines, and a publisher\'s name line and kicker, to the headline in text', async () => {
    const share = await parseString('Share this page\nPrint\n\nBoard approves dredging contract\n\nThe Board of the Harbourton Port Authority approved the dredging contract on Tuesday.\n');
    expect(share.title).toBe('Board approves dredging contract');
    const publisher = await parseString('Harbourton Port Authority\n\nNews release\n\nBoard approves dredging contract\n\n3 April 2027\n\nThe Board of the Harbourton Port Authority approved the dredging contract.\n');
    expect([publisher.title, publisher.date]).toEqual(['Board approves dredging contract', '2027-04-03']);
    const office = await parseString('Ministry of Harbours\nPress Office\n\nMinisters agree on ferry safety rules\n\nOslo, 3 May 2027\n\nThe ministers agreed on new ferry safety rules.\n');
    expect([office.title, office.date, office.location]).toEqual(['Ministers agree on ferry safety rules', '2027-05-03', 'Oslo']);
  });
  it('reads the place in parentheses with the date after the reported meeting, not an agenda item\'s', async () => {
    const r = await parseString('Harbour news\n\nThe 12th meeting of the Harbour Board (Baku, 3-5 May 2027) approved the plan.\n');
    expect([r.date, r.location]).toEqual(['2027-05-03', 'Baku']);
    const item = await parseString('Harbour news\n\nThe Harbour Board met on 3 May 2027. The agenda included:\n- On the results of the ferry session (9-20 October 2026, Geneva, Switzerland).\n');
    expect(item.location).toBeNull();
  });
  it('takes a dateline under the headline for the date, before the meeting\'s dates in the headline', async () => {
    const r = await parseString('# Highlights of the Harbour Board meeting, 26-30 May 2027\n\n*Oslo, 2 June 2027*\n\nThe Harbour Board met in Oslo and approved the budget.\n', 'x.md');
    expect([r.title, r.date, r.location]).toEqual(['Highlights of the Harbour Board meeting, 26-30 May 2027', '2027-06-02', 'Oslo']);
  });
  it('takes a record\'s name in capitals after the publisher\'s for the title, and no day\'s name for a place', async () => {
    const r = await parseString('CITY OF HARBOURTON\nREGULAR CITY COUNCIL MEETING MINUTES\nMonday, April 13, 2026 – 7:00 PM\nCouncil Chambers, 100 Main Street\n\nThe Council adopted the budget.\n');
    expect([r.title, r.date, r.location]).toEqual(['REGULAR CITY COUNCIL MEETING MINUTES', '2026-04-13', null]);
  });
  it('takes a body\'s meeting in capitals after the publisher\'s name for the title, and no session\'s line', async () => {
    const r = await parseString('HARBOUR COMMONWEALTH IN THE FIELD OF FERRY SERVICES\n\nMEETING OF THE HARBOUR COMMITTEE ON FERRY TARIFFS\n\nRiga, 12 October 2027\n\nThe Committee approved its plan.\n');
    expect([r.title, r.date, r.location]).toEqual(['MEETING OF THE HARBOUR COMMITTEE ON FERRY TARIFFS', '2027-10-12', 'Riga']);
    const un = await parseString('HARBOUR NATIONS\nHARBOUR ASSEMBLY\n2027 SESSION, 14TH MEETING (AM)\n\nHarbour Assembly Adopts Ferry Plan\n\nThe Harbour Assembly adopted the ferry plan.\n');
    expect(un.title).toBe('Harbour Assembly Adopts Ferry Plan');
  });
  it('reads a dateline\'s place before a date between dashes, before a colon after the year, and before two hyphens', async () => {
    const dashes = await parseString('Harbour Board approves ferry plan\n\nBergen, Norway – 3 March 2027 – The Harbour Board approved the ferry plan.\n');
    expect([dashes.date, dashes.location]).toEqual(['2027-03-03', 'Bergen, Norway']);
    const colon = await parseString('Harbour Board approves ferry plan\n\nBergen, 3rd March 2027: The Harbour Board approved the ferry plan.\n');
    expect([colon.date, colon.location]).toEqual(['2027-03-03', 'Bergen']);
    const hyphens = await parseString('HARBOUR BOARD APPROVES FERRY PLAN\n\nBERGEN, March 3, 2027 -- The Harbour Board approved the ferry plan.\n');
    expect([hyphens.date, hyphens.location]).toEqual(['2027-03-03', 'BERGEN']);
  });
  it('reads a town with an abbreviation or a region\'s initials after a place verb', async () => {
    const dc = await parseString('Harbour news\n\nThe meeting took place in Washington, D.C., on 8 and 9 December 2026. The Harbour Board approved the plan.\n');
    expect(dc.location).toBe('Washington, D.C.');
    const saint = await parseString('Harbour news\n\nThe meeting was held in St. Petersburg on 8 December 2026. The Harbour Board approved the plan.\n');
    expect(saint.location).toBe('St. Petersburg');
  });
  it('dates a day without a year by the headline\'s year, but not by a year the headline gives as a bound', async () => {
    const titled = await parseString('Harbour Board meeting, May 2026\n\nOSLO, May 3 - The Harbour Board approved the budget.\n');
    expect(titled.date).toBe('2026-05-03');
    const bound = await parseString('Harbour Board extends ferry cuts into 2027\n\nOSLO, Nov 30 - The Harbour Board agreed to extend the cuts.\n');
    expect([bound.date, bound.dateText]).toEqual([null, 'Nov 30']);
  });
  it('takes the headline\'s place over a meeting of another year held elsewhere', async () => {
    const r = await parseString('HARBOUR COMMITTEE - Sixth Session, Oslo, 8-12 July 2027\n\nItem 5: Reports\n\nThe Committee endorsed the report of the fifth session of the Sub-Committee on Ferries, held in Bergen in 2026.\n');
    expect([r.date, r.location]).toEqual(['2027-07-08', 'Oslo']);
    const same = await parseString('Harbour news\n\nThe Harbour Committee met in Bergen in 2027 and approved its report.\n');
    expect(same.location).toBe('Bergen');
  });
  it('takes a mail\'s or a memo\'s subject for the title, without its labels and list tag', async () => {
    const mail = await parseString('From: Secretariat <sec@harbour.example>\nTo: members@harbour.example\nDate: Tue, 14 May 2024 09:12:33 +0200\nSubject: Re: [harbour-members] Summary of the 19th meeting of the Harbour Group\n\nDear colleagues,\n\nThe Harbour Group met on 13 May 2024.\n');
    expect([mail.title, mail.date]).toEqual(['Summary of the 19th meeting of the Harbour Group', '2024-05-14']);
    const memo = await parseString('TO: Board of Trustees\nFROM: Office of the President\nSUBJECT: Actions of the Finance Committee, 3 March 2025\n\nThe Finance Committee approved the audit plan.\n');
    expect(memo.title).toBe('Actions of the Finance Committee, 3 March 2025');
  });
  it('passes over a press site\'s banner and the meeting\'s number lines to the headline', async () => {
    const r = await parseString('Meetings Coverage and Press Releases\nHARBOUR COUNCIL\n9,612TH MEETING (AM)\nHC/15678\n12 May 2024\n\nHarbour Council Adopts Resolution on Ferry Safety\n\nThe Harbour Council today adopted a resolution on ferry safety.\n');
    expect([r.title, r.date]).toEqual(['Harbour Council Adopts Resolution on Ferry Safety', '2024-05-12']);
  });
  it('takes a page\'s own title when its content has no heading, without the site\'s name', async () => {
    const titled = await parseString('<html><head><title>Harbour Board approves budget | News | Harbour Authority</title></head><body><p>4 March 2025</p><p>The Harbour Board approved the 2025 budget.</p></body></html>', 'a.html');
    expect(titled.title).toBe('Harbour Board approves budget');
    const og = await parseString('<html><head><meta property="og:title" content="Harbour Board approves budget"><title>News</title></head><body><p>The Harbour Board approved the budget.</p></body></html>', 'b.html');
    expect(og.title).toBe('Harbour Board approves budget');
    const headed = await parseString('<html><head><title>Site | News</title></head><body><h1>Harbour Board approves budget</h1><p>The Board approved it.</p></body></html>', 'c.html');
    expect(headed.title).toBe('Harbour Board approves budget');
  });
  it('keeps a headline in capitals over a chair\'s label line', async () => {
    const r = await parseString('SUMMARY RECORD OF THE 2345TH MEETING\n\nChair: Mr. Ahmed Al-Sayed (Egypt)\n\nThe meeting was called to order at 10.05 a.m.\n');
    expect(r.title).toBe('SUMMARY RECORD OF THE 2345TH MEETING');
  });
  it('leaves an e-mail\'s subject labels out of the title', async () => {
    const r = await parseString('Subject: Re: Summary of the 19th meeting of the Harbour Group\n\nDear colleagues,\n\nThe Harbour Group met on 14 March 2024.\n');
    expect(r.title).toBe('Summary of the 19th meeting of the Harbour Group');
    const plain = await parseString('Harbour Group: Summary of the 19th meeting\n\nThe Harbour Group met on 14 March 2024.\n');
    expect(plain.title).toBe('Harbour Group: Summary of the 19th meeting');
  });
  it('passes over a page\'s section lines (a kicker, a body alone, its sitting) to the headline', async () => {
    const r = await parseString('Meetings Coverage\nHarbour Assembly Plenary\nEightieth Session, 45th Meeting (AM)\n\nHarbour Assembly Adopts Resolution on Ferries, Elects Five Members of Port Council\n\nThe Harbour Assembly today adopted a resolution on ferries.\n');
    expect(r.title).toBe('Harbour Assembly Adopts Resolution on Ferries, Elects Five Members of Port Council');
    expect((await parseString('Harbour Council\n\nThe Harbour Council adopted a resolution on ferries.\n')).title).toBe('Harbour Council');
  });
  it('takes a headline under a place-and-date line, and the line itself when no headline follows', async () => {
    const record = await parseString('Geneva, 3 March 2026\n\nSummary record of the 12th meeting of the Committee on Marks\n\nThe Committee on Marks took note of the report.\n');
    expect([record.title, record.date, record.location]).toEqual(['Summary record of the 12th meeting of the Committee on Marks', '2026-03-03', 'Geneva']);
    const alone = await parseString('July 11-21, 2026, Geneva, Switzerland\n\nThe Council approved the budget for 2027.\n');
    expect(alone.title).toBe('July 11-21, 2026, Geneva, Switzerland');
  });
  it('takes a meeting\'s name before a kicker\'s word as the headline, and a committee\'s press notice line as furniture', async () => {
    const r = await parseString('Fifth Harbour Forum Leaders Meeting: Communiqué\n\nOslo, 9 September 2027\n\nLeaders endorsed the harbour plan.\n');
    expect([r.title, r.date, r.location]).toEqual(['Fifth Harbour Forum Leaders Meeting: Communiqué', '2027-09-09', 'Oslo']);
    const notice = await parseString('Harbour Select Committee: Press Notice\n\nCommittee publishes report on ferries\n\nThe Harbour Select Committee published its report on ferries.\n');
    expect(notice.title).toBe('Committee publishes report on ferries');
  });
  it('passes over a byline with its date, and labelled dates, to the headline', async () => {
    const posted = await parseString('News\n\nPosted on 12 March 2027 by Communications Team\n\nHarbour Council approves ferry plan\n\nThe Harbour Council approved the ferry plan on Tuesday.\n');
    expect([posted.title, posted.date]).toEqual(['Harbour Council approves ferry plan', '2027-03-12']);
    const published = await parseString('Harbour Council approves ferry plan\nPublished: 12 March 2027 | Updated: 13 March 2027\nBy Jane Smith\n\nThe Harbour Council approved the ferry plan on Tuesday.\n');
    expect([published.title, published.date, published.location]).toEqual(['Harbour Council approves ferry plan', '2027-03-12', null]);
  });
  it('passes over a site\'s menu line and a dateline with its time; reads the place of a dateline with the date in brackets', async () => {
    const menu = await parseString('Harbour Authority of Norland\nAbout us | News | Contact\n\nNews\n\n14 April 2027\n\nBoard of Directors adopts 2028 strategy\n\nThe Board of Directors adopted the 2028 strategy at its meeting in Bergen.\n');
    expect([menu.title, menu.date]).toEqual(['Board of Directors adopts 2028 strategy', '2027-04-14']);
    const time = await parseString('Thursday 14 April 2027 10:30\n\nCouncil adopts 2028 strategy\n\nThe Harbour Council adopted the 2028 strategy.\n');
    expect([time.title, time.date]).toEqual(['Council adopts 2028 strategy', '2027-04-14']);
    const bracketed = await parseString('Council adopts 2028 strategy\n\nBergen, Norway (14 April 2027) — The Harbour Council adopted the 2028 strategy.\n');
    expect([bracketed.date, bracketed.location]).toEqual(['2027-04-14', 'Bergen, Norway']);
  });
  it('skips a breadcrumb trail and a release notice to find the title', async () => {
    const r = await parseString('Home > News > Meetings\n\nPRESS RELEASE\nFor immediate release\n\nWater Board approves rate plan\n\nThe Metro Water Board approved a five-year rate plan on 3 March 2026.\n');
    expect(r.title).toBe('Water Board approves rate plan');
  });
  it('takes a mixed-case headline after the publisher\'s lines in capitals and a numbered kicker', async () => {
    const un = await parseString('UNITED NATIONS\nECONOMIC AND SOCIAL COUNCIL\n2026 SESSION, 14TH MEETING (AM)\n\nECOSOC Adopts Resolutions on Statistics, Elects Members\n\nThe Economic and Social Council today adopted three resolutions.\n');
    expect(un.title).toBe('ECOSOC Adopts Resolutions on Statistics, Elects Members');
    const imo = await parseString('INTERNATIONAL MARITIME ORGANIZATION\nPress Briefing 12/2026\n\nMarine Committee approves net-zero amendments\n\nLondon, 11 April 2026 – The Marine Committee approved draft amendments.\n');
    expect(imo.title).toBe('Marine Committee approves net-zero amendments');
    const city = await parseString('PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nCITY OF LAKEVIEW\nOffice of the Mayor\n\nLakeview City Council adopts 2027 budget\n\nLAKEVIEW, Mich. (Dec. 2, 2026) — The Lakeview City Council on Monday voted 5-2 to adopt the budget.\n');
    expect([city.title, city.date]).toEqual(['Lakeview City Council adopts 2027 budget', '2026-12-02']);
    const senate = await parseString('FACULTY SENATE MINUTES\nRegular Meeting, February 11, 2026\nRoom 201, Harmon Hall\n\nThe Senate elected a secretary for the year.\n');
    expect(senate.title).toBe('FACULTY SENATE MINUTES');
    const caps = await parseString('<h1>COUNCIL ADOPTS PORT BUDGET</h1><h2>Members agree on a three-year plan for the harbour</h2><p>The Harbour Council adopted its budget for 2027 on Monday.</p>', 'a.html');
    expect(caps.title).toBe('COUNCIL ADOPTS PORT BUDGET');
  });
  it('takes a short headline with a committee\'s number as the title', async () => {
    const r = await parseString('TC 211 plenary\n\nThe 60th plenary meeting of ISO/TC 211 was held on 2-4 June 2026.\n');
    expect(r.title).toBe('TC 211 plenary');
  });
  it('reads the town and country that end a dateline\'s other part', async () => {
    const wire = await parseString('Harbour Officials Set Work Plans\n\nHarbour Officials\' Meeting Bergen, Norway | 20 January 2027\n\nHarbour officials have wound up their first meeting for 2027 with a discussion of port fees.\n');
    expect([wire.location, wire.date]).toEqual(['Bergen, Norway', '2027-01-20']);
    const html = await parseString('<h2>Senior Officials meet in the north</h2><p>Bodø, Norway – 14 November 2026</p><p>The Senior Officials approved the work plan.</p>', 'a.html');
    expect(html.location).toBe('Bodø, Norway');
  });
  it('takes the headline under a Markdown page\'s furniture heading', async () => {
    const r = await parseString('# Harbour News\n\n## Harbour Council approves ferry contract\n\n14 March 2026\n\nThe Harbour Council approved the ferry contract.\n', 'a.md');
    expect(r.title).toBe('Harbour Council approves ferry contract');
    const minutes = await parseString('# Board Minutes\n\n## Approval of the agenda\n\nThe Board approved the agenda.\n', 'a.md');
    expect(minutes.title).toBe('Board Minutes');
  });
  it('has no title when the text opens with a sentence', async () => {
    const r = await parseString('On 5 May 2026, the 3rd meeting of the Working Group on Numbering was held in Oslo, Norway.\n');
    expect([r.title, r.date, r.location]).toEqual([null, '2026-05-05', 'Oslo, Norway']);
  });
  it('reads the place after each of the lexicon\'s place verbs, and after no other verb', async () => {
    for (const verb of defaultLexicon().lists.placeVerbs) {
      const phrase = verb === 'place' ? 'took place' : verb;
      expect((await parseString(`Notes\n\nThe regional meeting ${phrase} in Bergen, Norway, on 3 May 2026.\n`)).location).toBe('Bergen, Norway');
    }
    expect((await parseString('Notes\n\nThe regional meeting was praised in Bergen, Norway, on 3 May 2026.\n')).location).toBe(null);
  });
  it('reads the place after a place verb, its object and its dates', async () => {
    const r = await parseString('Tax news\n\nThe Committee on Tax (CT) held its 82nd plenary session on 24–25 June 2026 at the OECD Conference Centre in Paris. The CT approved guidance.\n');
    expect(r.location).toBe('Paris');
  });
  it('reads a labelled place on its own line, apart from the date below it', async () => {
    const r = await parseString('<html><body><h1>Harbour Project Team – 15th meeting</h1><p><b>Place:</b> Copenhagen, Denmark<br><b>Date:</b> 4–7 March 2025</p><p>The Team agreed its brief.</p></body></html>', 'a.html');
    expect([r.date, r.location]).toEqual(['2025-03-04', 'Copenhagen, Denmark']);
  });
  it('reads a labelled venue in the header', async () => {
    const r = await parseString('# Standards Council decisions\n\n**Date:** 3 June 2026 · **Venue:** Oslo, Norway\n\nThe Standards Council approved the work programme.\n', 'a.md');
    expect([r.date, r.location]).toEqual(['2026-06-03', 'Oslo, Norway']);
  });
  it('reads a venue and its town after a place verb', async () => {
    const r = await parseString('Minutes of the Board\n\nThe meeting was held on 20 February 2025 at the University Conference Centre, Leeds. The Board approved the budget.\n');
    expect(r.location).toBe('University Conference Centre, Leeds');
  });
  it('takes a dateline\'s place, not a body named with a date', async () => {
    const r = await parseString('# Environment Council, 17 June 2025\n\nLuxembourg, 17 June 2025\n\nMinisters reached a general approach on the regulation.\n', 'a.md');
    expect([r.title, r.date, r.location]).toEqual(['Environment Council, 17 June 2025', '2025-06-17', 'Luxembourg']);
  });
  it('reads the place of a dateline that opens the lead, in capitals or not', async () => {
    for (const place of ['Geneva', 'New York', 'Nairobi (Kenya)', 'GENEVA', 'Samarkand, Uzbekistan']) {
      const r = await parseString(`Board closes its session\n\n${place}, 10 February 2026 – The Executive Board adopted two resolutions.\n`);
      expect([r.date, r.location]).toEqual(['2026-02-10', place]);
    }
    expect((await parseString('Board closes its session\n\nThe Board, in its final hour – after a long debate – adopted the plan.\n')).location).toBe(null);
  });
  it('reads a dateline that ends with a period, and a town with its region', async () => {
    const sourced = await parseString('Board closes its session\n\nGeneva, 20 June 2025 (WMO) - The Executive Board adopted two resolutions.\n');
    expect([sourced.date, sourced.location]).toEqual(['2025-06-20', 'Geneva']);
    for (const place of ['Paris', 'Washington, D.C.', 'Samarkand, Uzbekistan']) {
      const r = await parseString(`Board closes its session\n\n${place}, 22 August 2025. The Executive Board adopted two resolutions.\n`);
      expect([r.date, r.location]).toEqual(['2025-08-22', place]);
    }
    expect((await parseString('Board closes its session\n\nIn 2025. The Board adopted two resolutions.\n')).location).toBe(null);
  });
  it('takes the first line of a Markdown note without headings for its title', async () => {
    const r = await parseString('Harbour Board narrative minutes, 2025-06-12\n\nThe Harbour Board approved the dredging plan.\n', 'a.md');
    expect(r.title).toBe('Harbour Board narrative minutes, 2025-06-12');
    const prose = await parseString('The Harbour Board approved the dredging plan on Monday after a long debate.\n\nIt also noted the fares.\n', 'b.md');
    expect(prose.title).toBe(null);
  });
  it('reads the town after a venue of one word', async () => {
    const r = await parseString('Harbour Council\nSummary record of the 12th meeting\nHeld at Headquarters, New York, on Tuesday, 22 July 2025, at 10 a.m.\n\nThe Council took note of the report.\n');
    expect(r.location).toBe('New York');
  });
  it('takes no place from a meeting to come', async () => {
    const r = await parseString('# Harbour PT1 meeting #86, Sophia Antipolis, 10–13 February 2027\n\n1. PT1 finalised the draft report.\n\nThe next PT1 meeting will be held in May 2027 in Helsinki.\n', 'a.md');
    expect(r.location).toBe('Sophia Antipolis');
  });
  it('reads the place a session closed in', async () => {
    const r = await parseString('Harbour COP15 wraps up\n\nThe fifteenth meeting of the Conference of the Parties closed on 17 February 2026 in Samarkand, Uzbekistan.\n');
    expect(r.location).toBe('Samarkand, Uzbekistan');
  });
  it('reads the place of a title that names the meeting, the place and the date, and a kicker after a dash', async () => {
    const r = await parseString('IEC TC 57 plenary meeting, Seoul, 3-4 June 2026 — Resolutions\n\nTC 57 approves the agenda of the meeting.\n');
    expect([r.date, r.location]).toEqual(['2026-06-03', 'Seoul']);
  });
  it('reads the place of a date line in brackets, and of a meeting "in" a place', async () => {
    expect((await parseString('Decisions of the Standing Committee\n\n(19-24 October 1998, Gland, Switzerland)\n\nThe Committee approved the budget.\n')).location).toBe('Gland, Switzerland');
    expect((await parseString('13th plenary meeting in Bogota, Colombia (May, 2012)\n\nThe committee agreed to cancel the standard.\n')).location).toBe('Bogota, Colombia');
  });
  it('takes a record\'s name with its date for the title after a publisher\'s lines in capitals', async () => {
    const r = await parseString('INTERNATIONAL HARBOUR UNION\nSTANDARDIZATION SECTOR\nSTUDY PERIOD 2025-2028\nHAG-R5\nOriginal: English\n\nReport of the fifth HAG meeting (Oslo, 9-13 June 2027)\n\nHAG approved the revision of Recommendation A.1.\n');
    expect([r.title, r.date, r.location]).toEqual(['Report of the fifth HAG meeting (Oslo, 9-13 June 2027)', '2027-06-09', 'Oslo']);
  });
  it('reads the place-and-date line under a session\'s line', async () => {
    const r = await parseString('Standing Committee on Harbours\n\nForty-Eighth Session\nGeneva, March 22 to 24, 2027\n\nSUMMARY BY THE CHAIR\n\n1. The Committee adopted its agenda.\n');
    expect([r.title, r.date, r.location]).toEqual(['Standing Committee on Harbours', '2027-03-22', 'Geneva']);
  });
  it('takes no place of a meeting prepared for', async () => {
    expect((await parseString('Main results\n\nMinisters agreed on the EU position for the COP32 climate conference in Belém.\n')).location).toBe(null);
  });
  it('takes no organisation for a place: an acronym that qualifies a noun, a headline after a dash', async () => {
    expect((await parseString('Notes\n\nThe Chairman reported on the work taking place in WTO regular bodies.\n')).location).toBe(null);
    expect((await parseString('IMO - outcomes of the 4th session of the sub-committee\n\nSDC 4 agreed to four interpretations.\n')).location).toBe(null);
    expect((await parseString('Notes\n\nGENEVA — The group met on 3 May 2026 and adopted its report.\n')).location).toBe('GENEVA');
    expect((await parseString('Notes\n\nGENEVA (ILO News) – The Governing Body concluded its session.\n')).location).toBe('GENEVA');
    expect((await parseString('BOARD OF SUPERVISORS – MEETING SUMMARY\n\nThe Board approved the consent calendar.\n')).location).toBe(null);
    expect((await parseString('IESG Narrative Minutes, 2026-03-19\n\nThe IESG approved the minutes.\n')).location).toBe(null);
    expect((await parseString('Cluster notes\n\nCWG-FHR – The group reviewed the financial report.\n')).location).toBe(null);
    expect((await parseString('HARBOUR BOARD MINUTES\n\nThe meeting opened at 6 PM.\n\nPUBLIC HEARING – Ferry license transfer, 14 Pier Street\nThe Board opened the hearing.\n')).location).toBe(null);
    expect((await parseString('OSLO — Press release — 12 May 2027\n\nThe Board approved the tariffs.\n')).location).toBe('OSLO');
  });
  it('keeps a town whose name has "of" when its country follows', async () => {
    const r = await parseString('Ferry ministers meet\n\nThe 24th Conference of Harbour Ministers was held on 17 October 2026 in Port of Spain, Trinidad and Tobago.\n');
    expect(r.location).toBe('Port of Spain, Trinidad and Tobago');
    expect((await parseString('Notes\n\nThe Board met in Oslo of all places.\n')).location).toBe('Oslo');
    expect((await parseString('Notes\n\nThe Forum was held from 9 to 11 September 2027 in Manila, the Philippines, hosted by the Ferry Agency.\n')).location).toBe('Manila, the Philippines');
  });
  it('keeps a country of several words after a place', async () => {
    expect((await parseString('Notes\n\nThe 12th meeting of the Working Group was held in Minsk, Republic of Belarus, on 5 March 2024.\n')).location).toBe('Minsk, Republic of Belarus');
    expect((await parseString('Notes\n\nOn 14 October 2025 in Almaty the 31st meeting of the Commission took place.\n')).location).toBe('Almaty');
  });
  it('takes no deadline for the meeting\'s date', async () => {
    const r = await parseString('Council extends mission\n\nThe Council today extended the mandate of the mission until 30 April 2027 and asked for comments by 1 June 2026.\n');
    expect(r.date).toBe(null);
    const terms = await parseString('Assembly elects members\n\nThe Assembly today elected five members for terms beginning on 1 January 2027, with rules effective as of 1 March 2027.\n');
    expect(terms.date).toBe(null);
    const held = await parseString('Council extends mission\n\nOn 3 May 2026 the Council extended the mandate of the mission until 30 April 2027.\n');
    expect(held.date).toBe('2026-05-03');
    const period = await parseString('Committee takes up budget\n\nThe Committee today considered the budget for the period from 1 July 2027 to 30 June 2028.\n');
    expect(period.date).toBe(null);
    const met = await parseString('Council meets\n\nThe Council met from 28 February to 1 March 2027 in Geneva.\n');
    expect(met.date).toBe('2027-02-28');
  });
  it('takes a range for its first day and a yearless date for null', async () => {
    expect((await parseString('Notes\n\nThe group met last 21-22 June in Mainz, Germany.\n')).date).toBe(null);
    expect((await parseString('Summary, 16–26 May 2016\n\nText.\n')).date).toBe('2016-05-16');
  });
  it('reads the title after an e-mail greeting and signature', async () => {
    const r = await parseString('Dear All,\n\nNotes below.\n\nBest regards,\n\nKim\n\nNotes 18 December\n\nStatus');
    expect(r.title).toBe('Notes 18 December');
  });
  it('reads Markdown front matter', async () => {
    const r = await parseString('---\ntitle: "From YAML"\ndate: 2026-01-05\nlocation: Rome\n---\n\n# Heading\n\nText.\n', 'a.md');
    expect([r.title, r.date, r.location]).toEqual(['From YAML', '2026-01-05', 'Rome']);
  });
  it('refuses code front matter and reports it', async () => {
    const r = await parseString('---js\nprocess.exit(1)\n---\n# T\n', 'a.md');
    expect(r.diagnostics.some((d) => d.rule === 'front-matter')).toBe(true);
  });
});
