/**
 * The I/O the CLI uses, injected so the real program runs in tests: output streams, standard
 * input, the working folder, the environment and whether colour is wanted.
 */

/** Everything the CLI touches outside itself. */
export interface Io {
  /** Writes data; resolves when the stream has taken it (back-pressure). */
  stdout: (chunk: string) => Promise<void>;
  stderr: (chunk: string) => void;
  stdin: () => AsyncIterable<Uint8Array | string>;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  color: boolean;
}

/** The colour decision: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then a TTY that is not dumb. */
export function wantsColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env['TERM'] !== 'dumb';
}

/** The process's own I/O. */
export function processIo(): Io {
  const env = process.env;
  return {
    stdout: (chunk) =>
      new Promise((resolve) => {
        if (process.stdout.write(chunk)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    stderr: (chunk) => {
      process.stderr.write(chunk);
    },
    stdin: () => process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env,
    color: wantsColor(undefined, env, Boolean(process.stderr.isTTY)),
  };
}
