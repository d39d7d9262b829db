import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  containers,
  groupOf,
  podAnnotations,
  podFieldPath,
  podOwnAnnotations,
  podSpecs,
  volumes
} from "./chunk-Q5VFHMWF.js";
import {
  LATEST,
  effectiveVersion,
  formatVersion,
  parseVersion
} from "./chunk-ILG67AN3.js";

// src/rbac/match.ts
var STREAMING_SUBRESOURCES = ["exec", "attach", "portforward"], isNonResource = (r2) => "nonResourceURL" in r2;
function verbMatches(rule, verb) {
  return (rule.verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(rule, group) {
  return (rule.apiGroups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(rule, resource, subresource = "") {
  let combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r2) => r2 === "*" || r2 === combined || subresource !== "" && r2.length === subresource.length + 2 && r2.startsWith("*/") && r2.endsWith(subresource)
  );
}
function resourceNameMatches(rule, name) {
  let names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}
function trimTrailingStars(u) {
  let e = u.length;
  for (; e > 0 && u.charCodeAt(e - 1) === 42; ) e--;
  return u.slice(0, e);
}
function nonResourceURLMatches(rule, url) {
  return (rule.nonResourceURLs ?? []).some((u) => u === "*" || u === url || u.endsWith("*") && url.startsWith(trimTrailingStars(u)));
}
function effectiveName(r2) {
  return r2.verb === "create" && !r2.subresource || r2.verb === "deletecollection" ? "" : r2.name ?? "";
}
function ruleAllows(rule, req) {
  return verbMatches(rule, req.verb) ? isNonResource(req) ? nonResourceURLMatches(rule, req.nonResourceURL) : apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, req.resource, req.subresource ?? "") && resourceNameMatches(rule, effectiveName(req)) : !1;
}
function grantsVerbOn(rule, verb, group, resource, subresource = "") {
  return verbMatches(rule, verb) && apiGroupMatches(rule, group) && resourceMatches(rule, resource, subresource);
}

// src/rbac/objects.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
function isRbac(obj, kind) {
  return obj.kind === kind && obj.apiVersion.startsWith(`${RBAC_GROUP}/`);
}
function isRole(obj) {
  return isRbac(obj, "Role") || isRbac(obj, "ClusterRole");
}
function isBinding(obj) {
  return isRbac(obj, "RoleBinding") || isRbac(obj, "ClusterRoleBinding");
}
var isRecord = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function roleRules(obj) {
  if (!isRole(obj)) return;
  let rules = obj.value.rules;
  return Array.isArray(rules) ? rules.map((r2) => isRecord(r2) ? r2 : { verbs: [] }) : [];
}
function aggregationRule(obj) {
  let a = obj.value.aggregationRule;
  return isRbac(obj, "ClusterRole") && isRecord(a) ? a : void 0;
}
function roleRefOf(obj) {
  let r2 = obj.value.roleRef;
  return isRecord(r2) && typeof r2.name == "string" && typeof r2.kind == "string" ? r2 : void 0;
}
function subjectsOf(obj) {
  let s = obj.value.subjects;
  if (!Array.isArray(s)) return [];
  let out = [];
  return s.forEach((v, index) => {
    isRecord(v) && out.push({ subject: v, index });
  }), out;
}
function roleLabel(obj) {
  return obj.kind === "ClusterRole" || !obj.namespace ? `${obj.kind} ${obj.name}` : `${obj.kind} ${obj.namespace}/${obj.name}`;
}
function labelsOf(obj) {
  let m = obj.value.metadata, l = isRecord(m) ? m.labels : void 0;
  return isRecord(l) ? Object.fromEntries(Object.entries(l).map(([k, v]) => [k, String(v)])) : {};
}

// src/rbac/subjects.ts
var SA_PREFIX = "system:serviceaccount:", ALL_AUTHENTICATED = "system:authenticated", ALL_UNAUTHENTICATED = "system:unauthenticated", ANONYMOUS = "system:anonymous", ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
function principalKey(p) {
  return p.kind === "ServiceAccount" ? `User\0${SA_PREFIX}${p.namespace}:${p.name}` : `${p.kind}\0${p.name}`;
}
function principalLabel(p) {
  return p.kind === "ServiceAccount" ? `ServiceAccount ${p.namespace}/${p.name}` : `${p.kind} ${p.name}`;
}
function splitServiceAccountUsername(user) {
  if (!user.startsWith(SA_PREFIX)) return;
  let parts = user.slice(SA_PREFIX.length).split(":");
  if (!(parts.length !== 2 || !parts[0] || !parts[1]))
    return { namespace: parts[0], name: parts[1] };
}
function serviceAccountGroups(namespace) {
  return [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`];
}
function impersonatedUser(name, groups = []) {
  if (groups.length) return { name, groups: [...groups] };
  let sa = splitServiceAccountUsername(name), out = sa ? serviceAccountGroups(sa.namespace) : [];
  return name !== ANONYMOUS && !out.includes(ALL_AUTHENTICATED) && !out.includes(ALL_UNAUTHENTICATED) && out.push(ALL_AUTHENTICATED), { name, groups: out };
}
function userOf(p) {
  if (p.kind === "ServiceAccount") return impersonatedUser(`${SA_PREFIX}${p.namespace}:${p.name}`);
  if (p.kind === "User") return impersonatedUser(p.name);
}
function userKeys(u) {
  return [`User\0${u.name}`, ...u.groups.map((g) => `Group\0${g}`)];
}
function resolveSubject(s, bindingNamespace) {
  let name = typeof s.name == "string" ? s.name : "";
  if (!name) return { problem: { problem: "has no name", field: "name" } };
  switch (s.kind) {
    case "User":
    case "Group":
      return s.apiGroup && s.apiGroup !== RBAC_GROUP ? { problem: { problem: `has apiGroup "${s.apiGroup}" (${s.kind} subjects need "${RBAC_GROUP}")`, field: "apiGroup" } } : { principal: { kind: s.kind, name } };
    case "ServiceAccount": {
      if (s.apiGroup) return { problem: { problem: `has apiGroup "${s.apiGroup}" (ServiceAccount subjects take apiGroup "")`, field: "apiGroup" } };
      let ns = s.namespace || bindingNamespace;
      return ns ? { principal: { kind: "ServiceAccount", namespace: ns, name } } : { problem: { problem: "has no namespace; in a ClusterRoleBinding it matches no service account", field: "namespace" } };
    }
    default:
      return { problem: { problem: `has kind "${String(s.kind)}" (User, Group or ServiceAccount)`, field: "kind" } };
  }
}

// src/model/describe.ts
function objectLabel(obj) {
  let name = obj.name || "(unnamed)";
  return obj.namespace ? `${obj.kind} ${obj.namespace}/${name}` : `${obj.kind} ${name}`;
}
var STANDARD_POD_PATHS = /* @__PURE__ */ new Set(["spec", "template.spec", "spec.template.spec", "spec.jobTemplate.spec.template.spec"]);
function podLabel(pod) {
  let path = pod.path.join("."), where = STANDARD_POD_PATHS.has(path) && !pod.synthetic ? "" : ` (pod ${path})`;
  return `${objectLabel(pod.object)}${where}${pod.inferred ? " [pod inferred from its shape]" : ""}`;
}
function containerLabel(c) {
  return `${c.list === "containers" ? "container" : c.list === "initContainers" ? "init container" : "ephemeral container"} "${c.name}" of ${podLabel(c.pod)}`;
}
function objectKey(obj) {
  return `${obj.render ? `${obj.render.root}|` : ""}${obj.file.path}#${obj.documentIndex}#${obj.rootPath.join(".")}`;
}

// src/engine/rule.ts
function format(template, data) {
  return template.replace(/\{(\w+)\}/g, (m, k) => data && data[k] !== void 0 ? String(data[k]) : m);
}

// src/model/capabilities.ts
function normaliseCapability(name) {
  let up = name.trim().toUpperCase();
  return up.startsWith("CAP_") ? up.slice(4) : up;
}
function addedCapabilities(c) {
  let add = c.container.securityContext?.capabilities?.add;
  return Array.isArray(add) ? add.flatMap(
    (name, i) => typeof name == "string" ? [{ name, normalised: normaliseCapability(name), path: [...c.path, "securityContext", "capabilities", "add", i] }] : []
  ) : [];
}
function dropsAll(c) {
  let drop = c.container.securityContext?.capabilities?.drop;
  return Array.isArray(drop) && drop.some((d) => d === "ALL");
}
function dropsAllInOtherCase(c) {
  let drop = c.container.securityContext?.capabilities?.drop;
  if (!(!Array.isArray(drop) || dropsAll(c)))
    return drop.find((d) => typeof d == "string" && d.toUpperCase() === "ALL");
}
function dropPath(c) {
  return [...c.path, "securityContext", "capabilities", "drop"];
}

// src/model/justify.ts
var JUSTIFY_PREFIX = "justify.leastpriv.dev/", justifyKey = (privilege) => JUSTIFY_PREFIX + privilege.toLowerCase().replace(/_/g, "-"), WORK_NOTE = /^(?:todo|fixme|xxx|hack|tbd)\b/i, COMMENTED_YAML = /^(?:-\s*["']?[A-Z_]*["']?|[A-Za-z]+:\s*(?:true|false|\d+|\[.*\]|\{.*\}|["']?[A-Z_]+["']?)?)$/;
function asReason(text) {
  let t = text?.trim();
  if (!(!t || !/[\p{L}\p{N}]/u.test(t)) && !WORK_NOTE.test(t) && !COMMENTED_YAML.test(t))
    return t;
}
function reasonFor(annotations, privilege, comment) {
  let ann = annotations[justifyKey(privilege)], a = typeof ann == "string" ? asReason(ann) : void 0;
  if (a) return { reason: a, source: "annotation" };
  let c = asReason(comment());
  return c ? { reason: c, source: "comment" } : void 0;
}

// src/rbac/node-access.ts
var BASELINE_CAPS = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
function justifiedBy(commentFor) {
  return (obj, path, privilege, annotations) => reasonFor(annotations, privilege, () => commentFor(obj, path)) !== void 0;
}
function nodeAccess(obj, justified) {
  let features = [];
  for (let pod of podSpecs(obj)) {
    let spec = pod.spec, ann = podAnnotations(pod);
    spec.hostPID === !0 && features.push({ what: "hostPID", path: [...pod.path, "hostPID"] }), spec.hostIPC === !0 && features.push({ what: "hostIPC", path: [...pod.path, "hostIPC"] }), spec.hostNetwork === !0 && !justified(obj, podFieldPath(pod, "hostNetwork"), "host-network", ann) && features.push({ what: "hostNetwork", path: podFieldPath(pod, "hostNetwork") }), (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((v, i) => {
      v && typeof v == "object" && v.hostPath && features.push({ what: `hostPath ${String(v.hostPath.path ?? "")}`.trim(), path: [...pod.path, "volumes", i, "hostPath"] });
    });
    for (let c of containers(pod)) {
      c.container.securityContext?.privileged === !0 && features.push({ what: `privileged container "${c.name}"`, path: [...c.path, "securityContext", "privileged"] });
      for (let cap of addedCapabilities(c))
        BASELINE_CAPS.has(cap.normalised) || justified(obj, cap.path, `cap-${cap.normalised}`, ann) || features.push({ what: `capability ${cap.normalised} in "${c.name}"`, path: cap.path });
    }
  }
  return features.length ? { object: obj, features } : void 0;
}
function nodeAccessByNamespace(model, justified) {
  let out = /* @__PURE__ */ new Map();
  for (let o of model.objects) {
    if (!podSpecs(o).length) continue;
    let na = nodeAccess(o, justified);
    if (!na) continue;
    let ns = o.namespace ?? "", l = out.get(ns);
    l ? l.push(na) : out.set(ns, [na]);
  }
  return out;
}
function podNameCouldBe(obj, podName) {
  return obj.kind === "Pod" ? obj.name === podName : podName.startsWith(`${obj.name}-`);
}

// rules/live-cluster-unreachable.ts
var live_cluster_unreachable_default = {
  meta: {
    code: "LP906",
    name: "live-cluster-unreachable",
    severity: "error",
    category: "input",
    description: "The API server could not be reached or refused the verifier itself.",
    securitySeverity: 1,
    tags: ["live"],
    messages: {
      failed: "cannot verify against {server} ({origin}): {error}"
    },
    docs: {
      whatItDoes: "Reports connection failures with their cause: DNS, refused, TLS (unknown authority, name mismatch), 401, 403, timeout.",
      whyItMatters: "A verification that did not run proves nothing; it must say why.",
      example: "certificate-authority: old-ca.crt",
      useInstead: "Fix the kubeconfig (or --context, --kubeconfig) and run again.",
      references: ["https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"]
    }
  }
};

// rules/live-not-verified.ts
var live_not_verified_default = {
  meta: {
    code: "LP908",
    name: "live-not-verified",
    severity: "warning",
    category: "rbac",
    description: "A promise of the manifests (an exec grant, a capability, a probe) that verify could not exercise against the cluster.",
    securitySeverity: 3,
    tags: ["live"],
    messages: {
      skipped: "not verified: {what}: {why}",
      nothing: "verify exercised none of what the manifests promise ({count} promise(s): exec grants, capabilities, probes), so this run proves nothing: {list}. Deploy the workloads (running, ready pods), fix the probe targets, or run with credentials that may impersonate the granted identities."
    },
    docs: {
      whatItDoes: "Lists each exec grant, capability promise and probe that verify could not exercise (no workload for it in the manifests, no running and ready pod, the verifier may not impersonate the identity, a Group subject), with the reason; when nothing at all could be exercised, reports that at error severity so the run fails instead of passing green.",
      whyItMatters: "A green verification that verified nothing is worse than none: it is read as proof.",
      example: "kind: ClusterRole   # grants pods/exec, but no pod of the manifests runs in the cluster",
      useInstead: "Deploy the manifests, then run verify; or pass --no-exec to skip exec checks on purpose.",
      references: ["https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation"]
    }
  }
};

// rules/live-probe-no-target.ts
var live_probe_no_target_default = {
  meta: {
    code: "LP909",
    name: "live-probe-no-target",
    severity: "warning",
    category: "rbac",
    description: "A probe of a probe catalog (--probes) matches no workload of the manifests, so it never runs.",
    securitySeverity: 2,
    tags: ["live", "probe"],
    messages: {
      noTarget: "probe {probe} matches no workload in the manifests ({target}), so it did not run. Fix its target: a workload (kind/name), a namespace, or a label selector (matchLabels, matchExpressions) that the pod templates carry."
    },
    docs: {
      whatItDoes: "Matches each probe of a user catalog against the workloads of the manifests (by kind/name, namespace, or label selector with matchLabels and matchExpressions as Kubernetes evaluates them) and reports a probe that matches none, at its line in the catalog.",
      whyItMatters: "A probe that selects nothing passes silently: the tool it stands for is never tested.",
      example: "target: { selector: { app: debug-agent } }   # the manifests label it app.kubernetes.io/name: mcp-debug-agent",
      useInstead: "target: { workload: DaemonSet/mcp-debug-agent, namespace: mcp-homelab }",
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements"]
    }
  }
};

// rules/yaml-syntax-error.ts
var yaml_syntax_error_default = {
  meta: {
    code: "LP001",
    name: "yaml-syntax-error",
    severity: "error",
    category: "input",
    description: "A file is not valid YAML or JSON (syntax error, duplicate key, bad alias).",
    securitySeverity: 1,
    tags: ["input"],
    messages: { syntax: "{detail}" },
    docs: {
      whatItDoes: "Reports YAML and JSON syntax errors at their line and column: bad indentation, unclosed quotes or brackets, duplicate keys in a mapping, undefined aliases. The document with the error is not audited (kubectl cannot apply it either), except one whose only errors are duplicate keys: kubectl applies it with each key's last value, and it is audited so; a duplicate whose values are the same is reported one step lower (a warning), since the object applies as written. The other documents of the file and the other files are audited. This finding cannot be suppressed.",
      whyItMatters: "kubectl and the API server reject such a document, or worse, a tool in the pipeline silently keeps one of two duplicate keys (a missing `---` between two objects merges them). Nothing in a broken document can be audited, so it must not pass silently.",
      example: `apiVersion: v1
kind: Pod
metadata:
  name: web
   namespace: shop   # indented one space too far`,
      useInstead: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop`,
      references: ["https://yaml.org/spec/1.2.2/", "https://github.com/kubernetes-sigs/yaml"],
      notes: "Documents that hold Helm/Go template syntax where YAML structure goes (`{{- if \u2026 }}` lines, unquoted `name: {{ .Release.Name }}`) are not reported here: they are not valid YAML as written, so kubectl cannot apply them either, and they are skipped with a reason in the summary. A document kubectl can read is audited whatever `{{ }}` strings it holds, and so are the other documents of the file. Files with `{{ }}` in a Helm chart's `templates/` folder (a `Chart.yaml` next to it) are skipped whole. Render templates first (`helm template`) and audit the output."
    }
  }
};

// rules/invalid-field-type.ts
var invalid_field_type_default = {
  meta: {
    code: "LP002",
    name: "invalid-field-type",
    severity: "error",
    category: "input",
    description: "A field that leastpriv audits has the wrong type (`verbs: get`, `containers: {}`).",
    securitySeverity: 1,
    tags: ["input"],
    messages: { wrongType: "{object}: `{field}` {detail}; the API server would reject this object; the rest of it is audited without this field." },
    docs: {
      whatItDoes: "Checks the type of every field the rules read (pod specs, containers, security contexts, RBAC rules, subjects, role references, metadata) and reports each wrong one at its line. The other rules then audit the rest of the object without the wrongly typed fields, so one bad field does not hide `runAsUser: 0` or a missing seccomp profile elsewhere in the same pod.",
      whyItMatters: "The API server refuses such an object, so the manifest cannot be what runs in the cluster as written; but the fix is usually one field, and what the rest of the object asks for is what will run once it is fixed. A single string where a list belongs (`verbs: get`) is also an easy mistake to miss in review.",
      example: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: create`,
      useInstead: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: ["https://kubernetes.io/docs/reference/kubernetes-api/"]
    }
  }
};

// rules/input-not-auditable.ts
var input_not_auditable_default = {
  meta: {
    code: "LP003",
    name: "input-not-auditable",
    severity: "error",
    category: "input",
    description: "An input could not be audited: unreadable, binary, not UTF-8, or over a configured limit.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { notAuditable: "{detail}" },
    docs: {
      whatItDoes: "Reports inputs that were not audited, with the reason: a file that cannot be read, a binary file (NUL bytes), text that is not UTF-8, a file over `limits.maxFileSize`, more documents than `limits.maxDocuments`, more alias expansions than `limits.maxAliasCount`, or nesting deeper than `limits.maxDepth`.",
      whyItMatters: "A linter that skips an input silently gives a clean report for manifests it never read: whatever leastpriv could not read may hold an object the cluster would accept. So an input that cannot be audited is an error and fails the run under the default `--fail-on error`, like a privileged container would. The limits keep hostile input (alias bombs, huge or deeply nested documents) from exhausting memory or time.",
      example: "# a 40 MB generated bundle, over the default 16 MiB limit",
      useInstead: `# .leastpriv.yaml
limits:
  maxFileSize: 67108864   # 64 MiB`,
      references: ["https://en.wikipedia.org/wiki/Billion_laughs_attack"]
    }
  }
};

// rules/yaml-decode-ambiguous.ts
var yaml_decode_ambiguous_default = {
  meta: {
    code: "LP007",
    name: "yaml-decode-ambiguous",
    severity: "error",
    category: "input",
    description: "A document that kubectl reads differently from other YAML readers, or in a way not reproduced here exactly: what leastpriv audits might not be what gets applied.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { ambiguous: "{detail}" },
    docs: {
      whatItDoes: 'Reports YAML that kubectl (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1) may read differently from what leastpriv audited: a second document hidden in one part of the file (after `...`, or after a `---` that follows a line break other than `\\n`), a line or paragraph separator (U+2028, U+2029) inside a value, YAML directives, two keys of different types with the same text (`1` and `"1"`: kubectl keeps one of them at random), and float keys. Everything else is read exactly as kubectl 1.32 reads it (merge keys in key order, the last of duplicate keys, YAML 1.1 scalars and line breaks, tags) and checked against kubectl in the tests.',
      whyItMatters: "leastpriv is a gate on pull requests: if the object it audits is not the object the cluster gets, a privileged container can pass the audit. Where the reading is not certain, the run fails instead of guessing.",
      example: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
...
apiVersion: v1
kind: Pod   # kubectl ignores this document; kustomize and Argo CD apply it`,
      useInstead: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: v1
kind: Pod`,
      references: ["https://github.com/kubernetes-sigs/yaml", "https://yaml.org/spec/1.1/", "https://github.com/kubernetes/apimachinery/blob/master/pkg/util/yaml/decoder.go"]
    }
  }
};

// rules/rule-internal-error.ts
var rule_internal_error_default = {
  meta: {
    code: "LP004",
    name: "rule-internal-error",
    severity: "error",
    category: "input",
    description: "A rule failed on an object (a bug in leastpriv); the rest of the run went on.",
    securitySeverity: 1,
    tags: ["internal"],
    messages: { crashed: "rule {rule} failed on {object}: {detail}. This is a bug in leastpriv; please report it with this object." },
    docs: {
      whatItDoes: "Reports an exception thrown by a rule, naming the rule and the object it was checking. The other rules and objects are still audited.",
      whyItMatters: "A rule that fails silently reports nothing, which looks exactly like a clean result. Failing loudly, on the object that caused it, keeps a clean report trustworthy.",
      example: "# any object that makes a rule throw",
      useInstead: "# nothing to change in the manifest: report the bug",
      references: ["https://github.com/leastpriv/leastpriv/issues"]
    }
  }
};

// src/model/api-versions.ts
var R = (removedIn, replacement) => ({ removedIn, replacement }), APPS_V1 = R(16, "apps/v1"), REMOVED = /* @__PURE__ */ new Map([
  ["extensions/v1beta1 DaemonSet", APPS_V1],
  ["extensions/v1beta1 Deployment", APPS_V1],
  ["extensions/v1beta1 ReplicaSet", APPS_V1],
  ["extensions/v1beta1 NetworkPolicy", R(16, "networking.k8s.io/v1")],
  ["extensions/v1beta1 PodSecurityPolicy", R(16, "")],
  ["extensions/v1beta1 Ingress", R(22, "networking.k8s.io/v1")],
  ["apps/v1beta1 *", APPS_V1],
  ["apps/v1beta2 *", APPS_V1],
  ["networking.k8s.io/v1beta1 Ingress", R(22, "networking.k8s.io/v1")],
  ["networking.k8s.io/v1beta1 IngressClass", R(22, "networking.k8s.io/v1")],
  ["rbac.authorization.k8s.io/v1beta1 *", R(22, "rbac.authorization.k8s.io/v1")],
  ["rbac.authorization.k8s.io/v1alpha1 *", R(22, "rbac.authorization.k8s.io/v1")],
  ["admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration", R(22, "admissionregistration.k8s.io/v1")],
  ["admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration", R(22, "admissionregistration.k8s.io/v1")],
  ["apiextensions.k8s.io/v1beta1 CustomResourceDefinition", R(22, "apiextensions.k8s.io/v1")],
  ["apiregistration.k8s.io/v1beta1 APIService", R(22, "apiregistration.k8s.io/v1")],
  ["certificates.k8s.io/v1beta1 CertificateSigningRequest", R(22, "certificates.k8s.io/v1")],
  ["coordination.k8s.io/v1beta1 Lease", R(22, "coordination.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSIDriver", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSINode", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 StorageClass", R(22, "storage.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 VolumeAttachment", R(22, "storage.k8s.io/v1")],
  ["scheduling.k8s.io/v1beta1 PriorityClass", R(22, "scheduling.k8s.io/v1")],
  ["batch/v1beta1 CronJob", R(25, "batch/v1")],
  ["discovery.k8s.io/v1beta1 EndpointSlice", R(25, "discovery.k8s.io/v1")],
  ["events.k8s.io/v1beta1 Event", R(25, "events.k8s.io/v1")],
  ["autoscaling/v2beta1 HorizontalPodAutoscaler", R(25, "autoscaling/v2")],
  ["policy/v1beta1 PodDisruptionBudget", R(25, "policy/v1")],
  ["policy/v1beta1 PodSecurityPolicy", R(25, "")],
  ["node.k8s.io/v1beta1 RuntimeClass", R(25, "node.k8s.io/v1")],
  ["autoscaling/v2beta2 HorizontalPodAutoscaler", R(26, "autoscaling/v2")],
  ["flowcontrol.apiserver.k8s.io/v1beta1 *", R(26, "flowcontrol.apiserver.k8s.io/v1")],
  ["storage.k8s.io/v1beta1 CSIStorageCapacity", R(27, "storage.k8s.io/v1")],
  ["flowcontrol.apiserver.k8s.io/v1beta2 *", R(29, "flowcontrol.apiserver.k8s.io/v1")],
  ["flowcontrol.apiserver.k8s.io/v1beta3 *", R(32, "flowcontrol.apiserver.k8s.io/v1")]
]);
function removedVersion(apiVersion, kind) {
  return REMOVED.get(`${apiVersion} ${kind}`) ?? REMOVED.get(`${apiVersion} *`);
}
var BUILTIN_KINDS = {
  "": ["Binding", "ComponentStatus", "ConfigMap", "Endpoints", "Event", "LimitRange", "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Pod", "PodTemplate", "ReplicationController", "ResourceQuota", "Secret", "Service", "ServiceAccount"],
  apps: ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"],
  batch: ["CronJob", "Job"],
  autoscaling: ["HorizontalPodAutoscaler", "Scale"],
  policy: ["Eviction", "PodDisruptionBudget", "PodSecurityPolicy"],
  extensions: ["DaemonSet", "Deployment", "Ingress", "NetworkPolicy", "PodSecurityPolicy", "ReplicaSet"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
  "networking.k8s.io": ["IPAddress", "Ingress", "IngressClass", "NetworkPolicy", "ServiceCIDR"],
  "storage.k8s.io": ["CSIDriver", "CSINode", "CSIStorageCapacity", "StorageClass", "VolumeAttachment", "VolumeAttributesClass"],
  "admissionregistration.k8s.io": ["MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "ValidatingWebhookConfiguration"],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "apiregistration.k8s.io": ["APIService"],
  "certificates.k8s.io": ["CertificateSigningRequest", "ClusterTrustBundle", "PodCertificateRequest"],
  "coordination.k8s.io": ["Lease", "LeaseCandidate"],
  "discovery.k8s.io": ["EndpointSlice"],
  "events.k8s.io": ["Event"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "node.k8s.io": ["RuntimeClass"],
  "scheduling.k8s.io": ["PriorityClass"],
  "resource.k8s.io": ["DeviceClass", "DeviceTaintRule", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"],
  "authentication.k8s.io": ["SelfSubjectReview", "TokenRequest", "TokenReview"],
  "authorization.k8s.io": ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "SubjectAccessReview"],
  "internal.apiserver.k8s.io": ["StorageVersion"],
  "storagemigration.k8s.io": ["StorageVersionMigration"]
};
function distance(a, b) {
  a = a.toLowerCase(), b = b.toLowerCase();
  let d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return d[b.length];
}
function unknownBuiltinKind(group, kind) {
  if (!Object.hasOwn(BUILTIN_KINDS, group)) return;
  let kinds = BUILTIN_KINDS[group];
  if (kinds.includes(kind) || kind === "List" || kind.endsWith("List") && kinds.includes(kind.slice(0, -4))) return;
  let best, bestD = 1 / 0;
  for (let k of kinds) {
    let dd = distance(kind, k);
    dd < bestD && ([best, bestD] = [k, dd]);
  }
  return bestD <= Math.max(2, Math.floor(kind.length / 3)) ? { nearest: best } : {};
}

// rules/removed-api-version.ts
var removed_api_version_default = {
  meta: {
    code: "LP030",
    name: "removed-api-version",
    severity: "error",
    category: "input",
    description: "An object uses an API version the API server no longer serves (extensions/v1beta1, apps/v1beta2, \u2026).",
    securitySeverity: 4,
    tags: ["input", "api-version", "deprecation"],
    messages: {
      removed: '{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}: `kubectl apply` fails with "no matches for kind". Use {replacement}. leastpriv audits it as the {replacement} {kind} it stands for, so its other findings still hold.',
      gone: "{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}, and the kind has no successor: `kubectl apply` fails. Remove it (PodSecurityPolicy: use Pod Security admission)."
    },
    docs: {
      whatItDoes: "Flags an object whose `apiVersion` and `kind` the API server no longer serves at the run's `--kube-version` (default: the newest), with the release that stopped serving it and the version to use: DaemonSet/Deployment/ReplicaSet in `extensions/v1beta1` and everything in `apps/v1beta1`/`apps/v1beta2` (v1.16), Ingress and the RBAC, webhook, CRD v1beta1 versions (v1.22), `batch/v1beta1` CronJob and `policy/v1beta1` (v1.25), and the others of the Deprecated API Migration Guide. Workloads under a removed version are still audited as the current kind (`extensions/v1beta1` DaemonSet as an `apps/v1` DaemonSet), so a privileged, hostPID DaemonSet written in an old version is not a silent pass.",
      whyItMatters: "Such a manifest no longer applies: a GitOps controller reports a failed sync, and the object that runs in the cluster is whatever was there before \u2014 not what the repository says. Old charts and copied examples keep these versions alive for years, and other linters skip them silently because they do not know the kind.",
      example: `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata: { name: node-agent }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-agent }
spec:
  selector: { matchLabels: { app: node-agent } }   # required in apps/v1`,
      references: ["https://kubernetes.io/docs/reference/using-api/deprecation-guide/", "https://kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16/"],
      notes: "Follows `--kube-version`: with `--kube-version v1.15`, `extensions/v1beta1` DaemonSets are still served and not reported."
    }
  },
  checkObject(obj, ctx) {
    let r2 = removedVersion(obj.apiVersion, obj.kind);
    !r2 || (parseVersion(ctx.kubeVersion) ?? LATEST).minor < r2.removedIn || ctx.report({
      object: obj,
      path: ["apiVersion"],
      messageId: r2.replacement ? "removed" : "gone",
      data: { object: objectLabel(obj), apiVersion: obj.apiVersion, removedIn: r2.removedIn, replacement: r2.replacement, kind: obj.kind }
    });
  }
};

// rules/unknown-builtin-kind.ts
var unknown_builtin_kind_default = {
  meta: {
    code: "LP031",
    name: "unknown-builtin-kind",
    severity: "error",
    category: "input",
    description: "An object names a kind its built-in API group does not have (`apps/v1` `Deamonset`).",
    securitySeverity: 4,
    tags: ["input", "kind"],
    messages: {
      unknown: '{apiVersion} has no kind `{kind}`{nearest}: the API server rejects the object ("no matches for kind"), so it never runs, and leastpriv cannot audit what it would have been. Fix the kind.'
    },
    docs: {
      whatItDoes: "Flags an object whose `apiVersion` is a built-in API group (core `v1`, `apps`, `batch`, `rbac.authorization.k8s.io`, `networking.k8s.io`, \u2026) and whose `kind` is none of that group's kinds, with the nearest known kind when one is close (`Deamonset` \u2192 `DaemonSet`). Kinds are matched exactly, as the API server does. `List` and `<Kind>List` wrappers are accepted.",
      whyItMatters: "A typo in the kind makes `kubectl apply` fail, and every other linter skips an object it does not know: the DaemonSet nobody audited is also the one nobody deployed, and the one running in the cluster is an older, unreviewed version.",
      example: `apiVersion: apps/v1
kind: Deamonset`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet`,
      references: ["https://kubernetes.io/docs/reference/kubernetes-api/"]
    }
  },
  checkObject(obj, ctx) {
    let u = unknownBuiltinKind(groupOf(obj.apiVersion), obj.kind);
    u && ctx.report({ object: obj, path: ["kind"], messageId: "unknown", data: { apiVersion: obj.apiVersion, kind: obj.kind, nearest: u.nearest ? ` (did you mean \`${u.nearest}\`?)` : "" } });
  }
};

// rules/object-without-type.ts
var object_without_type_default = {
  meta: {
    code: "LP032",
    name: "object-without-type",
    severity: "error",
    category: "input",
    description: "A document meant as a Kubernetes object (it has metadata.name and a spec, rules, data\u2026) has no apiVersion or kind.",
    securitySeverity: 4,
    tags: ["input", "kind"],
    messages: { missing: "{detail}" },
    docs: {
      whatItDoes: "Flags a YAML document that has `metadata.name` (or `generateName`) and one of `kind`, `apiVersion`, `spec`, `data`, `stringData`, `rules`, `subjects`, `roleRef`, but no `apiVersion` or no `kind`. Documents without `metadata.name` (Helm values, CI files, kustomization files) are not Kubernetes objects and are not reported.",
      whyItMatters: "The API server rejects an object without `apiVersion` or `kind`, so it never applies; and since nothing says what it is, no linter audits it: a Deployment whose `kind` line was lost in a merge is both undeployed and unreviewed.",
      example: `metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      useInstead: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields"]
    }
  }
};

// rules/unused-suppression.ts
var unused_suppression_default = {
  meta: {
    code: "LP005",
    name: "unused-suppression",
    severity: "warning",
    category: "suppression",
    description: "A suppression (comment or annotation) matches no finding.",
    securitySeverity: 1,
    tags: ["suppression"],
    messages: { unused: "suppression of {rule} matches no finding here; remove it." },
    docs: {
      whatItDoes: "Reports a `# leastpriv-ignore` comment or an `ignore.leastpriv.dev/<rule>` annotation that suppresses nothing.",
      whyItMatters: "A stale suppression hides the next real finding at that place, and tells readers a risk exists where it no longer does.",
      example: "      hostPID: false  # leastpriv-ignore host-pid-ipc -- node debugger",
      useInstead: "      hostPID: false",
      references: ["https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives"]
    }
  }
};

// rules/suppression-missing-reason.ts
var suppression_missing_reason_default = {
  meta: {
    code: "LP006",
    name: "suppression-missing-reason",
    severity: "error",
    category: "suppression",
    description: "A suppression gives no reason, names no known rule, or names an input rule (which cannot be suppressed), so it suppresses nothing.",
    securitySeverity: 1,
    tags: ["suppression"],
    messages: {
      noReason: "suppression of {rule} has no reason; write one after `--` (`# leastpriv-ignore {rule} -- why this is acceptable`). Nothing is suppressed.",
      unknownRule: "suppression names {rule}, which is not a leastpriv rule code or name.",
      notSuppressible: "{name} ({code}) cannot be suppressed: its findings say that objects were not audited, and a suppression may silence a finding but never hide an object. Fix the input (or, as the repository owner, exclude the file in the config). Nothing is suppressed."
    },
    docs: {
      whatItDoes: "Reports a `# leastpriv-ignore RULE` comment without `-- reason`, an `ignore.leastpriv.dev/RULE` annotation with an empty value, suppressions that name no rule, and suppressions of an input rule (`yaml-syntax-error`, `invalid-field-type`, `input-not-auditable`, `rule-internal-error`), whose findings cannot be suppressed because each stands for objects that were not audited. Such a suppression does not take effect.",
      whyItMatters: "A suppression is an accepted risk; without a reason, the next reviewer cannot tell whether it still holds.",
      example: "          privileged: true  # leastpriv-ignore privileged-container",
      useInstead: "          privileged: true  # leastpriv-ignore privileged-container -- loads the GPU kernel module at boot",
      references: ["https://eslint.org/docs/latest/use/configure/rules#disabling-rules"]
    }
  }
};

// rules/symlink-outside-root.ts
var symlink_outside_root_default = {
  meta: {
    code: "LP010",
    name: "symlink-outside-root",
    severity: "error",
    category: "input",
    description: "A symbolic link leads outside the audited root (or into a .git folder); it is not read.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { outside: "{detail}" },
    docs: {
      whatItDoes: "Reports a manifest-named file or a folder that is a symbolic link whose target is outside the audited root, or inside a `.git` folder, and neither reads nor enters it. The audited root is the git work tree that holds the path (its top folder), else the working directory when the path is below it, else the path given. A path named on the command line (or by the pre-commit hook) that is such a link is reported the same way.",
      whyItMatters: "The manifests come from whoever opens the pull request. A link such as `leak.yaml -> ../.git/config` (where CI checkouts keep their token) or `-> /proc/self/environ` would have leastpriv read a file outside the repository and show its lines in a syntax error's code frame, in CI logs or in PR annotations. And a link out of the repository is not what a GitOps tool applies (Argo CD refuses out-of-bounds symlinks since GHSA-6gcg-hp2x-q54h, a symlink-following leak of exactly this kind). So no byte from outside the root is read, and the link fails the run: it may stand for an object nobody audited.",
      example: "# clusters/prod/agent.yaml -> /home/runner/work/secrets/agent.yaml",
      useInstead: "# a copy of the manifest in the repository, or a kustomize resource that names it",
      references: ["https://github.com/advisories/GHSA-6gcg-hp2x-q54h", "https://github.com/advisories/GHSA-q4w5-4gq2-98vm"]
    }
  }
};

// rules/render-failed.ts
var render_failed_default = {
  meta: {
    code: "LP020",
    name: "render-failed",
    severity: "error",
    category: "input",
    description: "A kustomization (or Flux Kustomization) could not be rendered: its files were audited as written, not as applied.",
    securitySeverity: 1,
    tags: ["input", "kustomize"],
    messages: { failed: "kustomize could not render {root}: {detail}; its files were audited as written, not as the cluster gets them" },
    docs: {
      whatItDoes: "leastpriv renders every kustomization root (a kustomization no other kustomization includes) and every Flux Kustomization whose source is the repository with real kustomize, and audits the objects as they are applied. When kustomize fails (a remote base that cannot be fetched offline, a missing file, a patch that matches nothing), this finding carries kustomize's message at the root's kustomization file, and the files of that root are audited one by one as written.",
      whyItMatters: "Files of a kustomization are not what the cluster receives: overlays set namespaces and names, patches add privileges. Audited as written, an overlay's `privileged: true` patch is missed and a base without a namespace looks like it lives in `default`. The run cannot vouch for what it could not render.",
      example: `# overlays/prod/kustomization.yaml
resources:
- https://github.com/example/base?ref=v1   # fetched by kustomize: fails offline`,
      useInstead: `# vendor the base into the repository, or render in CI where it can be fetched;
# or audit the files as written on purpose: leastpriv audit --no-render`,
      references: ["https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/", "https://fluxcd.io/flux/components/kustomize/kustomizations/"]
    }
  }
};

// rules/render-not-modelled.ts
var render_not_modelled_default = {
  meta: {
    code: "LP022",
    name: "render-not-modelled",
    severity: "note",
    category: "input",
    description: "Part of how a Flux Kustomization is applied is not modelled: post-build substitution, decryption, or a source other than this repository.",
    securitySeverity: 0.5,
    tags: ["input", "kustomize", "flux"],
    messages: { notModelled: "{root}: {detail}" },
    docs: {
      whatItDoes: "Says, for each Flux Kustomization, what leastpriv does not reproduce when it renders it: `spec.postBuild` variable substitution (values such as `${CLUSTER_DOMAIN}` are audited as written), `spec.decryption` (SOPS-encrypted Secrets stay encrypted), the `spec.patchesStrategicMerge` and `spec.patchesJson6902` of a v1beta2 Flux Kustomization (the v1 API of Flux 2.0 no longer has them; older Flux versions applied them), and sources other than this repository (another GitRepository, an OCIRepository, a Bucket: not rendered at all).",
      whyItMatters: "A clean report covers what was audited. Naming what was not lets a reviewer judge what the audit could have missed, instead of trusting a result for objects it never saw as applied.",
      example: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
spec:
  path: ./apps/web
  sourceRef: {kind: GitRepository, name: flux-system}
  postBuild:
    substitute: {replicas: "3"}   # not applied by leastpriv`,
      useInstead: `# nothing to change: the note documents the audit's limits.
# Suppress it for a Kustomization with a reason if it is known and accepted:
#   ignore.leastpriv.dev/render-not-modelled: "substitutions only set replicas"`,
      references: ["https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution"]
    }
  }
};

// src/rbac/resources.ts
var R2 = (resource, group, namespaced, singular, ...short) => ({ resource, group, namespaced, singular, ...short.length ? { short } : {} }), BUILTIN_RESOURCES = [
  R2("bindings", "", !0, "binding"),
  R2("componentstatuses", "", !1, "componentstatus", "cs"),
  R2("configmaps", "", !0, "configmap", "cm"),
  R2("endpoints", "", !0, "endpoints", "ep"),
  R2("events", "", !0, "event", "ev"),
  R2("limitranges", "", !0, "limitrange", "limits"),
  R2("namespaces", "", !1, "namespace", "ns"),
  R2("nodes", "", !1, "node", "no"),
  R2("persistentvolumeclaims", "", !0, "persistentvolumeclaim", "pvc"),
  R2("persistentvolumes", "", !1, "persistentvolume", "pv"),
  R2("pods", "", !0, "pod", "po"),
  R2("podtemplates", "", !0, "podtemplate"),
  R2("replicationcontrollers", "", !0, "replicationcontroller", "rc"),
  R2("resourcequotas", "", !0, "resourcequota", "quota"),
  R2("secrets", "", !0, "secret"),
  R2("serviceaccounts", "", !0, "serviceaccount", "sa"),
  R2("services", "", !0, "service", "svc"),
  R2("mutatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "mutatingwebhookconfiguration"),
  R2("validatingwebhookconfigurations", "admissionregistration.k8s.io", !1, "validatingwebhookconfiguration"),
  R2("validatingadmissionpolicies", "admissionregistration.k8s.io", !1, "validatingadmissionpolicy"),
  R2("validatingadmissionpolicybindings", "admissionregistration.k8s.io", !1, "validatingadmissionpolicybinding"),
  R2("customresourcedefinitions", "apiextensions.k8s.io", !1, "customresourcedefinition", "crd", "crds"),
  R2("apiservices", "apiregistration.k8s.io", !1, "apiservice"),
  R2("controllerrevisions", "apps", !0, "controllerrevision"),
  R2("daemonsets", "apps", !0, "daemonset", "ds"),
  R2("deployments", "apps", !0, "deployment", "deploy"),
  R2("replicasets", "apps", !0, "replicaset", "rs"),
  R2("statefulsets", "apps", !0, "statefulset", "sts"),
  R2("selfsubjectreviews", "authentication.k8s.io", !1, "selfsubjectreview"),
  R2("tokenreviews", "authentication.k8s.io", !1, "tokenreview"),
  R2("localsubjectaccessreviews", "authorization.k8s.io", !0, "localsubjectaccessreview"),
  R2("selfsubjectaccessreviews", "authorization.k8s.io", !1, "selfsubjectaccessreview"),
  R2("selfsubjectrulesreviews", "authorization.k8s.io", !1, "selfsubjectrulesreview"),
  R2("subjectaccessreviews", "authorization.k8s.io", !1, "subjectaccessreview"),
  R2("horizontalpodautoscalers", "autoscaling", !0, "horizontalpodautoscaler", "hpa"),
  R2("cronjobs", "batch", !0, "cronjob", "cj"),
  R2("jobs", "batch", !0, "job"),
  R2("certificatesigningrequests", "certificates.k8s.io", !1, "certificatesigningrequest", "csr"),
  R2("leases", "coordination.k8s.io", !0, "lease"),
  R2("endpointslices", "discovery.k8s.io", !0, "endpointslice"),
  R2("flowschemas", "flowcontrol.apiserver.k8s.io", !1, "flowschema"),
  R2("prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io", !1, "prioritylevelconfiguration"),
  R2("ingressclasses", "networking.k8s.io", !1, "ingressclass"),
  R2("ingresses", "networking.k8s.io", !0, "ingress", "ing"),
  R2("networkpolicies", "networking.k8s.io", !0, "networkpolicy", "netpol"),
  R2("runtimeclasses", "node.k8s.io", !1, "runtimeclass"),
  R2("poddisruptionbudgets", "policy", !0, "poddisruptionbudget", "pdb"),
  R2("clusterrolebindings", "rbac.authorization.k8s.io", !1, "clusterrolebinding"),
  R2("clusterroles", "rbac.authorization.k8s.io", !1, "clusterrole"),
  R2("rolebindings", "rbac.authorization.k8s.io", !0, "rolebinding"),
  R2("roles", "rbac.authorization.k8s.io", !0, "role"),
  R2("priorityclasses", "scheduling.k8s.io", !1, "priorityclass", "pc"),
  R2("csidrivers", "storage.k8s.io", !1, "csidriver"),
  R2("csinodes", "storage.k8s.io", !1, "csinode"),
  R2("csistoragecapacities", "storage.k8s.io", !0, "csistoragecapacity"),
  R2("storageclasses", "storage.k8s.io", !1, "storageclass", "sc"),
  R2("volumeattachments", "storage.k8s.io", !1, "volumeattachment")
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
  let hit = BUILTIN_RESOURCES.find((r2) => (r2.resource === name || r2.singular === name || r2.short?.includes(name)) && (group === void 0 || r2.group === group || group === "core" && r2.group === ""));
  return hit ? { resource: hit.resource, group: hit.group, namespaced: hit.namespaced, known: !0 } : { resource: name, group: group ?? "", known: !1 };
}

// rules/duplicate-object.ts
var CLUSTER_SCOPED = new Set(BUILTIN_RESOURCES.filter((r2) => !r2.namespaced).map((r2) => `${r2.group}/${r2.singular}`)), groupOf2 = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "", clusterScoped = (o) => CLUSTER_SCOPED.has(`${groupOf2(o.apiVersion)}/${o.kind.toLowerCase()}`);
function identity(o, rendered) {
  let meta = o.value.metadata, name = meta && typeof meta == "object" ? meta.name : void 0;
  if (typeof name != "string" || !name || !o.kind) return;
  let ns = clusterScoped(o) ? "" : rendered && !o.namespace ? "default" : o.namespace ?? "";
  return JSON.stringify([groupOf2(o.apiVersion), o.kind, ns, name]);
}
var duplicate_object_default = {
  meta: {
    code: "LP021",
    name: "duplicate-object",
    severity: "warning",
    category: "input",
    description: "Two objects applied together have the same kind, namespace and name: the later replaces the earlier.",
    securitySeverity: 3,
    tags: ["input", "kustomize", "correctness"],
    messages: {
      duplicate: "{object} is defined twice in {scope}: first at {first}{versions}. Applied together, this definition replaces that one (the API server keeps one object per kind, namespace and name), so what was reviewed there is not what runs."
    },
    docs: {
      whatItDoes: "Within one set of objects applied together \u2014 the documents of one file audited as written, or the objects of one rendered kustomization or Flux Kustomization \u2014 flags an object with the same API group, kind, namespace and name as an earlier one, at the later one, naming the earlier. The API version does not count: `rbac.authorization.k8s.io/v1` and `v1beta1` Roles of one name are one Role (kustomize lets these two through, as its ids include the version; any other duplicate in a root makes kustomize fail, which is reported as render-failed). Namespaces as the API server sees them: ignored for cluster-scoped kinds; in a rendered root an object without a namespace is in `default`, as kustomize takes it; in a file, no namespace and `default` are kept apart, since `kubectl apply -n` decides. Files are not compared with each other.",
      whyItMatters: "`kubectl apply -f` applies both, in order: the second overwrites the first (client-side apply even removes the fields only the first sets). A reviewer reading the first definition \u2014 a Role with narrow rules, a Deployment with a hardened securityContext \u2014 is not reading what runs. Duplicates usually come from copy and paste or from merging two manifests.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [configmaps], verbs: [get] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [secrets], verbs: [get, list] }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- { apiGroups: [""], resources: [configmaps], verbs: [get] }`,
      references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/names/", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/"],
      notes: "Objects with `generateName` and no name are never duplicates (each apply creates a new one). Invalid objects (rejected by the API server, LP002) are left out."
    }
  },
  checkGroup(objects, scope, ctx) {
    let first = /* @__PURE__ */ new Map();
    for (let o of objects) {
      let id = identity(o, scope.rendered);
      if (id === void 0) continue;
      let earlier = first.get(id);
      if (!earlier) {
        first.set(id, o);
        continue;
      }
      let ns = o.namespace && !clusterScoped(o) ? `${o.namespace}/` : "";
      ctx.report({
        object: o,
        path: ["metadata", "name"],
        messageId: "duplicate",
        data: {
          object: `${o.kind} ${ns}${o.name}`,
          scope: scope.rendered ? `the rendered ${scope.name}` : scope.name,
          first: ctx.where(earlier, ["metadata", "name"]),
          versions: earlier.apiVersion !== o.apiVersion ? ` (as ${earlier.apiVersion}; here ${o.apiVersion}: one object in two versions)` : ""
        }
      });
    }
  }
};

// src/fix/offers.ts
var STREAMING = /^(pods|\*)\/(exec|attach|portforward)$/;
function missingVerbOffer(rule, index, missing, sub, object) {
  let on = object ? { object } : {}, toVerbs = { description: `Add \`${missing}\` to the verbs of rules[${index}]`, edits: [{ ...on, path: ["rules", index, "verbs"], append: missing }] }, resources = rule.resources ?? [];
  if (resources.length && resources.every((r2) => STREAMING.test(r2))) return { fix: toVerbs };
  let names = rule.resourceNames?.length ? { resourceNames: [...rule.resourceNames] } : {};
  return { fix: {
    description: `Add a rule granting \`${missing}\` on pods/${sub}`,
    edits: [{ ...on, path: ["rules"], append: { apiGroups: [""], resources: [`pods/${sub}`], ...names, verbs: [missing] } }]
  }, suggestions: [toVerbs] };
}
var STANDARD_VERBS = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];
function wildcardNarrowing(rule, index, namespaced, table) {
  let out = [], verbs = rule.verbs ?? [], groups = rule.apiGroups ?? [], resources = rule.resources ?? [];
  if (rule.nonResourceURLs?.length) return out;
  if (verbs.includes("*")) {
    let kept = verbs.filter((v) => v !== "*"), list = [...kept, ...STANDARD_VERBS.filter((v) => !kept.includes(v))];
    out.push({
      description: `Replace \`*\` in the verbs of rules[${index}] with the standard verbs (${STANDARD_VERBS.join(", ")}): no escalate, bind, impersonate or verbs added later; then keep only those the workload uses`,
      edits: [{ path: ["rules", index, "verbs"], set: list, comment: "TODO: keep only the verbs the workload uses" }]
    });
  }
  if (resources.includes("*") && groups.length && !groups.includes("*")) {
    let known = new Set(table.resources.map((r2) => r2.group));
    if (groups.every((g) => known.has(g))) {
      let kept = resources.filter((r2) => r2 !== "*"), builtin = table.resources.filter((r2) => groups.includes(r2.group) && (!namespaced || r2.namespaced)).map((r2) => r2.resource), list = [...kept, ...[...new Set(builtin)].sort().filter((r2) => !kept.includes(r2))], named = groups.map((g) => g === "" ? "the core group" : g).join(", ");
      list.length && out.push({
        description: `Replace \`*\` in the resources of rules[${index}] with the built-in resources of ${named} (Kubernetes ${table.version}${namespaced ? ", namespaced ones" : ""}): no custom or later resource types, and no subresources (add pods/exec, pods/log\u2026 if the workload uses them); then keep only those it uses`,
        edits: [{ path: ["rules", index, "resources"], set: list, comment: "TODO: keep only the resources the workload uses" }]
      });
    }
  }
  if (groups.includes("*") && resources.length && !resources.some((r2) => r2 === "*" || r2.startsWith("*/"))) {
    let groupsOf = resources.map((r2) => table.resources.filter((b) => b.resource === r2.split("/")[0]).map((b) => b.group));
    if (groupsOf.every((g) => g.length > 0)) {
      let kept = groups.filter((g) => g !== "*"), list = [...kept, ...[...new Set(groupsOf.flat())].filter((g) => !kept.includes(g))];
      out.push({
        description: `Replace \`*\` in the apiGroups of rules[${index}] with the groups of the resources it names (${list.map((g) => g === "" ? '""' : g).join(", ")})`,
        edits: [{ path: ["rules", index, "apiGroups"], set: list }]
      });
    }
  }
  return out;
}

// rules/exec-subresource-verb-mismatch.ts
var exec_subresource_verb_mismatch_default = {
  meta: {
    code: "LP101",
    name: "exec-subresource-verb-mismatch",
    severity: "error",
    category: "rbac",
    description: "A role grants only one of `create` and `get` on pods/exec, pods/attach or pods/portforward.",
    securitySeverity: 5,
    tags: ["rbac", "reliability", "exec"],
    messages: {
      missingGet: "{role} grants `create` on pods/{sub} ({where}) but not `get`: WebSocket {sub} (kubectl \u2265 1.30, the JavaScript and Python clients) is authorized as `get`, so the API server answers 403 and clients report a failed connection. Add `get` to the verbs.",
      missingCreate: "{role} grants `get` on pods/{sub} ({where}) but not `create`: SPDY {sub} (POST) is authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too (feature gate AuthorizePodWebsocketUpgradeCreatePermission). Add `create` to the verbs.",
      wildcardOnly: "{role} grants `{has}` but not `{missing}` on {subs} only through the resource wildcard `*` ({where}). Nothing to do if the role is not meant to exec, attach or port-forward; if it is, grant `create` and `get` on the subresource by name, or exec breaks for clients that need `{missing}`."
    },
    carriesCauseOf: {
      codes: ["LP102"],
      why: "The role is where the gap is written and fixed, so this finding carries it: the `effective-exec-verb-mismatch` (LP102) findings on the bindings of this role, for the same subresource and missing verb, are folded into it as related locations (SARIF `relatedLocations`, JSON `related`). LP102 still reports gaps no single role explains (or every gap when this rule is off)."
    },
    docs: {
      whatItDoes: 'Flags a Role or ClusterRole that grants `create` without `get`, or `get` without `create`, on one of the streaming pod subresources: `pods/exec`, `pods/attach`, `pods/portforward`. Grants through wildcards count: resources `*` or `*/exec`, verbs `*` (which counts as both verbs), apiGroups `*`. The rules of one role are taken together, per set of resourceNames. When a role reaches these subresources only through `resources: ["*"]` (a read-everything viewer, a cleanup controller), the mismatch is reported once, as a note: such roles are rarely meant to exec, and an error on every viewer role would bury the real ones.',
      whyItMatters: "The API server turns the HTTP method of a streaming request into the RBAC verb: a SPDY request is a POST and needs `create`; a WebSocket handshake is a GET and needs `get`. kubectl uses WebSocket from 1.30 and the JavaScript and Python clients always did, so a role with only `create` breaks them with a 403 that many clients hide (the JavaScript client reports `WebSocket connection failed` with an empty error). From Kubernetes 1.35 the WebSocket upgrade also needs `create` (feature gate `AuthorizePodWebsocketUpgradeCreatePermission`), so a role with only `get` breaks there. Granting both is the only grant that works with every client on every version.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]        # WebSocket exec is refused with 403`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go",
        "https://github.com/kubernetes/kubernetes/issues/78741",
        "https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets",
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ]
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let wildcard = /* @__PURE__ */ new Map();
    for (let sub of STREAMING_SUBRESOURCES) {
      let groups = /* @__PURE__ */ new Map();
      rules.forEach((rule, i) => {
        let key = rule.resourceNames?.length ? [...rule.resourceNames].sort().join(",") : "*", g = groups.get(key) ?? { named: !1 }, create = grantsVerbOn(rule, "create", "", "pods", sub), get = grantsVerbOn(rule, "get", "", "pods", sub);
        create && (g.create ??= i), get && (g.get ??= i), (create || get) && namesSubresource(rule, sub) && (g.named = !0), groups.set(key, g);
      });
      for (let g of groups.values()) {
        let only = g.create !== void 0 && g.get === void 0 ? g.create : g.get !== void 0 && g.create === void 0 ? g.get : void 0;
        if (only === void 0) continue;
        let missing = g.get === void 0 ? "get" : "create";
        if (!g.named) {
          let k = `${missing}:${only}`, w = wildcard.get(k) ?? { has: missing === "get" ? "create" : "get", missing, rule: only, subs: [] };
          w.subs.push(`pods/${sub}`), wildcard.set(k, w);
          continue;
        }
        ctx.report({
          object: obj,
          path: ["rules", only, "verbs"],
          messageId: missing === "get" ? "missingGet" : "missingCreate",
          data: { role: roleLabel(obj), sub, where: `rules[${only}]` },
          ...missingVerbOffer(rules[only], only, missing, sub),
          cause: `exec:${objectKey(obj)}:${sub}:${missing}`
        });
      }
    }
    for (let w of wildcard.values())
      ctx.report({
        object: obj,
        path: ["rules", w.rule, "verbs"],
        messageId: "wildcardOnly",
        severity: "note",
        data: { role: roleLabel(obj), has: w.has, missing: w.missing, subs: w.subs.join(", "), where: `rules[${w.rule}]` }
      });
  }
};
function namesSubresource(rule, sub) {
  return (rule.resources ?? []).some((r2) => r2 === `pods/${sub}` || r2 === `*/${sub}`);
}

// src/rbac/effective.ts
function ordered(graph) {
  let rank2 = (p) => p.kind === "Group" ? 1 : 0;
  return graph.principals().sort((a, b) => rank2(a) - rank2(b) || (principalKey(a) < principalKey(b) ? -1 : 1));
}
var SCOPES = /* @__PURE__ */ new WeakMap();
function subjectScopes(graph) {
  let scopes = SCOPES.get(graph);
  if (scopes) return scopes;
  let out = [];
  for (let principal of ordered(graph)) {
    let user = userOf(principal) ?? { name: "", groups: [principal.name] }, cluster = graph.rulesFor(user, "");
    cluster.length && out.push({ principal, user, namespace: "", grants: cluster });
    for (let ns of graph.namespacesOf(user)) out.push({ principal, user, namespace: ns, grants: graph.rulesFor(user, ns) });
  }
  return SCOPES.set(graph, scopes = out), scopes;
}
function coveredByVerb(grants, g, verb, group, resource, sub) {
  let names = g.rule.rule.resourceNames ?? [];
  return names.length === 0 ? grants.some((o) => grantsVerbOn(o.rule.rule, verb, group, resource, sub) && !(o.rule.rule.resourceNames ?? []).length) : names.every((name) => grants.some((o) => ruleAllows(o.rule.rule, { verb, apiGroup: group, resource, subresource: sub, name })));
}
function ruleCoveredBy(rule, others) {
  if (!others.length) return !1;
  let verbs = rule.verbs ?? [];
  if ((rule.nonResourceURLs ?? []).length)
    return (rule.nonResourceURLs ?? []).every((url) => verbs.every((verb) => others.some((o) => verbMatches(o.rule.rule, verb) && (o.rule.rule.nonResourceURLs ?? []).some((u) => u === "*" || u === url || u.endsWith("*") && url.startsWith(trimTrailingStars(u))))));
  let names = (rule.resourceNames ?? []).length ? rule.resourceNames ?? [] : [void 0];
  for (let group of rule.apiGroups ?? [])
    for (let res of rule.resources ?? []) {
      let slash = res.indexOf("/"), resource = slash === -1 ? res : res.slice(0, slash), sub = slash === -1 ? "" : res.slice(slash + 1);
      for (let verb of verbs)
        for (let name of names)
          if (!others.some((o) => {
            let r2 = o.rule.rule;
            return !verbMatches(r2, verb) || !apiGroupMatches(r2, group) || !(r2.resources ?? []).some((x) => x === "*" || x === res || sub !== "" && x === `*/${sub}`) || resource === "*" && !(r2.resources ?? []).includes("*") ? !1 : name === void 0 ? !(r2.resourceNames ?? []).length : resourceNameMatches(r2, name);
          })) return !1;
    }
  return !0;
}

// rules/effective-exec-verb-mismatch.ts
var namesSubresource2 = (resources, sub) => resources.some((r2) => r2 === `pods/${sub}` || r2 === `*/${sub}`), effective_exec_verb_mismatch_default = {
  meta: {
    code: "LP102",
    name: "effective-exec-verb-mismatch",
    severity: "error",
    category: "rbac",
    description: "A subject can `create` but not `get` (or the reverse) pods/exec, pods/attach or pods/portforward in a namespace, across all its bindings.",
    securitySeverity: 5,
    tags: ["rbac", "reliability", "exec", "effective"],
    messages: {
      mismatch: "{subject} can `{has}` but not `{missing}` pods/{sub} {scope}, through this binding ({role}, which grants `{has}` at {roleWhere}){also}. {why} Grant `{missing}` on pods/{sub} next to `{has}` in {fixRole}."
    },
    yieldsTo: {
      codes: ["LP101"],
      why: "When the role that grants the one verb is in the manifests and `exec-subresource-verb-mismatch` (LP101) reports it for the same subresource and missing verb, that role finding carries the root cause and this binding finding is folded into it as a related location. Reported on its own when no single role explains the gap (the verbs come from different roles, or from a built-in role), or when LP101 is off."
    },
    docs: {
      whatItDoes: "For every subject (user, group, service account) and every namespace where bindings reach it, takes the union of all the rules that apply \u2014 the subject's own bindings and those of its groups (`system:serviceaccounts`, `system:serviceaccounts:<ns>`, `system:authenticated`) \u2014 and flags a subject that ends up with `create` but not `get`, or `get` but not `create`, on `pods/exec`, `pods/attach` or `pods/portforward`. One finding lands on each binding that contributes the verb it has, naming the subject, the namespace, the missing verb and the roles (with file:line) that grant the other verb. ClusterRoleBindings count in every namespace.",
      whyItMatters: "What a client can do depends on every binding together, not one role: a role with only `create` is harmless when another bound role adds `get`, and two roles that each look complete cannot help a subject that is bound to only one of them. WebSocket exec/attach/portforward (kubectl 1.30+, the JavaScript and Python clients) is authorized as `get`, SPDY as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs both, so a subject holding only one of them sees 403s that clients often hide (the incident: `WebSocket connection failed (empty error)`).",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: mcp-homelab, namespace: pihole }
subjects:
- kind: ServiceAccount      # can create but not get pods/exec in pihole
  name: mcp-homelab
  namespace: mcp-homelab
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: mcp-homelab }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create", "get"]`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go",
        "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go",
        "https://github.com/kubernetes/kubernetes/issues/78741",
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects"
      ],
      notes: "Name-restricted grants (`resourceNames`) count for the names they list. A verb that reaches the subresource only through resources `*` is not counted as an exec grant (read-everything roles such as the Argo CD server role have that shape; `wildcard-grant` reports them). LP101 (`exec-subresource-verb-mismatch`) checks each role on its own; this rule checks what bindings add up to, so a role with one verb can be reported by LP101 and its bindings by this rule. Suppress on the binding."
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, reported = /* @__PURE__ */ new Map();
    for (let scope of subjectScopes(graph))
      for (let sub of STREAMING_SUBRESOURCES.filter((s) => scope.grants.some((g) => namesSubresource2(g.rule.rule.resources ?? [], s))))
        for (let [has, missing] of [["create", "get"], ["get", "create"]]) {
          let givers = scope.grants.filter((g) => namesSubresource2(g.rule.rule.resources ?? [], sub) && grantsVerbOn(g.rule.rule, has, "", "pods", sub) && !coveredByVerb(scope.grants, g, missing, "", "pods", sub)), giverLabels = [...new Set(givers.map((g) => `${roleLabel(g.rule.source)} (${g.rule.source.object ? ctx.where(g.rule.source.object, ["rules", g.rule.index]) : "built-in"})`))];
          for (let g of givers) {
            let key = `${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join(".")}\0${g.subjectIndex}\0${sub}\0${missing}`, scopeText = scope.namespace || "*", prev = reported.get(key);
            if (prev) {
              prev.scopes.includes(scopeText) || prev.scopes.push(scopeText);
              continue;
            }
            let src = g.rule.source, roleWhere = src.object ? ctx.where(src.object, ["rules", g.rule.index]) : "built-in";
            reported.set(key, {
              grant: g,
              scopes: [scopeText],
              data: {
                subject: principalLabel(scope.principal),
                has,
                missing,
                sub,
                role: roleLabel(g.role),
                roleWhere: src !== g.role ? `${roleLabel(src)} ${roleWhere}` : roleWhere,
                fixRole: roleLabel(src),
                also: (() => {
                  let own = `${roleLabel(src)} (${roleWhere})`, others = giverLabels.filter((l) => l !== own);
                  return others.length ? `; \`${has}\` also comes from ${others.join(", ")}` : "";
                })(),
                why: missing === "get" ? "WebSocket clients (kubectl \u2265 1.30, the JavaScript and Python clients) are authorized as `get` and get 403." : "SPDY clients are authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too."
              }
            });
          }
        }
    for (let r2 of reported.values()) {
      let named = r2.scopes.filter((s) => s !== "*"), scope = r2.scopes.includes("*") ? "cluster-wide (through a ClusterRoleBinding)" : named.length === 1 ? `in namespace ${named[0]}` : `in namespaces ${named.join(", ")}`, src = r2.grant.rule.source, offer = src.object ? missingVerbOffer(r2.grant.rule.rule, r2.grant.rule.index, r2.data.missing, r2.data.sub, src.object) : {};
      ctx.report({
        object: r2.grant.binding.object,
        path: ["subjects", r2.grant.subjectIndex],
        messageId: "mismatch",
        data: { ...r2.data, scope },
        ...offer,
        ...src.object ? { cause: `exec:${objectKey(src.object)}:${r2.data.sub}:${r2.data.missing}` } : {}
      });
    }
  }
};

