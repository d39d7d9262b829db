/** Process wrapper around main(): real stdio, exit code through process.exitCode (lets stdout drain). */
import { main } from './main.ts';
import { readBounded } from '../input/read-bounded.ts';

const out = (s: string) => void process.stdout.write(s);
const err = (s: string) => void process.stderr.write(s);

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // `leastpriv … | head`
  throw e;
});

main(process.argv.slice(2), {
  stdout: out,
  stderr: err,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  readStdin: (max) => readBounded(0, max),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`leastpriv: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
