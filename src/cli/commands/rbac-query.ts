/**
 * What `can-i` and `who-can` share: kubectl's `auth can-i` argument grammar
 * (VERB [TYPE | TYPE/NAME | NONRESOURCEURL], --subresource, -n), the manifests loaded with the same
 * input stage as `audit`, and how grants are described (binding → role → rule, with file:line).
 */
import { parseArgs } from 'node:util';
import { loadObjects } from '../../engine/audit.ts';
import { where } from '../../engine/locate.ts';
import { loadConfig } from '../../config/load.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { RbacGraph, type Grant } from '../../rbac/graph.ts';
import type { Request } from '../../rbac/match.ts';
import { roleLabel } from '../../rbac/objects.ts';
import { KNOWN_SUBRESOURCES, resolveResource } from '../../rbac/resources.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';

export const QUERY_OPTIONS = {
  subresource: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  'all-namespaces': { type: 'boolean', short: 'A' },
  filename: { type: 'string', short: 'f', multiple: true },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseQueryArgs<O extends Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>(args: string[], extra: O) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...QUERY_OPTIONS, ...extra } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

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
export function loadGraph(io: Io, files: string[] | undefined, configPath: string | undefined): RbacGraph {
  const config = loadConfig({ cwd: io.cwd, ...(configPath ? { configPath } : {}), knownRule: isKnownRule });
  const loaded = loadObjects({ paths: files?.length ? files : ['.'], cwd: io.cwd, ...(io.readStdin ? { readStdin: io.readStdin } : {}) }, config);
  for (const { diagnostic, source } of loaded.diagnostics) {
    const line = source ? source.lineCounter.linePos(diagnostic.range[0]).line : 1;
    io.stderr(`warning: ${diagnostic.file}:${line}: ${diagnostic.message}\n`);
  }
  for (const [o, errs] of loaded.shapeErrors) for (const e of errs) io.stderr(`warning: ${where(o, e.path)}: ${e.path.join('.')}: ${e.message} (object ignored)\n`);
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
