// Preloaded (node --import) into a measured child when /usr/bin/time is absent: writes the child's
// peak RSS and CPU time to the file named by LEASTPRIV_BENCH_RUSAGE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.LEASTPRIV_BENCH_RUSAGE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