// src/rbac/aggregation.ts
function selectorMatches(sel, labels) {
  for (let [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== String(v)) return !1;
  for (let e of sel.matchExpressions ?? []) {
    let has = Object.prototype.hasOwnProperty.call(labels, e.key), values = (e.values ?? []).map(String);
    switch (e.operator) {
      case "In":
        if (!has || !values.includes(labels[e.key])) return !1;
        break;
      case "NotIn":
        if (has && values.includes(labels[e.key])) return !1;
        break;
      case "Exists":
        if (!has) return !1;
        break;
      case "DoesNotExist":
        if (has) return !1;
        break;
      default:
        return !1;
    }
  }
  return !0;
}
var ruleKey = (r2) => JSON.stringify([r2.apiGroups ?? [], r2.resources ?? [], r2.resourceNames ?? [], r2.nonResourceURLs ?? [], r2.verbs ?? []]);
function aggregate(byName) {
  let out = /* @__PURE__ */ new Map(), visiting = /* @__PURE__ */ new Set(), all = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0), rulesOf = (node) => {
    if (!node.selectors) return node.rules.map((rule, index) => ({ rule, from: node.name, index }));
    let done = out.get(node.name);
    if (done) return done;
    if (visiting.has(node.name)) return [];
    visiting.add(node.name);
    let seen = /* @__PURE__ */ new Set(), acc = [];
    for (let sel of node.selectors)
      for (let other of all)
        if (!(other.name === node.name || !selectorMatches(sel, other.labels)))
          for (let ar of rulesOf(other)) {
            let k = ruleKey(ar.rule);
            seen.has(k) || (seen.add(k), acc.push(ar));
          }
    return visiting.delete(node.name), out.set(node.name, acc), acc;
  };
  for (let n of all) n.selectors && rulesOf(n);
  return out;
}

