/**
 * The render cache: a root's kustomize output (or kustomize's message when it failed), kept in the
 * cache folder's `render/` sub-folder (store.ts: the same header, checksum, atomic writes) and
 * reused when a later run has the same key. Per root, not per batch: a batch whose roots are all
 * cached runs no process; the others are rendered (and batched) as without a cache.
 *
 * The key: the cache format, leastpriv's version and code (memo.ts codeIdentity), Node's version,
 * kustomize's identity, the environment variables kustomize and kubectl read (`KUSTOMIZE_*`,
 * `KUBECTL_*`), kubectl's user preferences (kuberc), the arguments (load restrictor; the temporary folder written as a placeholder), the
 * root's wrapper kustomization (its relative way to the root, `buildMetadata`, the Flux settings:
 * targetNamespace, namePrefix/nameSuffix, patches, images, components) and every file kustomize
 * may read for the root (src/render/inputs.ts). A root whose inputs cannot be known (remote bases,
 * helm, plugins, missing files, secretGenerator) is never cached.
 *
 * kustomize's identity is its executable as found on PATH: the real path after links, its size,
 * modification time and inode. A `kubectl version` or `kustomize version` would cost a process per
 * run (~0.15 s CPU, as much as a warm run's whole render stage) and still name two builds of one
 * version alike; another binary at that path (an upgrade, a reinstall) has another inode or time.
 * A command that is a script (`#!`), or a link to a program of another name (a launcher such as
 * snap's), runs whatever it picks: such a kustomize is never cached. Nor is a version dispatcher:
 * the Google Cloud SDK's `kubectl` (GoogleCloudPlatform/kubectl-dispatcher) asks the cluster the
 * kubeconfig names for its version and runs the `kubectl.<major>.<minor>` beside it, another
 * kustomize (kubectl 1.27's is v5.0.1, 1.32's v5.5.0): what renders then depends on the cluster,
 * which no file here says (test/render-cache.test.ts, the dispatcher).
 */
