/**
 * `digest templates`: the built-in templates, a line each. `digest init`: a commented
 * `digest.config.yaml` and copies of the templates to edit.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from './io.js';
import { DigestError } from '../model/errors.js';

/** Runs `digest templates`. */
export async function runTemplates(io: Io): Promise<number> {
  const { BUILTIN_DIR, BUILTIN_TEMPLATES, splitTemplate } = await import('../render/templates.js');
  for (const name of BUILTIN_TEMPLATES) {
    const file = join(BUILTIN_DIR, `${name}.md`);
    const { meta } = splitTemplate(await readFile(file, 'utf8'), file);
    await io.stdout(`${name.padEnd(10)} ${meta.description}\n`);
  }
  return 0;
}

const CONFIG = `# digest.config.yaml — found upward from the folder you run digest in.
# Every key is optional; an unknown key is an error (with a "did you mean").

build:
  out: digest                         # where digest build writes
  template: weekly                    # a built-in (bulletin, weekly, by-group, brief) or a file
  period: week                        # week | month | all | bulletin
  # jobs: 2                           # threads of digest build and digest parse (default: the number of cores)

# maxBytes: 2097152                   # skip bulletins larger than this

# lexicon:
#   actionVerbs:                      # more verbs that report work: lemma → written forms
#     deliberate: [deliberated]
#   outcomeVerbs:                     # more verbs that report a decision or a product
#     ratify: [ratified]
#   noiseLines: ["Subscribe to our newsletter"]

# registry:
#   bodies:                           # bodies your bulletins report on
#     - id: WG-ABC
#       name: Working Group on ABC
#       kind: working group           # working group | expert group | committee | study group | council | assembly | other
#       aliases: [WG ABC, ABC Working Group]
#   organizations:
#     - id: XYZ
#       name: XYZ Association
#       aliases: [XYZ]
`;

/** Runs `digest init`: refuses to overwrite anything. */
export async function runInit(io: Io): Promise<number> {
  const { BUILTIN_DIR, BUILTIN_TEMPLATES } = await import('../render/templates.js');
  const configPath = join(io.cwd, 'digest.config.yaml');
  const dir = join(io.cwd, 'digest-templates');
  if (existsSync(configPath)) throw new DigestError('digest.config.yaml exists already; not overwritten', { code: 'USAGE', exitCode: 2 });
  if (existsSync(dir)) throw new DigestError('digest-templates/ exists already; not overwritten', { code: 'USAGE', exitCode: 2 });
  await mkdir(dir);
  for (const name of BUILTIN_TEMPLATES) await copyFile(join(BUILTIN_DIR, `${name}.md`), join(dir, `${name}.md`));
  await writeFile(configPath, CONFIG, { flag: 'wx' });
  io.stderr('digest: wrote digest.config.yaml and digest-templates/ (use -t digest-templates/weekly.md, or set build.template)\n');
  return 0;
}
