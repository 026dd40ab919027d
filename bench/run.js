#!/usr/bin/env node
// The benchmark: in one run, on one corpus, the floor (reading the files), the peer (remark-parse
// alone), parseBulletin in-process (whole and per stage), digest parse over the files against a
// remark-parse script as processes, digest build end to end (cold --jobs 1, cold --jobs 2, warm),
// start-up, peak RSS of large builds, of a parse of many files and of one big bulletin; medians of several rounds (the
// in-process measures after one untimed pass each, their timed rounds taken in turn), and the
// ratios the targets are stated in. It reports and never asserts.
//
// The corpus is real text when there is some: the files of --corpus DIR, or of
// ../shared/corpus/bulletins beside the project, cycled up to the number of files asked (copied
// into a temporary folder, never into the repository). Without one it generates text, and says so.
//
//   npm run bench -- [--corpus DIR] [--files N] [--rounds N] [--rss-files N] [--parse-rss-files N] [--big-mb N] [--json]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeCorpus } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'digest.js');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const FILES = opt('--files', 2000);
const ROUNDS = opt('--rounds', 3);
// In-process rounds are cheap: more of them steady the medians on a noisy machine.
const IN_ROUNDS = Math.max(5, ROUNDS);
const RSS_FILES = opt('--rss-files', 10000);
const PARSE_RSS_FILES = opt('--parse-rss-files', 20000);
const BIG_MB = opt('--big-mb', 20);
const corpusArg = args.indexOf('--corpus') >= 0 ? args[args.indexOf('--corpus') + 1] : undefined;
const REAL = corpusArg ?? join(root, '..', 'shared', 'corpus', 'bulletins');
const real = existsSync(REAL) ? listFiles(REAL).filter((f) => /\.(?:txt|md|html?)$/i.test(f)) : [];

/** Copies the real bulletins, cycled, into `dir` up to `n` files (else generates `n`); resolves to the bytes written. */
async function corpusOf(dir, n, seed) {
  if (real.length === 0) return writeCorpus(dir, n, seed);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const f = real[i % real.length];
    copyFileSync(f, join(dir, `${String(i).padStart(6, '0')}-${f.split(/[\\/]/).pop()}`));
    bytes += statSync(f).size;
  }
  return bytes;
}
const JSON_OUT = args.includes('--json');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...listFiles(join(dir, e.name)));
    else out.push(join(dir, e.name));
  }
  return out.sort();
}

/** Collects garbage before a timed measure (with --expose-gc, which `npm run bench` passes), so no measure pays for the last one's garbage. */
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

async function time(fn) {
  collect();
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

/** Runs a command; resolves to seconds and the peak RSS in MB (polled from /proc). */
function runProcess(argv, cwd) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let peak = 0;
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        // the process has ended
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      else resolve({ seconds: (performance.now() - t) / 1000, rssMB: peak });
    });
  });
}

