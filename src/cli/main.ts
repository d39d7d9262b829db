/**
 * Entry point. Parses the command and its arguments, and loads only what the command needs:
 * `--help` and `--version` import nothing else.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERSION } from '../version.ts';
import { UsageError } from './usage.ts';
import { commandDef, commandHelp, COMMANDS, didYouMean, mainHelp, parseCommand, type CommandName } from './options.ts';

/** `leastpriv --help`: generated from the option table (src/cli/options.ts), when asked for (not at every start). */
export const help = (): string => mainHelp(VERSION);

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Reads standard input, at most `max + 1` bytes (src/input/read.ts, readBounded). */
  readStdin?: (max: number) => Uint8Array;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === undefined) {
      // `npx leastpriv` in a repository audits it.
      return await (await import('./commands/audit.ts')).runAudit([], io);
    }
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(help());
      return 0;
    }
    if (cmd === '--version' || cmd === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (commandDef(cmd) && wantsHelp(cmd as CommandName, rest)) {
      io.stdout(commandHelp(cmd as CommandName, VERSION));
      return 0;
    }
    // `return await`: a command's rejection (UsageError, ConfigError) must reach the catch below.
    switch (cmd) {
      case 'audit':
        return await (await import('./commands/audit.ts')).runAudit(rest, io);
      case 'can-i':
        return await (await import('./commands/can-i.ts')).runCanI(rest, io);
      case 'who-can':
        return await (await import('./commands/who-can.ts')).runWhoCan(rest, io);
      case 'graph':
        return await (await import('./commands/graph.ts')).runGraph(rest, io);
      case 'verify':
        return await (await import('./commands/verify.ts')).runVerify(rest, io);
      case 'rules':
        return await (await import('./commands/rules.ts')).runRules(rest, io);
      case 'explain':
        return await (await import('./commands/rules.ts')).runExplain(rest, io);
      case 'init':
        return await (await import('./commands/init.ts')).runInit(rest, io);
      default:
        if (cmd.startsWith('-') || cmd === '.' || cmd.includes('/') || /\.(ya?ml|json)$/.test(cmd) || existsSync(resolve(io.cwd, cmd))) {
          // `leastpriv clusters/` and `leastpriv --format sarif .` mean audit.
          if (wantsHelp('audit', argv)) {
            io.stdout(commandHelp('audit', VERSION));
            return 0;
          }
          return await (await import('./commands/audit.ts')).runAudit(argv, io);
        }
        {
          const hint = didYouMean(cmd, COMMANDS.map((c) => c.name));
          throw new UsageError(`unknown command '${cmd}'${hint ? `; did you mean ${hint}?` : ''} (and no file or folder of that name)`);
        }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // One line: the mistake, and where the usage is.
      const about = e.command ?? (cmd !== undefined && commandDef(cmd) ? cmd : undefined);
      io.stderr(`leastpriv: ${e.message} (see 'leastpriv ${about ? about + ' ' : ''}--help')\n`);
      return 2;
    }
    const { ConfigError } = await import('../config/load.ts');
    if (e instanceof ConfigError) {
      io.stderr(`leastpriv: config error: ${e.message}\n`);
      return 2;
    }
    io.stderr(`leastpriv: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

/** `CMD ... --help` or `-h` anywhere before `--` (also after a mistaken option). */
function wantsHelp(cmd: CommandName, args: string[]): boolean {
  try {
    return parseCommand(cmd, args).values.help === true;
  } catch {
    const end = args.indexOf('--');
    return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
  }
}
