import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  describeGrant,
  grantLine,
  loadGraph,
  parseRequest,
  partialSubjects,
  queryFormatAndFiles,
  safeIo
} from "./chunk-R437R7NG.js";
import "./chunk-SMT67TH4.js";
import {
  parseCommand
} from "./chunk-KF2SOTX4.js";
import "./chunk-ZHWLV7JO.js";
import "./chunk-6HAW2HBN.js";
import {
  principalLabel
} from "./chunk-IODZ2AQT.js";
import "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/who-can.ts
async function runWhoCan(args, rawIo) {
  let io = rawIo, parsed = parseCommand("who-can", args), { values, positionals } = parsed, { format, files } = queryFormatAndFiles(parsed, io, "who-can");
  format !== "json" && (io = safeIo(rawIo));
  let q = parseRequest(positionals, { ...values.subresource !== void 0 ? { subresource: values.subresource } : {}, ...values.namespace !== void 0 ? { namespace: values.namespace } : {}, allNamespaces: values["all-namespaces"] ?? !1 });
  for (let w of q.warnings) io.stderr(`warning: ${w}
`);
  let graph = loadGraph(io, files, values.config, values), rows = graph.whoCan(q.request).map((w) => ({ subject: { ...w.principal }, label: principalLabel(w.principal), ...describeGrant(w.grant) }));
  rows.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : a.binding.location < b.binding.location ? -1 : 1);
  let partial = partialSubjects(graph, q.request).map((p) => ({ subject: { ...p.principal }, label: principalLabel(p.principal), verbs: p.verbs, ...describeGrant(p.grant) }));
  if (partial.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : a.rule.location < b.rule.location ? -1 : 1), format === "json")
    return io.stdout(`${JSON.stringify({ request: q.request, subjects: rows.map(({ label: _l, ...r }) => r), partial: partial.map(({ label: _l, ...r }) => r) }, null, 2)}
`), 0;
  if (rows.length === 0) io.stdout(`No subject can ${q.label}.
`);
  else {
    io.stdout(`Subjects that can ${q.label}:
`);
    for (let r of rows) io.stdout(`${r.label}
  via ${grantLine(r)}
`);
  }
  if (partial.length) {
    io.stdout(`
Subjects with other verbs on the same resource, not \`${q.request.verb}\`:
`);
    for (let p of partial) io.stdout(`${p.label}: ${p.verbs.map((v) => `\`${v}\``).join(", ")}
  via ${grantLine(p)}
`);
  }
  return 0;
}
export {
  runWhoCan
};