// src/rbac/builtin-roles.ts
var r = (apiGroups, resources, verbs) => ({ apiGroups, resources, verbs }), RO = ["get", "list", "watch"], WRITE = ["create", "delete", "deletecollection", "patch", "update"], ALL = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], AGG = "rbac.authorization.k8s.io/aggregate-to-", BOOT = { "kubernetes.io/bootstrapping": "rbac-defaults" }, aggregates = (to) => ({ clusterRoleSelectors: [{ matchLabels: { [`${AGG}${to}`]: "true" } }] }), BUILTIN_CLUSTER_ROLES = [
  {
    name: "cluster-admin",
    labels: BOOT,
    rules: [r(["*"], ["*"], ["*"]), { nonResourceURLs: ["*"], verbs: ["*"] }]
  },
  { name: "admin", labels: BOOT, rules: [], aggregationRule: aggregates("admin") },
  { name: "edit", labels: { ...BOOT, [`${AGG}admin`]: "true" }, rules: [], aggregationRule: aggregates("edit") },
  { name: "view", labels: { ...BOOT, [`${AGG}edit`]: "true" }, rules: [], aggregationRule: aggregates("view") },
  {
    name: "system:aggregate-to-admin",
    labels: { ...BOOT, [`${AGG}admin`]: "true" },
    rules: [r(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]), r(["rbac.authorization.k8s.io"], ["rolebindings", "roles"], ALL)]
  },
  {
    name: "system:aggregate-to-edit",
    labels: { ...BOOT, [`${AGG}edit`]: "true" },
    rules: [
      r([""], ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], RO),
      r([""], ["serviceaccounts"], ["impersonate"]),
      r([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], WRITE),
      r([""], ["pods/eviction"], ["create"]),
      r([""], ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"], WRITE),
      r([""], ["serviceaccounts/token"], ["create"]),
      r(["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"], WRITE),
      r(["autoscaling"], ["horizontalpodautoscalers"], WRITE),
      r(["batch"], ["cronjobs", "jobs"], WRITE),
      r(["extensions"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "ingresses", "networkpolicies", "replicasets", "replicasets/scale", "replicationcontrollers/scale"], WRITE),
      r(["policy"], ["poddisruptionbudgets"], WRITE),
      r(["networking.k8s.io"], ["ingresses", "networkpolicies"], WRITE),
      r(["coordination.k8s.io"], ["leases"], ALL)
    ]
  },
  {
    name: "system:aggregate-to-view",
    labels: { ...BOOT, [`${AGG}view`]: "true" },
    rules: [
      r([""], ["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"], RO),
      r([""], ["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status", "resourcequotas", "resourcequotas/status"], RO),
      r([""], ["namespaces"], RO),
      r(["discovery.k8s.io"], ["endpointslices"], RO),
      r(["apps"], ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"], RO),
      r(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], RO),
      r(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], RO),
      r(["extensions"], ["daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "ingresses", "ingresses/status", "networkpolicies", "replicasets", "replicasets/scale", "replicasets/status", "replicationcontrollers/scale"], RO),
      r(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], RO),
      r(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], RO)
    ]
  }
], BUILTIN_NAMESPACED_ROLES = [
  {
    namespace: "kube-system",
    name: "extension-apiserver-authentication-reader",
    rules: [{ apiGroups: [""], resources: ["configmaps"], resourceNames: ["extension-apiserver-authentication"], verbs: RO }]
  }
], BUILTIN_ROLE_NAMES = new Set(BUILTIN_CLUSTER_ROLES.map((r2) => r2.name));
function isSystemRoleName(name) {
  return name.startsWith("system:");
}

// src/rbac/graph.ts
var UNSET_NAMESPACE = "(namespace not set)", DEFAULT_NS = UNSET_NAMESPACE, rootOf = (o) => o.render ? `root:${o.render.root}` : `file:${o.file.path}`, roleKey = (kind, ns, name) => kind === "ClusterRole" ? `ClusterRole\0${name}` : `Role\0${ns ?? ""}\0${name}`;
function push(m, k, v) {
  let l = m.get(k);
  l ? l.push(v) : m.set(k, [v]);
}
var RbacGraph = class {
  roles = [];
  bindings = [];
  /** By root and key (the roles of the manifests). */
  roleByKey = /* @__PURE__ */ new Map();
  /** By key: the first role of that key in any root, or the built-in one. */
  roleAnyRoot = /* @__PURE__ */ new Map();
  clusterBindingsByKey = /* @__PURE__ */ new Map();
  roleBindingsByKey = /* @__PURE__ */ new Map();
  roleBindingsByNs = /* @__PURE__ */ new Map();
  namespacesByKey = /* @__PURE__ */ new Map();
  clusterBindings = [];
  bindingsByRole = /* @__PURE__ */ new Map();
  bindingByObject = /* @__PURE__ */ new Map();
  /** For each ClusterRole, the aggregated ClusterRoles that take its rules. */
  aggregatedInto = /* @__PURE__ */ new Map();
  constructor(objects) {
    let aggNodes = /* @__PURE__ */ new Map(), selectorsOf = /* @__PURE__ */ new Map();
    for (let o of objects) {
      if (!isRole(o)) continue;
      let kind = o.kind, key = roleKey(kind, o.namespace ?? DEFAULT_NS, o.name);
      if (this.roleByKey.has(`${rootOf(o)}\0${key}`)) continue;
      let node = { kind, name: o.name, object: o, rules: [], aggregated: !1 };
      if (kind === "Role" && (node.namespace = o.namespace ?? DEFAULT_NS), node.rules = (roleRules(o) ?? []).map((rule, index) => ({ rule, source: node, index })), this.add(key, node, rootOf(o)), kind === "ClusterRole" && !aggNodes.has(o.name)) {
        let agg = aggregationRule(o), selectors = Array.isArray(agg?.clusterRoleSelectors) ? agg.clusterRoleSelectors : void 0;
        aggNodes.set(o.name, { name: o.name, labels: labelsOf(o), rules: node.rules.map((g) => g.rule), ...selectors ? { selectors } : {} }), selectorsOf.set(node, !!selectors);
      }
    }
    for (let b of BUILTIN_CLUSTER_ROLES) {
      let key = roleKey("ClusterRole", void 0, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      let node = { kind: "ClusterRole", name: b.name, rules: [], aggregated: !1 };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index })), this.add(key, node);
      let selectors = b.aggregationRule?.clusterRoleSelectors;
      aggNodes.set(b.name, { name: b.name, labels: b.labels, rules: b.rules, ...selectors ? { selectors } : {} });
    }
    for (let b of BUILTIN_NAMESPACED_ROLES) {
      let key = roleKey("Role", b.namespace, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      let node = { kind: "Role", name: b.name, namespace: b.namespace, rules: [], aggregated: !1 };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index })), this.add(key, node);
    }
    let aggregated = aggregate(aggNodes);
    for (let [name, rules] of aggregated) {
      let node = this.roleAnyRoot.get(roleKey("ClusterRole", void 0, name));
      node.aggregated = !0, node.rules = rules.map((ar) => {
        let src = this.roleAnyRoot.get(roleKey("ClusterRole", void 0, ar.from));
        return { rule: ar.rule, source: src, index: ar.index };
      });
      for (let src of new Set(node.rules.map((g) => g.source))) push(this.aggregatedInto, src, node);
    }
    for (let o of objects) {
      if (!isBinding(o)) continue;
      let kind = o.kind, namespace = kind === "RoleBinding" ? o.namespace ?? DEFAULT_NS : "", b = { object: o, kind, name: o.name, namespace, subjects: [], problems: [] }, ref = roleRefOf(o);
      if (ref) {
        b.roleRef = ref;
        let okKind = ref.kind === "ClusterRole" || ref.kind === "Role" && kind === "RoleBinding", okGroup = !ref.apiGroup || ref.apiGroup === RBAC_GROUP, key = roleKey(ref.kind, namespace, ref.name), role = okKind && okGroup ? this.roleByKey.get(`${rootOf(o)}\0${key}`) ?? this.roleAnyRoot.get(key) : void 0;
        role && (b.role = role, push(this.bindingsByRole, role, b));
      }
      for (let { subject, index } of subjectsOf(o)) {
        let r2 = resolveSubject(subject, namespace);
        if (r2.principal) {
          b.subjects.push({ principal: r2.principal, index });
          let key = principalKey(r2.principal);
          if (kind === "ClusterRoleBinding") push(this.clusterBindingsByKey, key, { binding: b, index });
          else {
            push(this.roleBindingsByKey, `${namespace}\0${key}`, { binding: b, index });
            let set = this.namespacesByKey.get(key) ?? /* @__PURE__ */ new Set();
            set.add(namespace), this.namespacesByKey.set(key, set);
          }
        } else r2.problem && b.problems.push({ index, problem: r2.problem });
      }
      this.bindings.push(b), this.bindingByObject.set(o, b), kind === "ClusterRoleBinding" ? this.clusterBindings.push(b) : namespace && push(this.roleBindingsByNs, namespace, b);
    }
  }
  add(key, node, root) {
    root !== void 0 && this.roleByKey.set(`${root}\0${key}`, node), this.roleAnyRoot.has(key) || this.roleAnyRoot.set(key, node), this.roles.push(node);
  }
  role(kind, name, namespace) {
    return this.roleAnyRoot.get(roleKey(kind, namespace, name));
  }
  /** The node of a Role/ClusterRole manifest (undefined for a duplicate definition or another kind). */
  roleOf(obj) {
    if (!isRbac(obj, "Role") && !isRbac(obj, "ClusterRole")) return;
    let n = this.roleByKey.get(`${rootOf(obj)}\0${roleKey(obj.kind, obj.kind === "Role" ? obj.namespace ?? DEFAULT_NS : void 0, obj.name)}`);
    return n?.object === obj ? n : void 0;
  }
  /** The node of a RoleBinding/ClusterRoleBinding manifest. */
  bindingOf(obj) {
    return this.bindingByObject.get(obj);
  }
  /** Bindings that reference a role directly. */
  bindingsOf(role) {
    return this.bindingsByRole.get(role) ?? [];
  }
  /** Bindings through which a role's written rules take effect: its own, and those of roles aggregating it. */
  bindingsReaching(role) {
    let out = [...this.bindingsOf(role)];
    for (let agg of this.aggregatedInto.get(role) ?? []) out.push(...this.bindingsOf(agg));
    return out;
  }
  /** Roles that aggregate this ClusterRole's rules. */
  aggregators(role) {
    return this.aggregatedInto.get(role) ?? [];
  }
  /** RoleBindings in a namespace, and every namespace with RoleBindings. */
  roleBindingsIn(namespace) {
    return this.roleBindingsByNs.get(namespace) ?? [];
  }
  namespaces() {
    return [...this.roleBindingsByNs.keys()].sort();
  }
  clusterRoleBindings() {
    return this.clusterBindings;
  }
  /**
   * Every rule that applies to the user in the namespace ('' = cluster-scoped request): rules of
   * ClusterRoleBindings naming the user or one of its groups, then of RoleBindings in the namespace.
   * Each binding counts once (the first subject that applies), as in VisitRulesFor.
   */
  rulesFor(user, namespace) {
    let keys = userKeys(user), out = [], seen = /* @__PURE__ */ new Set(), visit = (entries) => {
      for (let { binding, index } of entries ?? [])
        if (!seen.has(binding) && (seen.add(binding), !!binding.role))
          for (let rule of binding.role.rules) out.push({ binding, subjectIndex: index, role: binding.role, rule });
    };
    for (let k of keys) visit(this.clusterBindingsByKey.get(k));
    if (namespace) for (let k of keys) visit(this.roleBindingsByKey.get(`${namespace}\0${k}`));
    return out;
  }
  /** Namespaces in which some RoleBinding applies to the user. */
  namespacesOf(user) {
    let out = /* @__PURE__ */ new Set();
    for (let k of userKeys(user)) for (let ns of this.namespacesByKey.get(k) ?? []) out.add(ns);
    return [...out].sort();
  }
  /** Is the request allowed, and by which grants (all of them, for explanations). */
  authorize(user, req) {
    let ns = isNonResource(req) ? "" : req.namespace ?? "", grants = this.rulesFor(user, ns).filter((g) => ruleAllows(g.rule.rule, req));
    return { allowed: grants.length > 0, grants };
  }
  /** Every (subject, binding, rule) that allows the request. */
  whoCan(req) {
    let ns = isNonResource(req) ? "" : req.namespace ?? "", candidates = ns ? [...this.clusterBindings, ...this.roleBindingsIn(ns)] : this.clusterBindings, out = [];
    for (let binding of candidates) {
      let role = binding.role;
      if (!role) continue;
      let rule = role.rules.find((g) => ruleAllows(g.rule, req));
      if (rule)
        for (let s of binding.subjects) out.push({ principal: s.principal, subjectIndex: s.index, grant: { binding, subjectIndex: s.index, role, rule } });
    }
    return out;
  }
  /** Every principal named by some binding, once each. */
  principals() {
    let seen = /* @__PURE__ */ new Map();
    for (let b of this.bindings) for (let s of b.subjects) seen.has(principalKey(s.principal)) || seen.set(principalKey(s.principal), s.principal);
    return [...seen.values()];
  }
};

