/**
 * The kubectl the render-cache tests run. The Google Cloud SDK's `kubectl` is a version dispatcher
 * (it runs the `kubectl.<major>.<minor>` of the cluster the kubeconfig names), which the render cache
 * never caches (src/cache/render.ts): where it is the kubectl on PATH, tests that count cached
 * renders put a `kubectl` first on PATH that is the versioned binary the dispatcher itself would
 * run without a cluster (the same minor version), so that they test the cache, not the dispatcher.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** The real path of the kubectl on PATH when it is a dispatcher (versioned kubectls beside it). */
export function kubectlDispatcher(): string | undefined {
  for (const d of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(d, 'kubectl');
    if (!existsSync(p)) continue;
    const real = realpathSync(p);
    return readdirSync(dirname(real)).some((n) => /^kubectl\.\d+\.\d+$/.test(n)) ? real : undefined;
  }
  return undefined;
}

/** Puts a plain kubectl first on PATH (in `dir`) when the one there is a dispatcher; returns the dispatcher. */
export function plainKubectl(dir: string): string | undefined {
  const dispatcher = kubectlDispatcher();
  if (!dispatcher) return undefined;
  const r = spawnSync(dispatcher, ['version', '--client', '-o', 'json'], { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' } });
  const minor = /"minor":\s*"(\d+)/.exec(r.stdout ?? '')?.[1];
  if (minor === undefined) return dispatcher;
  const versioned = join(dirname(dispatcher), `kubectl.1.${minor}`);
  if (!existsSync(versioned)) return dispatcher;
  const bin = join(dir, 'plain-kubectl');
  mkdirSync(bin, { recursive: true });
  if (!existsSync(join(bin, 'kubectl'))) symlinkSync(versioned, join(bin, 'kubectl'));
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
  return dispatcher;
}
