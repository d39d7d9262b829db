/**
 * `leastpriv can-i VERB TYPE[/NAME] --as USER [--as-group G]... [-n NS] [-f PATH]...`: the answer the
 * RBAC authorizer would give for the manifests, offline. Prints `yes` or `no` and exits 0 or 1,
 * as `kubectl auth can-i` does; `-v` lists the granting rules with file:line.
 */
import { impersonatedUser } from '../../rbac/subjects.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';
import { parseCommand } from '../options.ts';
import { describeGrant, grantLine, loadGraph, parseRequest, queryFormatAndFiles } from './rbac-query.ts';

export async function runCanI(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand('can-i', args);
  const { values, positionals } = parsed;
  const { format, files } = queryFormatAndFiles(parsed, io, 'can-i');
  if (!values.as) throw new UsageError('--as USER is required: leastpriv has no current user (e.g. --as system:serviceaccount:NS:NAME)');
  const q = parseRequest(positionals, { ...(values.subresource !== undefined ? { subresource: values.subresource } : {}), ...(values.namespace !== undefined ? { namespace: values.namespace } : {}), allNamespaces: values['all-namespaces'] ?? false });
  for (const w of q.warnings) io.stderr(`warning: ${w}\n`);
  const graph = loadGraph(io, files, values.config);
  const user = impersonatedUser(values.as, values['as-group'] ?? []);
  const { allowed, grants } = graph.authorize(user, q.request);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ allowed, request: q.request, user: { name: user.name, groups: user.groups }, grants: grants.map(describeGrant) }, null, 2)}\n`);
    return allowed ? 0 : 1;
  }
  io.stdout(allowed ? 'yes\n' : 'no\n');
  if (values.verbose) {
    io.stdout(`user ${user.name} (groups: ${user.groups.join(', ') || 'none'}): ${q.label}\n`);
    if (allowed) for (const g of grants) io.stdout(`  allowed by ${grantLine(describeGrant(g))}\n`);
    else io.stdout('  no rule of any applicable binding allows it\n');
  }
  return allowed ? 0 : 1;
}
