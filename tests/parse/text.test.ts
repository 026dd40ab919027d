import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { toBlocks, pointAt } from '../../src/segment/blocks.js';

describe('plain text → mdast', () => {
  it('keeps indented paragraphs as paragraphs, never code', () => {
    const tree = parseText('\u00a0\u00a0\u00a0\u00a0 First paragraph.\n\n      Second one.');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });
  it('splits one-paragraph-per-line files at sentence ends', () => {
    const blocks = toBlocks(parseText('One sentence here.\nAnother one here.'));
    expect(blocks.map((b) => b.text)).toEqual(['One sentence here.', 'Another one here.']);
  });
  it('keeps a roster\'s labelled lines apart, however long', () => {
    const blocks = toBlocks(parseText('PRESENT: Mayor Joan Peters; Councillors Ahmed, Brennan, Cho and Duval\nABSENT: Councillor Evans'));
    expect(blocks.map((b) => b.text)).toEqual(['PRESENT: Mayor Joan Peters; Councillors Ahmed, Brennan, Cho and Duval', 'ABSENT: Councillor Evans']);
  });
  it('reads the lines after a line that ends with a colon as a list\'s items, wrapped ones joined', () => {
    const blocks = toBlocks(parseText('Resolutions adopted include:\nResolution 1 – Approval of the budget.\nResolution 2 – Establishment of an ad hoc group\non drones.\nAdoption of the report\n\nThe next plenary will be held in May.'));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Resolutions adopted include:'],
      ['item', 'Resolution 1 – Approval of the budget.'],
      ['item', 'Resolution 2 – Establishment of an ad hoc group on drones.'],
      ['item', 'Adoption of the report'],
      ['paragraph', 'The next plenary will be held in May.'],
    ]);
    expect(toBlocks(parseText('PRESENT:\nJane Doe\nJohn Smith')).map((b) => b.kind)).not.toContain('item');
  });
  it('reads the markers of decisions and documents as list items: ".1", "iv)", "(b)"', () => {
    const blocks = toBlocks(parseText('The Committee:\n.1 noted the report;\n.2 approved the guidance.\n\nThe Board:\nii) agreed the budget;\niii) noted the audit.'));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The Committee:'],
      ['item', 'noted the report;'],
      ['item', 'approved the guidance.'],
      ['paragraph', 'The Board:'],
      ['item', 'agreed the budget;'],
      ['item', 'noted the audit.'],
    ]);
  });
  it('joins hard-wrapped lines', () => {
    const blocks = toBlocks(parseText('The group discussed the budget and\nagreed on a plan.'));
    expect(blocks).toHaveLength(1);
  });
  it('ends a paragraph after an unwrapped line that lacks its full stop', () => {
    const long = `The meeting was preceded by training sessions on ${'many topics, '.repeat(12)}and by a meeting of the Convention`;
    const blocks = toBlocks(parseText(`${long}\nThe meeting adopted eight recommendations.`));
    expect(blocks.map((b) => b.text)).toEqual([long, 'The meeting adopted eight recommendations.']);
  });
  it('reads bullets and numbers as list items, nested numbers as sub-items', () => {
    const blocks = toBlocks(parseText('The agenda included:\n- First item;\n- Reports:\n1. One;\n2. Two.\n- Last.'));
    expect(blocks.map((b) => [b.kind, b.depth])).toEqual([['paragraph', 0], ['item', 1], ['item', 1], ['item', 2], ['item', 2], ['item', 1]]);
  });
  it('reads small letters with a period or a parenthesis as list markers', () => {
    const blocks = toBlocks(parseText('The Board:\na. approved the minutes;\nb) adopted the tariff.'));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'The Board:'], ['item', 'approved the minutes;'], ['item', 'adopted the tariff.']]);
  });
  it('gives an indented line under a bullet to that item', () => {
    const blocks = toBlocks(parseText('  • Heading of item\n    Body of the item.'));
    expect(blocks[1]?.itemOf).toBe(0);
  });
  it('maps offsets back to true source positions', () => {
    const blocks = toBlocks(parseText('\n\n     Indented text\n     goes on.'));
    const b = blocks[0];
    expect(b && pointAt(b, 0)).toEqual({ line: 3, column: 6 });
    expect(b && pointAt(b, b.text.indexOf('goes'))).toEqual({ line: 4, column: 6 });
  });
});
