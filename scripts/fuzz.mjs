// `npm run fuzz [-- SCALE [SEED]]`: the fuzzing properties of test/fuzz.test.ts (the whole audit),
// test/input/fast-yaml.test.ts (the fast YAML reader against the yaml package) and
// test/input/locator.test.ts (walks to one path against full positions passes), SCALE times longer
// (default 40: about 12,000 audited inputs) with a random seed (printed; pass it to replay a run).
import { spawnSync } from 'node:child_process';

const [scale = '40', seed] = process.argv.slice(2);
const env = { ...process.env, LEASTPRIV_FUZZ_SCALE: scale, ...(seed ? { LEASTPRIV_FUZZ_SEED: seed } : {}) };
const r = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts', 'test/input/fast-yaml.test.ts', 'test/input/locator.test.ts', '--testTimeout=0'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
