// One measured run of a command in a fresh child process: wall time (from here), CPU time and peak RSS
// (from /usr/bin/time when present, else from the child itself through rss.mjs). /usr/bin/time prints
// CPU seconds with two decimals, a 10 ms step that is a fifth of `node -e 0` (~50 ms) and made the
// start-up ratios jump by ±20 % (bench/RESULTS.md, finding 23, session 6); so where bash is present the
// CPU time is bash's `time` of the same child (getrusage of its children, to the millisecond).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : undefined;
const BASH = spawnSync('bash', ['-c', 'TIMEFORMAT="%3U %3S"; { time true 2>&4; } 4>&2 2>/dev/null'], { encoding: 'utf8' }).status === 0 ? 'bash' : undefined;
/** Runs `"$@"` and writes its children's user and system CPU seconds, to the ms, to $LP_BENCH_CPU (the command's own stderr is kept). */
const BASH_TIME = 'TIMEFORMAT="%3U %3S"; { time "$@" 2>&4; } 4>&2 2>"$LP_BENCH_CPU"';
const RSS_HOOK = new URL('./rss.mjs', import.meta.url).pathname;

/** Runs `node ...args`; returns { wallMs, cpuMs, maxRssKb, status, stdout }. */
export function measureNode(args, opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lp-bench-'));
  const out = join(dir, 'rusage');
  const cpuOut = join(dir, 'cpu');
  try {
    let cmd, argv;
    const env = { ...process.env, ...opts.env };
    if (GNU_TIME) {
      cmd = GNU_TIME;
      argv = ['-f', '%U %S %M', '-o', out, process.execPath, ...args];
      // (/usr/bin/time's own CPU, well under a millisecond, is counted with the child's)
      if (BASH) [cmd, argv, env.LP_BENCH_CPU] = [BASH, ['-c', BASH_TIME, 'bash', cmd, ...argv], cpuOut];
    } else {
      cmd = process.execPath;
      argv = ['--import', RSS_HOOK, ...args];
      env.LEASTPRIV_BENCH_RUSAGE = out;
    }
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: opts.cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    let cpuMs = NaN;
    let maxRssKb = NaN;
    if (existsSync(out)) {
      const raw = readFileSync(out, 'utf8').trim();
      if (GNU_TIME) {
        const last = raw.split('\n').pop().split(' ').map(Number);
        cpuMs = (last[0] + last[1]) * 1000;
        maxRssKb = last[2];
      } else ({ cpuMs, maxRssKb } = JSON.parse(raw));
    }
    if (existsSync(cpuOut)) {
      const [user, sys] = readFileSync(cpuOut, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.round((user + sys) * 1000);
    }
    return { wallMs, cpuMs, maxRssKb, status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const median = (xs) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