// src/rbac/scope.ts
function roleScope(graph, obj) {
  let node = graph.roleOf(obj), bindings = node ? graph.bindingsReaching(node) : [], crbs = bindings.filter((b) => b.kind === "ClusterRoleBinding");
  if (crbs.length) return { scope: "cluster", bindings, text: `bound cluster-wide by ClusterRoleBinding ${crbs.map((b) => b.name).slice(0, 3).join(", ")}${crbs.length > 3 ? ` and ${crbs.length - 3} more` : ""}` };
  if (bindings.length) {
    let ns = [...new Set(bindings.map((b) => b.namespace))].sort();
    if (ns.length === 1 && ns[0] === UNSET_NAMESPACE) return { scope: "namespace", bindings, text: "bound in whatever namespace its RoleBinding is applied to: none is set" };
    let shown = ns.map((n) => n === UNSET_NAMESPACE ? "a namespace not set" : n);
    return { scope: "namespace", bindings, text: `bound in namespace${ns.length > 1 ? "s" : ""} ${shown.slice(0, 5).join(", ")}${ns.length > 5 ? ` and ${ns.length - 5} more` : ""}` };
  }
  return obj.kind === "Role" ? { scope: "namespace", bindings, text: obj.namespace ? `a Role in namespace ${obj.namespace}, not bound in these manifests` : "a Role whose namespace is not set, not bound in these manifests" } : { scope: "unbound", bindings, text: "not bound in these manifests" };
}
var LOWER = { error: "warning", warning: "note", note: "note" };
function scaled(severity, scope) {
  return scope === "cluster" ? severity : LOWER[severity];
}
function hasWildcard(rule) {
  return (rule.verbs ?? []).includes("*") || (rule.apiGroups ?? []).includes("*") || (rule.resources ?? []).some((r2) => r2 === "*" || r2.startsWith("*/"));
}

// src/rbac/grant-check.ts
function grantHits(rule, specs) {
  if (hasWildcard(rule)) return [];
  let out = [];
  for (let s of specs)
    for (let v of s.verbs)
      grantsVerbOn(rule, v, s.group, s.resource, s.subresource ?? "") && out.push({ verb: v, resource: `${s.resource}${s.subresource ? "/" + s.subresource : ""}`, spec: s });
  return out;
}
function describeGrants(hits, names) {
  let byResource = /* @__PURE__ */ new Map();
  for (let h of hits) byResource.set(h.resource, [...byResource.get(h.resource) ?? [], h.verb]);
  let named = names.length ? ` named ${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}` : "";
  return [...byResource].map(([r2, verbs]) => `${verbs.join(", ")} ${r2}${named}`).join("; ");
}
function riskyRules(obj, model, specs) {
  let rules = roleRules(obj);
  if (!rules) return [];
  let hits = [];
  if (rules.forEach((rule, index) => {
    let h = grantHits(rule, specs);
    h.length && hits.push({ index, rule, hits: h });
  }), !hits.length) return [];
  let scope = roleScope(model.rbac, obj), out = [];
  for (let h of hits) {
    let effective = scope.scope === "namespace" ? h.hits.filter((x) => !x.spec.clusterScoped) : h.hits;
    if (!effective.length) continue;
    let names = (h.rule.resourceNames ?? []).filter((n) => typeof n == "string");
    out.push({ index: h.index, rule: h.rule, hits: effective, grants: effective.map((x) => `${x.verb} ${x.resource}`), names, scope });
  }
  return out;
}
var SCOPE_NOTE = "Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Permissions on cluster-scoped resources (and `escalate` on clusterroles, `impersonate` on users and groups) are not reported for a Role or a ClusterRole bound only by RoleBindings: a RoleBinding grants only requests in its own namespace, so they grant nothing there (`kubectl auth can-i` answers no). Suppress on the role rule with a reason when the grant is needed.", LOWER2 = { error: "warning", warning: "note", note: "note" }, lower = (s) => LOWER2[s];
function grantCheck(specs, classify) {
  return (obj, ctx) => {
    for (let hit of riskyRules(obj, ctx.model, specs)) {
      let severity = scaled(ctx.severity, hit.scope.scope), c = classify ? classify(hit, severity) : { messageId: "grant" };
      c && ctx.report({
        object: obj,
        path: ["rules", hit.index, "verbs"],
        messageId: c.messageId,
        severity: c.severity ?? severity,
        data: { role: roleLabel(obj), grants: describeGrants(hit.hits, hit.names), scope: hit.scope.text, ...c.data }
      });
    }
  };
}