function startup(argv, cwd) {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed`);
  return (performance.now() - t) / 1000;
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('build first: npm run build');
  const work = await mkdtemp(join(tmpdir(), 'digest-bench-'));
  try {
    const corpus = join(work, 'corpus');
    const bytes = await corpusOf(corpus, FILES);
    const files = listFiles(corpus);
    const mb = bytes / 1e6;
    const log = (s) => {
      if (!JSON_OUT) process.stderr.write(`${s}\n`);
    };
    log(real.length > 0 ? `corpus: ${files.length} files, ${mb.toFixed(1)} MB, real bulletins of ${REAL} cycled` : `corpus: no real bulletins found (${REAL}); ${files.length} generated files, ${mb.toFixed(1)} MB`);

    // 1. floor, 2. peer (remark-parse alone), 3. parseBulletin in-process, over the same files.
    // Each runs once untimed first (page cache, JIT warm-up); then the timed rounds take the three
    // in turn, so that a slow spell of this noisy machine falls on all three, not on one of them.
    const readAll = async () => { for (const f of files) await readFile(f); };
    const texts = await Promise.all(files.map((f) => readFile(f)));
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const processor = unified().use(remarkParse);
    const remarkAll = async () => { for (const b of texts) processor.parse(b.toString('utf8')); };
    const { parseBulletin } = await import(join(root, 'dist', 'index.js'));
    const parseAll = async () => { for (let i = 0; i < texts.length; i++) await parseBulletin({ path: files[i], bytes: texts[i] }); };
    await readAll();
    await remarkAll();
    await parseAll();
    const floor = [];
    const peer = [];
    const ours = [];
    for (let r = 0; r < IN_ROUNDS; r++) {
      floor.push(await time(readAll));
      peer.push(await time(remarkAll));
      ours.push(await time(parseAll));
    }
    // Per stage: one more pass, each stage's time summed over the files.
    const timings = {};
    for (let i = 0; i < texts.length; i++) await parseBulletin({ path: files[i], bytes: texts[i] }, { timings });
    log('in-process measures done');
    // 3b. as processes: digest parse over the files (one thread and the default), and a script that reads and remark-parses them.
    const peerScript = join(root, 'bench', 'remark-peer.js');
    const procPeer = [];
    const procOurs = [];
    const procOurs1 = [];
    for (let r = 0; r < ROUNDS; r++) {
      procPeer.push((await runProcess([peerScript, ...files], work)).seconds);
      procOurs.push((await runProcess([bin, 'parse', '-q', ...files], work)).seconds);
      procOurs1.push((await runProcess([bin, 'parse', '-q', '--jobs', '1', ...files], work)).seconds);
    }
    log(`digest parse as a process: ${median(procOurs).toFixed(2)} s (--jobs 1: ${median(procOurs1).toFixed(2)} s); remark-parse script ${median(procPeer).toFixed(2)} s`);
    // 4. build end to end
    const cold1 = [];
    const cold2 = [];
    const warm = [];
    let rss2k = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const out1 = join(work, `out-j1-${r}`);
      const a = await runProcess([bin, 'build', corpus, '-o', out1, '-q', '--jobs', '1'], work);
      cold1.push(a.seconds);
      const out2 = join(work, `out-j2-${r}`);
      const b = await runProcess([bin, 'build', corpus, '-o', out2, '-q', '--jobs', '2'], work);
      cold2.push(b.seconds);
      rss2k = Math.max(rss2k, a.rssMB, b.rssMB);
      const c = await runProcess([bin, 'build', corpus, '-o', out2, '-q', '--jobs', '2'], work);
      warm.push(c.seconds);
      log(`build round ${r + 1}: cold j1 ${a.seconds.toFixed(2)} s, cold j2 ${b.seconds.toFixed(2)} s, warm ${c.seconds.toFixed(2)} s`);
    }
    // 5. start-up
    const one = files[0];
    const base = [];
    const ver = [];
    const parseOne = [];
    // Start-ups are short and the machine is noisy: many runs, taken in turn, steady the medians.
    for (let r = 0; r < Math.max(15, ROUNDS * 5); r++) {
      base.push(startup(['-e', '0'], work));
      ver.push(startup([bin, '--version'], work));
      parseOne.push(startup([bin, 'parse', one], work));
    }
    // 6. peak RSS at RSS_FILES
    let rssBig = null;
    if (RSS_FILES > 0) {
      const big = join(work, 'big');
      await corpusOf(big, RSS_FILES, 7);
      const r = await runProcess([bin, 'build', big, '-o', join(work, 'out-big'), '-q', '--jobs', '2'], work);
      rssBig = r.rssMB;
      log(`build of ${RSS_FILES} files: ${r.seconds.toFixed(2)} s, peak RSS ${r.rssMB.toFixed(0)} MB`);
    }

    // 6b. peak RSS of digest parse over PARSE_RSS_FILES files
    let parseRss = null;
    if (PARSE_RSS_FILES > 0) {
      const many = join(work, 'many');
      await corpusOf(many, PARSE_RSS_FILES, 11);
      const r = await runProcess([bin, 'parse', '-q', many], work);
      parseRss = r.rssMB;
      log(`digest parse of ${PARSE_RSS_FILES} files: ${r.seconds.toFixed(2)} s, peak RSS ${r.rssMB.toFixed(0)} MB`);
    }

    // 7. one big bulletin on one line: parsed, or refused with a message, within 10× its size + 100 MB
    let bigRss = null;
    if (BIG_MB > 0) {
      const line = texts.map((b) => b.toString('utf8').replace(/\s+/g, ' ')).join(' ');
      const size = BIG_MB * 1e6;
      const big = join(work, 'big.txt');
      writeFileSync(big, line.repeat(Math.ceil(size / line.length)).slice(0, size));
      const r = await runProcess([bin, 'parse', '-q', '--max-bytes', String(2 * size), big], work);
      bigRss = r.rssMB;
      log(`one ${BIG_MB} MB bulletin: ${r.seconds.toFixed(2)} s, peak RSS ${r.rssMB.toFixed(0)} MB`);
    }

    const m = {
      real_text: real.length > 0,
      big_bulletin_MB: BIG_MB,
      big_bulletin_rss_MB: bigRss,
      files: files.length,
      megabytes: Number(mb.toFixed(2)),
      rounds: ROUNDS,
      in_process_rounds: IN_ROUNDS,
      node: process.version,
      floor_MBps: mb / median(floor),
      remark_parse_MBps: mb / median(peer),
      parseBulletin_MBps: mb / median(ours),
      parseBulletin_docsps: files.length / median(ours),
      stage_MBps: Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, mb / (ms / 1000)])),
      process_parse_s: median(procOurs),
      process_parse_jobs1_s: median(procOurs1),
      process_remark_s: median(procPeer),
      parse_rss_files: PARSE_RSS_FILES,
      parse_rss_MB: parseRss,
      build_cold_jobs1_s: median(cold1),
      build_cold_jobs2_s: median(cold2),
      build_warm_s: median(warm),
      startup_node_s: median(base),
      startup_version_s: median(ver),
      startup_parse_one_s: median(parseOne),
      rss_MB_at_files: rss2k,
      rss_MB_at_rss_files: rssBig,
      rss_files: RSS_FILES,
    };
    const ratios = {
      parse_vs_remark: m.parseBulletin_MBps / m.remark_parse_MBps,
      parse_vs_floor: m.parseBulletin_MBps / m.floor_MBps,
      stage_vs_remark: Object.fromEntries(Object.entries(m.stage_MBps).map(([stage, v]) => [stage, v / m.remark_parse_MBps])),
      process_parse_vs_remark: m.process_remark_s / m.process_parse_s,
      process_parse_jobs1_vs_remark: m.process_remark_s / m.process_parse_jobs1_s,
      // The same ratios paired round by round (the three measures of a round run back to back,
      // so a slow spell of the machine falls on both sides of each ratio), then the median.
      parse_vs_remark_paired: median(ours.map((t, r) => peer[r] / t)),
      parse_vs_floor_paired: median(ours.map((t, r) => floor[r] / t)),
      jobs2_speedup: m.build_cold_jobs1_s / m.build_cold_jobs2_s,
      warm_vs_cold: m.build_warm_s / m.build_cold_jobs2_s,
      version_vs_node: m.startup_version_s / m.startup_node_s,
      parse_one_vs_node: m.startup_parse_one_s / m.startup_node_s,
      rss_growth: rssBig === null ? null : rssBig / rss2k,
    };
    if (JSON_OUT) {
      console.log(JSON.stringify({ measures: m, ratios }, null, 2));
      return;
    }
    const rows = [
      ['floor: fs.promises.readFile', `${m.floor_MBps.toFixed(1)} MB/s`, ''],
      ['peer: remark-parse alone', `${m.remark_parse_MBps.toFixed(1)} MB/s`, ''],
      ['parseBulletin, in-process', `${m.parseBulletin_MBps.toFixed(1)} MB/s, ${m.parseBulletin_docsps.toFixed(0)} docs/s`, `${ratios.parse_vs_remark.toFixed(2)}× remark (target ≥ 2.5), ${ratios.parse_vs_floor.toFixed(2)}× floor; paired by round: ${ratios.parse_vs_remark_paired.toFixed(2)}× and ${ratios.parse_vs_floor_paired.toFixed(2)}×`],
      ['… by stage (MB/s)', Object.entries(m.stage_MBps).map(([stage, v]) => `${stage} ${v.toFixed(1)}`).join(', '), `× remark: ${Object.entries(ratios.stage_vs_remark).map(([stage, v]) => `${stage} ${v.toFixed(2)}`).join(', ')}`],
      ['peer as a process: read and remark-parse the files', `${m.process_remark_s.toFixed(2)} s`, ''],
      ['digest parse FILES…, as a process', `${m.process_parse_s.toFixed(2)} s`, `${ratios.process_parse_vs_remark.toFixed(2)}× the remark script (target ≥ 2)`],
      ['digest parse --jobs 1 FILES…, as a process', `${m.process_parse_jobs1_s.toFixed(2)} s`, `${ratios.process_parse_jobs1_vs_remark.toFixed(2)}× the remark script`],
      ['build, cold, --jobs 1', `${m.build_cold_jobs1_s.toFixed(2)} s`, ''],
      ['build, cold, --jobs 2', `${m.build_cold_jobs2_s.toFixed(2)} s`, `${ratios.jobs2_speedup.toFixed(2)}× faster than --jobs 1 (target ≥ 1.4)`],
      ['build, warm (nothing changed)', `${m.build_warm_s.toFixed(2)} s`, `${(100 * ratios.warm_vs_cold).toFixed(0)} % of cold (target ≤ 10 %)`],
      ['start-up: node -e 0', `${(1000 * m.startup_node_s).toFixed(0)} ms`, ''],
      ['start-up: digest --version', `${(1000 * m.startup_version_s).toFixed(0)} ms`, `${ratios.version_vs_node.toFixed(2)}× node (target ≤ 1.3)`],
      ['start-up: digest parse one.txt', `${(1000 * m.startup_parse_one_s).toFixed(0)} ms`, `${ratios.parse_one_vs_node.toFixed(2)}× node (target ≤ 2.5)`],
      [`peak RSS, build of ${files.length} files`, `${m.rss_MB_at_files.toFixed(0)} MB`, ''],
      [`peak RSS, build of ${RSS_FILES} files`, rssBig === null ? 'skipped' : `${rssBig.toFixed(0)} MB`, rssBig === null ? '' : `${ratios.rss_growth.toFixed(2)}× the ${files.length}-file figure (targets ≤ 300 MB, ≤ 1.5×)`],
      [`peak RSS, digest parse of ${PARSE_RSS_FILES} files`, parseRss === null ? 'skipped' : `${parseRss.toFixed(0)} MB`, parseRss === null ? '' : 'target ≤ 150 MB'],
      [`peak RSS, digest parse of one ${BIG_MB} MB bulletin`, bigRss === null ? 'skipped' : `${bigRss.toFixed(0)} MB`, bigRss === null ? '' : `${(bigRss / BIG_MB).toFixed(1)}× its size (target ≤ ${10 * BIG_MB + 100} MB: 10× + 100)`],
    ];
    console.log(`| measure (${files.length} ${real.length > 0 ? 'real' : 'generated'} files, ${mb.toFixed(1)} MB, ${process.version}, medians of ${IN_ROUNDS} in-process and ${ROUNDS} builds) | result | ratio |`);
    console.log('| --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
