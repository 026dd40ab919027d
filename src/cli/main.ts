/**
 * The command line: commander wiring over the API. `run(argv, io)` returns the exit code and
 * never calls `process.exit`, so the real program runs in tests. Exit codes: 0 success, 1 the
 * input or a check failed, 2 usage, config or template error.
 */
import { createRequire } from 'node:module';
import type { Io } from './io.js';
import { wantsColor } from './io.js';
import { DigestError } from '../model/errors.js';

const require = createRequire(import.meta.url);

/** The package version, read from package.json. */
export function version(): string {
  return (require('../../package.json') as { version: string }).version;
}

let built: string | undefined;

/**
 * The version and the build's id (a hash of the built code and data, `dist/build-id.json`): what cached records were
 * made by. Two builds of one version differ in it; run from the sources, there is no build id.
 */
export function buildVersion(): string {
  if (built === undefined) {
    try {
      built = `${version()}+${(require('../build-id.json') as { id: string }).id}`;
    } catch {
      built = version();
    }
  }
  return built;
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new DigestError(`${name} expects a whole number of 1 or more, got "${value}"`, { code: 'USAGE', exitCode: 2 });
  return n;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  // `digest --version` is asked on every pipe and CI step: answer before loading the parser of argv.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    await io.stdout(`${version()}\n`);
    return 0;
  }
  const { Command, CommanderError, Option } = await import('commander');
  let exitCode = 0;
  const program = new Command('digest');
  program
    .description('Turn meeting bulletins into structured records and readable Markdown digests.')
    .version(version(), '-V, --version')
    .option('--no-color', 'never colour messages')
    .option('--color', 'colour messages even when not on a terminal')
    .option('--config <file>', 'config file (default: digest.config.yaml found upward from the working folder)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout(s),
      writeErr: (s) => io.stderr(s),
    })
    .showHelpAfterError('(run digest --help for usage)');

  const colorOf = (): boolean => {
    const opts = program.opts<{ color?: boolean }>();
    const explicit = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
    return wantsColor(explicit ?? (opts.color === false ? false : undefined), io.env, io.stderrIsTTY);
  };
  const useColor = colorOf();
  if (useColor) {
    const { loadColors } = await import('./report.js');
    await loadColors();
  }

  const config = async () => {
    const { loadConfig } = await import('../load/config.js');
    return loadConfig(io.cwd, program.opts<{ config?: string }>().config);
  };

  program
    .command('parse')
    .description('print one JSON record per bulletin (JSON Lines) to stdout')
    .argument('[files...]', 'bulletin files (.txt, .md, .html); - or nothing reads standard input')
    .option('--pretty', 'indent the JSON (one record is then several lines)')
    .option('--max-bytes <n>', 'skip files larger than this many bytes', (v) => positiveInt(v, '--max-bytes'))
    .option('-q, --quiet', 'print no warnings')
    .option('--strict', 'warnings fail the run (exit 1)')
    .option('--explain', 'add a debug-only "rule" field to every group, entry, participant and person: the extraction rule that produced it')
    .option('--no-registry', 'do not use the built-in registry of known bodies (bodies from the config still count)')
    .option('-j, --jobs <n>', 'parse in n threads (default: build.jobs of the config, else one fewer than the cores); records keep the input order', (v) => positiveInt(v, '--jobs'))
    .action(async (files: string[], opts: { pretty?: boolean; maxBytes?: number; quiet?: boolean; strict?: boolean; explain?: boolean; registry?: boolean; jobs?: number }) => {
      const { runParse } = await import('./parse-command.js');
      exitCode = await runParse(files, opts, { ...io, color: useColor }, await config());
    });

  program
    .command('build')
    .description('parse every bulletin in a folder and write digests')
    .argument('[folder]', 'folder of bulletins', '.')
    .option('-o, --out <dir>', 'output folder (default: digest)')
    .option('-t, --template <name|file>', 'a built-in template (bulletin, weekly, by-group, brief) or a template file (default: weekly)')
    .option('--period <period>', 'week | month | all | bulletin')
    .option('--since <date>', 'only bulletins dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only bulletins dated on or before YYYY-MM-DD')
    .option('--json', 'print the whole model (records and groups) instead of writing files')
    .option('--check', 'write nothing; list the files a build would add, change or remove; exit 1 if any')
    .option('-j, --jobs <n>', 'parse and render in n threads (default: one fewer than the cores, at least one)', (v) => positiveInt(v, '--jobs'))
    .option('--no-cache', 'parse every file again, and keep no cache')
    .option('--cache-location <dir>', 'keep the build cache in this folder (default: node_modules/.cache/digest of the package, else the user cache folder)')
    .option('--strict', 'warnings fail the run')
    .option('--now <date>', 'the date templates may print (default: SOURCE_DATE_EPOCH, else none)')
    .option('--max-bytes <n>', 'skip files larger than this many bytes', (v) => positiveInt(v, '--max-bytes'))
    .option('-q, --quiet', 'no progress, summary or warnings')
    .option('--verbose', 'also print notes')
    .action(async (folder: string, opts: Record<string, unknown>) => {
      const { runBuild } = await import('./build-command.js');
      exitCode = await runBuild(folder, opts, await config(), { ...io, color: useColor });
    });

  program
    .command('render')
    .description('render records read as JSON or JSON Lines (from digest parse, or jq) with a template')
    .argument('[file]', 'records file; - or nothing reads standard input')
    .option('-t, --template <name|file>', 'a built-in template or a template file')
    .option('--period <period>', 'week | month | all | bulletin')
    .option('--strict', 'template warnings (a variable the template\'s digests never have) fail the run (exit 1)')
    .action(async (file: string | undefined, opts: { template?: string; period?: string; strict?: boolean }) => {
      const { runRender } = await import('./render-command.js');
      exitCode = await runRender(file, opts, { ...io, color: useColor });
    });

  program
    .command('templates')
    .description('list the built-in templates')
    .action(async () => {
      const { runTemplates } = await import('./templates-command.js');
      exitCode = await runTemplates(io);
    });

  program
    .command('init')
    .description('write a commented digest.config.yaml and copies of the templates to edit')
    .action(async () => {
      const { runInit } = await import('./templates-command.js');
      exitCode = await runInit(io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the bulletin record')
    .action(async () => {
      const { recordSchema } = await import('../model/schema.js');
      await io.stdout(JSON.stringify(recordSchema, null, 2) + '\n');
    });

  program.addOption(new Option('--debug').hideHelp());

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help or the version asked for: success. Help shown because no command was given: a usage error.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      return 2;
    }
    if (error instanceof DigestError) {
      io.stderr(`digest: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
