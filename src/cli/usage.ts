/** A mistake on the command line (exit 2). `command` names the subcommand whose `--help` to point at. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