// rules/wildcard-grant.ts
var REACH = [
  { what: "reading Secrets", verbs: ["get", "list", "watch"], group: "", resource: "secrets" },
  { what: "escalate and bind on roles", verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "roles" },
  { what: "escalate and bind on cluster roles", verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "clusterroles" },
  { what: "impersonating users and groups", verbs: ["impersonate"], group: "", resource: "users", clusterScoped: !0 },
  { what: "impersonating service accounts", verbs: ["impersonate"], group: "", resource: "serviceaccounts" },
  { what: "creating pods", verbs: ["create"], group: "", resource: "pods" },
  ...[["apps", "deployments"], ["apps", "daemonsets"], ["apps", "statefulsets"], ["apps", "replicasets"], ["batch", "jobs"], ["batch", "cronjobs"], ["", "replicationcontrollers"]].map(([group, resource]) => ({ what: "writing workloads that create pods", detail: resource, verbs: ["create", "update", "patch"], group, resource })),
  { what: "exec into pods", verbs: ["create", "get"], group: "", resource: "pods", sub: "exec" },
  { what: "writing RoleBindings", verbs: ["create", "update", "patch"], group: "rbac.authorization.k8s.io", resource: "rolebindings" },
  { what: "the kubelet API through nodes/proxy", verbs: ["get", "create"], group: "", resource: "nodes", sub: "proxy", clusterScoped: !0 }
];
function reaches(rule, cluster) {
  let out = /* @__PURE__ */ new Map();
  for (let r2 of REACH)
    !cluster && r2.clusterScoped || !r2.verbs.some((v) => grantsVerbOn(rule, v, r2.group, r2.resource, r2.sub ?? "")) || out.set(r2.what, [...out.get(r2.what) ?? [], ...r2.detail ? [r2.detail] : []]);
  return [...out].map(([what, details]) => details.length ? `${what} (${details.join(", ")})` : what);
}
var wildcard_grant_default = {
  meta: {
    code: "LP103",
    name: "wildcard-grant",
    severity: "warning",
    category: "rbac",
    description: "A role grants `*` verbs, resources, API groups or non-resource URLs.",
    securitySeverity: 7,
    tags: ["rbac", "wildcard", "escalation"],
    messages: {
      wildcard: "{role} grants {what} ({scope}). A wildcard matches every current and future verb, resource type or API group, here including {reach}. List the verbs, resources and groups the workload uses.",
      confined: "{role} grants {what} ({scope}). The wildcard stays within {within} and reaches no Secret, RBAC, impersonation or pod permission, but it matches verbs and resource types added later and hides what the workload uses. List the verbs and resources the workload uses.",
      full: "{role} grants every verb on every resource of every API group ({scope}): the same power as cluster-admin within its scope, for every resource type that will ever exist. List what the workload uses."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole with `*` in `verbs`, `apiGroups` or `resources` (or a `*/subresource` resource, or `*` in `nonResourceURLs`). A rule with `*` in all three is reported as equivalent to cluster-admin in its scope. The message names what the wildcard really reaches (reading Secrets, escalate/bind, impersonation, creating pods, exec, RoleBindings, nodes/proxy); a wildcard confined to one API group or subresource that reaches none of them (`metrics.k8s.io` resources, a CRD group) says so and is reported one step lower. Severity follows scope: the configured severity (`warning`) when bound cluster-wide, `note` for namespace-wide or unbound roles.",
      whyItMatters: "The RBAC good practices page asks to avoid wildcard permissions, especially to all resources: Kubernetes is extensible, so a wildcard grants not only every object type that exists today but every type added later by an upgrade or a CRD, and every verb, including `escalate`, `bind` and `impersonate`. A wildcard also hides what a workload actually uses, so nobody can review it.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: ["*"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["example.com"]
  resources: ["widgets", "widgets/status"]
  verbs: ["get", "list", "watch", "update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/v1/evaluation_helpers.go",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ],
      notes: "Rules with a wildcard are reported here only, not also by each risk rule (secrets-read, pod-creating-workload-write, \u2026), so one rule is one finding. Suggestions (`--fix --suggestions`, JSON, SARIF, PR suggestions) replace a wildcard with an explicit list where the list is knowable offline, marked `# TODO` for the reviewer to cut down: `*` verbs with the standard verbs (get, list, watch, create, update, patch, delete, deletecollection: no escalate, bind, impersonate or later verbs), `*` resources of built-in API groups with those groups' built-in resources (a Role: the namespaced ones; no subresources), `*` API groups with the groups of the built-in resources named. A wildcard over custom or aggregated APIs, or in non-resource URLs, gets none. Each suggestion narrows the grant: check it still covers what the workload does."
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let scope;
    rules.forEach((rule, i) => {
      let fields = [];
      (rule.verbs ?? []).includes("*") && fields.push(["verbs", "every verb (`*`)"]), (rule.apiGroups ?? []).includes("*") && fields.push(["apiGroups", "every API group (`*`)"]);
      let res = (rule.resources ?? []).find((r2) => r2 === "*" || r2.startsWith("*/"));
      if (res && fields.push(["resources", res === "*" ? "every resource (`*`)" : `the ${res.slice(2)} subresource of every resource (\`${res}\`)`]), (rule.nonResourceURLs ?? []).includes("*") && fields.push(["nonResourceURLs", "every non-resource URL (`*`)"]), !fields.length) return;
      scope ??= roleScope(ctx.model.rbac, obj);
      let full = fields.length >= 3 && fields.some((f) => f[0] === "resources" && res === "*"), severity = scaled(ctx.severity, scope.scope), reach = full ? [] : reaches(rule, scope.scope !== "namespace"), nonResourceOnly = fields.length === 1 && fields[0][0] === "nonResourceURLs", confined = !full && !nonResourceOnly && reach.length === 0, groups = (rule.apiGroups ?? []).map((g) => g === "" ? "the core group" : g === "*" ? "every group" : g), within = res && res !== "*" ? `the ${res.slice(2)} subresource` : `${groups.join(", ") || "no group"}${res === "*" ? "" : ` (${(rule.resources ?? []).join(", ")})`}`, suggestions = wildcardNarrowing(rule, i, obj.kind === "Role", { resources: BUILTIN_RESOURCES, version: "v1.32" });
      ctx.report({
        object: obj,
        path: ["rules", i, fields[0][0]],
        ...suggestions.length ? { suggestions } : {},
        messageId: full ? "full" : confined ? "confined" : "wildcard",
        severity: confined ? lower(severity) : severity,
        data: { role: roleLabel(obj), what: fields.map((f) => f[1]).join(" and "), scope: scope.text, reach: nonResourceOnly ? "health, metrics and debug endpoints (/debug/pprof)" : reach.join(", "), within }
      });
    });
  }
};

// rules/secrets-read.ts
var SPECS = [{ verbs: ["get", "list", "watch"], group: "", resource: "secrets" }], secrets_read_default = {
  meta: {
    code: "LP104",
    name: "secrets-read",
    severity: "warning",
    category: "rbac",
    description: "A role grants read access (get, list or watch) to Secrets.",
    securitySeverity: 6.5,
    tags: ["rbac", "secrets", "escalation"],
    messages: {
      listWatch: "{role} grants {grants} ({scope}). `list` and `watch` return the contents of every Secret in reach, not just their names, and Secrets hold service account tokens and credentials that lead to other privileges. Limit it to named Secrets with resourceNames and `get`, or to the namespaces that need it.",
      get: "{role} grants {grants} ({scope}). `get` returns the whole contents of any Secret whose name is known or guessed (chart and controller Secret names are predictable), and Secrets hold service account tokens and credentials that lead to other privileges. List the Secrets it needs in resourceNames, or keep it to the namespaces that need it.",
      named: "{role} grants {grants} in every namespace ({scope}): the named Secrets of every namespace, also of namespaces created later. Grant it with a Role (or a RoleBinding) in the namespaces that hold these Secrets."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `get`, `list` or `watch` on `secrets`; the message says which of them are granted (only `list`/`watch` return every Secret at once). A rule limited by `resourceNames` \u2014 the form this page recommends \u2014 is not reported, except through a ClusterRoleBinding, where the named Secrets of every namespace are readable: then it is reported one step lower. Severity follows scope: the configured severity when a ClusterRoleBinding makes the grant cluster-wide, one step lower for a Role or a ClusterRole bound only in namespaces or not bound in the manifests. Rules with `*` are reported by `wildcard-grant` instead.",
      whyItMatters: "The RBAC good practices page lists reading Secrets first among privilege-escalation risks: `list` and `watch` return the full content of every Secret, and a Secret can hold a token of a more privileged service account, so whoever reads Secrets can often act as any workload in reach. Many controllers do need it (cert-manager, ingress controllers, Argo CD read Secrets cluster-wide): the default severity is `warning` cluster-wide and `note` per namespace, so the finding asks for a review, not a failure.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: ["app-tls"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS, (hit, severity) => hit.names.length ? hit.scope.scope === "cluster" ? { messageId: "named", severity: lower(severity) } : void 0 : { messageId: hit.hits.some((h) => h.verb !== "get") ? "listWatch" : "get" })
};

// rules/escalate-bind-impersonate.ts
var SPECS2 = [
  { verbs: ["escalate", "bind"], group: "rbac.authorization.k8s.io", resource: "roles" },
  // escalate on a ClusterRole is checked without a namespace; bind in the namespace of the binding written (src/rbac/grant-check.ts).
  { verbs: ["escalate"], group: "rbac.authorization.k8s.io", resource: "clusterroles", clusterScoped: !0 },
  { verbs: ["bind"], group: "rbac.authorization.k8s.io", resource: "clusterroles" },
  // The impersonation filter asks without a namespace, except for service accounts (their namespace).
  { verbs: ["impersonate"], group: "", resource: "users", clusterScoped: !0 },
  { verbs: ["impersonate"], group: "", resource: "groups", clusterScoped: !0 },
  { verbs: ["impersonate"], group: "", resource: "serviceaccounts" },
  { verbs: ["impersonate"], group: "authentication.k8s.io", resource: "userextras", clusterScoped: !0 },
  { verbs: ["impersonate"], group: "authentication.k8s.io", resource: "uids", clusterScoped: !0 }
], WHY = {
  escalate: "`escalate` lets a subject write roles with permissions it does not hold",
  bind: "`bind` lets it bind roles whose permissions it does not hold",
  impersonate: "`impersonate` lets it act as another identity"
}, escalate_bind_impersonate_default = {
  meta: {
    code: "LP105",
    name: "escalate-bind-impersonate",
    severity: "error",
    category: "rbac",
    description: "A role grants `escalate` or `bind` on roles, or `impersonate` on users, groups or service accounts.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation"],
    messages: {
      grant: "{role} grants {grants} ({scope}). {why}: a path to {reach}. Grant it only to the identities that administer RBAC, restricted with resourceNames.",
      named: "{role} grants {grants} ({scope}). {why}, here limited to the names listed: a path to {reach} if one of them is more privileged than the subject. Keep the list to what the subject must hand out."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `escalate` or `bind` on `roles`/`clusterroles`, or `impersonate` on `users`, `groups`, `serviceaccounts`, `userextras` or `uids`; the message explains only the verbs granted. Severity follows scope (one step lower for namespace-wide or unbound roles), and one step lower again for a rule limited by `resourceNames` (unless it names `cluster-admin`). Through RoleBindings only, `escalate` on clusterroles and `impersonate` on users, groups, userextras and uids grant nothing (the authorizer asks for them without a namespace) and are not reported; `bind` on clusterroles and `impersonate` on serviceaccounts are, as they work in the binding's namespace. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "RBAC normally stops a subject from granting what it does not hold; these three verbs are the documented exceptions. `escalate` skips the check when writing roles, `bind` when writing bindings, and `impersonate` makes the API server treat requests as coming from someone else, `system:masters` members included. The RBAC good practices page lists all three as privilege-escalation risks.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  verbs: ["bind", "escalate"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  resourceNames: ["app-reader"]   # only this role may be bound
  verbs: ["bind"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#bind-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS2, (hit, severity) => {
    let why = [...new Set(hit.hits.map((h) => h.verb))].map((v) => WHY[v]).join(", "), data = { why: why.charAt(0).toUpperCase() + why.slice(1), reach: hit.scope.scope === "cluster" ? "cluster-admin" : "every permission that can be held in the namespace" };
    return hit.names.length && !hit.names.includes("cluster-admin") ? { messageId: "named", data, severity: lower(severity) } : { messageId: "grant", data };
  })
};

// rules/nodes-proxy-access.ts
var SPECS3 = [{ verbs: ["get", "create", "update", "patch", "delete"], group: "", resource: "nodes", subresource: "proxy", clusterScoped: !0 }], nodes_proxy_access_default = {
  meta: {
    code: "LP106",
    name: "nodes-proxy-access",
    severity: "error",
    category: "rbac",
    description: "A role grants access to the `nodes/proxy` subresource.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation", "node"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Through nodes/proxy a subject talks to the kubelet API directly, which runs commands in any pod on the node and bypasses admission control and audit logging of the API server. Remove it; use metrics endpoints or `pods/log` instead."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants any verb on `nodes/proxy`. Severity follows scope. Nodes are cluster-scoped: a Role, or a ClusterRole bound only by RoleBindings, grants nothing on them and is not reported. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page warns that access to the `nodes/proxy` subresource gives access to the Kubelet API, which can run commands in every pod on the node, and that such requests bypass audit logging and admission control. It is often granted by monitoring stacks for metrics; a scrape of `/metrics/cadvisor` via the API server needs it, but direct kubelet scraping with a token review does not.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/proxy"]
  verbs: ["get"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/metrics"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes",
        "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS3)
};

// rules/serviceaccount-token-create.ts
var SPECS4 = [{ verbs: ["create"], group: "", resource: "serviceaccounts", subresource: "token" }], serviceaccount_token_create_default = {
  meta: {
    code: "LP107",
    name: "serviceaccount-token-create",
    severity: "warning",
    category: "rbac",
    description: "A role grants `create` on `serviceaccounts/token`.",
    securitySeverity: 7,
    tags: ["rbac", "escalation", "tokens"],
    messages: {
      grant: "{role} grants {grants} ({scope}): a subject can mint tokens for the service accounts in reach and act with their permissions. Restrict it with resourceNames to the service accounts it must issue tokens for."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `serviceaccounts/token` (the TokenRequest API). Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Token request") warns that a subject that can create tokens for existing service accounts can issue itself a token of any of them, including service accounts bound to more privileged roles, without touching a Secret.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: token-issuer }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: token-issuer, namespace: ci }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  resourceNames: ["deployer"]
  verbs: ["create"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request",
        "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS4)
};

// rules/csr-approval.ts
var G = "certificates.k8s.io", csr_approval_default = {
  meta: {
    code: "LP108",
    name: "csr-approval",
    severity: "error",
    category: "rbac",
    description: "A role can approve CertificateSigningRequests (and possibly create them).",
    securitySeverity: 8,
    tags: ["rbac", "escalation", "certificates"],
    messages: {
      approve: "{role} can approve CertificateSigningRequests ({scope}){create}: `update` on certificatesigningrequests/approval together with `approve` on signers. With a signer such as kubernetes.io/kube-apiserver-client, whoever approves a CSR can issue a client certificate for any user or group, system:masters included. Restrict `approve` with resourceNames to the signer the controller serves."
    },
    docs: {
      whatItDoes: "Flags a Role or ClusterRole whose rules together grant `update` (or `patch`) on `certificatesigningrequests/approval` and `approve` on `signers` in `certificates.k8s.io`, at the approval rule; the message says when the role can also `create` CSRs, which lets one subject request and approve its own certificate. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("CSRs and certificate issuing") warns that permission to create and approve CertificateSigningRequests lets a subject issue new client certificates; for the built-in `kubernetes.io/kube-apiserver-client` signer the certificate can name any user or group, including `system:masters`, which RBAC cannot restrict at all.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests"]
  verbs: ["create", "get"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  verbs: ["approve"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: csr-bot }
rules:
- apiGroups: ["certificates.k8s.io"]
  resources: ["certificatesigningrequests/approval"]
  verbs: ["update"]
- apiGroups: ["certificates.k8s.io"]
  resources: ["signers"]
  resourceNames: ["example.com/my-signer"]
  verbs: ["approve"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing",
        "https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization"
      ]
    }
  },
  checkObject(obj, ctx) {
    let rules = roleRules(obj);
    if (!rules) return;
    let plain = rules.map((r2, i) => ({ r: r2, i })).filter(({ r: r2 }) => !hasWildcard(r2)), approval = plain.find(({ r: r2 }) => grantsVerbOn(r2, "update", G, "certificatesigningrequests", "approval") || grantsVerbOn(r2, "patch", G, "certificatesigningrequests", "approval")), signer = plain.find(({ r: r2 }) => grantsVerbOn(r2, "approve", G, "signers") && (!(r2.resourceNames ?? []).length || (r2.resourceNames ?? []).some((n) => n.startsWith("kubernetes.io/"))));
    if (!approval || !signer) return;
    let create = plain.some(({ r: r2 }) => grantsVerbOn(r2, "create", G, "certificatesigningrequests")), scope = roleScope(ctx.model.rbac, obj);
    scope.scope !== "namespace" && ctx.report({
      object: obj,
      path: ["rules", approval.i, "verbs"],
      messageId: "approve",
      severity: scaled(ctx.severity, scope.scope),
      data: { role: roleLabel(obj), scope: scope.text, create: create ? ", and create them too" : "" }
    });
  }
};

// rules/admission-webhook-write.ts
var SPECS5 = [
  { verbs: ["create", "update", "patch", "delete", "deletecollection"], group: "admissionregistration.k8s.io", resource: "validatingwebhookconfigurations", clusterScoped: !0 },
  { verbs: ["create", "update", "patch", "delete", "deletecollection"], group: "admissionregistration.k8s.io", resource: "mutatingwebhookconfigurations", clusterScoped: !0 }
], admission_webhook_write_default = {
  meta: {
    code: "LP109",
    name: "admission-webhook-write",
    severity: "warning",
    category: "rbac",
    description: "A role can create, change or delete validating or mutating admission webhook configurations.",
    securitySeverity: 7.5,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever controls an admission webhook sees every object sent to it (Secrets included), can rewrite objects on their way in (mutating) or switch policy checks off. Restrict it with resourceNames to the webhook configurations the controller owns."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants a write verb (create, update, patch, delete, deletecollection) on `validatingwebhookconfigurations` or `mutatingwebhookconfigurations`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `The RBAC good practices page ("Control admission webhooks") notes that users who can control validating or mutating webhooks can read objects admitted to the cluster and, with mutating webhooks, change them: inject sidecars, drop security settings, or disable the webhooks that enforce policy. Controllers that inject CA bundles (cert-manager's cainjector) legitimately patch them; name them with resourceNames where the chart allows.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  verbs: ["get", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  resourceNames: ["my-operator-webhook"]
  verbs: ["get", "update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks",
        "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS5)
};

// rules/persistentvolume-create.ts
var SPECS6 = [{ verbs: ["create"], group: "", resource: "persistentvolumes", clusterScoped: !0 }], persistentvolume_create_default = {
  meta: {
    code: "LP110",
    name: "persistentvolume-create",
    severity: "warning",
    category: "rbac",
    description: "A role grants `create` on PersistentVolumes.",
    securitySeverity: 7,
    tags: ["rbac", "escalation", "storage"],
    messages: {
      grant: "{role} grants {grants} ({scope}). A PersistentVolume can be a hostPath volume: whoever creates one and a claim on it mounts the node's filesystem into a pod. Let a StorageClass provisioner create volumes instead."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `persistentvolumes`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `The RBAC good practices page ("Persistent volume creation") warns that creating arbitrary PersistentVolumes, hostPath ones in particular, gives access to the host's filesystem; Pod Security admission does not look at PersistentVolumes. Storage provisioners need it; people and applications should use PersistentVolumeClaims.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: storage-admin }
rules:
- apiGroups: [""]
  resources: ["persistentvolumes"]
  verbs: ["create", "delete"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: storage-user, namespace: app }
rules:
- apiGroups: [""]
  resources: ["persistentvolumeclaims"]
  verbs: ["create", "delete"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation",
        "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS6)
};

// rules/pod-creating-workload-write.ts
var WRITE2 = ["create", "update", "patch"], SPECS7 = [
  { verbs: WRITE2, group: "", resource: "pods" },
  { verbs: WRITE2, group: "", resource: "replicationcontrollers" },
  { verbs: WRITE2, group: "apps", resource: "deployments" },
  { verbs: WRITE2, group: "apps", resource: "replicasets" },
  { verbs: WRITE2, group: "apps", resource: "statefulsets" },
  { verbs: WRITE2, group: "apps", resource: "daemonsets" },
  { verbs: WRITE2, group: "batch", resource: "jobs" },
  { verbs: WRITE2, group: "batch", resource: "cronjobs" },
  // Pod-bearing custom resources leastpriv knows (src/model/crd-extractors.ts): their controllers
  // create the pods, so writing them is creating pods.
  ...[
    ["argoproj.io", ["workflows", "cronworkflows", "rollouts"]],
    ["jobset.x-k8s.io", ["jobsets"]],
    ["leaderworkerset.x-k8s.io", ["leaderworkersets"]],
    ["kubeflow.org", ["mpijobs", "pytorchjobs", "tfjobs", "xgboostjobs", "paddlejobs", "jaxjobs", "mxjobs"]],
    ["serving.knative.dev", ["services", "configurations"]],
    ["keda.sh", ["scaledjobs"]],
    ["apps.kruise.io", ["clonesets", "statefulsets", "daemonsets", "broadcastjobs", "advancedcronjobs"]],
    ["ray.io", ["rayclusters", "rayjobs", "rayservices"]],
    ["postgresql.cnpg.io", ["poolers"]],
    ["apps.openshift.io", ["deploymentconfigs"]]
  ].flatMap(([group, resources]) => resources.map((resource) => ({ verbs: WRITE2, group, resource })))
], pod_creating_workload_write_default = {
  meta: {
    code: "LP111",
    name: "pod-creating-workload-write",
    severity: "warning",
    category: "rbac",
    description: "A role can create, update or patch Pods or a workload that creates Pods.",
    securitySeverity: 6.5,
    tags: ["rbac", "escalation", "workloads"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever writes a pod template chooses the pod's service account and volumes, so it can use every Secret, ConfigMap and service account of the namespace, and a privileged or hostPath pod unless Pod Security admission forbids it. Keep it to the namespaces and workloads that need it, with Pod Security `restricted` there."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Pods, ReplicationControllers, Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs or CronJobs, or on the pod-bearing custom resources leastpriv knows (Argo Workflow/CronWorkflow/Rollout, JobSet, LeaderWorkerSet, Kubeflow jobs, Knative Service/Configuration, KEDA ScaledJob, OpenKruise workloads, KubeRay, CloudNativePG Pooler, OpenShift DeploymentConfig): their controllers create the pods. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Workload creation") explains that permission to create workloads implicitly grants access to many other resources in the namespace: a pod can mount any Secret, ConfigMap or PersistentVolume there and run as any service account there, and, where Pod Security admission allows it, run privileged or with host namespaces and take over the node. Deployment tools and operators need it; the finding asks to keep it narrow.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ci }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ci, namespace: app }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  resourceNames: ["web"]
  verbs: ["update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS7)
};

// rules/cluster-admin-binding.ts
var cluster_admin_binding_default = {
  meta: {
    code: "LP112",
    name: "cluster-admin-binding",
    severity: "error",
    category: "rbac",
    description: "A binding grants the `cluster-admin` ClusterRole.",
    securitySeverity: 9,
    tags: ["rbac", "escalation", "cluster-admin"],
    messages: {
      cluster: "{binding} grants cluster-admin cluster-wide to {subjects}: every verb on every resource in every namespace, RBAC included. Bind a role with only what these subjects use (or `admin`/`edit` per namespace).",
      namespace: "{binding} grants cluster-admin in namespace {namespace} to {subjects}: every verb on every resource of the namespace, its Roles, RoleBindings and Secrets included. Bind `admin` or `edit`, or a role with only what these subjects use."
    },
    carriesCauseOf: {
      codes: ["LP115"],
      why: "cluster-admin includes exec into every pod, so the `exec-into-node-access-workload` (LP115) findings on the same binding are folded into this one as related locations (the attack paths stay listed there): the fix is the binding itself."
    },
    docs: {
      whatItDoes: "Flags each ClusterRoleBinding (at the configured severity, `error`) and RoleBinding (one step lower) whose roleRef is the ClusterRole `cluster-admin`.",
      whyItMatters: "cluster-admin allows every action on every resource. Bound cluster-wide it is full control of the cluster; in a RoleBinding it is full control of the namespace, including its Roles, RoleBindings and Secrets. The RBAC good practices page asks administrators not to use cluster-admin accounts except where specifically needed; a workload bound to it turns any compromise of that workload into a compromise of the cluster.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci-deployer, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let ref = roleRefOf(obj);
    if (!ref || ref.kind !== "ClusterRole" || ref.name !== "cluster-admin") return;
    let b = ctx.model.rbac.bindingOf(obj), subjects = b?.subjects.length ? b.subjects.map((s) => s.principal.kind === "ServiceAccount" ? `ServiceAccount ${s.principal.namespace}/${s.principal.name}` : `${s.principal.kind} ${s.principal.name}`).join(", ") : "no valid subject", cluster = obj.kind === "ClusterRoleBinding";
    ctx.report({
      object: obj,
      path: ["roleRef", "name"],
      messageId: cluster ? "cluster" : "namespace",
      severity: scaled(ctx.severity, cluster ? "cluster" : "namespace"),
      data: { binding: `${obj.kind} ${cluster ? "" : (obj.namespace ?? "") + "/"}${obj.name}`, subjects, namespace: obj.namespace ?? "" },
      cause: `binding:${objectKey(obj)}`
    });
  }
};

// rules/gitops-controller-write.ts
var WRITE3 = ["create", "update", "patch"], SPECS8 = [
  { verbs: WRITE3, group: "kustomize.toolkit.fluxcd.io", resource: "kustomizations" },
  { verbs: WRITE3, group: "helm.toolkit.fluxcd.io", resource: "helmreleases" },
  ...["gitrepositories", "ocirepositories", "helmrepositories", "buckets"].map((resource) => ({ verbs: WRITE3, group: "source.toolkit.fluxcd.io", resource })),
  ...["applications", "applicationsets", "appprojects"].map((resource) => ({ verbs: WRITE3, group: "argoproj.io", resource }))
], gitops_controller_write_default = {
  meta: {
    code: "LP119",
    name: "gitops-controller-write",
    severity: "warning",
    category: "rbac",
    description: "A role can write Flux or Argo CD objects, whose controller deploys with more power than the writer (usually cluster-admin).",
    securitySeverity: 8,
    tags: ["rbac", "escalation", "gitops"],
    messages: {
      grant: "{role} grants {grants} ({scope}). The Flux or Argo CD controller applies what these objects point to with its own identity (cluster-admin in the default installs), not the writer's: whoever writes one deploys anything that identity can \u2014 a privileged DaemonSet, a ClusterRoleBinding. Keep it to the GitOps controllers themselves, or restrict the controller (Flux `serviceAccountName` per Kustomization/HelmRelease with --default-service-account; Argo CD AppProject destinations and resource allowlists)."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Flux `Kustomization`, `HelmRelease`, `GitRepository`, `OCIRepository`, `HelmRepository`, `Bucket`, or Argo CD `Application`, `ApplicationSet`, `AppProject`. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: `RBAC checks what the writer may do, not what the object makes a controller do: the controller acts with its own service account, which GitOps installs bind to cluster-admin. Write access to these objects is therefore an escalation to the controller's power \u2014 the same pattern as creating pods (RBAC good practices, "Workload creation"), one level up.`,
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: team-deployer }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: team-deployer, namespace: team-a }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["update", "patch"]
# and the Flux controllers started with --default-service-account, so a Kustomization in team-a
# applies as team-a's service account, not as cluster-admin`,
      references: [
        "https://fluxcd.io/flux/installation/configuration/multitenancy/",
        "https://argo-cd.readthedocs.io/en/stable/operator-manual/security/",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS8)
};

// rules/public-group-binding.ts
var LOWER3 = { error: "warning", warning: "note", note: "note" }, public_group_binding_default = {
  meta: {
    code: "LP113",
    name: "public-group-binding",
    severity: "error",
    category: "rbac",
    description: "A binding grants a role to `system:anonymous`, `system:unauthenticated` or `system:authenticated`.",
    securitySeverity: 8.5,
    tags: ["rbac", "exposure", "anonymous"],
    messages: {
      anonymous: "{binding} grants {role} to {subject}: anyone who can reach the API server, with no credentials at all, gets it {scope}. Remove the subject; bind a named group or service account instead.",
      authenticated: "{binding} grants {role} to system:authenticated: every authenticated identity \u2014 every service account of every namespace, every user of every identity provider the cluster trusts \u2014 gets it {scope}. Bind the groups or service accounts that need it."
    },
    docs: {
      whatItDoes: "Flags each subject of a RoleBinding or ClusterRoleBinding that is the user `system:anonymous` or the group `system:unauthenticated` (configured severity, `error`), or the group `system:authenticated` (one step lower); a RoleBinding lowers each by one more step.",
      whyItMatters: "With anonymous authentication enabled (the API server default), requests without credentials are made as `system:anonymous` in `system:unauthenticated`, so a binding to either gives its role to anyone who can reach the API server. `system:authenticated` contains every service account token and every user of every authenticator, often far more identities than intended. The RBAC good practices page asks to review and remove bindings to `system:unauthenticated` where possible.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: public-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: system:unauthenticated, apiGroup: rbac.authorization.k8s.io }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: team-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: team-a, apiGroup: rbac.authorization.k8s.io }`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#hardening",
        "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let cluster = obj.kind === "ClusterRoleBinding", ref = obj.value.roleRef, role = `${ref?.kind ?? "role"} ${ref?.name ?? "?"}`, label = `${obj.kind} ${cluster ? "" : (obj.namespace ?? "") + "/"}${obj.name}`;
    for (let { subject, index } of subjectsOf(obj)) {
      let anonymous = subject.kind === "User" && subject.name === ANONYMOUS || subject.kind === "Group" && subject.name === ALL_UNAUTHENTICATED, authenticated = subject.kind === "Group" && subject.name === ALL_AUTHENTICATED;
      if (!anonymous && !authenticated) continue;
      let severity = anonymous ? ctx.severity : LOWER3[ctx.severity];
      cluster || (severity = LOWER3[severity]), ctx.report({
        object: obj,
        path: ["subjects", index, "name"],
        messageId: anonymous ? "anonymous" : "authenticated",
        severity,
        data: { binding: label, role, subject: `${subject.kind} ${subject.name}`, scope: cluster ? "cluster-wide" : `in namespace ${obj.namespace ?? ""}` }
      });
    }
  }
};

// rules/namespace-modify.ts
var SPECS9 = [{ verbs: ["update", "patch"], group: "", resource: "namespaces" }], namespace_modify_default = {
  meta: {
    code: "LP114",
    name: "namespace-modify",
    severity: "warning",
    category: "rbac",
    description: "A role can update or patch Namespaces.",
    securitySeverity: 6,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever changes a namespace's labels changes which policies apply to it: Pod Security admission levels (`pod-security.kubernetes.io/enforce`), network policies and admission webhooks that select namespaces by label. Restrict it with resourceNames, or let an administrator own namespace labels."
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `update` or `patch` on `namespaces`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: 'The RBAC good practices page ("Namespace modification") warns that users who can patch Namespace objects can change their labels, and so escape Pod Security admission, NetworkPolicies or admission policies that select namespaces by label.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-editor }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-reader }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#namespace-modification",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/"
      ],
      notes: SCOPE_NOTE
    }
  },
  checkObject: grantCheck(SPECS9)
};

// rules/exec-into-node-access-workload.ts
var SUBS = ["exec", "attach"], exec_into_node_access_workload_default = {
  meta: {
    code: "LP115",
    name: "exec-into-node-access-workload",
    severity: "error",
    category: "rbac",
    description: "A subject can exec or attach into pods of a workload that reaches the node (privileged, host namespaces, hostPath, extra capabilities).",
    securitySeverity: 8.8,
    tags: ["rbac", "attack-path", "exec", "node"],
    messages: {
      path: "{subject} can {how} {scope} through this binding ({role}, {roleWhere}) into pods of {workloads}, which reach{es} the node ({features}): subject \u2192 {binding} \u2192 {role} \u2192 pods of {first} \u2192 node. Remove exec/attach from the role (or restrict it with resourceNames to other pods), or take the node access away from the workload."
    },
    yieldsTo: {
      codes: ["LP112"],
      why: "On a binding of `cluster-admin`, which `cluster-admin-binding` (LP112) reports, the attack path is a consequence of that binding: it is folded into the LP112 finding as a related location instead of reported apart. Reported as usual for every other binding, and when LP112 is off."
    },
    docs: {
      whatItDoes: "For every subject and namespace, takes the union of its grants (as the RBAC authorizer does) and, if it can `create` or `get` `pods/exec` or `pods/attach`, looks for workloads in that namespace (every namespace for ClusterRoleBindings) whose pods are privileged, use hostPID/hostIPC/hostNetwork, mount hostPath, or add capabilities beyond the Pod Security baseline. One finding lands on each binding that gives the exec/attach grant, explaining the chain subject \u2192 binding \u2192 role \u2192 pods \u2192 node. Grants restricted by resourceNames count only for pods whose names could match (bare Pods by name, controllers' pods by the name prefix). hostNetwork and capabilities that carry a written reason (see `unjustified-privilege`) are accepted risks and do not count; workloads without a namespace count only for ClusterRoleBindings.",
      whyItMatters: "Exec and attach run commands inside an existing pod with everything the pod has. Into a privileged or hostPID pod, that is root on the node: the host's processes, filesystem and kubelet credentials, and from there other pods' secrets. Neither the role nor the workload looks dangerous on its own \u2014 the risk is their combination, which is why it is checked across objects. The incident's debug agent (privileged, hostPID) was exec-able by the MCP service account in its namespace.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: debug, namespace: tools }
subjects:
- { kind: ServiceAccount, name: mcp }      # can exec into debug-agent, which is privileged
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostPID: true
      containers:
      - name: agent
        securityContext: { privileged: true }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostNetwork: true    # tools read the node's network stack
      containers:
      - name: agent
        securityContext:
          capabilities:
            drop: [ALL]
            add: [NET_ADMIN]  # iptables-save, conntrack`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://github.com/kubernetes/kubernetes/issues/78741"
      ]
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, byNs = nodeAccessByNamespace(ctx.model, justifiedBy(ctx.commentFor));
    if (!byNs.size) return;
    let all = [...byNs.values()].flat(), reported = /* @__PURE__ */ new Set();
    for (let scope of subjectScopes(graph)) {
      let workloads = scope.namespace ? byNs.get(scope.namespace) ?? [] : all;
      if (workloads.length)
        for (let g of scope.grants) {
          let subs = SUBS.filter((s) => grantsVerbOn(g.rule.rule, "create", "", "pods", s) || grantsVerbOn(g.rule.rule, "get", "", "pods", s));
          if (!subs.length) continue;
          let names = g.rule.rule.resourceNames ?? [], reached = names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
          if (!reached.length) continue;
          let key = `${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join(".")}\0${g.subjectIndex}`;
          reported.has(key) || (reported.add(key), report(g, scope.principal, scope.namespace, subs, reached));
        }
    }
    function featureNames(reached) {
      let seen = /* @__PURE__ */ new Set();
      for (let w of reached)
        for (let f of w.features)
          if (seen.add(f.what), seen.size === 6) return [...seen].join(", ");
      return [...seen].join(", ");
    }
    function report(g, principal, namespace, subs, reached) {
      let src = g.rule.source, list = reached.slice(0, 3).map((w) => `${objectLabel(w.object)} (${ctx.where(w.object, [])})`), more = reached.length > 3 ? ` and ${reached.length - 3} more` : "", features = featureNames(reached);
      ctx.report({
        object: g.binding.object,
        path: ["subjects", g.subjectIndex],
        messageId: "path",
        cause: `binding:${objectKey(g.binding.object)}`,
        data: {
          subject: principalLabel(principal),
          how: subs.join(" and "),
          scope: namespace ? `in namespace ${namespace}` : "in every namespace",
          role: roleLabel(g.role),
          roleWhere: src.object ? ctx.where(src.object, ["rules", g.rule.index]) : "built-in",
          workloads: list.join(", ") + more,
          first: objectLabel(reached[0].object),
          es: reached.length === 1 ? "es" : "",
          features,
          binding: `${g.binding.kind} ${g.binding.namespace ? g.binding.namespace + "/" : ""}${g.binding.name}`
        }
      });
    }
  }
};

// rules/redundant-grant.ts
var redundant_grant_default = {
  meta: {
    code: "LP116",
    name: "redundant-grant",
    severity: "note",
    category: "rbac",
    description: "A binding gives a subject nothing that its other bindings do not already give.",
    securitySeverity: 1,
    tags: ["rbac", "maintainability"],
    messages: {
      redundant: "{subject} already gets everything {role} grants {scope} through {others}: this binding adds nothing. Remove it, or narrow the other grant so each binding states one need."
    },
    docs: {
      whatItDoes: "For each subject of each binding, checks whether every rule of the bound role is already allowed to that subject by its other bindings in the same scope (the binding's namespace for a RoleBinding; other ClusterRoleBindings for a ClusterRoleBinding), its groups' bindings included. Such a binding is reported as a note. Of two bindings that cover each other, the one later in the files is reported; the same binding (kind, namespace, name) written twice, as in a kustomize base and a rendered bundle, is a copy and not reported.",
      whyItMatters: 'RBAC permissions only add up, so a redundant binding changes nothing today \u2014 but it hides where a permission really comes from: removing the "real" grant later leaves the subject with it anyway, and reviews of least privilege go wrong. It is also a sign that a broad grant (a ClusterRoleBinding, a wildcard) covers what was meant to be granted narrowly.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: alice-view }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }    # redundant
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      references: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding", "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#periodic-review"]
    }
  },
  checkModel(ctx) {
    let graph = ctx.model.rbac, redundant = /* @__PURE__ */ new Set(), bindings = [...graph.bindings].reverse();
    for (let b of bindings)
      if (!(!b.role || !b.role.rules.length))
        for (let s of b.subjects) {
          let user = userOf(s.principal) ?? { name: "", groups: [s.principal.name] }, same = (o) => o.kind === b.kind && o.namespace === b.namespace && o.name === b.name, others = graph.rulesFor(user, b.namespace).filter((g) => g.binding !== b && !same(g.binding) && !redundant.has(g.binding) && (b.kind === "RoleBinding" || g.binding.kind === "ClusterRoleBinding"));
          if (!others.length || !b.role.rules.every((r2) => ruleCoveredBy(r2.rule, others))) continue;
          redundant.add(b);
          let distinct = [...new Set(others.map((o) => o.binding))], via = distinct.slice(0, 3).map((o) => `${o.kind} ${o.namespace ? o.namespace + "/" : ""}${o.name}`);
          distinct.length > 3 && via.push(`${distinct.length - 3} more`), ctx.report({
            object: b.object,
            path: ["subjects", s.index],
            messageId: "redundant",
            data: {
              subject: principalLabel(s.principal),
              role: roleLabel(b.role),
              scope: b.namespace ? `in namespace ${b.namespace}` : "cluster-wide",
              others: via.join(", ")
            }
          });
          break;
        }
  }
};

// rules/dangling-role-ref.ts
var dangling_role_ref_default = {
  meta: {
    code: "LP117",
    name: "dangling-role-ref",
    severity: "note",
    category: "rbac",
    description: "A binding refers to a role that is not in the manifests (or cannot be referenced).",
    securitySeverity: 3,
    tags: ["rbac", "correctness"],
    messages: {
      missing: "{binding} refers to {ref}, which is not defined in these manifests and is not a built-in role: as far as leastpriv can tell it grants nothing. If the role lives outside this repository, list it in the rule option `external`; otherwise fix the name.",
      invalid: "{binding} refers to {ref}: {reason}, so it grants nothing."
    },
    optionsSchema: { type: "object", properties: { external: { type: "array", items: { type: "string" } } }, additionalProperties: !1 },
    defaultOptions: { external: [] },
    docs: {
      whatItDoes: "Flags a RoleBinding or ClusterRoleBinding whose roleRef names a role that is neither in the manifests nor a built-in role (`cluster-admin`, `admin`, `edit`, `view`, the Role `kube-system/extension-apiserver-authentication-reader`, and any `system:` role, which the API server creates), and a roleRef that can never resolve (a ClusterRoleBinding to a Role, an unknown kind or apiGroup). Default severity `note`: the role may be created outside the repository (another chart, an operator).",
      whyItMatters: "A binding to a missing role grants nothing until a role of that name appears \u2014 perhaps much later, from another source, with rules nobody reviewed together with this binding. A typo in a role name silently leaves a workload without its permissions (403s at run time) and leaves leastpriv unable to answer can-i for it.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reder }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reader }
subjects:
- { kind: ServiceAccount, name: app }`,
      references: [
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding",
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go"
      ],
      notes: 'Option `external` (list of role names) names roles known to exist outside the manifests: `{ "rules": { "dangling-role-ref": { "options": { "external": ["vendor-reader"] } } } }`. Raise the severity to `warning` in repositories that hold every role.'
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let b = ctx.model.rbac.bindingOf(obj);
    if (!b || b.role || !b.roleRef) return;
    let ref = b.roleRef, label = `${obj.kind} ${b.namespace ? b.namespace + "/" : ""}${obj.name}`, refText = `${ref.kind} ${ref.kind === "Role" && b.namespace ? b.namespace + "/" : ""}${ref.name}`, reason;
    if (ref.apiGroup && ref.apiGroup !== RBAC_GROUP ? reason = `roleRef.apiGroup must be ${RBAC_GROUP}` : ref.kind !== "Role" && ref.kind !== "ClusterRole" ? reason = "roleRef.kind must be Role or ClusterRole" : ref.kind === "Role" && obj.kind === "ClusterRoleBinding" && (reason = "a ClusterRoleBinding can only refer to a ClusterRole"), reason) {
      ctx.report({ object: obj, path: ["roleRef"], messageId: "invalid", severity: "error", data: { binding: label, ref: refText, reason } });
      return;
    }
    isSystemRoleName(ref.name) || (ctx.options.external ?? []).includes(ref.name) || ctx.report({ object: obj, path: ["roleRef", "name"], messageId: "missing", data: { binding: label, ref: refText } });
  }
};

// rules/invalid-binding-subject.ts
var invalid_binding_subject_default = {
  meta: {
    code: "LP118",
    name: "invalid-binding-subject",
    severity: "error",
    category: "rbac",
    description: "A binding subject can never match anyone (unknown kind, wrong apiGroup, no name, service account without namespace).",
    securitySeverity: 3,
    tags: ["rbac", "correctness"],
    messages: {
      invalid: "Subject {index} of {binding} {problem}: it matches nobody, so the binding does not grant what it seems to.",
      noNamespace: "Subject {index} of {binding} is a ServiceAccount without a namespace: a ClusterRoleBinding has no namespace to default to, so as written it matches no service account. Set `namespace:` (kustomize sets it only when a `namespace:` transformer applies to this file)."
    },
    docs: {
      whatItDoes: "Flags each subject of a RoleBinding or ClusterRoleBinding that the RBAC authorizer can never match: a kind other than User, Group or ServiceAccount; a User or Group with an apiGroup other than `rbac.authorization.k8s.io`; a ServiceAccount with a non-empty apiGroup; a subject without a name; a ServiceAccount without a namespace in a ClusterRoleBinding (one step lower, `warning`: the kustomize namespace transformer often fills it in).",
      whyItMatters: "The authorizer compares subjects literally. A ServiceAccount subject without a namespace takes the namespace of a RoleBinding, but a ClusterRoleBinding has none, so the subject matches no service account and the workload gets 403s; the API server rejects some of these shapes and accepts others, so a manifest may apply cleanly and still grant nothing.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app, namespace: app }`,
      references: [
        "https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects"
      ]
    }
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    let b = ctx.model.rbac.bindingOf(obj);
    if (!b) return;
    let label = `${obj.kind} ${b.namespace ? b.namespace + "/" : ""}${obj.name}`;
    for (let p of b.problems) {
      if (p.problem.field === "namespace") {
        ctx.report({ object: obj, path: ["subjects", p.index], messageId: "noNamespace", severity: ctx.severity === "error" ? "warning" : "note", data: { index: p.index, binding: label } });
        continue;
      }
      ctx.report({ object: obj, path: ["subjects", p.index, p.problem.field], messageId: "invalid", data: { index: p.index, binding: label, problem: p.problem.problem } });
    }
  }
};

// rules/privileged-container.ts
function unprivileged(c) {
  let sc = [...c.path, "securityContext"], caps = c.container.securityContext?.capabilities, drop = caps?.drop;
  return {
    description: "Set `privileged: false`, drop ALL capabilities and list the ones the container needs under `add`",
    edits: [
      { path: [...sc, "privileged"], set: !1 },
      ...dropsAll(c) ? [] : Array.isArray(drop) ? [{ path: [...sc, "capabilities", "drop"], append: "ALL" }] : [{ path: [...sc, "capabilities", "drop"], set: ["ALL"] }],
      ...caps?.add === void 0 ? [{ path: [...sc, "capabilities", "add"], set: [], comment: `TODO: add back only what ${c.name} needs, e.g. NET_ADMIN, NET_RAW` }] : []
    ]
  };
}
var privileged_container_default = {
  meta: {
    code: "LP201",
    name: "privileged-container",
    severity: "error",
    category: "pod-security",
    description: "A container runs with `privileged: true`.",
    securitySeverity: 9,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      privileged: "{container} runs privileged: every capability, every host device, no seccomp or AppArmor confinement, equivalent to root on the node. Remove `privileged: true`, drop ALL capabilities and add back only the ones the container needs (e.g. NET_ADMIN, NET_RAW)."
    },
    carriesCauseOf: {
      codes: ["LP202"],
      why: "A privileged container holds every capability whatever its `drop` list says, so `capabilities-not-dropped` (LP202) is not reported for it: this finding is the one to fix, and removing `privileged: true` brings LP202 back if the container still keeps the default capabilities."
    },
    docs: {
      whatItDoes: "Flags every container, init container and ephemeral container whose `securityContext.privileged` is `true`.",
      whyItMatters: 'A privileged container gets every Linux capability and access to all host devices, and runs without the default seccomp and AppArmor confinement. The Kubernetes API reference calls it "essentially equivalent to root on the host": a compromise of the container is a compromise of the node. It is almost always replaceable by a short list of capabilities.',
      example: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: debug-agent
spec:
  selector: { matchLabels: { app: debug-agent } }
  template:
    metadata: { labels: { app: debug-agent } }
    spec:
      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            privileged: true`,
      useInstead: `          securityContext:
            privileged: false
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping`,
      references: [
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
        "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1",
        "https://man7.org/linux/man-pages/man7/capabilities.7.html"
      ]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      for (let c of containers(pod))
        c.container.securityContext?.privileged === !0 && ctx.report({
          object: obj,
          path: [...c.path, "securityContext", "privileged"],
          messageId: "privileged",
          data: { container: containerLabel(c) },
          suggestions: [unprivileged(c)],
          cause: `container:${objectKey(obj)}:${c.path.join(".")}`
        });
  }
};

// rules/capabilities-not-dropped.ts
function dropAllOffer(c) {
  let drop = c.container.securityContext?.capabilities?.drop, path = dropPath(c);
  if (Array.isArray(drop)) {
    let i = drop.findIndex((d) => typeof d == "string" && /^(cap_)?all$/i.test(d.trim()));
    return i !== -1 ? { fix: { description: `Write \`${drop[i]}\` as \`ALL\``, edits: [{ path: [...path, i], set: "ALL" }] } } : { suggestions: [{ description: "Add `ALL` to `capabilities.drop`", edits: [{ path, append: "ALL" }] }] };
  }
  return { suggestions: [{ description: "Set `capabilities.drop: [ALL]`", edits: [{ path, set: ["ALL"] }] }] };
}
var capabilities_not_dropped_default = {
  meta: {
    code: "LP202",
    name: "capabilities-not-dropped",
    severity: "warning",
    category: "pod-security",
    description: "A container does not drop ALL capabilities.",
    securitySeverity: 5.5,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      otherCase: "{container} drops `{written}`: containerd and CRI-O compare capability names without regard to case, so the container does run without capabilities, but Pod Security `restricted` requires exactly `ALL` and refuses the pod. Write `drop: [ALL]`.",
      notDropped: "{container} keeps the container runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, \u2026): add `capabilities: { drop: [ALL] }` to its securityContext and add back only what it needs."
    },
    yieldsTo: {
      codes: ["LP201"],
      why: "On a privileged container, `drop: [ALL]` changes nothing (privileged gives every capability), so this finding is folded into `privileged-container` (LP201) as a related location, not reported apart. With LP201 off it is reported as usual."
    },
    docs: {
      whatItDoes: "Flags every container, init container and ephemeral container whose `securityContext.capabilities.drop` does not contain `ALL`. Pods with `spec.os.name: windows` are skipped.",
      whyItMatters: "Without `drop: [ALL]`, a container runs with its runtime's default capability set (containerd and CRI-O grant about fourteen, including CHOWN, DAC_OVERRIDE, SETUID, SETGID and, on many runtimes, NET_RAW). Most workloads need none of them; each one is an extra step an attacker can take after a compromise. Dropping ALL and adding back the few that are needed makes the privileges explicit and reviewable. The Pod Security Standards' restricted profile requires it.",
      example: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              add: [NET_RAW]`,
      useInstead: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_RAW]   # ping`,
      references: [
        "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
        "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container",
        "https://man7.org/linux/man-pages/man7/capabilities.7.html"
      ]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      if (pod.spec.os?.name !== "windows")
        for (let c of containers(pod)) {
          if (dropsAll(c)) continue;
          let cause = `container:${objectKey(obj)}:${c.path.join(".")}`, other = dropsAllInOtherCase(c);
          other ? ctx.report({ object: obj, path: dropPath(c), messageId: "otherCase", data: { container: containerLabel(c), written: other }, cause, ...dropAllOffer(c) }) : ctx.report({ object: obj, path: dropPath(c), messageId: "notDropped", data: { container: containerLabel(c) }, cause, ...dropAllOffer(c) });
        }
  }
};

// rules/capability-outside-allowlist.ts
var capability_outside_allowlist_default = {
  meta: {
    code: "LP203",
    name: "capability-outside-allowlist",
    severity: "error",
    category: "pod-security",
    description: "A container adds a Linux capability that the allowlist does not permit.",
    securitySeverity: 7.5,
    tags: ["security", "pod-security", "capabilities"],
    messages: {
      notAllowed: "{container} adds capability {capability}, which is not in the allowlist ({allow}). Remove it, or, if the container really needs it, add it to `rules.capability-outside-allowlist.options.allow` in .leastpriv.yaml.",
      all: "{container} adds ALL capabilities: the same kernel privileges as a privileged container. Add only the capabilities it needs."
    },
    optionsSchema: {
      type: "object",
      additionalProperties: !1,
      properties: { allow: { type: "array", items: { type: "string" }, description: "Capabilities containers may add (names with or without CAP_)." } }
    },
    defaultOptions: { allow: ["NET_BIND_SERVICE", "NET_ADMIN", "NET_RAW"] },
    carriesCauseOf: {
      codes: ["LP205"],
      why: "A capability outside the allowlist is reported here only: `unjustified-privilege` (LP205) does not also ask for a reason on the same token, since a reason does not make it allowed. Once the capability is allowed (or the rule is off), LP205 asks for its reason."
    },
    docs: {
      whatItDoes: "Flags each entry of `securityContext.capabilities.add` that is not in the allowlist. The allowlist defaults to NET_BIND_SERVICE, NET_ADMIN and NET_RAW, the capabilities network tools need; `ALL` is never allowed. Names are compared without the `CAP_` prefix and case.",
      whyItMatters: 'Capabilities such as SYS_ADMIN ("the new root": mount, namespaces, BPF\u2026), SYS_PTRACE, SYS_MODULE or DAC_READ_SEARCH give a container ways out to the node. Each one added should be a deliberate, reviewed decision; the allowlist makes that decision once, in config, instead of in every pull request.',
      example: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [SYS_ADMIN]`,
      useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]   # iptables-save, conntrack`,
      references: ["https://man7.org/linux/man-pages/man7/capabilities.7.html", "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
      notes: "Options: `allow` (list of capability names). Example:\n\n```yaml\nrules:\n  capability-outside-allowlist:\n    options:\n      allow: [NET_BIND_SERVICE, NET_ADMIN, NET_RAW, SYS_PTRACE]\n```"
    }
  },
  checkObject(obj, ctx) {
    let allow = new Set(ctx.options.allow.map(normaliseCapability)), allowText = [...allow].join(", ") || "empty";
    for (let pod of podSpecs(obj))
      for (let c of containers(pod))
        for (let cap of addedCapabilities(c)) {
          let cause = `capability:${objectKey(obj)}:${cap.path.join(".")}`;
          cap.normalised === "ALL" ? ctx.report({ object: obj, path: cap.path, messageId: "all", data: { container: containerLabel(c) }, cause }) : allow.has(cap.normalised) || ctx.report({ object: obj, path: cap.path, messageId: "notAllowed", data: { container: containerLabel(c), capability: cap.name, allow: allowText }, cause });
        }
  }
};

// rules/host-pid-ipc.ts
var host_pid_ipc_default = {
  meta: {
    code: "LP204",
    name: "host-pid-ipc",
    severity: "error",
    category: "pod-security",
    description: "A pod shares the node's process (hostPID) or IPC (hostIPC) namespace.",
    securitySeverity: 8,
    tags: ["security", "pod-security", "host-namespaces"],
    messages: {
      hostPID: "{object} sets hostPID: its containers see every process on the node, can read their environment and /proc, and with ptrace can enter them. Remove `hostPID: true` unless the pod inspects host processes; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`): a plain comment does not accept it.",
      hostIPC: "{object} sets hostIPC: its containers share the node's System V IPC and POSIX shared memory with every host process. Remove `hostIPC: true`; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`)."
    },
    docs: {
      whatItDoes: "Flags pod specs with `hostPID: true` or `hostIPC: true`. hostNetwork has its own rule (unjustified-privilege), because network diagnostics often need it.",
      notes: "Unlike hostNetwork and added capabilities (unjustified-privilege), hostPID and hostIPC are not accepted by a written comment or a `justify.leastpriv.dev/` annotation: they are Pod Security baseline violations reported as errors, and a comment next to them usually describes them (`hostPID: true  # See all host processes`) rather than justifies them. The one way to accept one is a suppression that names this rule and gives the reason (`# leastpriv-ignore host-pid-ipc -- reads host /proc for per-process metrics`, or the annotation `ignore.leastpriv.dev/host-pid-ipc`), which reports list as suppressed with their justification.",
      whyItMatters: "With hostPID a container sees all node processes: their command lines and environment (often secrets), and, with CAP_SYS_PTRACE or root, the ability to attach to them or enter their namespaces (`nsenter -t 1`). hostIPC shares the node's shared memory segments. Both break the isolation between pod and node; the Pod Security Standards' baseline profile forbids them.",
      example: `    spec:
      hostPID: true
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      useInstead: `    spec:
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://man7.org/linux/man-pages/man7/pid_namespaces.7.html"]
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj))
      for (let field of ["hostPID", "hostIPC"]) {
        if (pod.spec[field] !== !0) continue;
        let path = podFieldPath(pod, field);
        ctx.report({ object: obj, path, messageId: field, data: { object: objectLabel(obj) }, suggestions: [{ description: `Set \`${field}: false\``, edits: [{ path, set: !1 }] }] });
      }
  }
};

// rules/unjustified-privilege.ts
var NO_REASON_NEEDED = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]), unjustified_privilege_default = {
  meta: {
    code: "LP205",
    name: "unjustified-privilege",
    severity: "warning",
    category: "pod-security",
    description: "hostNetwork or an added capability carries no written reason.",
    securitySeverity: 4,
    tags: ["security", "pod-security", "review"],
    messages: {
      hostNetwork: '{object} uses the node\'s network namespace (hostNetwork) with no reason written for it. Say why, as a comment on the line (`hostNetwork: true  # inspects node routes`) or as the annotation `{annotation}: "<reason>"`, or remove it.',
      capability: '{container} adds {capability} with no reason written for it. Say why, as a comment on the line (`- {capability}  # what needs it`) or as the annotation `{annotation}: "<reason>"`, or remove it.'
    },
    yieldsTo: {
      codes: ["LP203"],
      why: "An added capability that `capability-outside-allowlist` (LP203) reports is not reported again here for its missing reason: LP203 carries the root cause (the capability is not allowed at all). hostNetwork and allowed capabilities are reported here as usual."
    },
    docs: {
      whatItDoes: "Flags `hostNetwork: true` and every added capability other than NET_BIND_SERVICE that has no written reason. A reason is either a YAML comment on the same line or alone on the line just above, or an annotation on the workload or its pod template: `justify.leastpriv.dev/host-network` for hostNetwork, `justify.leastpriv.dev/cap-<name>` for a capability (`cap-net-raw`, `cap-sys-ptrace`; lower case, `_` as `-`), whose value is the reason. Reasons are listed in the report under *Justified privileges*.",
      whyItMatters: "Some privileges are legitimately needed (network diagnostics need the node's network namespace and NET_ADMIN/NET_RAW), but each one widens what a compromise can reach. A reason written next to the privilege turns it from an accident into a reviewed decision, keeps the next reviewer from removing something needed, and makes it easy to see when the reason no longer holds.",
      example: `    spec:
      hostNetwork: true
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN, NET_RAW]`,
      useInstead: `    spec:
      hostNetwork: true  # tools inspect the node's interfaces, routes and iptables
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping (ICMP raw sockets)`,
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline", "https://man7.org/linux/man-pages/man7/capabilities.7.html"],
      notes: "What counts as a reason (the same for hostNetwork and capabilities here, and for the node-access paths of `exec-into-node-access-workload`; `host-pid-ipc` takes no written reason, only a suppression): a comment on the line or alone on the line above, or the annotation, with some text. Not reasons: an empty comment or annotation value, a note of work to do (`# TODO remove`, `FIXME`, `XXX`, `HACK`, `TBD`), commented-out YAML (`# - SYS_ADMIN`, `# privileged: true`), leastpriv directives (`# leastpriv-ignore \u2026`) and test markers (`# expect: \u2026`). The capability annotation applies to every container of the pod."
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj)) {
      let annotations = podAnnotations(pod), reasonFor2 = (privilege, path) => reasonFor(annotations, privilege, () => ctx.commentFor(obj, path));
      if (pod.spec.hostNetwork === !0) {
        let path = podFieldPath(pod, "hostNetwork"), r2 = reasonFor2("host-network", path);
        r2 ? ctx.justified({ object: obj, path, privilege: "hostNetwork", ...r2 }) : ctx.report({ object: obj, path, messageId: "hostNetwork", data: { object: objectLabel(obj), annotation: justifyKey("host-network") } });
      }
      for (let c of containers(pod))
        for (let cap of addedCapabilities(c)) {
          if (NO_REASON_NEEDED.has(cap.normalised)) continue;
          let r2 = reasonFor2(`cap-${cap.normalised}`, cap.path);
          r2 ? ctx.justified({ object: obj, path: cap.path, privilege: `${cap.normalised} (${c.name})`, ...r2 }) : ctx.report({
            object: obj,
            path: cap.path,
            messageId: "capability",
            data: { container: containerLabel(c), capability: cap.name, annotation: justifyKey(`cap-${cap.normalised}`) },
            cause: `capability:${objectKey(obj)}:${cap.path.join(".")}`
          });
        }
    }
  }
};

// src/pss/checks/helpers.ts
var subjectOf = (c) => containerLabel(c), podSubject = (pod) => podLabel(pod), isWindows = (pod) => pod.spec.os?.name === "windows", inUserNamespace = (pod) => pod.spec.hostUsers === !1, quote = (s) => JSON.stringify(s);

// src/pss/checks/host.ts
var hostNamespaces = {
  id: "hostNamespaces",
  level: "baseline",
  source: "check_hostNamespaces.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => ["hostNetwork", "hostPID", "hostIPC"].flatMap(
        (f) => pod.spec[f] === !0 ? [{ path: podFieldPath(pod, f), subject: podSubject(pod), detail: `sets ${f}: true` }] : []
      )
    }
  ]
}, hostPathVolumes = {
  id: "hostPathVolumes",
  level: "baseline",
  source: "check_hostPathVolumes.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => volumes(pod).flatMap(
        (v) => v.volume.hostPath !== void 0 && v.volume.hostPath !== null ? [{ path: [...v.path, "hostPath"], subject: podSubject(pod), detail: `mounts hostPath volume ${quote(v.volume.name)}` }] : []
      )
    }
  ]
}, hostPorts = {
  id: "hostPorts",
  level: "baseline",
  source: "check_hostPorts.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap((c) => {
        let ports = c.container.ports;
        return Array.isArray(ports) ? ports.flatMap(
          (p, i) => p && typeof p.hostPort == "number" && p.hostPort !== 0 ? [{ path: [...c.path, "ports", i, "hostPort"], subject: subjectOf(c), detail: `sets hostPort ${p.hostPort}` }] : []
        ) : [];
      })
    }
  ]
}, PROBES = ["livenessProbe", "readinessProbe", "startupProbe"], HOOKS = ["postStart", "preStop"];
function handlerHosts(h, path) {
  if (!h || typeof h != "object") return [];
  let out = [];
  for (let action of ["httpGet", "tcpSocket"]) {
    let host = h[action]?.host;
    typeof host == "string" && host !== "" && out.push({ host, path: [...path, action, "host"] });
  }
  return out;
}
var hostProbesAndHostLifecycle = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  source: "check_hostProbesAndhostLifecycle.go",
  versions: [
    {
      minMinor: 34,
      check: (pod) => containers(pod).flatMap((c) => {
        let hits = PROBES.flatMap((p) => handlerHosts(c.container[p], [...c.path, p])), lc = c.container.lifecycle;
        if (lc && typeof lc == "object") for (let h of HOOKS) hits.push(...handlerHosts(lc[h], [...c.path, "lifecycle", h]));
        return hits.map((h) => ({ path: h.path, subject: subjectOf(c), detail: `sends a probe or lifecycle hook to host ${quote(h.host)}` }));
      })
    }
  ]
};
function hostProcessAt(pod) {
  let out = [];
  pod.spec.securityContext?.windowsOptions?.hostProcess === !0 && out.push({ path: [...podFieldPath(pod, "securityContext"), "windowsOptions", "hostProcess"], subject: podSubject(pod), detail: "sets windowsOptions.hostProcess: true" });
  for (let c of containers(pod))
    c.container.securityContext?.windowsOptions?.hostProcess === !0 && out.push({ path: [...c.path, "securityContext", "windowsOptions", "hostProcess"], subject: subjectOf(c), detail: "sets windowsOptions.hostProcess: true" });
  return out;
}
var windowsHostProcess = {
  id: "windowsHostProcess",
  level: "baseline",
  source: "check_windowsHostProcess.go",
  versions: [{ minMinor: 0, check: hostProcessAt }]
};

