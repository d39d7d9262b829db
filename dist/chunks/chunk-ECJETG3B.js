import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7H2KTD5E.js";
import {
  RbacGraph,
  loadObjects,
  where
} from "./chunk-W2PKNGCA.js";
import {
  isKnownRule,
  roleLabel
} from "./chunk-XGIHCVNQ.js";
import {
  loadConfig
} from "./chunk-XVPLYJFZ.js";

// src/cli/commands/rbac-query.ts
import { parseArgs } from "node:util";

// src/rbac/resources.ts
var R = (resource, group, namespaced, singular, ...short) => ({ resource, group, namespaced, singular, ...short.length ? { short } : {} }), BUILTIN_RESOURCES = [
  R("bindings", "", !0, "binding"),
  R("componentstatuses", "", !1, "componentstatus", "cs"),
  R("configmaps", "", !0, "configmap", "cm"),
  R("endpoints", "", !0, "endpoints", "ep"),
  R("events", "", !0, "event", "ev"),
  R("limitranges", "", !0, "limitrange", "limits"),
  R("namespaces", "", !1, "namespace", "ns"),
  R("nodes", "", !1, "node", "no"),
  R("persistentvolumeclaims", "", !0, "persistentvolumeclaim", "pvc"),
  R("persistentvolumes", "", !1, "persistentvolume", "pv"),
  R("pods", "", !0, "pod", "po"),
  R("podtemplates", "", !0, "podtemplate"),
  R("replicationcontrollers", "", !0, "replicationcontroller", "rc"),
  R("resourcequotas", "", !0, "resourcequota", "quota"),
  R("secrets", "", !0, "secret"),
  R("serviceaccounts", "", !0, "serviceaccount", "sa"),
  R("services", "", !0, "service", "svc"),
  R("mutatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "mutatingwebhookconfiguration"),
  R("validatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "validatingwebhookconfiguration"),
  R("validatingadmissionpolicies", "admissionregistration.k8s.io", !1, "validatingadmissionpolicy"),
  R("validatingadmissionpolicybindings", "admissionregistration.k8s.io", !1, "validatingadmissionpolicybinding"),
  R("customresourcedefinitions", "apiextensions.k8s.io", !1, "customresourcedefinition", "crd", "crds"),
  R("apiservices", "apiregistration.k8s.io", !1, "apiservice"),
  R("controllerrevisions", "apps", !0, "controllerrevision"),
  R("daemonsets", "apps", !0, "daemonset", "ds"),
  R("deployments", "apps", !0, "deployment", "deploy"),
  R("replicasets", "apps", !0, "replicaset", "rs"),
  R("statefulsets", "apps", !0, "statefulset", "sts"),
  R("selfsubjectreviews", "authentication.k8s.io", !1, "selfsubjectreview"),
  R("tokenreviews", "authentication.k8s.io", !1, "tokenreview"),
  R("localsubjectaccessreviews", "authorization.k8s.io", !0, "localsubjectaccessreview"),
  R("selfsubjectaccessreviews", "authorization.k8s.io", !1, "selfsubjectaccessreview"),
  R("selfsubjectrulesreviews", "authorization.k8s.io", !1, "selfsubjectrulesreview"),
  R("subjectaccessreviews", "authorization.k8s.io", !1, "subjectaccessreview"),
  R("horizontalpodautoscalers", "autoscaling", !0, "horizontalpodautoscaler", "hpa"),
  R("cronjobs", "batch", !0, "cronjob", "cj"),
  R("jobs", "batch", !0, "job"),
  R("certificatesigningrequests", "certificates.k8s.io", !1, "certificatesigningrequest", "csr"),
  R("leases", "coordination.k8s.io", !0, "lease"),
  R("endpointslices", "discovery.k8s.io", !0, "endpointslice"),
  R("flowschemas", "flowcontrol.apiserver.k8s.io", !1, "flowschema"),
  R("prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io", !1, "prioritylevelconfiguration"),
  R("ingressclasses", "networking.k8s.io", !1, "ingressclass"),
  R("ingresses", "networking.k8s.io", !0, "ingress", "ing"),
  R("networkpolicies", "networking.k8s.io", !0, "networkpolicy", "netpol"),
  R("runtimeclasses", "node.k8s.io", !1, "runtimeclass"),
  R("poddisruptionbudgets", "policy", !0, "poddisruptionbudget", "pdb"),
  R("clusterrolebindings", "rbac.authorization.k8s.io", !1, "clusterrolebinding"),
  R("clusterroles", "rbac.authorization.k8s.io", !1, "clusterrole"),
  R("rolebindings", "rbac.authorization.k8s.io", !0, "rolebinding"),
  R("roles", "rbac.authorization.k8s.io", !0, "role"),
  R("priorityclasses", "scheduling.k8s.io", !1, "priorityclass", "pc"),
  R("csidrivers", "storage.k8s.io", !1, "csidriver"),
  R("csinodes", "storage.k8s.io", !1, "csinode"),
  R("csistoragecapacities", "storage.k8s.io", !0, "csistoragecapacity"),
  R("storageclasses", "storage.k8s.io", !1, "storageclass", "sc"),
  R("volumeattachments", "storage.k8s.io", !1, "volumeattachment")
], KNOWN_SUBRESOURCES = /* @__PURE__ */ new Set([
  "exec",
  "attach",
  "portforward",
  "log",
  "status",
  "proxy",
  "token",
  "eviction",
  "binding",
  "ephemeralcontainers",
  "resize",
  "scale",
  "approval",
  "finalize",
  "rollback"
]);
function resolveResource(type) {
  let t = type.toLowerCase(), dot = t.indexOf("."), name = dot === -1 ? t : t.slice(0, dot), group = dot === -1 ? void 0 : t.slice(dot + 1);
  group !== void 0 && /^v\d+((alpha|beta)\d+)?\./.test(group) && (group = group.slice(group.indexOf(".") + 1));
  let hit = BUILTIN_RESOURCES.find((r) => (r.resource === name || r.singular === name || r.short?.includes(name)) && (group === void 0 || r.group === group || group === "core" && r.group === ""));
  return hit ? { resource: hit.resource, group: hit.group, namespaced: hit.namespaced, known: !0 } : { resource: name, group: group ?? "", known: !1 };
}

// src/cli/commands/rbac-query.ts
var QUERY_OPTIONS = {
  subresource: { type: "string" },
  namespace: { type: "string", short: "n" },
  "all-namespaces": { type: "boolean", short: "A" },
  filename: { type: "string", short: "f", multiple: !0 },
  config: { type: "string", short: "c" },
  help: { type: "boolean", short: "h" }
};
function parseQueryArgs(args, extra) {
  try {
    return parseArgs({ args, allowPositionals: !0, options: { ...QUERY_OPTIONS, ...extra } });
  } catch (e) {
    throw new UsageError(e.message);
  }
}
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
function loadGraph(io, files, configPath) {
  let config = loadConfig({ cwd: io.cwd, ...configPath ? { configPath } : {}, knownRule: isKnownRule }), loaded = loadObjects({ paths: files?.length ? files : ["."], cwd: io.cwd, ...io.readStdin ? { readStdin: io.readStdin } : {} }, config);
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

export {
  parseQueryArgs,
  parseRequest,
  loadGraph,
  describeGrant,
  grantLine
};
