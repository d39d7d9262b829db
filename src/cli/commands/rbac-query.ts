/**
 * What `can-i` and `who-can` share: kubectl's `auth can-i` argument grammar
 * (VERB [TYPE | TYPE/NAME | NONRESOURCEURL], --subresource, -n), the manifests loaded with the same
 * input stage as `audit`, and how grants are described (binding → role → rule, with file:line).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadObjects } from '../../engine/audit.ts';
import { bundlesWarning, separateBundles } from '../../engine/bundles.ts';
import { where } from '../../engine/locate.ts';
import { loadConfig } from '../../config/load.ts';
import { applyRenderFlags } from '../output.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { RbacGraph, type Grant } from '../../rbac/graph.ts';
import type { Request } from '../../rbac/match.ts';
import { roleLabel } from '../../rbac/objects.ts';
import { safeLines } from '../../reporters/safe-text.ts';
import { KNOWN_SUBRESOURCES, resolveResource } from '../../rbac/resources.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';
import type { Parsed } from '../options.ts';

export interface ParsedQuery {
  request: Request;
  /** Human form of the question, for messages. */
  label: string;
  warnings: string[];
}

/** kubectl's grammar: `VERB TYPE[/NAME]` or `VERB /non-resource-url`. */
export function parseRequest(positionals: string[], opts: { subresource?: string; namespace?: string; allNamespaces?: boolean }): ParsedQuery {
  const [verb, target, ...rest] = positionals;
  if (!verb || !target) throw new UsageError('you must specify two arguments: VERB and TYPE[/NAME] or a non-resource URL');
  if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
  const warnings: string[] = [];
  if (target.startsWith('/')) {
    if (opts.subresource) throw new UsageError('--subresource cannot be used with a non-resource URL');
    return { request: { verb, nonResourceURL: target }, label: `${verb} ${target}`, warnings };
  }
  const slash = target.indexOf('/');
  const type = slash === -1 ? target : target.slice(0, slash);
  const name = slash === -1 ? '' : target.slice(slash + 1);
  const r = resolveResource(type);
  if (!r.known) warnings.push(`resource type '${type}' is not a built-in resource known offline; asking about resource '${r.resource}' in group '${r.group}'`);
  const sub = opts.subresource ?? '';
  if (name && !sub && KNOWN_SUBRESOURCES.has(name)) {
    warnings.push(`'${target}' asks about a ${r.resource.replace(/s$/, '')} named "${name}", as kubectl does; did you mean --subresource ${name}? (${type} --subresource ${name})`);
  }
  let namespace = opts.allNamespaces ? '' : (opts.namespace ?? 'default');
  if (r.namespaced === false && namespace) {
    if (opts.namespace) warnings.push(`resource '${r.resource}' is not namespace scoped; -n ${opts.namespace} is ignored`);
    namespace = '';
  }
  const request: Request = { verb, apiGroup: r.group, resource: r.resource, subresource: sub, name, namespace };
  const res = `${r.resource}${r.group ? '.' + r.group : ''}${sub ? '/' + sub : ''}`;
  const label = `${verb} ${res}${name ? ` named "${name}"` : ''} ${namespace ? `in namespace ${namespace}` : 'cluster-wide'}`;
  return { request, label, warnings };
}

