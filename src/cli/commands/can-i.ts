/**
 * `leastpriv can-i VERB TYPE[/NAME] --as USER [--as-group G]... [-n NS] [--filename PATH]...`: the
 * answer the RBAC authorizer would give for the manifests, offline. Prints `yes` or `no` and exits 0
 * or 1, as `kubectl auth can-i` does; `-q` prints nothing; `-o json` answers in JSON; `-v` lists the
 * granting rules with file:line, or for a no what is granted nearby (src/rbac/near-miss.ts).
 * `can-i --list` lists what the user can do, cluster-wide and per namespace.
 */
import { impersonatedUser, type UserInfo } from '../../rbac/subjects.ts';
import { nearMisses, type NearMiss } from '../../rbac/near-miss.ts';
import type { Grant, RbacGraph } from '../../rbac/graph.ts';
import { isNonResource, type Request } from '../../rbac/match.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';
import { didYouMean, parseCommand } from '../options.ts';
import { describeGrant, grantLine, loadGraph, parseRequest, queryFormatAndFiles, safeIo } from './rbac-query.ts';

/**
 * The verbs kubectl auth can-i knows (kubectl, pkg/cmd/auth/cani.go: resourceVerbs and
 * nonResourceURLVerbs); like kubectl, another verb gets a warning and is still asked about.
 */
export const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
export const NON_RESOURCE_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];

export async function runCanI(args: string[], rawIo: Io): Promise<number> {
  let io = rawIo;
  const parsed = parseCommand('can-i', args);
  const { values, positionals } = parsed;
  const { format, files } = queryFormatAndFiles(parsed, io, 'can-i');
  // Names come from manifests and --as: text lines are made safe for a terminal or CI log; JSON keeps
  // the exact values (JSON.stringify escapes the controls).
  if (format !== 'json') io = safeIo(rawIo);
  if (!values.as) throw new UsageError('--as USER is required: leastpriv has no current user (e.g. --as system:serviceaccount:NS:NAME)', 'can-i');
  if (values.list) {
    if (positionals.length) throw new UsageError(`--list takes no VERB or TYPE (got '${positionals[0]}')`, 'can-i');
    if (values.subresource !== undefined) throw new UsageError('--list cannot be used with --subresource', 'can-i');
  }
  const q = values.list ? undefined : parseRequest(positionals, { ...(values.subresource !== undefined ? { subresource: values.subresource } : {}), ...(values.namespace !== undefined ? { namespace: values.namespace } : {}), allNamespaces: values['all-namespaces'] ?? false });
  if (q) for (const w of [...verbWarnings(q.request), ...q.warnings]) io.stderr(`warning: ${w}\n`);
  const graph = loadGraph(io, files, values.config, values);
  const user = impersonatedUser(values.as, values['as-group'] ?? []);
  if (!q) return listFor(graph, user, values.namespace, format, values.quiet ?? false, io);

  const { allowed, grants } = graph.authorize(user, q.request);
  const near = allowed ? [] : nearMisses(graph, user, q.request);
  if (values.quiet) return allowed ? 0 : 1;
  if (format === 'json') {
    const answer = {
      allowed,
      request: q.request,
      user: { name: user.name, groups: user.groups },
      grants: grants.map(describeGrant),
      nearMisses: near.map((n) => ({ kind: n.kind, ...(n.verbs ? { verbs: n.verbs } : {}), ...(n.names ? { resourceNames: n.names } : {}), ...(n.resource ? { resource: n.resource } : {}), ...(n.namespace ? { namespace: n.namespace } : {}), text: nearMissText(n, q.request), grant: describeGrant(n.grant) })),
    };
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return allowed ? 0 : 1;
  }
  io.stdout(allowed ? 'yes\n' : 'no\n');
  if (values.verbose) {
    io.stdout(`user ${user.name} (groups: ${user.groups.join(', ') || 'none'}): ${q.label}\n`);
    if (allowed) for (const g of grants) io.stdout(`  allowed by ${grantLine(describeGrant(g))}\n`);
    else {
      io.stdout('  no rule of any applicable binding allows it\n');
      if (near.length) {
        io.stdout('  granted nearby:\n');
        for (const n of near) io.stdout(`    ${nearMissText(n, q.request)}\n`);
      }
    }
  }
  return allowed ? 0 : 1;
}

function verbWarnings(req: Request): string[] {
  const known = isNonResource(req) ? NON_RESOURCE_VERBS : RESOURCE_VERBS;
  if (known.includes(req.verb)) return [];
  const hint = didYouMean(req.verb, known.filter((v) => v !== '*'));
  return [`verb '${req.verb}' is not a known verb${isNonResource(req) ? ' for a non-resource URL' : ''}${hint ? `; did you mean ${hint}?` : ''}`];
}