// src/pss/checks/privilege.ts
var privileged = {
  id: "privileged",
  level: "baseline",
  source: "check_privileged.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap(
        (c) => c.container.securityContext?.privileged === !0 ? [{ path: [...c.path, "securityContext", "privileged"], subject: subjectOf(c), detail: "sets privileged: true" }] : []
      )
    }
  ]
};
function escalationFix(sc) {
  if (sc?.privileged === !0)
    return "Remove `privileged: true` first (the API server rejects `allowPrivilegeEscalation: false` together with it), add back only the capabilities the container needs, then set `allowPrivilegeEscalation: false`.";
  if (Array.isArray(sc?.capabilities?.add) && sc.capabilities.add.includes("CAP_SYS_ADMIN"))
    return "Remove `CAP_SYS_ADMIN` from `capabilities.add` first (the API server rejects `allowPrivilegeEscalation: false` together with it), then set `allowPrivilegeEscalation: false`.";
}
var escalation_1_8 = (pod) => containers(pod).flatMap((c) => {
  let v = c.container.securityContext?.allowPrivilegeEscalation;
  if (v === !1) return [];
  let fix = escalationFix(c.container.securityContext);
  return [
    {
      path: [...c.path, "securityContext", "allowPrivilegeEscalation"],
      subject: subjectOf(c),
      detail: v === !0 ? "sets allowPrivilegeEscalation: true" : "does not set allowPrivilegeEscalation: false",
      ...fix ? { fix } : {}
    }
  ];
}), allowPrivilegeEscalation = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  source: "check_allowPrivilegeEscalation.go",
  versions: [
    { minMinor: 8, check: escalation_1_8 },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : escalation_1_8(pod) }
  ]
};

