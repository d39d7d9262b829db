import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/engine/rule.ts
function format(template, data) {
  return template.replace(/\{(\w+)\}/g, (m, k) => data && data[k] !== void 0 ? String(data[k]) : m);
}

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
      whatItDoes: "Reports YAML and JSON syntax errors at their line and column: bad indentation, unclosed quotes or brackets, duplicate keys in a mapping, undefined aliases. The document with the error is not audited; the other documents of the file and the other files are.",
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
      notes: "Files with Helm/Go template control lines (`{{- if \u2026 }}`) are not reported here: they are skipped with a reason in the summary. Render them first (`helm template`, `kubectl kustomize`) and audit the output."
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
    messages: { wrongType: "{object}: `{field}` {detail}; the API server would reject this object, and leastpriv does not audit it further." },
    docs: {
      whatItDoes: "Checks the type of every field the rules read (pod specs, containers, security contexts, RBAC rules, subjects, role references, metadata) and reports each wrong one at its line. An object with a wrong type is not audited by the other rules.",
      whyItMatters: "The API server refuses such an object, so the manifest cannot be what runs in the cluster; auditing its other fields would give answers about an object that does not exist. A single string where a list belongs (`verbs: get`) is also an easy mistake to miss in review.",
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
    severity: "warning",
    category: "input",
    description: "An input could not be audited: unreadable, binary, not UTF-8, or over a configured limit.",
    securitySeverity: 1,
    tags: ["input"],
    messages: { notAuditable: "{detail}" },
    docs: {
      whatItDoes: "Reports inputs that were not audited, with the reason: a file that cannot be read, a binary file (NUL bytes), text that is not UTF-8, a file over `limits.maxFileSize`, more documents than `limits.maxDocuments`, more alias expansions than `limits.maxAliasCount`, or nesting deeper than `limits.maxDepth`.",
      whyItMatters: "A linter that skips an input silently gives a clean report for manifests it never read. The limits keep hostile input (alias bombs, huge or deeply nested documents) from exhausting memory or time.",
      example: "# a 40 MB generated bundle, over the default 16 MiB limit",
      useInstead: `# .leastpriv.yaml
limits:
  maxFileSize: 67108864   # 64 MiB`,
      references: ["https://en.wikipedia.org/wiki/Billion_laughs_attack"]
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
    description: "A suppression gives no reason (or names no known rule), so it suppresses nothing.",
    securitySeverity: 1,
    tags: ["suppression"],
    messages: {
      noReason: "suppression of {rule} has no reason; write one after `--` (`# leastpriv-ignore {rule} -- why this is acceptable`). Nothing is suppressed.",
      unknownRule: "suppression names {rule}, which is not a leastpriv rule code or name."
    },
    docs: {
      whatItDoes: "Reports a `# leastpriv-ignore RULE` comment without `-- reason`, an `ignore.leastpriv.dev/RULE` annotation with an empty value, and suppressions that name no rule. Such a suppression does not take effect.",
      whyItMatters: "A suppression is an accepted risk; without a reason, the next reviewer cannot tell whether it still holds.",
      example: "          privileged: true  # leastpriv-ignore privileged-container",
      useInstead: "          privileged: true  # leastpriv-ignore privileged-container -- loads the GPU kernel module at boot",
      references: ["https://eslint.org/docs/latest/use/configure/rules#disabling-rules"]
    }
  }
};