/** Load the manifests (default `.`) and build the RBAC graph; input problems become stderr warnings. */
export function loadGraph(io: Io, files: string[] | undefined, configPath: string | undefined, renderFlags: { 'no-render'?: boolean; 'kustomize-command'?: string } = {}): RbacGraph {
  const paths = files?.length ? files : ['.'];
  // A path that does not exist is a mistake on the command line (exit 2), not a "no".
  for (const p of paths) if (p !== '-' && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  const config = loadConfig({ cwd: io.cwd, ...(configPath ? { configPath } : {}), knownRule: isKnownRule });
  applyRenderFlags(config, renderFlags);
  const loaded = loadObjects({ paths, cwd: io.cwd, ...(io.readStdin ? { readStdin: io.readStdin } : {}) }, config);
  for (const r of loaded.renderProblems) io.stderr(`warning: ${r}\n`);
  for (const { diagnostic, source } of loaded.diagnostics) {
    const line = source ? source.lineCounter.linePos(diagnostic.range[0]).line : 1;
    io.stderr(`warning: ${diagnostic.file}:${line}: ${diagnostic.message}\n`);
  }
  for (const [o, errs] of loaded.shapeErrors) for (const e of errs) io.stderr(`warning: ${where(o, e.path)}: ${e.path.join('.')}: ${e.message} (object ignored)\n`);
  // Alternatives (overlays per environment, Flux cluster folders) are never applied together: an
  // answer over all of them may name a binding of another cluster (src/engine/bundles.ts)
  const bundles = separateBundles(loaded.objects, loaded.roots);
  if (bundles.length) io.stderr(bundlesWarning(bundles, 'the answer combines them; pass one with -f to ask about one cluster'));
  return new RbacGraph(loaded.objects.filter((o) => !o.invalid));
}

export interface GrantDescription {
  binding: { kind: string; name: string; namespace?: string; location: string };
  role: { kind: string; name: string; namespace?: string; location: string; builtin: boolean };
  rule: { location: string; index: number; from?: string };
}

export function describeGrant(g: Grant): GrantDescription {
  const b = g.binding;
  const role = g.role;
  const src = g.rule.source;
  return {
    binding: { kind: b.kind, name: b.name, ...(b.namespace ? { namespace: b.namespace } : {}), location: where(b.object, ['subjects', g.subjectIndex]) },
    role: { kind: role.kind, name: role.name, ...(role.namespace ? { namespace: role.namespace } : {}), location: role.object ? where(role.object, []) : 'built-in', builtin: !role.object },
    rule: {
      location: src.object ? where(src.object, ['rules', g.rule.index]) : `built-in ${roleLabel(src)} rules[${g.rule.index}]`,
      index: g.rule.index,
      ...(src !== role ? { from: roleLabel(src) } : {}),
    },
  };
}

export function grantLine(d: GrantDescription): string {
  const b = `${d.binding.kind} ${d.binding.namespace ? d.binding.namespace + '/' : ''}${d.binding.name} (${d.binding.location})`;
  const r = `${d.role.kind} ${d.role.namespace ? d.role.namespace + '/' : ''}${d.role.name}${d.role.builtin ? ' (built-in)' : ''}`;
  const rule = d.rule.from ? `rules[${d.rule.index}] of ${d.rule.from} (${d.rule.location})` : `rules[${d.rule.index}] (${d.rule.location})`;
  return `${b} → ${r} → ${rule}`;
}

export const QUERY_FORMATS = ['text', 'json'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/**
 * The output format and the manifest paths of can-i/who-can. `-f` is `--format` in every command;
 * kubectl users type `-f PATH` for files, so a `-f` value that is not a format name is read as a
 * `--filename` (with a note on stderr) rather than refused: the same command line keeps working.
 */
export function queryFormatAndFiles(parsed: Parsed, io: Io, cmd: 'can-i' | 'who-can'): { format: QueryFormat; files: string[] } {
  const files = [...(parsed.values.filename ?? [])];
  let format: string | undefined;
  for (const v of parsed.all.format ?? []) {
    if ((QUERY_FORMATS as readonly string[]).includes(v)) format = v;
    else {
      files.push(v);
      io.stderr(`leastpriv: note: -f means --format in leastpriv; '${v}' is not a format, so it is read as --filename ${v}\n`);
    }
  }
  for (const v of parsed.all.output ?? []) {
    if ((QUERY_FORMATS as readonly string[]).includes(v)) format = v;
    else throw new UsageError(`unknown output format '${v}' for -o (${QUERY_FORMATS.join(', ')})`, cmd);
  }
  return { format: (format ?? 'text') as QueryFormat, files };
}

/**
 * `io` with every line written made safe (src/reporters/safe-text.ts): can-i and who-can print subject,
 * role and file names from the manifests, which may carry controls or start a line with `::`.
 */
export function safeIo(io: Io): Io {
  return { ...io, stdout: (s) => io.stdout(safeLines(s)), stderr: (s) => io.stderr(safeLines(s)) };
}