// src/pss/checks/capabilities.ts
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]), capabilitiesBaseline = {
  id: "capabilities_baseline",
  level: "baseline",
  source: "check_capabilities_baseline.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => containers(pod).flatMap((c) => {
        let add = c.container.securityContext?.capabilities?.add;
        return Array.isArray(add) ? add.flatMap(
          (cap, i) => typeof cap == "string" && !BASELINE_CAPABILITIES.has(cap) ? [{ path: [...c.path, "securityContext", "capabilities", "add", i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` }] : []
        ) : [];
      })
    }
  ]
}, restricted_1_22 = (pod) => containers(pod).flatMap((c) => {
  let out = [], caps = c.container.securityContext?.capabilities, drop = caps?.drop;
  (!Array.isArray(drop) || !drop.some((d) => d === "ALL")) && out.push({ path: [...c.path, "securityContext", "capabilities", "drop"], subject: subjectOf(c), detail: "does not drop ALL capabilities" });
  let add = caps?.add;
  return Array.isArray(add) && add.forEach((cap, i) => {
    cap !== "NET_BIND_SERVICE" && out.push({ path: [...c.path, "securityContext", "capabilities", "add", i], subject: subjectOf(c), detail: `adds capability ${quote(cap)}` });
  }), out;
}), capabilitiesRestricted = {
  id: "capabilities_restricted",
  level: "restricted",
  source: "check_capabilities_restricted.go",
  versions: [
    { minMinor: 22, check: restricted_1_22, overrides: ["capabilities_baseline"] },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : restricted_1_22(pod), overrides: ["capabilities_baseline"] }
  ]
};

// src/pss/checks/confinement.ts
var APPARMOR_PREFIX = "container.apparmor.security.beta.kubernetes.io/", okAppArmorAnnotation = (v) => v === "" || v === "runtime/default" || typeof v == "string" && v.startsWith("localhost/"), okAppArmorType = (t) => t === "RuntimeDefault" || t === "Localhost", appArmorProfile = {
  id: "appArmorProfile",
  level: "baseline",
  source: "check_appArmorProfile.go",
  versions: [
    {
      minMinor: 0,
      check: (pod) => {
        let out = [], psc = pod.spec.securityContext?.appArmorProfile;
        psc && typeof psc == "object" && !okAppArmorType(psc.type) && out.push({ path: [...podFieldPath(pod, "securityContext"), "appArmorProfile", "type"], subject: podSubject(pod), detail: `sets appArmorProfile.type ${quote(psc.type ?? "")}` });
        for (let c of containers(pod)) {
          let p = c.container.securityContext?.appArmorProfile;
          p && typeof p == "object" && !okAppArmorType(p.type) && out.push({ path: [...c.path, "securityContext", "appArmorProfile", "type"], subject: subjectOf(c), detail: `sets appArmorProfile.type ${quote(p.type ?? "")}` });
        }
        for (let [k, v] of Object.entries(podOwnAnnotations(pod)))
          k.startsWith(APPARMOR_PREFIX) && !okAppArmorAnnotation(v) && out.push({ path: [...pod.metadataPath ?? [], "annotations", k], subject: podSubject(pod), detail: `sets annotation ${k}=${quote(v)}` });
        return out;
      }
    }
  ]
}, SELINUX_TYPES_1_0 = ["", "container_t", "container_init_t", "container_kvm_t"], SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, "container_engine_t"];
function seLinux(allowed) {
  let ok = new Set(allowed);
  return (pod) => {
    let out = [], checkOpts = (o, path, subject) => {
      if (!o || typeof o != "object") return;
      let opts = o, type = typeof opts.type == "string" ? opts.type : "";
      ok.has(type) || out.push({ path: [...path, "type"], subject, detail: `sets seLinuxOptions.type ${quote(type)}` });
      for (let f of ["user", "role"])
        typeof opts[f] == "string" && opts[f] !== "" && out.push({ path: [...path, f], subject, detail: `sets seLinuxOptions.${f} ${quote(opts[f])}` });
    };
    checkOpts(pod.spec.securityContext?.seLinuxOptions, [...podFieldPath(pod, "securityContext"), "seLinuxOptions"], podSubject(pod));
    for (let c of containers(pod)) checkOpts(c.container.securityContext?.seLinuxOptions, [...c.path, "securityContext", "seLinuxOptions"], subjectOf(c));
    return out;
  };
}
var seLinuxOptions = {
  id: "seLinuxOptions",
  level: "baseline",
  source: "check_seLinuxOptions.go",
  versions: [
    { minMinor: 0, check: seLinux(SELINUX_TYPES_1_0) },
    { minMinor: 31, check: seLinux(SELINUX_TYPES_1_31) }
  ]
}, POD_SECCOMP_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod", CONTAINER_SECCOMP_PREFIX = "container.seccomp.security.alpha.kubernetes.io/", okSeccompAnnotation = (v) => v === "runtime/default" || v === "docker/default" || typeof v == "string" && v.startsWith("localhost/"), okSeccompType = (t) => t === "RuntimeDefault" || t === "Localhost", seccompAnnotations_1_0 = (pod) => {
  let out = [], ann = podOwnAnnotations(pod), at2 = (k) => [...pod.metadataPath ?? [], "annotations", k];
  POD_SECCOMP_ANNOTATION in ann && !okSeccompAnnotation(ann[POD_SECCOMP_ANNOTATION]) && out.push({ path: at2(POD_SECCOMP_ANNOTATION), subject: podSubject(pod), detail: `sets annotation ${POD_SECCOMP_ANNOTATION}=${quote(ann[POD_SECCOMP_ANNOTATION])}` });
  for (let c of containers(pod)) {
    let k = CONTAINER_SECCOMP_PREFIX + c.name;
    k in ann && !okSeccompAnnotation(ann[k]) && out.push({ path: at2(k), subject: subjectOf(c), detail: `has annotation ${k}=${quote(ann[k])}` });
  }
  return out;
}, seccompFields_1_19 = (pod) => {
  let out = [], psp = pod.spec.securityContext?.seccompProfile;
  psp && typeof psp == "object" && !okSeccompType(psp.type) && out.push({ path: [...podFieldPath(pod, "securityContext"), "seccompProfile", "type"], subject: podSubject(pod), detail: `sets seccompProfile.type ${quote(psp.type ?? "")}` });
  for (let c of containers(pod)) {
    let p = c.container.securityContext?.seccompProfile;
    p && typeof p == "object" && !okSeccompType(p.type) && out.push({ path: [...c.path, "securityContext", "seccompProfile", "type"], subject: subjectOf(c), detail: `sets seccompProfile.type ${quote(p.type ?? "")}` });
  }
  return out;
}, seccompProfileBaseline = {
  id: "seccompProfile_baseline",
  level: "baseline",
  source: "check_seccompProfile_baseline.go",
  versions: [
    { minMinor: 0, check: seccompAnnotations_1_0 },
    { minMinor: 19, check: seccompFields_1_19 }
  ]
}, seccompRestricted_1_19 = (pod) => {
  let out = seccompFields_1_19(pod), psp = pod.spec.securityContext?.seccompProfile;
  if (!(!!psp && typeof psp == "object" && okSeccompType(psp.type)))
    for (let c of containers(pod)) {
      let p = c.container.securityContext?.seccompProfile;
      (!p || typeof p != "object") && out.push({ path: [...c.path, "securityContext", "seccompProfile"], subject: subjectOf(c), detail: "sets no seccompProfile (and the pod sets none): it runs Unconfined" });
    }
  return out;
}, seccompProfileRestricted = {
  id: "seccompProfile_restricted",
  level: "restricted",
  source: "check_seccompProfile_restricted.go",
  versions: [
    { minMinor: 19, check: seccompRestricted_1_19, overrides: ["seccompProfile_baseline"] },
    { minMinor: 25, check: (pod) => isWindows(pod) ? [] : seccompRestricted_1_19(pod), overrides: ["seccompProfile_baseline"] }
  ]
};

// src/pss/checks/kernel.ts
var procMount_1_0 = (pod) => containers(pod).flatMap((c) => {
  let pm = c.container.securityContext?.procMount;
  return pm == null || pm === "Default" ? [] : [{ path: [...c.path, "securityContext", "procMount"], subject: subjectOf(c), detail: `sets procMount ${quote(pm)}` }];
}), procMount = {
  id: "procMount",
  level: "baseline",
  source: "check_procMount_baseline.go",
  versions: [
    { minMinor: 0, check: procMount_1_0 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : procMount_1_0(pod) }
  ]
}, procMountRestricted = {
  id: "procMount_restricted",
  level: "restricted",
  source: "check_procMount_restricted.go",
  versions: [{ minMinor: 35, check: procMount_1_0, overrides: ["procMount"] }]
}, SAFE_SYSCTLS = [
  { minMinor: 0, names: ["kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start"] },
  { minMinor: 27, names: ["net.ipv4.ip_local_reserved_ports"] },
  { minMinor: 29, names: ["net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"] },
  { minMinor: 32, names: ["net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"] },
  // sysctlsAllowedV1Dot37 (kubernetes PR #138389, milestone v1.37).
  { minMinor: 37, names: ["net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"] }
];
function sysctlsUpTo(minMinor) {
  let ok = new Set(SAFE_SYSCTLS.filter((s) => s.minMinor <= minMinor).flatMap((s) => s.names));
  return (pod) => {
    let list = pod.spec.securityContext?.sysctls;
    return Array.isArray(list) ? list.flatMap(
      (s, i) => s && typeof s.name == "string" && !ok.has(s.name) ? [{ path: [...podFieldPath(pod, "securityContext"), "sysctls", i, "name"], subject: podSubject(pod), detail: `sets sysctl ${quote(s.name)}` }] : []
    ) : [];
  };
}
var sysctls = {
  id: "sysctls",
  level: "baseline",
  source: "check_sysctls.go",
  versions: SAFE_SYSCTLS.map((s) => ({ minMinor: s.minMinor, check: sysctlsUpTo(s.minMinor) }))
};

// src/pss/checks/volumes.ts
var VOLUME_TYPES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
], ALLOWED_VOLUME_TYPES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"]), restrictedVolumes = {
  id: "restrictedVolumes",
  level: "restricted",
  source: "check_restrictedVolumes.go",
  versions: [
    {
      minMinor: 0,
      overrides: ["hostPathVolumes"],
      check: (pod) => volumes(pod).flatMap((v) => {
        let type = VOLUME_TYPES.find((t) => v.volume[t] !== void 0 && v.volume[t] !== null);
        return type && !ALLOWED_VOLUME_TYPES.has(type) ? [{ path: [...v.path, type], subject: podSubject(pod), detail: `mounts volume ${quote(v.volume.name)} of type ${type}` }] : [];
      })
    }
  ]
};

// src/pss/checks/users.ts
var runAsNonRoot_1_0 = (pod) => {
  let out = [], podValue = pod.spec.securityContext?.runAsNonRoot;
  podValue === !1 && out.push({ path: [...podFieldPath(pod, "securityContext"), "runAsNonRoot"], subject: podSubject(pod), detail: "sets runAsNonRoot: false" });
  for (let c of containers(pod)) {
    let v = c.container.securityContext?.runAsNonRoot, path = [...c.path, "securityContext", "runAsNonRoot"];
    v === !1 ? out.push({ path, subject: subjectOf(c), detail: "sets runAsNonRoot: false" }) : v !== !0 && podValue !== !0 && out.push({ path, subject: subjectOf(c), detail: "does not set runAsNonRoot: true (nor does the pod)" });
  }
  return out;
}, runAsNonRoot = {
  id: "runAsNonRoot",
  level: "restricted",
  source: "check_runAsNonRoot.go",
  versions: [
    { minMinor: 0, check: runAsNonRoot_1_0 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : runAsNonRoot_1_0(pod) }
  ]
}, runAsUser_1_23 = (pod) => {
  let out = [];
  pod.spec.securityContext?.runAsUser === 0 && out.push({ path: [...podFieldPath(pod, "securityContext"), "runAsUser"], subject: podSubject(pod), detail: "sets runAsUser: 0" });
  for (let c of containers(pod))
    c.container.securityContext?.runAsUser === 0 && out.push({ path: [...c.path, "securityContext", "runAsUser"], subject: subjectOf(c), detail: "sets runAsUser: 0" });
  return out;
}, runAsUser = {
  id: "runAsUser",
  level: "restricted",
  source: "check_runAsUser.go",
  versions: [
    { minMinor: 23, check: runAsUser_1_23 },
    { minMinor: 35, check: (pod) => inUserNamespace(pod) ? [] : runAsUser_1_23(pod) }
  ]
};

// src/pss/registry.ts
var CHECKS = [
  windowsHostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  appArmorProfile,
  seLinuxOptions,
  procMount,
  seccompProfileBaseline,
  sysctls,
  restrictedVolumes,
  allowPrivilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
  capabilitiesRestricted,
  procMountRestricted
], byId = new Map(CHECKS.map((c) => [c.id, c])), pssCheck = (id) => byId.get(id);
function revisionAt(check, v) {
  let hit;
  for (let r2 of check.versions) r2.minMinor <= v.minor && (hit = r2);
  return hit;
}
function applicability(id, level, version) {
  let check = byId.get(id);
  if (!check) throw new Error(`unknown Pod Security Standards check '${id}'`);
  if (check.level === "restricted" && level === "baseline") return { applies: !1, why: "level" };
  let revision = revisionAt(check, version);
  if (!revision) return { applies: !1, why: "version" };
  if (level === "restricted" && check.level === "baseline") {
    for (let other of CHECKS)
      if (other.level === "restricted" && revisionAt(other, version)?.overrides?.includes(id))
        return { applies: !1, why: "overridden", by: other.id };
  }
  return { applies: !0, revision };
}

// src/pss/rule.ts
var PSS_URL = "https://kubernetes.io/docs/concepts/security/pod-security-standards/", PSA_SOURCE = "https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/";
function versionNotes(control, changes) {
  let check = pssCheck(control), since = check.versions.map((v) => `v1.${v.minMinor}`).join(", ");
  return [
    `PSA check \`${control}\` (${check.level}), derived from [\`${check.source}\`](${PSA_SOURCE}${check.source}); revisions from policy ${since}.`,
    changes ? `

Version changes: ${changes}` : "",
    "\n\nOptions: `level` (`baseline` or `restricted`), set by the profile. Under `--profile pss-baseline` / `pss-restricted` the rule is an error and follows `--kube-version` (config `kubeVersion`)."
  ].join("");
}
function definePssRule(spec) {
  let check = pssCheck(spec.control);
  if (!check) throw new Error(`unknown PSA check ${spec.control}`);
  return {
    meta: {
      code: spec.code,
      name: spec.name,
      control: spec.control,
      severity: "error",
      category: "pod-security",
      description: spec.description,
      securitySeverity: spec.securitySeverity,
      tags: ["security", "pod-security", "pss", ...spec.tags],
      messages: {
        violation: `{subject} {detail}: the Pod Security Standards {level} level forbids it (PSA check ${spec.control}, policy {version}). {fix}`
      },
      optionsSchema: {
        type: "object",
        additionalProperties: !1,
        properties: { level: { enum: ["baseline", "restricted"], description: "Pod Security Standards level to evaluate at." } }
      },
      defaultOptions: { level: check.level },
      docs: {
        ...spec.docs,
        references: [PSS_URL, `${PSA_SOURCE}${check.source}`, ...spec.docs.references ?? []],
        notes: versionNotes(spec.control, spec.changes) + (spec.docs.notes ? `

${spec.docs.notes}` : "")
      }
    },
    checkObject(obj, ctx) {
      let version = effectiveVersion(ctx.kubeVersion), a = applicability(spec.control, ctx.options.level, version);
      if (!a.applies) return;
      let byPath = /* @__PURE__ */ new Map();
      for (let pod of podSpecs(obj))
        for (let v of a.revision.check(pod)) {
          let key = v.path.join("\0"), hit = byPath.get(key);
          hit ? hit.pods.push(pod.path.join(".")) : byPath.set(key, { v, pods: [pod.path.join(".")], inferred: !!pod.inferred });
        }
      for (let { v, pods, inferred } of byPath.values())
        ctx.report({
          object: obj,
          path: v.path,
          messageId: "violation",
          data: {
            subject: pods.length > 1 ? `${objectLabel(obj)} (for its ${pods.length} pods ${pods.join(", ")})` : v.subject,
            detail: v.detail,
            fix: v.fix ?? spec.fix,
            level: ctx.options.level,
            version: formatVersion(version),
            control: spec.control,
            pod: pods.join(","),
            ...inferred ? { inferred: "true" } : {}
          },
          ...spec.suggest ? { suggestions: [{ description: spec.suggest.description, edits: [{ path: v.path, set: spec.suggest.value }] }] } : {}
        });
    }
  };
}

// rules/pss-windows-host-process.ts
var pss_windows_host_process_default = definePssRule({
  code: "LP301",
  name: "pss-windows-host-process",
  control: "windowsHostProcess",
  description: "A Windows pod or container runs as a HostProcess container (PSS baseline).",
  securitySeverity: 9,
  tags: ["windows"],
  fix: "Remove `windowsOptions.hostProcess: true`; run the workload as a normal Windows container.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.windowsOptions.hostProcess: true` on the pod or on any container, init container or ephemeral container.",
    whyItMatters: "A Windows HostProcess container runs directly on the node, with the node's network and file system and as a node account: it is the Windows equivalent of a privileged container. Pod Security Admission rejects it at the baseline level.",
    example: `spec:
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  hostNetwork: true`,
    useInstead: `spec:
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser`,
    references: []
  }
});

// rules/pss-host-namespaces.ts
var pss_host_namespaces_default = definePssRule({
  code: "LP302",
  name: "pss-host-namespaces",
  control: "hostNamespaces",
  description: "A pod shares the node's network, process or IPC namespace (PSS baseline).",
  securitySeverity: 8,
  tags: ["host-namespaces"],
  fix: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false).",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `hostNetwork: true`, `hostPID: true` and `hostIPC: true` on the pod spec. Off under the `leastpriv` profile, where host-pid-ipc (LP204) and unjustified-privilege (LP205, hostNetwork with a written reason) decide instead.",
    whyItMatters: "Sharing a host namespace removes the isolation between the pod and the node: with hostNetwork the pod sees and binds the node's interfaces and reaches node-local services; with hostPID it sees every process on the node; with hostIPC it shares the node's shared memory.",
    example: `spec:
  hostNetwork: true
  hostPID: true`,
    useInstead: `spec:
  containers:
    - name: app
      image: registry.example/app:1.0`,
    references: []
  }
});

// rules/pss-privileged-container.ts
var pss_privileged_container_default = definePssRule({
  code: "LP303",
  name: "pss-privileged-container",
  control: "privileged",
  description: "A container runs privileged (PSS baseline).",
  securitySeverity: 9,
  tags: ["capabilities"],
  fix: "Remove `privileged: true`; drop ALL capabilities and add back only those needed.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.privileged: true` on any container, init container or ephemeral container. Off under the `leastpriv` profile, where privileged-container (LP201) reports the same line.",
    whyItMatters: "A privileged container gets every capability and every host device, with no seccomp or AppArmor confinement: it is root on the node.",
    example: `      containers:
        - name: agent
          securityContext:
            privileged: true`,
    useInstead: `      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]`,
    references: []
  }
});

