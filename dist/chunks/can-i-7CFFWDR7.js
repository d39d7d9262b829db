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
  impersonatedUser
} from "./chunk-XGIHCVNQ.js";
import "./chunk-XVPLYJFZ.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/can-i.ts
var CAN_I_USAGE = `Usage: leastpriv can-i VERB TYPE[/NAME] [--subresource SUB] --as USER [--as-group G]... [-n NS] [-f PATH]... [-v]
`;
async function runCanI(args, io) {
  let { values, positionals } = parseQueryArgs(args, {
    as: { type: "string" },
    "as-group": { type: "string", multiple: !0 },
    verbose: { type: "boolean", short: "v" }
  });
  if (values.help)
    return io.stdout(CAN_I_USAGE), 0;
  if (!values.as) throw new UsageError("--as USER is required: leastpriv has no current user (e.g. --as system:serviceaccount:NS:NAME)");
  let q = parseRequest(positionals, { ...values.subresource !== void 0 ? { subresource: values.subresource } : {}, ...values.namespace !== void 0 ? { namespace: values.namespace } : {}, allNamespaces: values["all-namespaces"] ?? !1 });
  for (let w of q.warnings) io.stderr(`warning: ${w}
`);
  let graph = loadGraph(io, values.filename, values.config), user = impersonatedUser(values.as, values["as-group"] ?? []), { allowed, grants } = graph.authorize(user, q.request);
  if (io.stdout(allowed ? `yes
` : `no
`), values.verbose)
    if (io.stdout(`user ${user.name} (groups: ${user.groups.join(", ") || "none"}): ${q.label}
`), allowed) for (let g of grants) io.stdout(`  allowed by ${grantLine(describeGrant(g))}
`);
    else io.stdout(`  no rule of any applicable binding allows it
`);
  return allowed ? 0 : 1;
}
export {
  CAN_I_USAGE,
  runCanI
};
