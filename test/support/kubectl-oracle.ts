/**
 * kubectl as the oracle for what a manifest file decodes to: `kubectl annotate --local -f FILE K=V -o
 * json` reads a file exactly as `kubectl apply` does (k8s.io/apimachinery's YAMLReader, go-yaml v2
 * through sigs.k8s.io/yaml, the file visitor's BOM handling), offline, and prints every object it
 * decoded as JSON. It stops at the first document it cannot decode.
 *
 * One kubectl call costs ~0.1 s, so inputs are checked in batches: one call reads many files (`-f A -f
 * B …`), each decoded on its own exactly as when it is the only one (BOM, JSON or YAML, stop at its
 * first error), and kubectl goes on with the next file after a file's error. A marker object file
 * after each case tells which objects came from which file; kubectl names the file in each error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '../../src/input/read.ts';
import { parseSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';

/** The annotation kubectl adds (removed again before comparing). */
const KEY = 'lp-oracle.invalid/k';

function findKubectl(): string | undefined {
  const r = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  try {
    return (JSON.parse(r.stdout) as { clientVersion: { gitVersion: string } }).clientVersion.gitVersion;
  } catch {
    return undefined;
  }
}

/** kubectl's client version (e.g. v1.32.4), or undefined when kubectl is not on the PATH. */
export const KUBECTL_VERSION = findKubectl();

/**
 * Why kubectl cannot be the oracle here, if it cannot: absent, or older than 1.29 (YAMLReader's
 * document splitting changed since; the behaviour was checked against 1.32).
 */
export const KUBECTL_MISSING: string | undefined = !KUBECTL_VERSION
  ? 'kubectl is not on the PATH (scripts/ci-apt-kubectl.sh)'
  : Number(/^v?1\.(\d+)/.exec(KUBECTL_VERSION)?.[1] ?? 0) < 29
    ? `kubectl ${KUBECTL_VERSION} is older than 1.29, whose document splitting these tests check (written against 1.32)`
    : undefined;