// rules/pss-capability-beyond-baseline.ts
var pss_capability_beyond_baseline_default = definePssRule({
  code: "LP304",
  name: "pss-capability-beyond-baseline",
  control: "capabilities_baseline",
  description: "A container adds a capability outside the PSS baseline set.",
  securitySeverity: 7.5,
  tags: ["capabilities"],
  fix: "Remove the capability, or keep to AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `capabilities_restricted` from v1.22.",
  docs: {
    whatItDoes: "Flags each `securityContext.capabilities.add` entry not in the baseline set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Names are compared exactly as PSA does: `CAP_CHROOT` or `net_raw` are not in the set. At the restricted level from v1.22 this check is replaced by pss-capabilities-not-minimal. Off under the `leastpriv` profile, where capability-outside-allowlist (LP203) and unjustified-privilege (LP205) decide.",
    whyItMatters: "Capabilities beyond the container runtimes' defaults (NET_RAW, NET_ADMIN, SYS_ADMIN, SYS_PTRACE, \u2026) give a container ways to reach the node or other pods. Baseline allows only the historical default set, without NET_RAW.",
    example: `          securityContext:
            capabilities:
              add: [NET_ADMIN, SYS_TIME]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: []
  }
});

// rules/pss-host-path-volume.ts
var pss_host_path_volume_default = definePssRule({
  code: "LP305",
  name: "pss-host-path-volume",
  control: "hostPathVolumes",
  description: "A pod mounts a hostPath volume (PSS baseline).",
  securitySeverity: 8,
  tags: ["volumes"],
  fix: "Use a persistentVolumeClaim, configMap, secret, emptyDir or CSI volume instead of hostPath.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `restrictedVolumes`.",
  docs: {
    whatItDoes: "Flags every volume with a `hostPath` source. At the restricted level this check is replaced by pss-restricted-volume-type, which forbids hostPath too.",
    whyItMatters: "A hostPath volume exposes the node's file system to the container: writable paths such as /var/run/docker.sock, /etc or /var/lib/kubelet are a direct route to the node.",
    example: `      volumes:
        - name: docker
          hostPath:
            path: /var/run/docker.sock`,
    useInstead: `      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data`,
    references: []
  }
});

// rules/pss-host-port.ts
var pss_host_port_default = definePssRule({
  code: "LP306",
  name: "pss-host-port",
  control: "hostPorts",
  description: "A container binds a port on the node (hostPort) (PSS baseline).",
  securitySeverity: 6,
  tags: ["network"],
  fix: "Remove `hostPort` and expose the port through a Service.",
  changes: "none (one revision since v1.0). With `hostNetwork: true` the API server defaults hostPort to containerPort; the pod already fails pss-host-namespaces then, so this rule does not report the defaulted value.",
  docs: {
    whatItDoes: "Flags every `ports[].hostPort` other than 0 on containers, init containers and ephemeral containers.",
    whyItMatters: "A hostPort binds the node's own address, bypassing network policies that select pods, and ties the pod to nodes where the port is free.",
    example: `          ports:
            - containerPort: 8080
              hostPort: 80`,
    useInstead: `          ports:
            - containerPort: 8080`,
    references: []
  }
});

// rules/pss-probe-host.ts
var pss_probe_host_default = definePssRule({
  code: "LP307",
  name: "pss-probe-host",
  control: "hostProbesAndHostLifecycle",
  description: "A probe or lifecycle hook targets another host (PSS baseline, v1.34+).",
  securitySeverity: 5,
  tags: ["network"],
  fix: "Remove the `host` field: probes and hooks then target the pod's own IP.",
  changes: "new in v1.34 (no effect at earlier policy versions).",
  docs: {
    whatItDoes: "Flags a non-empty `host` in `httpGet` or `tcpSocket` of liveness, readiness and startup probes and of postStart/preStop hooks, in every container. Applies from policy v1.34.",
    whyItMatters: "The kubelet runs probes and hooks from the node. A `host` field makes it connect anywhere the node can reach \u2014 node-local services, cloud metadata endpoints, other tenants \u2014 on the pod author's behalf (KEP-4940).",
    example: `          livenessProbe:
            httpGet:
              host: 169.254.169.254
              path: /latest/meta-data
              port: 80`,
    useInstead: `          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080`,
    references: ["https://www.kubernetes.dev/resources/keps/4940/"]
  }
});

// rules/pss-apparmor-unconfined.ts
var pss_apparmor_unconfined_default = definePssRule({
  code: "LP308",
  name: "pss-apparmor-unconfined",
  control: "appArmorProfile",
  description: "A pod or container disables or overrides the default AppArmor profile (PSS baseline).",
  securitySeverity: 6,
  tags: ["apparmor"],
  fix: "Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile), or leave it unset.",
  changes: "one revision (v1.0); the field check was added to it in Kubernetes 1.30, so fields and annotations are checked at every policy version.",
  docs: {
    whatItDoes: "Flags `securityContext.appArmorProfile.type` other than RuntimeDefault or Localhost on the pod or any container, and annotations `container.apparmor.security.beta.kubernetes.io/*` whose value is not empty, `runtime/default` or `localhost/\u2026` on the pod (a workload's pod template).",
    whyItMatters: "AppArmor confines what a container's processes may do with files, mounts and signals; `Unconfined` removes that layer.",
    example: `          securityContext:
            appArmorProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            appArmorProfile:
              type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-selinux-custom-options.ts
var pss_selinux_custom_options_default = definePssRule({
  code: "LP309",
  name: "pss-selinux-custom-options",
  control: "seLinuxOptions",
  description: "A pod or container sets a custom SELinux type, user or role (PSS baseline).",
  securitySeverity: 6,
  tags: ["selinux"],
  fix: "Remove `seLinuxOptions.user`/`role`, and use a container type (container_t, container_init_t, container_kvm_t, container_engine_t) or none.",
  changes: "v1.31 adds container_engine_t to the allowed types.",
  docs: {
    whatItDoes: 'Flags `seLinuxOptions.type` outside "", container_t, container_init_t, container_kvm_t (plus container_engine_t from v1.31), and any non-empty `seLinuxOptions.user` or `role`, on the pod and on every container.',
    whyItMatters: "A custom SELinux type, user or role can lift the container out of the confined container domain (for example `spc_t`, super-privileged container).",
    example: `          securityContext:
            seLinuxOptions:
              type: spc_t`,
    useInstead: `          securityContext:
            seLinuxOptions:
              level: "s0:c123,c456"`,
    references: []
  }
});

// rules/pss-proc-mount-unmasked.ts
var pss_proc_mount_unmasked_default = definePssRule({
  code: "LP310",
  name: "pss-proc-mount-unmasked",
  control: "procMount",
  description: "A container unmasks /proc (procMount other than Default) (PSS baseline).",
  securitySeverity: 6,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default); from v1.35 baseline allows it for pods with `hostUsers: false`.",
  changes: "v1.35: any value allowed when `hostUsers: false` (before 1.35 this relaxation needed the default-off alpha UserNamespacesPodSecurityStandards gate, and is not applied).",
  docs: {
    whatItDoes: "Flags `securityContext.procMount` other than Default on any container. From policy v1.35, pods in a user namespace (`hostUsers: false`) are exempt at the baseline level. At the restricted level from v1.35 this check is replaced by pss-proc-mount-unmasked-restricted.",
    whyItMatters: "The default /proc mount masks and makes read-only the kernel paths (/proc/sys, /proc/kcore, \u2026) that let a process reconfigure or read the node's kernel.",
    example: `          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-seccomp-unconfined.ts
var pss_seccomp_unconfined_default = definePssRule({
  code: "LP311",
  name: "pss-seccomp-unconfined",
  control: "seccompProfile_baseline",
  description: "A pod or container explicitly disables seccomp (PSS baseline).",
  securitySeverity: 6,
  tags: ["seccomp"],
  fix: "Set `seccompProfile.type: RuntimeDefault` (or Localhost), or leave it unset.",
  changes: "v1.0: annotations; v1.19: the seccompProfile fields (annotations are no longer checked).",
  docs: {
    whatItDoes: "From policy v1.19: flags `securityContext.seccompProfile.type` other than RuntimeDefault or Localhost on the pod or any container. Before v1.19: flags the alpha annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<container>` with values other than runtime/default, docker/default or localhost/\u2026. At the restricted level from v1.19 this check is replaced by pss-seccomp-profile-unset.",
    whyItMatters: "seccomp limits the system calls a container can make; Unconfined exposes the whole kernel syscall surface to a compromised process.",
    example: `          securityContext:
            seccompProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            seccompProfile:
              type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-unsafe-sysctl.ts
var pss_unsafe_sysctl_default = definePssRule({
  code: "LP312",
  name: "pss-unsafe-sysctl",
  control: "sysctls",
  description: "A pod sets a sysctl outside the safe set (PSS baseline).",
  securitySeverity: 6,
  tags: ["sysctl"],
  fix: "Remove the sysctl, or keep to the safe set of the target Kubernetes version.",
  changes: "the safe set grows at v1.27, v1.29 and v1.32.",
  docs: {
    whatItDoes: "Flags `spec.securityContext.sysctls[].name` outside the safe set: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start; plus net.ipv4.ip_local_reserved_ports (v1.27); net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes (v1.29); net.ipv4.tcp_rmem, tcp_wmem (v1.32).",
    whyItMatters: "Sysctls outside the safe set are not namespaced, or not isolated between pods: setting them changes the node for everyone, or disables kernel protections.",
    example: `  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"`,
    useInstead: `  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65000"`,
    references: []
  }
});

// rules/pss-restricted-volume-type.ts
var pss_restricted_volume_type_default = definePssRule({
  code: "LP313",
  name: "pss-restricted-volume-type",
  control: "restrictedVolumes",
  description: "A pod uses a volume type outside the PSS restricted set.",
  securitySeverity: 6,
  tags: ["volumes"],
  fix: "Use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.",
  changes: "one revision (v1.0); the image volume type was added to it in Kubernetes 1.33, so it is allowed at every policy version.",
  docs: {
    whatItDoes: "Flags every volume whose source is not configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret (hostPath, nfs, iscsi, gitRepo, \u2026). A volume naming no source is defaulted to emptyDir by the API server and passes.",
    whyItMatters: "Restricted pods may only use volume types whose access is mediated by PersistentVolumes, CSI drivers or the API server; in-tree network and host volumes let a pod reach storage and hosts directly.",
    example: `      volumes:
        - name: shared
          nfs:
            server: nfs.example
            path: /exports`,
    useInstead: `      volumes:
        - name: shared
          persistentVolumeClaim:
            claimName: shared`,
    references: []
  }
});

// rules/pss-privilege-escalation-allowed.ts
var pss_privilege_escalation_allowed_default = definePssRule({
  code: "LP314",
  name: "pss-privilege-escalation-allowed",
  control: "allowPrivilegeEscalation",
  description: "A container does not set allowPrivilegeEscalation: false (PSS restricted).",
  securitySeverity: 6,
  tags: ["privilege-escalation"],
  fix: "Set `securityContext.allowPrivilegeEscalation: false`.",
  // The engine drops this suggestion where the API server would reject it (privileged, CAP_SYS_ADMIN).
  suggest: { description: "Set `allowPrivilegeEscalation: false`", value: !1 },
  changes: "v1.8: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "Flags every container, init container and ephemeral container that does not explicitly set `securityContext.allowPrivilegeEscalation: false`. From policy v1.25, pods with `spec.os.name: windows` are exempt.",
    whyItMatters: "Without no_new_privs a process can gain privileges through setuid binaries or file capabilities, for example becoming root inside the container.",
    example: `          securityContext:
            runAsNonRoot: true`,
    useInstead: `          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false`,
    references: []
  }
});

// rules/pss-root-not-prevented.ts
var pss_root_not_prevented_default = definePssRule({
  code: "LP315",
  name: "pss-root-not-prevented",
  control: "runAsNonRoot",
  description: "A container may run as root: runAsNonRoot is not true (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["users"],
  fix: "Set `runAsNonRoot: true` in the pod securityContext (or in every container's).",
  changes: "v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags a pod or container setting `runAsNonRoot: false`, and every container that does not set `runAsNonRoot: true` when the pod does not either. From policy v1.35, pods with `hostUsers: false` are exempt.",
    whyItMatters: "runAsNonRoot makes the kubelet refuse to start a container whose user is root, so an image that defaults to root cannot run with UID 0.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: registry.example/app:1.0`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-run-as-root-user.ts
var pss_run_as_root_user_default = definePssRule({
  code: "LP316",
  name: "pss-run-as-root-user",
  control: "runAsUser",
  description: "A pod or container sets runAsUser: 0 (PSS restricted, v1.23+).",
  securitySeverity: 6,
  tags: ["users"],
  fix: "Run as a non-zero UID (`runAsUser: 10001`), or leave it unset with `runAsNonRoot: true`.",
  changes: "new in v1.23; v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags `runAsUser: 0` on the pod or on any container. Applies from policy v1.23; from v1.35 pods with `hostUsers: false` are exempt.",
    whyItMatters: "UID 0 is root: any escape from the container's other restrictions then acts as root on the node's files it can reach.",
    example: `          securityContext:
            runAsUser: 0`,
    useInstead: `          securityContext:
            runAsUser: 10001
            runAsNonRoot: true`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/pss-seccomp-profile-unset.ts
var pss_seccomp_profile_unset_default = definePssRule({
  code: "LP317",
  name: "pss-seccomp-profile-unset",
  control: "seccompProfile_restricted",
  description: "A container runs without a RuntimeDefault or Localhost seccomp profile (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["seccomp"],
  fix: "Set `seccompProfile: { type: RuntimeDefault }` in the pod securityContext.",
  suggest: { description: "Set `seccompProfile: {type: RuntimeDefault}`", value: { type: "RuntimeDefault" } },
  changes: "v1.19: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.19: flags a pod or container whose `seccompProfile.type` is not RuntimeDefault or Localhost, and every container without a profile when the pod sets none. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-seccomp-unconfined at the restricted level.",
    whyItMatters: "Kubernetes runs containers Unconfined unless a seccomp profile is set (or the kubelet defaults it); the runtime's default profile blocks dangerous system calls such as unshare, keyctl or bpf.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        seccompProfile:
          type: RuntimeDefault`,
    references: []
  }
});

// rules/pss-capabilities-not-minimal.ts
var pss_capabilities_not_minimal_default = definePssRule({
  code: "LP318",
  name: "pss-capabilities-not-minimal",
  control: "capabilities_restricted",
  description: "A container does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE (PSS restricted, v1.22+).",
  securitySeverity: 5.5,
  tags: ["capabilities"],
  fix: "Set `capabilities: { drop: [ALL] }` and add back at most NET_BIND_SERVICE.",
  changes: "new in v1.22; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.22: flags every container whose `capabilities.drop` does not contain `ALL` (exactly), and every `capabilities.add` entry other than `NET_BIND_SERVICE`. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-capability-beyond-baseline at the restricted level.",
    whyItMatters: "Restricted pods run with no capabilities beyond binding low ports; every other capability is a kernel privilege an attacker can use after a compromise.",
    example: `          securityContext:
            capabilities:
              add: [NET_RAW]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: []
  }
});

// rules/pss-proc-mount-unmasked-restricted.ts
var pss_proc_mount_unmasked_restricted_default = definePssRule({
  code: "LP319",
  name: "pss-proc-mount-unmasked-restricted",
  control: "procMount_restricted",
  description: "A container unmasks /proc, even in a user namespace (PSS restricted, v1.35+).",
  securitySeverity: 6,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default).",
  changes: "new in v1.35 (before, the baseline procMount check applied at both levels).",
  docs: {
    whatItDoes: "From policy v1.35: flags `securityContext.procMount` other than Default on any container, also when the pod sets `hostUsers: false`. Replaces pss-proc-mount-unmasked at the restricted level (baseline relaxed it for user namespaces in v1.35; restricted did not).",
    whyItMatters: "Restricted keeps the masked /proc for every pod: a user namespace limits what root can do, but an unmasked /proc still exposes kernel interfaces.",
    example: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"]
  }
});

// rules/live-access-denied.ts
var REF_RBAC = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/", REF_SAR = "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access", live_access_denied_default = {
  meta: {
    code: "LP901",
    name: "live-access-denied",
    severity: "error",
    category: "rbac",
    description: "The manifests grant a permission that the cluster denies.",
    securitySeverity: 5,
    tags: ["live", "rbac"],
    messages: {
      denied: "{subject} may {action} according to this rule, but the API server denies it ({via}): the manifest is not applied, or the cluster runs an older copy. Apply it (kubectl apply) or find what overrides it."
    },
    docs: {
      whatItDoes: "Asks the API server (SubjectAccessReview, or SelfSubjectAccessReview under impersonation) about every permission that a bound Role or ClusterRole in the manifests grants, and reports each one the cluster denies.",
      whyItMatters: 'A permission that exists in git but not in the cluster is the gap behind "it works on my branch": tools that depend on it fail at run time, often with an error that hides the 403.',
      example: 'verbs: ["create", "get"]  # in git; the cluster still runs ["create"]',
      useInstead: "Apply the manifests, then run `leastpriv verify` again.",
      references: [REF_SAR, REF_RBAC]
    }
  }
};

// rules/live-access-not-in-manifests.ts
var REF_SAR2 = "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access", REF_GATE = "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/", live_access_not_in_manifests_default = {
  meta: {
    code: "LP902",
    name: "live-access-not-in-manifests",
    severity: "warning",
    category: "rbac",
    description: "The cluster allows a streaming permission that the manifests do not grant.",
    securitySeverity: 6,
    tags: ["live", "rbac", "exec"],
    messages: {
      unexpected: "{subject} may {action} in the cluster, but no Role or ClusterRole in these manifests grants it: something else does (another binding, an aggregated ClusterRole, a group). Find it with `kubectl auth can-i {verb} {resource} --as={user}` and either add it to the manifests or remove it."
    },
    docs: {
      whatItDoes: "For every subject that the manifests grant exec, attach or port-forward, asks whether the cluster also allows the other verbs on those subresources, and reports what is allowed but not in the manifests.",
      whyItMatters: "Privileges granted outside the reviewed manifests are invisible to code review: least privilege holds only if the cluster grants no more than git says.",
      example: 'verbs: ["create"]  # yet the cluster also allows get on pods/exec',
      useInstead: "Grant the permission here, where it is reviewed, or remove the grant that gives it elsewhere.",
      references: [REF_SAR2, REF_GATE]
    }
  }
};

// rules/live-probe-failed.ts
var REF_GATE2 = "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/", live_probe_failed_default = {
  meta: {
    code: "LP903",
    name: "live-probe-failed",
    severity: "error",
    category: "rbac",
    description: "A probe command could not run, or did not do what it should, in a container the manifests promise it can.",
    securitySeverity: 5,
    tags: ["live", "exec", "probe"],
    messages: {
      upgradeRefused: "probe {probe} in {pod} as {identity}: {error}. {fix}",
      failed: "probe {probe} in {pod} as {identity}: `{command}` {outcome}. {fix}",
      unreachable: "probe {probe} in {pod}: {error}"
    },
    docs: {
      whatItDoes: "Runs the probe catalog (built-in: the incident six diagnostic tools) over WebSocket exec in the pods of the workloads the manifests define, as the identity the manifests grant exec to, and reports every failure with the HTTP status and the API server message or the exit code and output.",
      whyItMatters: 'RBAC and capabilities are promises; a probe proves them. WebSocket exec needs get on pods/exec (and create from Kubernetes 1.35), and a dropped capability breaks the tool that needs it: both show up here by name instead of as "WebSocket connection failed (empty error)".',
      example: `resources: ["pods/exec"]
verbs: ["create"]`,
      useInstead: `resources: ["pods/exec"]
verbs: ["create", "get"]`,
      references: [REF_GATE2, "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/"]
    }
  }
};

// rules/live-capabilities-mismatch.ts
var live_capabilities_mismatch_default = {
  meta: {
    code: "LP904",
    name: "live-capabilities-mismatch",
    severity: "error",
    category: "pod-security",
    description: "A running container's capability set differs from what its manifest declares.",
    securitySeverity: 7,
    tags: ["live", "capabilities"],
    messages: {
      extra: "{container} runs in {pod} with capabilities the manifest does not give it: {caps} (bounding set read from /proc/1/status; the manifest promises {expected}). The cluster runs another version of this workload, or an admission controller changed it.",
      missing: "{container} runs in {pod} without {caps}, which the manifest adds: tools that need them will fail ({expected} promised). Check the runtime and admission policies.",
      unreadable: "cannot read the capabilities of {container} in {pod}: {error}"
    },
    docs: {
      whatItDoes: "Reads /proc/1/status in each container through exec, decodes CapBnd/CapEff/CapPrm, and compares the bounding set with the manifest's privileged flag, drop and add lists (runtime defaults when nothing is dropped).",
      whyItMatters: "A container still privileged in the cluster has every capability, whatever git says; one missing NET_RAW breaks ping. Only the running process tells.",
      example: "capabilities: { drop: [ALL], add: [NET_ADMIN, NET_RAW] }  # cluster: privileged",
      useInstead: "Roll out the manifest; verify again.",
      references: ["https://man7.org/linux/man-pages/man7/capabilities.7.html", "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"]
    }
  }
};

// rules/live-drift.ts
var REF_RBAC2 = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/", live_drift_default = {
  meta: {
    code: "LP905",
    name: "live-drift",
    severity: "warning",
    category: "rbac",
    description: "The live object differs from the manifest in a security-relevant field, or does not exist.",
    securitySeverity: 5,
    tags: ["live", "drift"],
    messages: {
      missing: "{object} is not in the cluster ({error}): nothing that depends on it works there.",
      changed: "{object}: {field} in the cluster is {live}, the manifest says {declared}.",
      invalidName: "{object}: {problem}, so the API server would refuse this object and it cannot be in the cluster; verify sent no request for it."
    },
    docs: {
      whatItDoes: "GETs the live copy of every audited object and compares the fields that decide privilege: RBAC rules, role references and subjects, service account, host namespaces, privileged and capabilities.",
      whyItMatters: "An audit of git is only as good as the match between git and the cluster.",
      example: "privileged: false  # cluster: true",
      useInstead: "Apply the manifests, or bring git up to date with the cluster.",
      references: [REF_RBAC2]
    }
  }
};

// rules/live-exec-denied.ts
var live_exec_denied_default = {
  meta: {
    code: "LP907",
    name: "live-exec-denied",
    severity: "error",
    category: "rbac",
    description: "The manifests grant exec into (or attach to) pods, but the API server refuses the WebSocket upgrade as that identity.",
    securitySeverity: 5,
    tags: ["live", "exec"],
    messages: {
      denied: '{identity} may {stream} pods in namespace {namespace} according to the manifests, but opening a WebSocket {kind} in {pod} as it was refused: {error}. The missing verb is "{verb}" ({how}). {fix}'
    },
    docs: {
      whatItDoes: "For every identity the manifests grant pods/exec, in every namespace of the grant, opens the exec WebSocket as that identity (impersonation) in a running, ready pod of a workload of that namespace, with a command that changes nothing (`true`); for pods/attach, a read-only attach (stdout and stderr, no stdin) closed as soon as it opens. Port-forward is left to access reviews: its stream connects to the container's port. A 101 upgrade proves the access (an exit 126/127 because the image has no `true` still proves it); a refused upgrade is reported with the API server's message at the Role rule that must change, naming the missing verb.",
      whyItMatters: 'An access review answers for one verb at a time; the WebSocket exec needs two. The upgrade is an HTTP GET, authorized as get on pods/exec, and from Kubernetes 1.35 (AuthorizePodWebsocketUpgradeCreatePermission, on by default) also as create. A Role with only one of them passes review for that verb and still breaks every exec-based tool, as "WebSocket connection failed (empty error)".',
      example: `resources: ["pods/exec"]
verbs: ["create"]`,
      useInstead: `resources: ["pods/exec"]
verbs: ["create", "get"]`,
      references: [
        "https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/",
        "https://github.com/kubernetes/kubernetes/issues/133515",
        "https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets"
      ]
    }
  }
};

// rules/index.ts
var RULES = [
  yaml_syntax_error_default,
  invalid_field_type_default,
  input_not_auditable_default,
  rule_internal_error_default,
  unused_suppression_default,
  suppression_missing_reason_default,
  yaml_decode_ambiguous_default,
  symlink_outside_root_default,
  render_failed_default,
  duplicate_object_default,
  render_not_modelled_default,
  removed_api_version_default,
  unknown_builtin_kind_default,
  object_without_type_default,
  exec_subresource_verb_mismatch_default,
  effective_exec_verb_mismatch_default,
  wildcard_grant_default,
  secrets_read_default,
  escalate_bind_impersonate_default,
  nodes_proxy_access_default,
  serviceaccount_token_create_default,
  csr_approval_default,
  admission_webhook_write_default,
  persistentvolume_create_default,
  pod_creating_workload_write_default,
  cluster_admin_binding_default,
  public_group_binding_default,
  namespace_modify_default,
  exec_into_node_access_workload_default,
  redundant_grant_default,
  dangling_role_ref_default,
  invalid_binding_subject_default,
  gitops_controller_write_default,
  privileged_container_default,
  capabilities_not_dropped_default,
  capability_outside_allowlist_default,
  host_pid_ipc_default,
  unjustified_privilege_default,
  pss_windows_host_process_default,
  pss_host_namespaces_default,
  pss_privileged_container_default,
  pss_capability_beyond_baseline_default,
  pss_host_path_volume_default,
  pss_host_port_default,
  pss_probe_host_default,
  pss_apparmor_unconfined_default,
  pss_selinux_custom_options_default,
  pss_proc_mount_unmasked_default,
  pss_seccomp_unconfined_default,
  pss_unsafe_sysctl_default,
  pss_restricted_volume_type_default,
  pss_privilege_escalation_allowed_default,
  pss_root_not_prevented_default,
  pss_run_as_root_user_default,
  pss_seccomp_profile_unset_default,
  pss_capabilities_not_minimal_default,
  pss_proc_mount_unmasked_restricted_default,
  live_access_denied_default,
  live_access_not_in_manifests_default,
  live_probe_failed_default,
  live_capabilities_mismatch_default,
  live_drift_default,
  live_cluster_unreachable_default,
  live_exec_denied_default,
  live_not_verified_default,
  live_probe_no_target_default
];

// src/engine/profiles.ts
var PROFILES = {
  leastpriv: {}
}, PROFILE_NAMES = () => Object.keys(PROFILES);
function registerProfile(name, settings) {
  PROFILES[name] = settings;
}
function profileSettings(name) {
  let p = PROFILES[name];
  if (!p) throw new Error(`unknown profile '${name}' (known: ${Object.keys(PROFILES).join(", ")})`);
  return p;
}

// src/pss/profiles.ts
var isPss = (code) => code.startsWith("LP3"), isInput = (code) => code.startsWith("LP0"), COVERED_BY_CORE = {
  LP302: "host-pid-ipc (LP204) and unjustified-privilege (LP205)",
  LP303: "privileged-container (LP201)",
  LP304: "capability-outside-allowlist (LP203) and unjustified-privilege (LP205)"
};
function controlLevel(code) {
  return RULES.find((r2) => r2.meta.code === code)?.meta.defaultOptions?.level;
}
function pssProfile(level) {
  let out = {};
  for (let r2 of RULES) {
    let code = r2.meta.code;
    if (isInput(code)) continue;
    let ruleLevel = controlLevel(code);
    isPss(code) && (level === "restricted" || ruleLevel === "baseline") ? out[code] = { severity: "error", options: { level } } : out[code] = "off";
  }
  return out;
}
function leastprivProfile() {
  let out = {};
  for (let r2 of RULES) {
    let code = r2.meta.code;
    isPss(code) && (controlLevel(code) !== "baseline" || COVERED_BY_CORE[code] ? out[code] = "off" : out[code] = { options: { level: "baseline" } });
  }
  return out;
}
registerProfile("leastpriv", leastprivProfile());
registerProfile("pss-baseline", pssProfile("baseline"));
registerProfile("pss-restricted", pssProfile("restricted"));

// src/engine/registry.ts
var byId2 = /* @__PURE__ */ new Map();
for (let r2 of RULES)
  byId2.set(r2.meta.code, r2), byId2.set(r2.meta.name, r2);
function findRule(id) {
  return byId2.get(id) ?? byId2.get(id.toUpperCase());
}
var isKnownRule = Object.assign((id) => findRule(id) !== void 0, {
  optionsSchema: (id) => findRule(id)?.meta.optionsSchema,
  ids: () => RULES.flatMap((r2) => [r2.meta.code, r2.meta.name])
});
function apply(cur, s) {
  typeof s == "string" ? cur.severity = s : (s.severity && (cur.severity = s.severity), s.options && (cur.options = { ...cur.options, ...s.options }));
}
function activeRules(config) {
  let settings = /* @__PURE__ */ new Map();
  for (let r2 of RULES) settings.set(r2, { severity: r2.meta.severity, options: { ...r2.meta.defaultOptions ?? {} } });
  let layers = [profileSettings(config.profile), config.rules];
  for (let layer of layers)
    for (let [id, s] of Object.entries(layer)) {
      let rule = findRule(id);
      if (!rule) throw new Error(`unknown rule '${id}'`);
      apply(settings.get(rule), s);
    }
  let out = [];
  for (let [rule, s] of settings) s.severity !== "off" && out.push({ rule, severity: s.severity, options: s.options });
  return out;
}
var REPO_URL = "https://github.com/leastpriv/leastpriv";
function describeRule(rule, severity = rule.meta.severity) {
  let m = rule.meta, d = m.docs, helpMarkdown = [
    `**${m.name}** (${m.code}): ${m.description}`,
    "",
    d.whatItDoes,
    "",
    `**Why it matters.** ${d.whyItMatters}`,
    "",
    "**Example**",
    "```yaml",
    d.example,
    "```",
    "**Use instead**",
    "```yaml",
    d.useInstead,
    "```"
  ].join(`
`);
  return {
    code: m.code,
    name: m.name,
    severity,
    category: m.category,
    description: m.description,
    fullDescription: d.whatItDoes,
    helpText: `${d.whatItDoes}

Why it matters: ${d.whyItMatters}

Use instead:
${d.useInstead}`,
    helpMarkdown,
    helpUri: `${REPO_URL}/blob/main/rules/${m.name}.md`,
    tags: m.tags,
    securitySeverity: m.securitySeverity
  };
}

// src/graph/build.ts
var CATEGORY_LABEL = {
  exec: "exec/attach into pods",
  secrets: "read secrets",
  escalate: "escalate/bind/impersonate",
  "nodes-proxy": "nodes/proxy (kubelet API)",
  "create-pods": "create pods or pod controllers"
}, REACHES_NODE = /* @__PURE__ */ new Set(["escalate", "nodes-proxy", "create-pods"]), WRITE4 = ["create", "update", "patch"], POD_MAKERS = [
  ["", "pods"],
  ["", "replicationcontrollers"],
  ["apps", "deployments"],
  ["apps", "replicasets"],
  ["apps", "statefulsets"],
  ["apps", "daemonsets"],
  ["batch", "jobs"],
  ["batch", "cronjobs"]
];
function categories(rule, clusterScope) {
  let out = [];
  return ["exec", "attach"].some((s) => grantsVerbOn(rule, "create", "", "pods", s) || grantsVerbOn(rule, "get", "", "pods", s)) && out.push("exec"), ["get", "list", "watch"].some((v) => grantsVerbOn(rule, v, "", "secrets")) && out.push("secrets"), (grantsVerbOn(rule, "bind", "rbac.authorization.k8s.io", "clusterroles") || grantsVerbOn(rule, "bind", "rbac.authorization.k8s.io", "roles") || grantsVerbOn(rule, "escalate", "rbac.authorization.k8s.io", "roles") || grantsVerbOn(rule, "impersonate", "", "serviceaccounts") || clusterScope && (grantsVerbOn(rule, "escalate", "rbac.authorization.k8s.io", "clusterroles") || ["users", "groups"].some((r2) => grantsVerbOn(rule, "impersonate", "", r2)))) && out.push("escalate"), clusterScope && ["get", "create"].some((v) => grantsVerbOn(rule, v, "", "nodes", "proxy")) && out.push("nodes-proxy"), POD_MAKERS.some(([g, r2]) => WRITE4.some((v) => grantsVerbOn(rule, v, g, r2))) && out.push("create-pods"), out;
}
var at = (obj, path, where) => where(obj, path);
function namesPrincipal(focus, p) {
  let f = focus.trim();
  return f === p.name || f === principalLabel(p) || f === `${p.kind}/${p.name}` ? !0 : p.kind === "ServiceAccount" ? f === `system:serviceaccount:${p.namespace}:${p.name}` || f === `${p.namespace}/${p.name}` || f === `ServiceAccount/${p.namespace}/${p.name}` : !1;
}
function buildAccessGraph(model, justified, where, opts = {}) {
  let rbac = model.rbac, byNs = nodeAccessByNamespace(model, justified), all = [...byNs.values()].flat(), nodes = /* @__PURE__ */ new Map(), edges = /* @__PURE__ */ new Map(), paths = /* @__PURE__ */ new Map(), ids = /* @__PURE__ */ new Map(), idOf = (key) => {
    let id = ids.get(key);
    return id || ids.set(key, id = `n${ids.size + 1}`), id;
  }, node = (key, make) => {
    let id = idOf(key);
    return nodes.has(id) || nodes.set(id, { id, ...make() }), id;
  }, edge = (from, to, label) => {
    let k = `${from}>${to}`;
    edges.has(k) || edges.set(k, { from, to, ...label ? { label } : {} });
  }, hostNode = () => node("node", () => ({ kind: "node", label: "the node (root on the host)" })), focus = opts.focus?.trim(), focusIsSubject = focus ? rbac.principals().some((p) => namesPrincipal(focus, p)) : !1;
  for (let scope of subjectScopes(rbac)) {
    if (focus && focusIsSubject && !namesPrincipal(focus, scope.principal)) continue;
    let nsFocus = focus && !focusIsSubject ? focus : void 0;
    if (nsFocus && scope.namespace !== "" && scope.namespace !== nsFocus) continue;
    let workloadsHere = nsFocus ? byNs.get(nsFocus) ?? [] : scope.namespace ? byNs.get(scope.namespace) ?? [] : all;
    for (let g of scope.grants)
      if (!(scope.namespace !== "" && g.binding.kind === "ClusterRoleBinding"))
        for (let cat of categories(g.rule.rule, scope.namespace === "")) {
          let reached = cat === "exec" ? execReach(g, workloadsHere) : [], endsOnNode = REACHES_NODE.has(cat) || reached.length > 0;
          if (opts.attackPaths && !endsOnNode || nsFocus && scope.namespace === "" && cat === "exec" && !reached.length) continue;
          let s = subjectNode(scope.principal), b = bindingNode(g), r2 = roleNode(g), scopeText = scope.namespace ? `in ${scope.namespace}` : "cluster-wide", p = node(`perm\0${r2}\0${cat}\0${scope.namespace}`, () => ({
            kind: "permission",
            label: `${CATEGORY_LABEL[cat]} ${scopeText}`,
            ...g.rule.source.object ? at(g.rule.source.object, ["rules", g.rule.index], where) : {},
            ...scope.namespace ? { namespace: scope.namespace } : {}
          }));
          if (edge(s, b), edge(b, r2), edge(r2, p), REACHES_NODE.has(cat)) {
            let h = hostNode();
            edge(p, h, cat === "create-pods" ? "a privileged pod" : cat === "nodes-proxy" ? "kubelet exec" : "any permission"), paths.set([s, b, r2, p, h].join(" "), [s, b, r2, p, h]);
          }
          for (let w of reached) {
            let wl = workloadNode(w), h = hostNode();
            edge(p, wl), edge(wl, h, featureText(w)), paths.set([s, b, r2, p, wl, h].join(" "), [s, b, r2, p, wl, h]);
          }
        }
  }
  function subjectNode(p) {
    return node(`subject\0${principalKey(p)}`, () => ({ kind: "subject", label: principalLabel(p), ...p.kind === "ServiceAccount" ? { namespace: p.namespace } : {} }));
  }
  function bindingNode(g) {
    let b = g.binding;
    return node(`binding\0${b.kind}\0${b.namespace}\0${b.name}\0${b.object.file.path}\0${b.object.documentIndex}`, () => ({
      kind: "binding",
      label: `${b.kind} ${b.namespace ? b.namespace + "/" : ""}${b.name}`,
      ...at(b.object, [], where),
      ...b.namespace ? { namespace: b.namespace } : {}
    }));
  }
  function roleNode(g) {
    let role = g.role;
    return node(`role\0${role.kind}\0${role.namespace ?? ""}\0${role.name}`, () => ({
      kind: "role",
      label: `${roleLabel(role)}${role.object ? "" : " (built-in)"}`,
      ...role.object ? at(role.object, [], where) : {},
      ...role.namespace ? { namespace: role.namespace } : {}
    }));
  }
  function workloadNode(w) {
    let o = w.object;
    return node(`workload\0${o.file.path}\0${o.documentIndex}\0${o.rootPath.join(".")}`, () => ({
      kind: "workload",
      label: objectLabel(o),
      ...at(o, [], where),
      ...o.namespace ? { namespace: o.namespace } : {},
      features: w.features.map((f) => ({ what: f.what, ...at(o, f.path, where) }))
    }));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths: [...paths.values()] };
}
function execReach(g, workloads) {
  let names = g.rule.rule.resourceNames ?? [];
  return names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
}
function featureText(w) {
  let seen = [...new Set(w.features.map((f) => f.what))];
  return seen.length > 3 ? `${seen.slice(0, 3).join(", ")} +${seen.length - 3}` : seen.join(", ");
}
function firstPaths(g, max) {
  let kept = g.paths.slice(0, max), ids = new Set(kept.flat()), pairs = new Set(kept.flatMap((p) => p.slice(1).map((to, i) => `${p[i]}>${to}`)));
  return {
    graph: { nodes: g.nodes.filter((n) => ids.has(n.id)), edges: g.edges.filter((e) => pairs.has(`${e.from}>${e.to}`)), paths: kept },
    omitted: g.paths.length - kept.length
  };
}

// src/engine/comments.ts
function lineText(file, line) {
  let starts = file.lineCounter.lineStarts, s = starts[line - 1];
  if (s === void 0) return;
  let next = starts[line], e = next === void 0 ? file.text.length : next - 1;
  return e > s && file.text.charCodeAt(e - 1) === 13 && e--, file.text.slice(s, e);
}
function commentStart(line) {
  let q;
  for (let i = 0; i < line.length; i++) {
    let c = line[i];
    if (q) {
      q === '"' && c === "\\" ? i++ : c === q && (q = void 0);
      continue;
    }
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return i;
    (c === '"' || c === "'") && (i === 0 || /[\s:\-[{,]/.test(line[i - 1])) && (q = c);
  }
  return -1;
}
var DIRECTIVE = /#\s*(?:leastpriv-ignore\b|expect:)/;
function freeComment(line) {
  let at2 = commentStart(line);
  if (at2 === -1) return;
  let text = line.slice(at2), d = DIRECTIVE.exec(text);
  return d && (text = text.slice(0, d.index)), text = text.replace(/^#+\s*/, "").trim(), text || void 0;
}
function commentForLine(file, line) {
  let own = lineText(file, line), c = own === void 0 ? void 0 : freeComment(own);
  if (c) return c;
  if (own !== void 0 && own.startsWith("---")) return;
  let above = lineText(file, line - 1);
  if (above !== void 0 && /^\s*#/.test(above)) return freeComment(above);
}

// src/engine/types.ts
var MODEL_FILE = "(model)", SEVERITY_RANK = { error: 3, warning: 2, note: 1 };

// src/engine/coverage.ts
var DEFAULT_PROFILE = "leastpriv";
function settle(base, layers) {
  let s = base;
  for (let l of layers)
    typeof l == "string" ? s = l : l.severity && (s = l.severity);
  return s;
}
var rank = (s) => s === "off" ? 0 : SEVERITY_RANK[s];
function ruleEntries(config, code) {
  return Object.entries(config.rules).filter(([id]) => findRule(id)?.meta.code === code).map(([, s]) => s);
}
function coverageOf(config, extraExclude = []) {
  let dflt = profileSettings(DEFAULT_PROFILE), chosen = profileSettings(config.profile), changes = [];
  for (let r2 of RULES) {
    let m = r2.meta;
    if (m.tags.includes("live")) continue;
    let from = settle(m.severity, dflt[m.code] !== void 0 ? [dflt[m.code]] : []);
    if (from === "off") continue;
    let byProfile = settle(m.severity, chosen[m.code] !== void 0 ? [chosen[m.code]] : []), entries = ruleEntries(config, m.code), to = settle(byProfile, entries), options = entries.reduce((acc, e) => typeof e == "object" && e.options ? { ...acc, ...e.options } : acc, void 0);
    if (rank(to) < rank(from) || options && to !== "off") {
      let by = entries.length > 0 && (rank(to) < rank(byProfile) || options && to !== "off") ? "rules" : "profile";
      changes.push({ code: m.code, name: m.name, from, to, by, ...options && to !== "off" ? { options } : {} });
    }
  }
  return {
    profile: config.profile,
    ...config.file ? { configFile: config.file } : {},
    ruleChanges: changes,
    exclude: [...config.exclude, ...extraExclude],
    gitignore: config.gitignore
  };
}
function suppressionCounts(findings) {
  let byKind = { comment: 0, annotation: 0, baseline: 0 }, total = 0;
  for (let f of findings)
    f.suppressed && (byKind[f.suppressed.kind]++, total++);
  return { total, byKind };
}

export {
  STREAMING_SUBRESOURCES,
  isNonResource,
  verbMatches,
  apiGroupMatches,
  resourceMatches,
  resourceNameMatches,
  nonResourceURLMatches,
  effectiveName,
  ruleAllows,
  grantsVerbOn,
  isRole,
  isBinding,
  roleLabel,
  ALL_AUTHENTICATED,
  principalKey,
  principalLabel,
  serviceAccountGroups,
  impersonatedUser,
  RbacGraph,
  objectLabel,
  containerLabel,
  format,
  KNOWN_SUBRESOURCES,
  resolveResource,
  normaliseCapability,
  justifiedBy,
  applicability,
  live_access_denied_default,
  live_access_not_in_manifests_default,
  live_probe_failed_default,
  live_capabilities_mismatch_default,
  live_drift_default,
  live_cluster_unreachable_default,
  live_exec_denied_default,
  live_not_verified_default,
  live_probe_no_target_default,
  RULES,
  PROFILE_NAMES,
  profileSettings,
  findRule,
  isKnownRule,
  activeRules,
  REPO_URL,
  describeRule,
  lineText,
  commentStart,
  commentForLine,
  MODEL_FILE,
  SEVERITY_RANK,
  buildAccessGraph,
  firstPaths,
  coverageOf,
  suppressionCounts
};
