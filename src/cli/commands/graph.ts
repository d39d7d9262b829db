/**
 * `leastpriv graph [PATH...] [-f mermaid|dot|json] [--focus X] [--attack-paths] [-o FILE]`: the access
 * graph of the manifests (src/graph/build.ts), loaded with the same input stage as `audit`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadObjects } from '../../engine/audit.ts';
import { loadConfig } from '../../config/load.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { Positions } from '../../engine/positions.ts';
import { buildModel } from '../../model/model.ts';
import { justifiedBy } from '../../rbac/node-access.ts';
import { scopeOfIn, togetherIn } from '../../engine/bundles.ts';
import { buildAccessGraph } from '../../graph/build.ts';
import { toDot, toJson, toMermaid } from '../../graph/render.ts';
import { UsageError } from '../usage.ts';
import { applyRenderFlags, writeOrFail } from '../output.ts';
import { parseCommand } from '../options.ts';
import { parseVersion } from '../../pss/version.ts';
import type { Io } from '../main.ts';

const FORMATS = { mermaid: toMermaid, dot: toDot, json: toJson } as const;

export async function runGraph(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('graph', args);
  const format = values.format ?? 'mermaid';
  if (!(format in FORMATS)) throw new UsageError(`unknown format '${format}' for graph (${Object.keys(FORMATS).join(', ')})`, 'graph');
  const paths = positionals.length ? positionals : ['.'];
  for (const p of paths) if (p !== '-' && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  const config = loadConfig({ cwd: io.cwd, ...(values.config ? { configPath: values.config } : {}), knownRule: isKnownRule });
  if (values['no-gitignore']) config.gitignore = false;
  if (values['kube-version'] !== undefined) {
    if (!parseVersion(values['kube-version'])) throw new UsageError(`--kube-version must look like v1.35 (got '${values['kube-version']}')`, 'graph');
    config.kubeVersion = values['kube-version'];
  }
  applyRenderFlags(config, values);
  const loaded = loadObjects({ paths, cwd: io.cwd, exclude: values.exclude ?? [], ...(io.readStdin ? { readStdin: io.readStdin } : {}) }, config);
  for (const r of loaded.renderProblems) io.stderr(`warning: ${r}\n`);
  for (const { diagnostic, source } of loaded.diagnostics) {
    const line = source ? source.lineCounter.linePos(diagnostic.range[0]).line : 1;
    io.stderr(`warning: ${diagnostic.file}:${line}: ${diagnostic.message}\n`);
  }
  const positions = new Positions();
  const model = buildModel(loaded.objects.filter((o) => !o.invalid));
  const graph = buildAccessGraph(
    model,
    justifiedBy((o, p) => positions.commentFor(o, p)),
    (o, p) => ({ file: o.file.path === '-' ? '<stdin>' : o.file.path, line: positions.locate(o, [...p]).start.line }),
    // (an exec grant reaches the workloads of its own bundle: src/engine/bundles.ts)
    { ...(values.focus ? { focus: values.focus } : {}), attackPaths: values['attack-paths'] ?? false, kubeVersion: config.kubeVersion, together: togetherIn(scopeOfIn(loaded.roots)) },
  );
  const text = FORMATS[format as keyof typeof FORMATS](graph);
  if (values.output !== undefined) writeOrFail(resolve(io.cwd, values.output), text, values.output);
  else io.stdout(text);
  if (values.focus && graph.nodes.length === 0) io.stderr(`leastpriv: graph: nothing matches --focus ${values.focus}\n`);
  return 0;
}
