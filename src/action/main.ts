/** Entry point of the GitHub Action (action.yml `runs.main` → dist/action.js). */
import { runAction } from './run.ts';
import { escData } from '../reporters/github.ts';

runAction(process.env, (s) => void process.stdout.write(s)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stdout.write(`::error title=leastpriv::${escData(`internal error: ${e instanceof Error ? e.message : String(e)}`)}\n`);
    process.exitCode = 1;
  },
);