import { accessSync, closeSync, constants, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { InputHasher, rootInputs } from '../render/inputs.ts';
import { VERSION } from '../version.ts';
import { CacheStore, FORMAT, sha256 } from './store.ts';
import type { RenderCache, StoredRender } from './types.ts';

/** Render entries kept (by last use): many roots per repository, a few versions of each. */
const KEEP_RENDERS = 2048;

const identities = new Map<string, string | null>();

/** The executable `command` runs, as above; undefined when it is a script, a launcher, a dispatcher or not found. */
export function kustomizeIdentity(command: string): string | undefined {
  // (by PATH and working folder too: a relative command or PATH entry is found from the working
  // folder, which a process that audits more than once, an editor's, may change)
  const memo = `${command}\0${process.env.PATH ?? ''}\0${process.cwd()}`;
  if (identities.has(memo)) return identities.get(memo) ?? undefined;
  let id: string | null = null;
  const exts = process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  // (an empty PATH entry, `PATH=:$PATH`, is the working folder: so execvp, and Node's execFile
  // that runs kustomize, take it; a repository's own ./kubectl is then what renders)
  const dirs = command.includes('/') || (process.platform === 'win32' && command.includes('\\')) ? [''] : (process.env.PATH ?? '').split(delimiter).map((d) => d || '.');
  search: for (const d of dirs) {
    for (const e of exts) {
      const p = d === '' ? resolve(command + e) : join(d, command + e);
      try {
        const st = statSync(p);
        if (!st.isFile()) continue;
        accessSync(p, constants.X_OK);
        const real = realpathSync(p);
        const head = Buffer.alloc(2);
        const fd = openSync(real, 'r');
        try {
          readSync(fd, head, 0, 2, 0);
        } finally {
          closeSync(fd);
        }
        if (head.toString('latin1') === '#!' || /\.(cmd|bat)$/i.test(real)) break search;
        // a link to a program of another name is a launcher that picks what it runs (snap's
        // /snap/bin/kubectl → /usr/bin/snap): its identity is not kustomize's
        const name = (f: string) => basename(f).replace(/\.exe$/i, '').toLowerCase();
        if (!name(real).startsWith(name(command))) break search;
        if (isDispatcher(real)) break search;
        const rs = statSync(real);
        id = `${real}\0${rs.size}\0${rs.mtimeMs}\0${rs.ino}`;
        break search;
      } catch {
        continue;
      }
    }
  }
  identities.set(memo, id);
  return id ?? undefined;
}

/**
 * Whether the executable at `real` is a kubectl version dispatcher: named kubectl, with versioned
 * kubectls (`kubectl.1.32`) beside it or in its `clibin` folder, the two layouts the dispatcher
 * looks in (its README). A versioned one (kubectl.1.32, run directly) is not.
 */
function isDispatcher(real: string): boolean {
  if (!/^kubectl(\.exe)?$/i.test(basename(real))) return false;
  const dir = dirname(real);
  for (const d of [dir, join(dir, 'clibin')]) {
    try {
      if (readdirSync(d).some((n) => /^kubectl\.\d+\.\d+(\.exe)?$/i.test(n))) return true;
    } catch {
      // (no such folder)
    }
  }
  return false;
}

/** The render cache in `dir` (a sub-folder of the cache folder). */
export function openRenderCache(dir: string, note: (message: string) => void, codeIdentity: () => string): RenderCache {
  return new Renders(new CacheStore(dir, note, KEEP_RENDERS), codeIdentity);
}

class Renders implements RenderCache {
  private readonly hasher = new InputHasher();
  private readonly pending = new Map<string, Buffer>();
  transient = 0;

  constructor(
    private readonly store: CacheStore,
    private readonly codeIdentity: () => string,
  ) {}

  key(wrapperDir: string, command: string, args: readonly string[]): { key: string } | { uncached: string } {
    const kustomize = kustomizeIdentity(command);
    if (kustomize === undefined) return { uncached: `${command} is a script, a launcher or a version dispatcher, or is not found on PATH` };
    const inputs = rootInputs(join(wrapperDir, 'kustomization.yaml'), wrapperDir, this.hasher);
    if ('uncached' in inputs) return inputs;
    const env = Object.entries(process.env)
      .filter(([k]) => /^(KUSTOMIZE|KUBECTL)_/.test(k))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const argv = args.map((a) => (a === wrapperDir ? '(wrapper)' : isAbsolute(a) ? `(abs)${a}` : a));
    return { key: sha256(JSON.stringify(['render', FORMAT, VERSION, this.codeIdentity(), process.version, kustomize, env, argv, this.kuberc(), inputs.lines])) };
  }

  /**
   * kubectl's user preferences (kuberc: kubectl 1.33 reads it with KUBECTL_KUBERC=true, 1.34+ by
   * default), whose defaults apply to `kubectl kustomize` too (--load-restrictor, --enable-helm…):
   * the file $KUBERC names (`off`: none), else ~/.kube/kuberc (%USERPROFILE% on Windows), by its
   * bytes (hashed as a root's files are: checked again before a render is stored). A kustomize
   * binary reads none: its keys take it all the same (a miss at worst).
   */
  private kuberc(): string {
    const named = process.env.KUBERC;
    if (named === 'off') return 'off';
    const home = (process.platform === 'win32' ? process.env.USERPROFILE : process.env.HOME) ?? '';
    const file = named ? resolve(named) : resolve(home, '.kube', 'kuberc');
    return `${file}\0${this.hasher.file(file)}`;
  }

  get(key: string): StoredRender | undefined {
    const payload = this.store.get(key);
    if (!payload) return undefined;
    try {
      const r = JSON.parse(payload.toString('utf8')) as StoredRender;
      if (r && ((r.ok === true && typeof r.stdout === 'string') || (r.ok === false && typeof r.stderr === 'string'))) return r;
    } catch {
      // (a checksum-valid entry that is not ours: treated as absent, and rewritten)
    }
    return undefined;
  }

  put(key: string, render: StoredRender): void {
    this.pending.set(key, Buffer.from(JSON.stringify(render)));
  }

  unchanged(): boolean {
    for (const [abs, before] of this.hasher.stats) {
      try {
        const st = statSync(abs);
        if (`${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` !== before) return false;
      } catch {
        return false;
      }
    }
    return true;
  }

  done(): void {
    if (this.pending.size === 0) return;
    // (nothing is stored when a file changed while it was read: a key would not be its input)
    if (this.unchanged()) for (const [key, payload] of this.pending) this.store.put(key, payload, false);
    this.pending.clear();
    this.store.prune();
  }
}
