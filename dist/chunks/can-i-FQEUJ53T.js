import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  describeGrant,
  grantLine,
  loadGraph,
  nearMisses,
  parseRequest,
  queryFormatAndFiles,
  safeIo
} from "./chunk-R437R7NG.js";
import "./chunk-SMT67TH4.js";
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import "./chunk-ZHWLV7JO.js";
import "./chunk-6HAW2HBN.js";
import {
  impersonatedUser,
  isNonResource
} from "./chunk-IODZ2AQT.js";
import "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import {
  didYouMean
} from "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/can-i.ts
var RESOURCE_VERBS = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "use", "bind", "impersonate", "*", "approve", "sign", "escalate", "attest"], NON_RESOURCE_VERBS = ["get", "put", "post", "head", "options", "delete", "patch", "*"];
async function runCanI(args, rawIo) {
  let io = rawIo, parsed = parseCommand("can-i", args), { values, positionals } = parsed, { format, files } = queryFormatAndFiles(parsed, io, "can-i");
  if (format !== "json" && (io = safeIo(rawIo)), !values.as) throw new UsageError("--as USER is required: leastpriv has no current user (e.g. --as system:serviceaccount:NS:NAME)", "can-i");
  if (values.list) {
    if (positionals.length) throw new UsageError(`--list takes no VERB or TYPE (got '${positionals[0]}')`, "can-i");
    if (values.subresource !== void 0) throw new UsageError("--list cannot be used with --subresource", "can-i");
  }
  let q = values.list ? void 0 : parseRequest(positionals, { ...values.subresource !== void 0 ? { subresource: values.subresource } : {}, ...values.namespace !== void 0 ? { namespace: values.namespace } : {}, allNamespaces: values["all-namespaces"] ?? !1 });
  if (q) for (let w of [...verbWarnings(q.request), ...q.warnings]) io.stderr(`warning: ${w}
`);
  let graph = loadGraph(io, files, values.config, values), user = impersonatedUser(values.as, values["as-group"] ?? []);
  if (!q) return listFor(graph, user, values.namespace, format, values.quiet ?? !1, io);
  let { allowed, grants } = graph.authorize(user, q.request), near = allowed ? [] : nearMisses(graph, user, q.request);
  if (values.quiet) return allowed ? 0 : 1;
  if (format === "json") {
    let answer = {
      allowed,
      request: q.request,
      user: { name: user.name, groups: user.groups },
      grants: grants.map(describeGrant),
      nearMisses: near.map((n) => ({ kind: n.kind, ...n.verbs ? { verbs: n.verbs } : {}, ...n.names ? { resourceNames: n.names } : {}, ...n.resource ? { resource: n.resource } : {}, ...n.namespace ? { namespace: n.namespace } : {}, text: nearMissText(n, q.request), grant: describeGrant(n.grant) }))
    };
    return io.stdout(`${JSON.stringify(answer, null, 2)}
`), allowed ? 0 : 1;
  }
  if (io.stdout(allowed ? `yes
` : `no
`), values.verbose) {
    if (io.stdout(`user ${user.name} (groups: ${user.groups.join(", ") || "none"}): ${q.label}
`), allowed) for (let g of grants) io.stdout(`  allowed by ${grantLine(describeGrant(g))}
`);
    else if (io.stdout(`  no rule of any applicable binding allows it
`), near.length) {
      io.stdout(`  granted nearby:
`);
      for (let n of near) io.stdout(`    ${nearMissText(n, q.request)}
`);
    }
  }
  return allowed ? 0 : 1;
}
function verbWarnings(req) {
  let known = isNonResource(req) ? NON_RESOURCE_VERBS : RESOURCE_VERBS;
  if (known.includes(req.verb)) return [];
  let hint = didYouMean(req.verb, known.filter((v) => v !== "*"));
  return [`verb '${req.verb}' is not a known verb${isNonResource(req) ? " for a non-resource URL" : ""}${hint ? `; did you mean ${hint}?` : ""}`];
}
function grantedBy(g) {
  let d = describeGrant(g), role = `${d.role.kind} ${d.role.namespace ? d.role.namespace + "/" : ""}${d.role.name}`, rule = d.rule.from ? `rules[${d.rule.index}] of ${d.rule.from}, ${d.rule.location}` : `rules[${d.rule.index}], ${d.rule.location}`;
  return `${role} (${rule}) through ${d.binding.kind} ${d.binding.namespace ? d.binding.namespace + "/" : ""}${d.binding.name} (${d.binding.location})`;
}
var quoteVerbs = (verbs) => verbs.map((v) => `\`${v}\``).join(", ");
function requestResource(req) {
  return isNonResource(req) ? req.nonResourceURL : `${req.resource}${req.apiGroup ? "." + req.apiGroup : ""}${req.subresource ? "/" + req.subresource : ""}`;
}
function nearMissText(n, req) {
  let res = requestResource(req), by = grantedBy(n.grant);
  switch (n.kind) {
    case "other-verbs":
      return `${quoteVerbs(n.verbs)} on ${res} ${n.verbs.length === 1 ? "is" : "are"} granted by ${by}; \`${req.verb}\` is not`;
    case "resource-names": {
      let name = !isNonResource(req) && req.name ? `'${req.name}'` : "";
      return `\`${req.verb}\` on ${res} is granted by ${by} only for the names ${n.names.join(", ")}; ${name ? `this request is for ${name}` : "a request without a name (list, watch, create, deletecollection) never matches resourceNames"}`;
    }
    case "parent-resource":
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; RBAC matches ${res} separately, so it does not cover it`;
    case "subresource":
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; a subresource grant does not cover ${res}`;
    case "other-group":
      return `\`${req.verb}\` on ${n.resource} is granted by ${by}; the request is for API group "${isNonResource(req) ? "" : req.apiGroup}"`;
    case "other-namespaces":
      return `the same request is allowed in namespace ${n.namespace} by ${by}`;
  }
}
function listRows(grants) {
  let rows = /* @__PURE__ */ new Map();
  for (let g of grants) {
    let r = g.rule.rule, where = describeGrant(g).rule.location, keys = [];
    for (let group of r.apiGroups ?? []) for (let res of r.resources ?? []) keys.push({ resource: `${res}${group ? "." + group : ""}`, url: "" });
    for (let url of r.nonResourceURLs ?? []) keys.push({ resource: "", url });
    for (let k of keys) {
      let names = [...r.resourceNames ?? []].sort(), key = `${k.resource}\0${k.url}\0${names.join(",")}`, row = rows.get(key);
      row || rows.set(key, row = { resource: k.resource, nonResourceURL: k.url, resourceNames: names, verbs: [], grantedBy: [] });
      for (let v of r.verbs ?? []) row.verbs.includes(v) || row.verbs.push(v);
      row.grantedBy.includes(where) || row.grantedBy.push(where);
    }
  }
  return [...rows.values()].sort((a, b) => a.resource + a.nonResourceURL < b.resource + b.nonResourceURL ? -1 : 1);
}
function listFor(graph, user, namespace, format, quiet, io) {
  let cluster = graph.rulesFor(user, ""), namespaces = namespace !== void 0 ? [namespace] : graph.namespacesOf(user), scopes = [
    { namespace: "", rows: listRows(cluster) },
    ...namespaces.map((ns) => ({ namespace: ns, rows: listRows(graph.rulesFor(user, ns).filter((g) => g.binding.kind === "RoleBinding")) }))
  ];
  if (quiet) return 0;
  if (format === "json")
    return io.stdout(`${JSON.stringify({ user: { name: user.name, groups: user.groups }, scopes }, null, 2)}
`), 0;
  io.stdout(`user ${user.name} (groups: ${user.groups.join(", ") || "none"})
`);
  for (let s of scopes) {
    if (io.stdout(`
${s.namespace ? `namespace ${s.namespace} (RoleBindings; the cluster-wide rules apply here too)` : "cluster-wide (ClusterRoleBindings: every namespace and cluster-scoped resources)"}:
`), !s.rows.length) {
      io.stdout(`  nothing
`);
      continue;
    }
    let head = ["Resources", "Non-Resource URLs", "Resource Names", "Verbs", "Granted by"], cells = s.rows.map((r) => [r.resource || "", r.nonResourceURL ? r.nonResourceURL : "[]", `[${r.resourceNames.join(" ")}]`, `[${r.verbs.join(" ")}]`, r.grantedBy.join(", ")]), w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    for (let c of [head, ...cells]) io.stdout(`  ${c.map((x, i) => i === c.length - 1 ? x : x.padEnd(w[i])).join("   ")}
`);
  }
  return 0;
}
export {
  NON_RESOURCE_VERBS,
  RESOURCE_VERBS,
  nearMissText,
  runCanI
};