const dir = !KUBECTL_MISSING ? mkdtempSync(join(tmpdir(), 'lp-kubectl-')) : '';
export function cleanup(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface KubectlResult {
  objects: unknown[];
  /** kubectl's error reading the file (it stopped reading there), if any. */
  error?: string;
  /**
   * Documents kubectl read but could not make an object of ("unable to decode": no kind, a field of
   * the wrong type for a built-in kind); it goes on with the next document.
   */
  undecodable: number;
}

export let kubectlCalls = 0;

/** The objects kubectl decodes from `bytes` (as a file of its own), annotation removed. */
export function kubectlDecode(bytes: Uint8Array | string): KubectlResult {
  return kubectlDecodeMany([bytes])[0]!;
}

const MARK = 'lp-oracle-mark-';
const markerOf = (o: unknown): number | undefined => {
  const r = o as { kind?: unknown; metadata?: { name?: unknown } } | null;
  const n = r?.kind === 'ConfigMap' && typeof r.metadata?.name === 'string' && r.metadata.name.startsWith(MARK) ? Number(r.metadata.name.slice(MARK.length)) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

/**
 * What kubectl decodes from each of `files`, each read as a file of its own, in one kubectl call. After
 * case i comes a file holding only the marker ConfigMap `lp-oracle-mark-i`, so the objects printed
 * between two markers are case i's; each error line names its file (`error parsing F: …`, `unable to
 * decode "F": …`). An error line that names no case sends the batch to one call a file.
 */
export function kubectlDecodeMany(files: readonly (Uint8Array | string)[]): KubectlResult[] {
  kubectlCalls++;
  const batch = mkdtempSync(join(dir, 'b'));
  const args = ['annotate', '--local'];
  files.forEach((bytes, i) => {
    const f = join(batch, `c${i}.yaml`);
    const m = join(batch, `m${i}.yaml`);
    writeFileSync(f, bytes);
    writeFileSync(m, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${MARK}${i}\n`);
    args.push('-f', f, '-f', m);
  });
  args.push(`${KEY}=v`, '-o', 'json');
  const r = spawnSync('kubectl', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  rmSync(batch, { recursive: true, force: true });
  const out = r.stdout.trim();
  // objects are printed one after another, each `{` … `}` at the start of a line
  const printed = out === '' ? [] : (JSON.parse('[' + out.replace(/^\}\n\{/gm, '},\n{') + ']') as unknown[]);
  const res: KubectlResult[] = files.map(() => ({ objects: [], undecodable: 0 }));
  let at = 0;
  for (const o of printed) {
    const m = markerOf(o);
    if (m === undefined) res[at]?.objects.push(normalise(o));
    else at = m + 1;
  }
  // a marker never printed means kubectl did not get through the files; every case's own reading is
  // then taken alone
  const markers = printed.filter((o) => markerOf(o) !== undefined).length;
  let unattributed = markers !== files.length;
  const fileRe = new RegExp(`${batch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/c(\\d+)\\.yaml`);
  let last: KubectlResult | undefined;
  for (const raw of (r.stderr ?? '').split('\n')) {
    const line = raw.replace(/^error: /, '').trim();
    if (line === '') continue;
    const i = fileRe.exec(line)?.[1];
    const c = i === undefined ? undefined : res[Number(i)];
    if (!c) {
      // the rest of a message of several lines, else something about no file: each case alone
      if (last === undefined) unattributed = true;
      continue;
    }
    last = c;
    if (line.startsWith('unable to decode ')) c.undecodable++;
    else c.error ??= line.replace(fileRe, 'FILE');
  }
  if (unattributed && files.length > 1) return files.map((f) => kubectlDecodeMany([f])[0]!);
  if (unattributed && r.status !== 0 && !res[0]!.error) res[0]!.error = (r.stderr || `exit ${r.status}`).trim();
  return res;
}

/** An object as compared: kubectl's annotation gone, and an empty or null annotations/metadata with it. */
export function normalise(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = { ...(v as Record<string, unknown>) };
  const meta = o.metadata;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const m = { ...(meta as Record<string, unknown>) };
    const ann = m.annotations;
    if (ann && typeof ann === 'object' && !Array.isArray(ann)) {
      const a = { ...(ann as Record<string, unknown>) };
      delete a[KEY];
      m.annotations = a;
      if (Object.keys(a).length === 0) delete m.annotations;
    } else if (ann === null) delete m.annotations;
    o.metadata = m;
    if (Object.keys(m).length === 0) delete o.metadata;
  } else if (meta === null) delete o.metadata;
  return o;
}

/** Deep equality as JSON values: key order ignored, numbers by value (-0 is 0). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** What kubectl can apply: objects with a string apiVersion and kind (it prints others it cannot map). */
const applicable = (o: unknown) => {
  const r = o as { apiVersion?: unknown; kind?: unknown } | null;
  return !!r && typeof r.apiVersion === 'string' && r.apiVersion !== '' && typeof r.kind === 'string' && r.kind !== '';
};

export interface LeastprivReading {
  /** An error finding (the run fails closed), with its message. */
  failsClosed?: string;
  objects: unknown[];
  /** The file, or some of its documents, skipped as a Helm/Go template (ParsedFile.skipped). */
  skipped?: string;
}

/** leastpriv's reading of a file's bytes: with the fast reader where it reads (`onlyYaml` false), or the `yaml` package path only. */
export function leastprivDecode(bytes: Uint8Array, onlyYaml: boolean): LeastprivReading {
  const r = decode('m.yaml', bytes, DEFAULT_LIMITS.maxFileSize);
  if (!('source' in r)) return { failsClosed: r.diagnostic.message, objects: [] };
  const parsed = parseSource(r.source, DEFAULT_LIMITS, undefined, onlyYaml);
  const objects = parsed.objects.map((o) => normalise(o.value));
  // a duplicate key is an error finding, but the document is audited with the last value, as kubectl
  // applies it: compared all the same
  const d = parsed.diagnostics.find((x) => !x.message.startsWith('duplicate key'));
  if (d) return { failsClosed: `${d.code}: ${d.message}`, objects };
  // a Helm template is skipped with its reason (helm renders it; kubectl cannot read it as written)
  return parsed.skipped !== undefined ? { objects, skipped: parsed.skipped } : { objects };
}

export interface Case {
  label: string;
  bytes: Uint8Array;
}

export interface Disagreement {
  label: string;
  reader: 'fast' | 'yaml';
  text: string;
  kubectl: KubectlResult;
  leastpriv: unknown[];
}

export interface OracleStats {
  cases: number;
  /** Cases where leastpriv reports an error finding (fails closed): not compared. */
  failClosed: number;
  /** Cases kubectl refuses while leastpriv reads them (leastpriv audits more than is applied). */
  kubectlRefuses: number;
  /** Cases compared object for object with kubectl, and agreeing. */
  agreed: number;
  objects: number;
  /** kubectl's reasons for the cases it refuses (counted by message, numbers and quotes blanked). */
  refusals?: Map<string, number>;
}

/**
 * leastpriv's objects against kubectl's: the same, in order; when kubectl stopped at an error, what it
 * decoded before it must be what leastpriv read first; a document kubectl could not make an object of
 * (undecodable) may be one leastpriv audits (it audits more than is applied, never less).
 */
function agrees(oursAll: unknown[], k: KubectlResult): boolean {
  const expected = k.objects.filter(applicable);
  const ours = oursAll.filter(applicable);
  if (k.error !== undefined) return expected.length <= ours.length && expected.every((o, i) => sameJson(o, ours[i]));
  if (k.undecodable === 0) return ours.length === expected.length && ours.every((o, i) => sameJson(o, expected[i]));
  if (ours.length - expected.length > k.undecodable) return false;
  let j = 0;
  for (const o of ours) if (j < expected.length && sameJson(o, expected[j])) j++;
  return j === expected.length;
}

/**
 * Holds leastpriv's two readers to kubectl on `cases`: every case either fails closed in leastpriv
 * (an error finding), or decodes to exactly kubectl's objects; a case kubectl refuses may be read by
 * leastpriv (counted). Returns the disagreements.
 */
export function checkAgainstKubectl(cases: readonly Case[], stats: OracleStats, batchBytes = 1_000_000): Disagreement[] {
  const out: Disagreement[] = [];
  const dec = new TextDecoder('utf-8', { fatal: false });
  /** `silent`: a reader that reports no error for the file (it must report one when kubectl stops with an error). */
  type Read = { c: Case; fast: unknown[]; yaml: unknown[]; silent: ('fast' | 'yaml')[] };
  const reads: Read[] = [];
  for (const c of cases) {
    stats.cases++;
    const fast = leastprivDecode(c.bytes, false);
    const yaml = leastprivDecode(c.bytes, true);
    if (fast.failsClosed !== undefined && yaml.failsClosed !== undefined) {
      stats.failClosed++;
      const why = 'leastpriv ' + yaml.failsClosed.replace(/"[^"]*"|'[^']*'|`[^`]*`|\d+/g, '_').slice(0, 100);
      stats.refusals?.set(why, (stats.refusals.get(why) ?? 0) + 1);
      continue;
    }
    const silent = (['fast', 'yaml'] as const).filter((w) => (w === 'fast' ? fast : yaml).failsClosed === undefined && (w === 'fast' ? fast : yaml).skipped === undefined);
    const read: Read = { c, fast: fast.failsClosed === undefined ? fast.objects : yaml.objects, yaml: yaml.failsClosed === undefined ? yaml.objects : fast.objects, silent };
    reads.push(read);
  }
  const single = (r: Read, k: KubectlResult) => {
    // kubectl stops at an error and `kubectl apply` fails: leastpriv must fail too, with an error
    // finding (a file that passes leastpriv and fails kubectl is a reading that differs)
    const silentOnError = k.error !== undefined ? r.silent : [];
    if (silentOnError.length === 0 && agrees(r.fast, k) && agrees(r.yaml, k)) {
      if (k.error !== undefined || k.objects.filter(applicable).length < r.fast.filter(applicable).length) {
        stats.kubectlRefuses++;
        const why = (k.error ?? 'unable to decode (a document)').replace(/^error: /, '').replace(/"[^"]*"|'[^']*'|`[^`]*`|\d+/g, '_').slice(0, 120);
        stats.refusals?.set(why, (stats.refusals.get(why) ?? 0) + 1);
      }
      else stats.agreed++;
      stats.objects += r.fast.length;
      return;
    }
    const text = dec.decode(r.c.bytes);
    for (const which of ['fast', 'yaml'] as const) {
      if (!agrees(r[which], k) || silentOnError.includes(which)) out.push({ label: r.c.label, reader: which, text, kubectl: k, leastpriv: r[which] });
    }
  };
  let batch: Read[] = [];
  let size = 0;
  const run = () => {
    if (batch.length === 0) return;
    kubectlDecodeMany(batch.map((r) => r.c.bytes)).forEach((k, i) => single(batch[i]!, k));
    batch = [];
    size = 0;
  };
  for (const r of reads) {
    batch.push(r);
    size += r.c.bytes.length;
    if (size >= batchBytes || batch.length >= 2_000) run();
  }
  run();
  return out;
}
