/**
 * `leastpriv who-can VERB TYPE[/NAME] [--subresource SUB] [-n NS] [--filename PATH]... [-o json]`:
 * every subject whose bindings allow the request, with the binding, the role and the rule.
 */
import { principalLabel } from '../../rbac/subjects.ts';
import type { Io } from '../main.ts';
import { parseCommand } from '../options.ts';
import { describeGrant, grantLine, loadGraph, parseRequest, queryFormatAndFiles, safeIo } from './rbac-query.ts';
import { partialSubjects } from '../../rbac/near-miss.ts';

export async function runWhoCan(args: string[], rawIo: Io): Promise<number> {
  let io = rawIo;
  const parsed = parseCommand('who-can', args);
  const { values, positionals } = parsed;
  const { format, files } = queryFormatAndFiles(parsed, io, 'who-can');
  // Subject names come from manifests (a User can be named anything): text lines are made safe for a
  // terminal or CI log; JSON keeps the exact values (JSON.stringify escapes the controls).
  if (format !== 'json') io = safeIo(rawIo);
  const q = parseRequest(positionals, { ...(values.subresource !== undefined ? { subresource: values.subresource } : {}), ...(values.namespace !== undefined ? { namespace: values.namespace } : {}), allNamespaces: values['all-namespaces'] ?? false });
  for (const w of q.warnings) io.stderr(`warning: ${w}\n`);
  const graph = loadGraph(io, files, values.config, values);
  const rows = graph.whoCan(q.request).map((w) => ({ subject: { ...w.principal }, label: principalLabel(w.principal), ...describeGrant(w.grant) }));
  rows.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.binding.location < b.binding.location ? -1 : 1));
  // Near misses: subjects with other verbs on the same resource (the incident: create without get).
  const partial = partialSubjects(graph, q.request).map((p) => ({ subject: { ...p.principal }, label: principalLabel(p.principal), verbs: p.verbs, ...describeGrant(p.grant) }));
  partial.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.rule.location < b.rule.location ? -1 : 1));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ request: q.request, subjects: rows.map(({ label: _l, ...r }) => r), partial: partial.map(({ label: _l, ...r }) => r) }, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) io.stdout(`No subject can ${q.label}.\n`);
  else {
    io.stdout(`Subjects that can ${q.label}:\n`);
    for (const r of rows) io.stdout(`${r.label}\n  via ${grantLine(r)}\n`);
  }
  if (partial.length) {
    io.stdout(`\nSubjects with other verbs on the same resource, not \`${q.request.verb}\`:\n`);
    for (const p of partial) io.stdout(`${p.label}: ${p.verbs.map((v) => `\`${v}\``).join(', ')}\n  via ${grantLine(p)}\n`);
  }
  return 0;
}
