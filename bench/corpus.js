// A deterministic corpus of synthetic bulletins in the shapes of the fixtures (cluster reports,
// agenda reports, committee reports, UN-style summaries), seeded, of several sizes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = [
  ['CWG FHR', 'Financial and Human Resources'], ['CWG-Internet', 'International Internet-related Public Policy Issues'],
  ['CWG-COP', 'Child Online Protection'], ['CWG-LANG', 'Use of the Six Official Languages of the Union'],
  ['CWG-SFP', 'Strategic and Financial Plans'], ['EG-ITRs', 'International Telecommunication Regulations'],
  ['EG-DEC.482', null], ['IEG-WTPF', null], ['WP 5D', 'IMT Systems'], ['ITU-T SG17', 'Security'], ['ITU-R SG5', null],
  ['TSAG', 'Telecommunication Standardization Advisory Group'], ['TDAG', 'Telecommunication Development Advisory Group'],
];
const COUNTRIES = ['Armenia', 'Belarus', 'Brazil', 'Canada', 'Chile', 'China', 'Finland', 'Germany', 'India', 'Japan', 'Kenya', 'Mexico', 'Norway', 'Rwanda', 'Senegal', 'Switzerland'];
const ACTIONS = ['reviewed', 'discussed', 'considered', 'examined', 'focused on'];
const OUTCOMES = ['agreed on', 'approved', 'adopted', 'endorsed', 'finalized'];
const OBJECTS = [
  'the draft budget for the next biennium', 'the results of the open consultation on connectivity', 'the staffing plan of the secretariat',
  'the draft resolution on emergency communications', 'the work programme for the coming study period', 'the liaison statements from other bodies',
  'the report of the correspondence group on spectrum sharing', 'the terms of reference of its working parties',
  'the guidelines for fully virtual meetings with remote participation', 'the evaluation criteria for candidate technologies',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

function paragraph(rnd, [designator, name]) {
  const head = name ? `${designator} (${name})` : designator;
  const parts = [`${head} ${pick(rnd, ACTIONS)} ${pick(rnd, OBJECTS)} and ${pick(rnd, OUTCOMES)} ${pick(rnd, OBJECTS)}.`];
  const extra = Math.floor(rnd() * 3);
  for (let i = 0; i < extra; i++) parts.push(`The group also ${pick(rnd, ACTIONS)} ${pick(rnd, OBJECTS)}, taking into account proposals from ${pick(rnd, COUNTRIES)} and ${pick(rnd, COUNTRIES)}.`);
  return `     ${parts.join(' ')}`;
}

/** One synthetic bulletin: its text, of roughly `size` bytes. */
export function bulletin(rnd, index, size) {
  const day = 1 + Math.floor(rnd() * 28);
  const month = 1 + Math.floor(rnd() * 12);
  const year = 2024 + Math.floor(rnd() * 2);
  const dateline = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  const shape = index % 4;
  const lines = [];
  if (shape === 0) lines.push('$f_NewsTitle', dateline, `Cluster of Council Working Groups, report ${index}`, '', `     Today, ${MONTHS[month - 1]} ${day}, the cluster of meetings of the Council Working Groups came to an end in Geneva.`, '');
  else if (shape === 1) lines.push(`On ${day} ${MONTHS[month - 1]} ${year}, the ${index}th meeting of the Working Group on Spectrum Policy was held in Oslo, Norway.`, `The meeting was attended by representatives of ${pick(rnd, COUNTRIES)}, ${pick(rnd, COUNTRIES)} and ${pick(rnd, COUNTRIES)}.`, 'The following issues were considered during the meeting:');
  else if (shape === 2) lines.push(`Summary report, ${day}–${Math.min(28, day + 3)} ${MONTHS[month - 1]} ${year}`, '', `The conference convened in Bonn, Germany, and included sessions of several bodies.`, '');
  else lines.push(`Regional meeting ${index} - ${pick(rnd, ['Geneva', 'Paris', 'Nairobi'])}`, '', `${dateline}`, '', `The regional coordination meeting was held in Dubai on ${day} ${MONTHS[month - 1]} ${year}.`, '');
  let text = lines.join('\n') + '\n';
  while (text.length < size) {
    if (shape === 1) text += `- On ${pick(rnd, OBJECTS)}.\n`;
    else text += `\n${paragraph(rnd, pick(rnd, GROUPS))}\n`;
  }
  if (shape === 1) text += 'At this meeting, the agenda and the work plan were approved.\n';
  return text;
}

/** Writes `count` bulletins into `dir`, in sub-folders of 500; returns the total bytes. */
export async function writeCorpus(dir, count, seed = 42) {
  const rnd = random(seed);
  const sizes = [1500, 4000, 6500, 9000, 12000];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) await mkdir(sub, { recursive: true });
    const text = bulletin(rnd, i, sizes[i % sizes.length] + Math.floor(rnd() * 800));
    bytes += Buffer.byteLength(text);
    await writeFile(join(sub, `bulletin-${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}