// src/model/rbac.ts
var RBAC_GROUP = "rbac.authorization.k8s.io", STREAMING_SUBRESOURCES = ["exec", "attach", "portforward"];
function isRbac(obj, kind) {
  return obj.kind === kind && obj.apiVersion.startsWith(`${RBAC_GROUP}/`);
}
function isRole(obj) {
  return isRbac(obj, "Role") || isRbac(obj, "ClusterRole");
}
function roleRules(obj) {
  if (!isRole(obj)) return;
  let rules = obj.value.rules;
  return Array.isArray(rules) ? rules.filter((r) => r && typeof r == "object") : [];
}
function roleLabel(obj) {
  return obj.kind === "ClusterRole" || !obj.namespace ? `${obj.kind} ${obj.name}` : `${obj.kind} ${obj.namespace}/${obj.name}`;
}
function verbMatches(rule, verb) {
  return (rule.verbs ?? []).some((v) => v === "*" || v === verb);
}
function apiGroupMatches(rule, group) {
  return (rule.apiGroups ?? []).some((g) => g === "*" || g === group);
}
function resourceMatches(rule, resource, subresource = "") {
  let combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r) => r === "*" || r === combined || subresource !== "" && r.length === subresource.length + 2 && r.startsWith("*/") && r.endsWith(subresource)
  );
}
function grantsVerbOn(rule, verb, group, resource, subresource = "") {
  return verbMatches(rule, verb) && apiGroupMatches(rule, group) && resourceMatches(rule, resource, subresource);
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
      missingCreate: "{role} grants `get` on pods/{sub} ({where}) but not `create`: SPDY {sub} (POST) is authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too (feature gate AuthorizePodWebsocketUpgradeCreatePermission). Add `create` to the verbs."
    },
    docs: {
      whatItDoes: "Flags a Role or ClusterRole that grants `create` without `get`, or `get` without `create`, on one of the streaming pod subresources: `pods/exec`, `pods/attach`, `pods/portforward`. Grants through wildcards count: resources `*` or `*/exec`, verbs `*` (which counts as both verbs), apiGroups `*`. The rules of one role are taken together, per set of resourceNames.",
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
    if (rules)
      for (let sub of STREAMING_SUBRESOURCES) {
        let groups = /* @__PURE__ */ new Map();
        rules.forEach((rule, i) => {
          let key = rule.resourceNames?.length ? [...rule.resourceNames].sort().join(",") : "*", g = groups.get(key) ?? {};
          grantsVerbOn(rule, "create", "", "pods", sub) && (g.create ??= i), grantsVerbOn(rule, "get", "", "pods", sub) && (g.get ??= i), groups.set(key, g);
        });
        for (let g of groups.values()) {
          let only = g.create !== void 0 && g.get === void 0 ? g.create : g.get !== void 0 && g.create === void 0 ? g.get : void 0;
          only !== void 0 && ctx.report({
            object: obj,
            path: ["rules", only, "verbs"],
            messageId: g.get === void 0 ? "missingGet" : "missingCreate",
            data: { role: roleLabel(obj), sub, where: `rules[${only}]` }
          });
        }
      }
  }
};

// src/model/describe.ts
function objectLabel(obj) {
  let name = obj.name || "(unnamed)";
  return obj.namespace ? `${obj.kind} ${obj.namespace}/${name}` : `${obj.kind} ${name}`;
}
function containerLabel(c) {
  return `${c.list === "containers" ? "container" : c.list === "initContainers" ? "init container" : "ephemeral container"} "${c.name}" of ${objectLabel(c.pod.object)}`;
}

