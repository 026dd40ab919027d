/**
 * The one error type the library throws: for unusable input, bad usage, config or template
 * problems. It carries the exit code the CLI should end with and a stable code.
 */
export class DigestError extends Error {
  /** A stable machine-readable code, such as `ENOTFOUND` or `TEMPLATE`. */
  readonly code: string;
  /** The exit code the CLI uses: 1 for input, 2 for usage, config and templates. */
  readonly exitCode: number;
  /** `file:line:column` of the problem, when it has one. */
  readonly place: string | undefined;

  constructor(message: string, options: { code: string; exitCode?: number; place?: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DigestError';
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
    this.place = options.place;
  }
}
