import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  applyRenderFlags
} from "./chunk-SMT67TH4.js";
import {
  UsageError
} from "./chunk-KF2SOTX4.js";
import {
  safeLines
} from "./chunk-6HAW2HBN.js";
import {
  KNOWN_SUBRESOURCES,
  RbacGraph,
  apiGroupMatches,
  effectiveName,
  isKnownRule,
  isNonResource,
  nonResourceURLMatches,
  principalKey,
  resolveResource,
  resourceMatches,
  resourceNameMatches,
  roleLabel,
  ruleAllows,
  verbMatches
} from "./chunk-IODZ2AQT.js";
import {
  loadObjects,
  where
} from "./chunk-RSS6ONCU.js";
import {
  loadConfig
} from "./chunk-ILG67AN3.js";

// src/rbac/near-miss.ts
var resLabel = (group, resource, sub = "") => `${resource}${group ? "." + group : ""}${sub ? "/" + sub : ""}`;
function ruleNearMisses(g, req) {
  let rule = g.rule.rule;
  if (isNonResource(req))
    return nonResourceURLMatches(rule, req.nonResourceURL) && !verbMatches(rule, req.verb) ? [{ kind: "other-verbs", grant: g, verbs: [...rule.verbs ?? []] }] : [];
  let r = req, sub = r.subresource ?? "", group = apiGroupMatches(rule, r.apiGroup), res = resourceMatches(rule, r.resource, sub), name = resourceNameMatches(rule, effectiveName(r)), verb = verbMatches(rule, r.verb), out = [];
  if (group && res && name && !verb && out.push({ kind: "other-verbs", grant: g, verbs: [...rule.verbs ?? []] }), group && res && verb && !name && out.push({ kind: "resource-names", grant: g, names: [...rule.resourceNames ?? []] }), group && verb && !res && name && (sub && resourceMatches(rule, r.resource, "") && out.push({ kind: "parent-resource", grant: g, resource: resLabel(r.apiGroup, r.resource) }), !sub)) {
    let subs = (rule.resources ?? []).filter((x) => x.startsWith(`${r.resource}/`));
    for (let s of subs) out.push({ kind: "subresource", grant: g, resource: resLabel(r.apiGroup, s) });
  }
  return !group && verb && res && name && out.push({ kind: "other-group", grant: g, resource: `${resLabel("", r.resource, sub)} in API group${(rule.apiGroups ?? []).length === 1 ? "" : "s"} ${(rule.apiGroups ?? []).map((x) => `"${x}"`).join(", ")}` }), out;
}
function nearMisses(graph, user, req) {
  if (graph.authorize(user, req).allowed) return [];
  let ns = isNonResource(req) ? "" : req.namespace ?? "", out = graph.rulesFor(user, ns).flatMap((g) => ruleNearMisses(g, req));
  if (!isNonResource(req) && req.namespace)
    for (let other of graph.namespacesOf(user)) {
      if (other === req.namespace) continue;
      let there = graph.authorize(user, { ...req, namespace: other });
      there.allowed && out.push({ kind: "other-namespaces", grant: there.grants[0], namespace: other });
    }
  let order = ["other-verbs", "resource-names", "other-group", "parent-resource", "subresource", "other-namespaces"];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
function partialSubjects(graph, req) {
  let ns = isNonResource(req) ? "" : req.namespace ?? "", candidates = ns ? [...graph.clusterRoleBindings(), ...graph.roleBindingsIn(ns)] : graph.clusterRoleBindings(), allowed = new Set(graph.whoCan(req).map((w) => principalKey(w.principal))), out = [];
  for (let binding of candidates) {
    let role = binding.role;
    if (role)
      for (let rule of role.rules) {
        if (ruleAllows(rule.rule, req)) continue;
        let near = ruleNearMisses({ binding, subjectIndex: binding.subjects[0]?.index ?? 0, role, rule }, req).filter((n) => n.kind === "other-verbs");
        if (near.length)
          for (let s of binding.subjects)
            allowed.has(principalKey(s.principal)) || out.push({ principal: s.principal, grant: { binding, subjectIndex: s.index, role, rule }, verbs: near[0].verbs });
      }
  }
  return out;
}

// src/cli/commands/rbac-query.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
function parseRequest(positionals, opts) {
  let [verb, target, ...rest] = positionals;
  if (!verb || !target) throw new UsageError("you must specify two arguments: VERB and TYPE[/NAME] or a non-resource URL");
  if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
  let warnings = [];
  if (target.startsWith("/")) {
    if (opts.subresource) throw new UsageError("--subresource cannot be used with a non-resource URL");
    return { request: { verb, nonResourceURL: target }, label: `${verb} ${target}`, warnings };
  }
  let slash = target.indexOf("/"), type = slash === -1 ? target : target.slice(0, slash), name = slash === -1 ? "" : target.slice(slash + 1), r = resolveResource(type);
  r.known || warnings.push(`resource type '${type}' is not a built-in resource known offline; asking about resource '${r.resource}' in group '${r.group}'`);
  let sub = opts.subresource ?? "";
  name && !sub && KNOWN_SUBRESOURCES.has(name) && warnings.push(`'${target}' asks about a ${r.resource.replace(/s$/, "")} named "${name}", as kubectl does; did you mean --subresource ${name}? (${type} --subresource ${name})`);
  let namespace = opts.allNamespaces ? "" : opts.namespace ?? "default";
  r.namespaced === !1 && namespace && (opts.namespace && warnings.push(`resource '${r.resource}' is not namespace scoped; -n ${opts.namespace} is ignored`), namespace = "");
  let request = { verb, apiGroup: r.group, resource: r.resource, subresource: sub, name, namespace }, res = `${r.resource}${r.group ? "." + r.group : ""}${sub ? "/" + sub : ""}`, label = `${verb} ${res}${name ? ` named "${name}"` : ""} ${namespace ? `in namespace ${namespace}` : "cluster-wide"}`;
  return { request, label, warnings };
}
function loadGraph(io, files, configPath, renderFlags = {}) {
  let paths = files?.length ? files : ["."];
  for (let p of paths) if (p !== "-" && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  let config = loadConfig({ cwd: io.cwd, ...configPath ? { configPath } : {}, knownRule: isKnownRule });
  applyRenderFlags(config, renderFlags);
  let loaded = loadObjects({ paths, cwd: io.cwd, ...io.readStdin ? { readStdin: io.readStdin } : {} }, config);
  for (let r of loaded.renderProblems) io.stderr(`warning: ${r}
`);
  for (let { diagnostic, source } of loaded.diagnostics) {
    let line = source ? source.lineCounter.linePos(diagnostic.range[0]).line : 1;
    io.stderr(`warning: ${diagnostic.file}:${line}: ${diagnostic.message}
`);
  }
  for (let [o, errs] of loaded.shapeErrors) for (let e of errs) io.stderr(`warning: ${where(o, e.path)}: ${e.path.join(".")}: ${e.message} (object ignored)
`);
  return new RbacGraph(loaded.objects.filter((o) => !o.invalid));
}
function describeGrant(g) {
  let b = g.binding, role = g.role, src = g.rule.source;
  return {
    binding: { kind: b.kind, name: b.name, ...b.namespace ? { namespace: b.namespace } : {}, location: where(b.object, ["subjects", g.subjectIndex]) },
    role: { kind: role.kind, name: role.name, ...role.namespace ? { namespace: role.namespace } : {}, location: role.object ? where(role.object, []) : "built-in", builtin: !role.object },
    rule: {
      location: src.object ? where(src.object, ["rules", g.rule.index]) : `built-in ${roleLabel(src)} rules[${g.rule.index}]`,
      index: g.rule.index,
      ...src !== role ? { from: roleLabel(src) } : {}
    }
  };
}
function grantLine(d) {
  let b = `${d.binding.kind} ${d.binding.namespace ? d.binding.namespace + "/" : ""}${d.binding.name} (${d.binding.location})`, r = `${d.role.kind} ${d.role.namespace ? d.role.namespace + "/" : ""}${d.role.name}${d.role.builtin ? " (built-in)" : ""}`, rule = d.rule.from ? `rules[${d.rule.index}] of ${d.rule.from} (${d.rule.location})` : `rules[${d.rule.index}] (${d.rule.location})`;
  return `${b} \u2192 ${r} \u2192 ${rule}`;
}
var QUERY_FORMATS = ["text", "json"];
function queryFormatAndFiles(parsed, io, cmd) {
  let files = [...parsed.values.filename ?? []], format;
  for (let v of parsed.all.format ?? [])
    QUERY_FORMATS.includes(v) ? format = v : (files.push(v), io.stderr(`leastpriv: note: -f means --format in leastpriv; '${v}' is not a format, so it is read as --filename ${v}
`));
  for (let v of parsed.all.output ?? [])
    if (QUERY_FORMATS.includes(v)) format = v;
    else throw new UsageError(`unknown output format '${v}' for -o (${QUERY_FORMATS.join(", ")})`, cmd);
  return { format: format ?? "text", files };
}
function safeIo(io) {
  return { ...io, stdout: (s) => io.stdout(safeLines(s)), stderr: (s) => io.stderr(safeLines(s)) };
}

export {
  nearMisses,
  partialSubjects,
  parseRequest,
  loadGraph,
  describeGrant,
  grantLine,
  queryFormatAndFiles,
  safeIo
};