/** `Role ns/name (rules[i], file:line) through RoleBinding ns/name (file:line)`. */
function grantedBy(g: Grant): string {
  const d = describeGrant(g);
  const role = `${d.role.kind} ${d.role.namespace ? d.role.namespace + '/' : ''}${d.role.name}`;
  const rule = d.rule.from ? `rules[${d.rule.index}] of ${d.rule.from}, ${d.rule.location}` : `rules[${d.rule.index}], ${d.rule.location}`;
  return `${role} (${rule}) through ${d.binding.kind} ${d.binding.namespace ? d.binding.namespace + '/' : ''}${d.binding.name} (${d.binding.location})`;
}

const quoteVerbs = (verbs: readonly string[]) => verbs.map((v) => `\`${v}\``).join(', ');

function requestResource(req: Request): string {
  if (isNonResource(req)) return req.nonResourceURL;
  return `${req.resource}${req.apiGroup ? '.' + req.apiGroup : ''}${req.subresource ? '/' + req.subresource : ''}`;
}

/** One near miss in words: what is granted, by which rule, and what of the request is not. */
export function nearMissText(n: NearMiss, req: Request): string {
  const res = requestResource(req);
  const by = grantedBy(n.grant);
  switch (n.kind) {
    case 'other-verbs':
      return `${quoteVerbs(n.verbs!)} on ${res} ${n.verbs!.length === 1 ? 'is' : 'are'} granted by ${by}; \`${req.verb}\` is not`;
    case 'resource-names': {
      const name = !isNonResource(req) && req.name ? `'${req.name}'` : '';
      return `\`${req.verb}\` on ${res} is granted by ${by} only for the names ${n.names!.join(', ')}; ${name ? `this request is for ${name}` : 'a request without a name (list, watch, create, deletecollection) never matches resourceNames'}`;
    }
    case 'parent-resource':
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; RBAC matches ${res} separately, so it does not cover it`;
    case 'subresource':
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; a subresource grant does not cover ${res}`;
    case 'other-group':
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; the request is for API group "${isNonResource(req) ? '' : req.apiGroup}"`;
    case 'other-namespaces':
      return `the same request is allowed in namespace ${n.namespace} by ${by}`;
  }
}

interface ListRow {
  resource: string;
  nonResourceURL: string;
  resourceNames: string[];
  verbs: string[];
  grantedBy: string[];
}

/** Rows as kubectl auth can-i --list shows them: one per resource (group-qualified) and names, verbs merged. */
function listRows(grants: readonly Grant[]): ListRow[] {
  const rows = new Map<string, ListRow>();
  for (const g of grants) {
    const r = g.rule.rule;
    const where = describeGrant(g).rule.location;
    const keys: { resource: string; url: string }[] = [];
    for (const group of r.apiGroups ?? []) for (const res of r.resources ?? []) keys.push({ resource: `${res}${group ? '.' + group : ''}`, url: '' });
    for (const url of r.nonResourceURLs ?? []) keys.push({ resource: '', url });
    for (const k of keys) {
      const names = [...(r.resourceNames ?? [])].sort();
      const key = `${k.resource}\0${k.url}\0${names.join(',')}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { resource: k.resource, nonResourceURL: k.url, resourceNames: names, verbs: [], grantedBy: [] }));
      for (const v of r.verbs ?? []) if (!row.verbs.includes(v)) row.verbs.push(v);
      if (!row.grantedBy.includes(where)) row.grantedBy.push(where);
    }
  }
  return [...rows.values()].sort((a, b) => (a.resource + a.nonResourceURL < b.resource + b.nonResourceURL ? -1 : 1));
}

function listFor(graph: RbacGraph, user: UserInfo, namespace: string | undefined, format: string, quiet: boolean, io: Io): number {
  const cluster = graph.rulesFor(user, '');
  const namespaces = namespace !== undefined ? [namespace] : graph.namespacesOf(user);
  const scopes = [
    { namespace: '', rows: listRows(cluster) },
    ...namespaces.map((ns) => ({ namespace: ns, rows: listRows(graph.rulesFor(user, ns).filter((g) => g.binding.kind === 'RoleBinding')) })),
  ];
  if (quiet) return 0;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ user: { name: user.name, groups: user.groups }, scopes }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`user ${user.name} (groups: ${user.groups.join(', ') || 'none'})\n`);
  for (const s of scopes) {
    io.stdout(`\n${s.namespace ? `namespace ${s.namespace} (RoleBindings; the cluster-wide rules apply here too)` : 'cluster-wide (ClusterRoleBindings: every namespace and cluster-scoped resources)'}:\n`);
    if (!s.rows.length) {
      io.stdout('  nothing\n');
      continue;
    }
    const head = ['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs', 'Granted by'];
    const cells = s.rows.map((r) => [r.resource || '', r.nonResourceURL ? r.nonResourceURL : '[]', `[${r.resourceNames.join(' ')}]`, `[${r.verbs.join(' ')}]`, r.grantedBy.join(', ')]);
    const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    for (const c of [head, ...cells]) io.stdout(`  ${c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(w[i]!))).join('   ')}\n`);
  }
  return 0;
}
