/**
 * Process wrapper around main(): real stdio (stdio.ts), exit code through process.exitCode. When
 * both go to pipes or files, whose writes are done when they return, the process then exits at once
 * (process.exit) rather than tearing its heap down first: ~2 ms of a one-file audit (bench/RESULTS.md,
 * finding 23). A terminal's stream may still be writing (on Windows), so then the process ends as usual.
 */
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
    if (stdout.synchronous && stderr.synchronous) process.exit(code);
  },
  (e: unknown) => {
    stderr.write(`leastpriv: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