// src/model/workloads.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"], fixed = (...paths) => () => paths, BUILTIN_EXTRACTORS = [
  { group: "", kind: "Pod", specs: fixed(["spec"]) },
  { group: "", kind: "PodTemplate", templates: fixed(["template"]) },
  { group: "", kind: "ReplicationController", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "Deployment", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "StatefulSet", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "DaemonSet", templates: fixed(["spec", "template"]) },
  { group: "apps", kind: "ReplicaSet", templates: fixed(["spec", "template"]) },
  { group: "batch", kind: "Job", templates: fixed(["spec", "template"]) },
  { group: "batch", kind: "CronJob", templates: fixed(["spec", "jobTemplate", "spec", "template"]) }
], extractors = /* @__PURE__ */ new Map();
function registerExtractor(e) {
  let list = extractors.get(e.kind) ?? [];
  list.push(e), extractors.set(e.kind, list);
}
for (let e of BUILTIN_EXTRACTORS) registerExtractor(e);
function groupOf(apiVersion) {
  let i = apiVersion.indexOf("/");
  return i === -1 ? "" : apiVersion.slice(0, i);
}
function get(value, path) {
  let cur = value;
  for (let seg of path) {
    if (cur === null || typeof cur != "object") return;
    cur = cur[seg];
  }
  return cur;
}
var isRecord = (v) => !!v && typeof v == "object" && !Array.isArray(v), cache = /* @__PURE__ */ new WeakMap();
function podSpecs(obj) {
  let hit = cache.get(obj);
  if (hit) return hit;
  let out = [], group = groupOf(obj.apiVersion);
  for (let ex of extractors.get(obj.kind) ?? [])
    if (!(ex.group !== "*" && ex.group !== group)) {
      for (let t of ex.templates?.(obj) ?? []) {
        let tpl = get(obj.value, t);
        if (!isRecord(tpl) || !isRecord(tpl.spec)) continue;
        let ref = { object: obj, path: [...t, "spec"], spec: tpl.spec, metadataPath: [...t, "metadata"] };
        isRecord(tpl.metadata) && (ref.metadata = tpl.metadata), out.push(ref);
      }
      for (let s of ex.specs?.(obj) ?? []) {
        let spec = get(obj.value, s);
        if (!isRecord(spec)) continue;
        let ref = { object: obj, path: s, spec };
        obj.kind === "Pod" && (ref.metadataPath = ["metadata"], isRecord(obj.value.metadata) && (ref.metadata = obj.value.metadata)), out.push(ref);
      }
      break;
    }
  return cache.set(obj, out), out;
}
function containers(pod) {
  let out = [];
  for (let list of CONTAINER_LISTS) {
    let arr = pod.spec[list];
    Array.isArray(arr) && arr.forEach((c, index) => {
      if (!isRecord(c)) return;
      let container = c;
      out.push({ pod, list, index, path: [...pod.path, list, index], container, name: typeof container.name == "string" ? container.name : `#${index}` });
    });
  }
  return out;
}
function podAnnotations(pod) {
  let own = pod.object.value.metadata?.annotations, tpl = pod.metadata?.annotations;
  return { ...isRecord(own) ? own : {}, ...isRecord(tpl) ? tpl : {} };
}

// rules/privileged-container.ts
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
        c.container.securityContext?.privileged === !0 && ctx.report({ object: obj, path: [...c.path, "securityContext", "privileged"], messageId: "privileged", data: { container: containerLabel(c) } });
  }
};

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
function dropPath(c) {
  return [...c.path, "securityContext", "capabilities", "drop"];
}

// rules/capabilities-not-dropped.ts
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
      notDropped: "{container} keeps the container runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, \u2026): add `capabilities: { drop: [ALL] }` to its securityContext and add back only what it needs."
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
        for (let c of containers(pod))
          dropsAll(c) || ctx.report({ object: obj, path: dropPath(c), messageId: "notDropped", data: { container: containerLabel(c) } });
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
        for (let cap of addedCapabilities(c))
          cap.normalised === "ALL" ? ctx.report({ object: obj, path: cap.path, messageId: "all", data: { container: containerLabel(c) } }) : allow.has(cap.normalised) || ctx.report({ object: obj, path: cap.path, messageId: "notAllowed", data: { container: containerLabel(c), capability: cap.name, allow: allowText } });
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
      hostPID: "{object} sets hostPID: its containers see every process on the node, can read their environment and /proc, and with ptrace can enter them. Remove `hostPID: true` unless the pod inspects host processes, and say why if it must stay.",
      hostIPC: "{object} sets hostIPC: its containers share the node's System V IPC and POSIX shared memory with every host process. Remove `hostIPC: true`."
    },
    docs: {
      whatItDoes: "Flags pod specs with `hostPID: true` or `hostIPC: true`. hostNetwork has its own rule (unjustified-privilege), because network diagnostics often need it.",
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
      pod.spec.hostPID === !0 && ctx.report({ object: obj, path: [...pod.path, "hostPID"], messageId: "hostPID", data: { object: objectLabel(obj) } }), pod.spec.hostIPC === !0 && ctx.report({ object: obj, path: [...pod.path, "hostIPC"], messageId: "hostIPC", data: { object: objectLabel(obj) } });
  }
};

