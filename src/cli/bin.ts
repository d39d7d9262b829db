/** Process wrapper around main(): real stdio (stdio.ts), exit code through process.exitCode. */
import { main } from './main.ts';
import { readBounded } from '../input/read-bounded.ts';
import { stdioWriter } from './stdio.ts';

// `leastpriv … | head`: the reader has gone, nothing more to say
const brokenPipe = () => process.exit(process.exitCode ?? 0);
const stdout = stdioWriter(1, brokenPipe);
const stderr = stdioWriter(2, brokenPipe);

main(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  cwd: process.cwd(),
  env: process.env,
  isTTY: stdout.isTTY(),
  readStdin: (max) => readBounded(0, max),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    stderr.write(`leastpriv: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
