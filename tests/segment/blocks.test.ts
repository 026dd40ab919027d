import { describe, expect, it } from 'vitest';
import { parseString } from '../helpers.js';

describe('blocks', () => {
  it('keeps the backticks of Markdown inline code, positioned as in the source', async () => {
    const r = await parseString('# Notes\n\nThe Steering Council discussed moving `master` to `main` for all repositories.\n', 'a.md');
    const action = r.groups[0]?.actions[0];
    expect(action?.text).toBe('discussed moving `master` to `main` for all repositories');
    expect(action?.position).toEqual({ start: { line: 3, column: 22 }, end: { line: 3, column: 78 } });
  });
  it('reads a name in Markdown inline code as its words, and keeps the backticks an entry cuts', async () => {
    const r = await parseString('# Cluster notes\n\n`CWG-HF` (Harbour Fees) reviewed the draft budget and agreed to rename `tariff-2` to `tariff-3`.\n', 'a.md');
    expect(r.groups.map((g) => g.id)).toEqual(['CWG-HF']);
    expect(r.groups[0]?.actions[0]?.text).toBe('reviewed the draft budget');
    expect(r.groups[0]?.outcomes[0]?.text).toBe('agreed to rename `tariff-2` to `tariff-3`');
  });
  it('reads a page laid out in a table of one cell a row as its cells, a blank line between breaks as a paragraph break, and a bold first line as the headline', async () => {
    const html = '<html><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td><font size="4"><b>Harbour Commission concludes its session</b></font><br><i>Riga, 12 November 2027</i><br><br>The Harbour Commission adopted the mooring rules.<br><br>Delegations from Estonia and Latvia took part in the session.<br></td></tr></table></body></html>';
    const r = await parseString(html, 'a.html');
    expect([r.title, r.date, r.location]).toEqual(['Harbour Commission concludes its session', '2027-11-12', 'Riga']);
    expect(r.groups[0]?.participants.map((p) => p.name)).toEqual(['Estonia', 'Latvia']);
  });
  it('keeps a table of data as rows', async () => {
    const r = await parseString('<h1>Harbour Board decisions</h1><table><tr><td>Ferry fares</td><td>The Harbour Board approved the fares.</td></tr></table>', 'a.html');
    expect(r.groups[0]?.outcomes.map((e) => e.text)).toEqual(['approved the fares']);
  });
  it('leaves out a page\'s sidebar, related news and breadcrumb trail, by class, id or role', async () => {
    const html = '<div class="breadcrumb">Home &gt; News</div><div id="content"><h1>Harbour Council approves strategy</h1><p>The Harbour Council met on 2 June 2026 and approved its strategy.</p></div><div id="sidebar"><h3>Related news</h3><ul><li><a href="/n1">Ferry Committee approves 2027 budget</a></li></ul></div><div class="related-news"><p>Dock Board adopts fares</p></div><section role="complementary"><p>Pier Committee adopts plan</p></section>';
    const r = await parseString(html, 'a.html');
    expect(r.groups.map((g) => g.id)).toEqual(['Harbour Council']);
    expect(r.title).toBe('Harbour Council approves strategy');
  });
  it('leaves out the site\'s own header, so that its name is not the title', async () => {
    const html = '<div class="site-header"><h1>City of Harbourton</h1></div><div class="content"><h2>Council approves transit plan</h2><p>The Harbourton City Council approved the transit plan on 3 May 2026.</p></div>';
    const r = await parseString(html, 'a.html');
    expect(r.title).toBe('Council approves transit plan');
  });
  it('reads an HTML page\'s inline code as its text, and keeps code blocks out of the prose', async () => {
    const r = await parseString('<h1>Notes</h1><p>The Steering Council discussed moving <code>master</code> to <code>main</code> for all repositories.</p>', 'a.html');
    expect(r.groups[0]?.actions[0]?.text).toBe('discussed moving master to main for all repositories');
  });
  it('reads the bullet lines of an HTML paragraph as a list\'s items, positioned as in the source', async () => {
    const html = '<h1>Notes</h1>\n<p>The Harbour Board met on 3 May 2026. The following issues were considered:<br>\n- On the results of the ferry survey.<br>\n- On the dredging plan for 2027.</p>\n';
    const r = await parseString(html, 'a.html');
    const actions = r.groups[0]?.actions ?? [];
    expect(actions.map((a) => a.text)).toEqual(['On the results of the ferry survey', 'On the dredging plan for 2027']);
    expect(actions[1]?.position).toEqual({ start: { line: 4, column: 3 }, end: { line: 4, column: 32 } });
    const one = await parseString('<h1>Notes</h1><p>The Harbour Board met on 3 May 2026.<br>- It adopted the budget.</p>', 'b.html');
    expect(one.groups[0]?.outcomes.map((a) => a.text)).toEqual(['adopted the budget']);
  });
  it('reads HTML paragraphs in a row that open with a number or a letter as a list\'s items', async () => {
    const html = '<h1>Decision of the Harbour Board</h1>\n<p>The Harbour Board:</p>\n<p>(a) approved the holding of a technical meeting on ferries;</p>\n<p>(b) took note of the programme of meetings.</p>\n<p>2018. The year closed.</p>\n';
    const r = await parseString(html, 'a.html');
    expect(r.groups[0]?.outcomes.map((a) => a.text)).toEqual(['approved the holding of a technical meeting on ferries']);
    expect(r.groups[0]?.actions.map((a) => a.text)).toEqual(['took note of the programme of meetings']);
    expect(r.groups[0]?.outcomes[0]?.position.start).toEqual({ line: 3, column: 8 });
  });
  it('reads a Markdown paragraph\'s lines that open with a bullet or a letter CommonMark does not know as a list\'s items', async () => {
    const md = '# Decision of the Harbour Board\n\nThe Harbour Board:\n\n(a) approved the holding of a technical meeting on ferries;\n(b) took note of the programme of meetings.\n';
    const r = await parseString(md, 'a.md');
    expect(r.groups[0]?.outcomes.map((a) => a.text)).toEqual(['approved the holding of a technical meeting on ferries']);
    expect(r.groups[0]?.actions[0]?.position).toEqual({ start: { line: 6, column: 5 }, end: { line: 6, column: 43 } });
    const bullets = await parseString('# Notes\n\nThe Harbour Board:\n\n• approved the budget;\n• took note of the report.\n', 'b.md');
    expect(bullets.groups[0]?.actions.map((a) => a.text)).toEqual(['took note of the report']);
    const plain = await parseString('# Notes\n\nThe Harbour Board met on\n3 May and approved the budget.\n', 'c.md');
    expect(plain.groups[0]?.outcomes.map((a) => a.text)).toEqual(['approved the budget']);
  });
  it('reads the rows of an HTML table as items, each by its first cell, under a short column heading', async () => {
    const html = '<h1>Actions</h1><p>The Planning Commission met on 9 April 2026 and took the following actions:</p><table><tr><th>Item</th><th>Action</th></tr><tr><td>Rezoning of 12 Elm Street</td><td>Approved 5-0</td></tr><tr><td>Sign ordinance amendment</td><td>Continued</td></tr></table>';
    const r = await parseString(html, 'a.html');
    expect(r.groups[0]?.actions.map((a) => a.text)).toEqual(['Rezoning of 12 Elm Street', 'Sign ordinance amendment']);
  });
  it('reads a short paragraph in bold as a heading, and a sentence in bold as prose', async () => {
    const r = await parseString('**Harbour Council approves ferry contract**\n\n*14 March 2026, Tromsø*\n\nThe Harbour Council approved the ferry contract on Thursday.\n', 'a.md');
    expect([r.title, r.date, r.location]).toEqual(['Harbour Council approves ferry contract', '2026-03-14', 'Tromsø']);
    const prose = await parseString('# Notes\n\n**The Harbour Council approved the ferry contract.**\n', 'a.md');
    expect(prose.groups[0]?.outcomes[0]?.text).toBe('approved the ferry contract');
  });
  it('reads a page laid out in a table of one cell per row as paragraphs', async () => {
    const html = '<table><tr><td>Notes</td></tr><tr><td>The Harbour Council met on 3 May 2026 and approved the budget for 2027.</td></tr></table>';
    const r = await parseString(html, 'a.html');
    expect(r.groups[0]?.outcomes.map((a) => a.text)).toEqual(['approved the budget for 2027']);
  });
});