// rules/unjustified-privilege.ts
var JUSTIFY_PREFIX = "justify.leastpriv.dev/", justifyKey = (privilege) => JUSTIFY_PREFIX + privilege.toLowerCase().replace(/_/g, "-"), NO_REASON_NEEDED = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]), unjustified_privilege_default = {
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
      notes: "leastpriv directives (`# leastpriv-ignore \u2026`) and test markers (`# expect: \u2026`) are not reasons. The capability annotation applies to every container of the pod."
    }
  },
  checkObject(obj, ctx) {
    for (let pod of podSpecs(obj)) {
      let annotations = podAnnotations(pod), reasonFor = (privilege, path) => {
        let ann = annotations[justifyKey(privilege)];
        if (typeof ann == "string" && ann.trim()) return { reason: ann.trim(), source: "annotation" };
        let comment = ctx.commentFor(obj, path);
        return comment ? { reason: comment, source: "comment" } : void 0;
      };
      if (pod.spec.hostNetwork === !0) {
        let path = [...pod.path, "hostNetwork"], r = reasonFor("host-network", path);
        r ? ctx.justified({ object: obj, path, privilege: "hostNetwork", ...r }) : ctx.report({ object: obj, path, messageId: "hostNetwork", data: { object: objectLabel(obj), annotation: justifyKey("host-network") } });
      }
      for (let c of containers(pod))
        for (let cap of addedCapabilities(c)) {
          if (NO_REASON_NEEDED.has(cap.normalised)) continue;
          let r = reasonFor(`cap-${cap.normalised}`, cap.path);
          r ? ctx.justified({ object: obj, path: cap.path, privilege: `${cap.normalised} (${c.name})`, ...r }) : ctx.report({
            object: obj,
            path: cap.path,
            messageId: "capability",
            data: { container: containerLabel(c), capability: cap.name, annotation: justifyKey(`cap-${cap.normalised}`) }
          });
        }
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
  exec_subresource_verb_mismatch_default,
  privileged_container_default,
  capabilities_not_dropped_default,
  capability_outside_allowlist_default,
  host_pid_ipc_default,
  unjustified_privilege_default
];

// src/engine/profiles.ts
var PROFILES = {
  leastpriv: {}
}, PROFILE_NAMES = () => Object.keys(PROFILES);
function profileSettings(name) {
  let p = PROFILES[name];
  if (!p) throw new Error(`unknown profile '${name}' (known: ${Object.keys(PROFILES).join(", ")})`);
  return p;
}

// src/engine/registry.ts
var byId = /* @__PURE__ */ new Map();
for (let r of RULES)
  byId.set(r.meta.code, r), byId.set(r.meta.name, r);
function findRule(id) {
  return byId.get(id) ?? byId.get(id.toUpperCase());
}
var isKnownRule = (id) => findRule(id) !== void 0;
function apply(cur, s) {
  typeof s == "string" ? cur.severity = s : (s.severity && (cur.severity = s.severity), s.options && (cur.options = { ...cur.options, ...s.options }));
}
function activeRules(config) {
  let settings = /* @__PURE__ */ new Map();
  for (let r of RULES) settings.set(r, { severity: r.meta.severity, options: { ...r.meta.defaultOptions ?? {} } });
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

export {
  podSpecs,
  objectLabel,
  format,
  RULES,
  PROFILE_NAMES,
  findRule,
  isKnownRule,
  activeRules,
  REPO_URL,
  describeRule
};
