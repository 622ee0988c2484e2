// The shape of one `rounds` sub-command. Each lives in `commands/<name>.ts`; `main.ts` finds
// them by name, so adding a command touches no shared file.
export interface CommandModule {
  /** One line for `rounds --help`. */
  summary: string;
  /** Full usage text for `rounds <name> --help`. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 failure, 2 usage or configuration error. */
  run(args: string[]): Promise<number>;
}

/** An expected failure with a one-line message for the user (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** A stable error code for --json output (the store's, core/store-errors.ts), when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}
