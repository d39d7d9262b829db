import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  describeGrant,
  grantLine,
  loadGraph,
  parseQueryArgs,
  parseRequest
} from "./chunk-ECJETG3B.js";
import {
  UsageError
} from "./chunk-7H2KTD5E.js";
import "./chunk-W2PKNGCA.js";
import {
  principalLabel
} from "./chunk-XGIHCVNQ.js";
import "./chunk-XVPLYJFZ.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/who-can.ts
var WHO_CAN_USAGE = `Usage: leastpriv who-can VERB TYPE[/NAME] [--subresource SUB] [-n NS] [-f PATH]... [--format text|json]
`;
async function runWhoCan(args, io) {
  let { values, positionals } = parseQueryArgs(args, { format: { type: "string", short: "o" } });
  if (values.help)
    return io.stdout(WHO_CAN_USAGE), 0;
  let format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`unknown format '${format}' (text, json)`);
  let q = parseRequest(positionals, { ...values.subresource !== void 0 ? { subresource: values.subresource } : {}, ...values.namespace !== void 0 ? { namespace: values.namespace } : {}, allNamespaces: values["all-namespaces"] ?? !1 });
  for (let w of q.warnings) io.stderr(`warning: ${w}
`);
  let rows = loadGraph(io, values.filename, values.config).whoCan(q.request).map((w) => ({ subject: { ...w.principal }, label: principalLabel(w.principal), ...describeGrant(w.grant) }));
  if (rows.sort((a, b) => a.label < b.label ? -1 : a.label > b.label ? 1 : a.binding.location < b.binding.location ? -1 : 1), format === "json")
    return io.stdout(`${JSON.stringify({ request: q.request, subjects: rows.map(({ label: _l, ...r }) => r) }, null, 2)}
`), 0;
  if (rows.length === 0)
    return io.stdout(`No subject can ${q.label}.
`), 0;
  io.stdout(`Subjects that can ${q.label}:
`);
  for (let r of rows) io.stdout(`${r.label}
  via ${grantLine(r)}
`);
  return 0;
}
export {
  WHO_CAN_USAGE,
  runWhoCan
};
