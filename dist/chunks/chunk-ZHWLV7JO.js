import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  MODEL_FILE,
  RbacGraph,
  SEVERITY_RANK,
  activeRules,
  applicability,
  buildAccessGraph,
  commentForLine,
  commentStart,
  coverageOf,
  describeRule,
  findRule,
  format,
  isBinding,
  isRole,
  justifiedBy,
  lineText,
  objectLabel
} from "./chunk-IODZ2AQT.js";
import {
  LAYER_KEY,
  eachFile,
  isNonKubernetes,
  locate,
  newSource,
  offsetsToRegion,
  parseSource,
  readRegularText,
  sha256Hex,
  where
} from "./chunk-RSS6ONCU.js";
import {
  get,
  groupOf,
  isRecord,
  podSpecs,
  registerExtractor,
  registerInference
} from "./chunk-Q5VFHMWF.js";
import {
  defaults,
  effectiveVersion,
  formatVersion
} from "./chunk-ILG67AN3.js";
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";

// src/model/crd-extractors.ts
var fixed = (...paths) => () => paths;
function eachItem(obj, base, rest) {
  let arr = get(obj.value, base);
  return Array.isArray(arr) ? arr.map((_, i) => [...base, i, ...rest]) : [];
}
function eachKey(obj, base, rest) {
  let m = get(obj.value, base);
  return isRecord(m) ? Object.keys(m).map((k) => [...base, k, ...rest]) : [];
}
var rayCluster = (obj, base) => [[...base, "headGroupSpec", "template"], ...eachItem(obj, [...base, "workerGroupSpecs"], ["template"])];
for (let kind of ["Rollout"]) registerExtractor({ group: "argoproj.io", kind, templates: fixed(["spec", "template"]) });
registerExtractor({ group: "jobset.x-k8s.io", kind: "JobSet", templates: (o) => eachItem(o, ["spec", "replicatedJobs"], ["template", "spec", "template"]) });
registerExtractor({
  group: "leaderworkerset.x-k8s.io",
  kind: "LeaderWorkerSet",
  templates: fixed(["spec", "leaderWorkerTemplate", "leaderTemplate"], ["spec", "leaderWorkerTemplate", "workerTemplate"])
});
for (let [kind, field] of [
  ["MPIJob", "mpiReplicaSpecs"],
  ["PyTorchJob", "pytorchReplicaSpecs"],
  ["TFJob", "tfReplicaSpecs"],
  ["XGBoostJob", "xgbReplicaSpecs"],
  ["PaddleJob", "paddleReplicaSpecs"],
  ["JAXJob", "jaxReplicaSpecs"],
  ["MXJob", "mxReplicaSpecs"]
])
  registerExtractor({ group: "kubeflow.org", kind, templates: (o) => eachKey(o, ["spec", field], ["template"]) });
for (let kind of ["Service", "Configuration"]) registerExtractor({ group: "serving.knative.dev", kind, templates: fixed(["spec", "template"]) });
registerExtractor({ group: "serving.knative.dev", kind: "Revision", specs: fixed(["spec"]) });
registerExtractor({ group: "keda.sh", kind: "ScaledJob", templates: fixed(["spec", "jobTargetRef", "template"]) });
for (let kind of ["CloneSet", "StatefulSet", "DaemonSet", "BroadcastJob"]) registerExtractor({ group: "apps.kruise.io", kind, templates: fixed(["spec", "template"]) });
registerExtractor({
  group: "apps.kruise.io",
  kind: "AdvancedCronJob",
  templates: fixed(["spec", "template", "jobTemplate", "spec", "template"], ["spec", "template", "broadcastJobTemplate", "spec", "template"])
});
registerExtractor({ group: "ray.io", kind: "RayCluster", templates: (o) => rayCluster(o, ["spec"]) });
registerExtractor({ group: "ray.io", kind: "RayJob", templates: (o) => [...rayCluster(o, ["spec", "rayClusterSpec"]), ["spec", "submitterPodTemplate"]] });
registerExtractor({ group: "ray.io", kind: "RayService", templates: (o) => rayCluster(o, ["spec", "rayClusterConfig"]) });
registerExtractor({ group: "postgresql.cnpg.io", kind: "Pooler", templates: fixed(["spec", "template"]) });
for (let group of ["apps.openshift.io", ""]) registerExtractor({ group, kind: "DeploymentConfig", templates: fixed(["spec", "template"]) });
function argoContainers(t, path) {
  let out = [], one = (v, list, p, name) => {
    isRecord(v) && out.push({ list, path: p, container: v, ...name ? { name } : {} });
  }, many = (v, list, p) => {
    Array.isArray(v) && v.forEach((c, i) => one(c, list, [...p, i]));
  };
  return many(t.initContainers, "initContainers", [...path, "initContainers"]), one(t.container, "containers", [...path, "container"], "main"), one(t.script, "containers", [...path, "script"], "main"), isRecord(t.containerSet) && many(t.containerSet.containers, "containers", [...path, "containerSet", "containers"]), many(t.sidecars, "containers", [...path, "sidecars"]), out;
}
function argoPods(obj, specPath) {
  let spec = get(obj.value, specPath);
  if (!isRecord(spec) || !Array.isArray(spec.templates)) return [];
  let out = [];
  return spec.templates.forEach((t, i) => {
    if (!isRecord(t)) return;
    let path = [...specPath, "templates", i], cs = argoContainers(t, path);
    if (cs.length === 0) return;
    let fields = {}, pod = {
      containers: cs.filter((c) => c.list === "containers").map((c) => c.container),
      initContainers: cs.filter((c) => c.list === "initContainers").map((c) => c.container)
    }, from = (field, ...sources) => {
      for (let [v, p] of sources)
        if (v != null) {
          pod[field] = v, fields[field] = p;
          return;
        }
    };
    from("securityContext", [t.securityContext, [...path, "securityContext"]], [spec.securityContext, [...specPath, "securityContext"]]), from("hostNetwork", [spec.hostNetwork, [...specPath, "hostNetwork"]]), from("automountServiceAccountToken", [t.automountServiceAccountToken, [...path, "automountServiceAccountToken"]], [spec.automountServiceAccountToken, [...specPath, "automountServiceAccountToken"]]);
    let vols = [], volumePaths = [];
    for (let [v, p] of [[spec.volumes, [...specPath, "volumes"]], [t.volumes, [...path, "volumes"]]])
      Array.isArray(v) && v.forEach((x, j) => (vols.push(x), volumePaths.push([...p, j])));
    vols.length && (pod.volumes = vols);
    let ref = { object: obj, path, spec: pod, synthetic: { containers: cs, fields, volumePaths } }, meta = isRecord(t.metadata) ? t.metadata : isRecord(spec.podMetadata) ? spec.podMetadata : void 0;
    meta && (ref.metadata = meta, ref.metadataPath = isRecord(t.metadata) ? [...path, "metadata"] : [...specPath, "podMetadata"]), out.push(ref);
  }), out;
}
for (let kind of ["Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate"])
  registerExtractor({ group: "argoproj.io", kind, synthesize: (o) => argoPods(o, ["spec"]) });
registerExtractor({ group: "argoproj.io", kind: "CronWorkflow", synthesize: (o) => argoPods(o, ["spec", "workflowSpec"]) });

// src/model/infer.ts
var SKIP_KEYS = /* @__PURE__ */ new Set(["metadata", "status", "values", "valuesObject"]), KNOWN_NON_POD_GROUPS = [
  "auto.gke.io",
  "kyverno.io",
  "gatekeeper.sh",
  "policies.kubewarden.io",
  "autoscaling.k8s.io"
];
function knownNonPod(group) {
  return KNOWN_NON_POD_GROUPS.some((g) => group === g || group.endsWith(`.${g}`));
}
function podSpecPlace(path, parent) {
  let last = path[path.length - 1];
  if (typeof last != "string") return !1;
  if (last === "podSpec" || last.endsWith("PodSpec")) return !0;
  if (last !== "spec") return !1;
  let above = path[path.length - 2];
  return !!parent && isRecord(parent.metadata) || typeof above == "string" && (above === "template" || above.endsWith("Template"));
}
var MAX_DEPTH = 12;
function isBuiltinGroup(group) {
  return group === "" || !group.includes(".") || group.endsWith(".k8s.io") && !group.endsWith(".x-k8s.io");
}
var looksLikePodSpec = (v) => Array.isArray(v.containers) && v.containers.length > 0 && v.containers.every((c) => isRecord(c) && typeof c.name == "string" && typeof c.image == "string");
function inferPods(obj) {
  let group = groupOf(obj.apiVersion);
  if (isBuiltinGroup(group) || knownNonPod(group) || obj.kind === "HelmRelease" && group.endsWith("fluxcd.io")) return [];
  let out = [], walk2 = (v, path, parent, depth) => {
    if (!(depth > MAX_DEPTH)) {
      if (Array.isArray(v)) {
        v.forEach((x, i) => walk2(x, [...path, i], void 0, depth + 1));
        return;
      }
      if (isRecord(v)) {
        if (path.length > 0 && looksLikePodSpec(v) && podSpecPlace(path, parent)) {
          let ref = { object: obj, path, spec: v, inferred: !0 };
          path[path.length - 1] === "spec" && parent && isRecord(parent.metadata) && (ref.metadata = parent.metadata, ref.metadataPath = [...path.slice(0, -1), "metadata"]), out.push(ref);
          return;
        }
        for (let [k, x] of Object.entries(v)) SKIP_KEYS.has(k) || walk2(x, [...path, k], v, depth + 1);
      }
    }
  };
  return walk2(obj.value, [], void 0, 0), out;
}
registerInference(inferPods);

// src/model/model.ts
function inModel(obj) {
  return isRole(obj) || isBinding(obj) || podSpecs(obj).length > 0;
}
function buildModel(objects) {
  let kinds = /* @__PURE__ */ new Map();
  for (let o of objects) {
    let list = kinds.get(o.kind);
    list ? list.push(o) : kinds.set(o.kind, [o]);
  }
  let rbac;
  return {
    objects,
    byKind: (kind) => kinds.get(kind) ?? [],
    get rbac() {
      return rbac ??= new RbacGraph(objects), rbac;
    }
  };
}

// src/engine/positions.ts
var MAX_VIEWS = 64, pathKey = (path) => path.map((s) => typeof s == "number" ? `#${s}` : `.${s}`).join(""), Positions = class {
  regions = /* @__PURE__ */ new WeakMap();
  views = /* @__PURE__ */ new Map();
  /** Per file and document: does the document (and the line above it) hold a `#` at all? */
  hashes = /* @__PURE__ */ new WeakMap();
  /** Region of `path` (or its nearest parent) in the object's file, as `locate` finds it. */
  locate(obj, path) {
    return this.locateAt(obj, path).region;
  }
  /** Region of `path` and its file: the object's, or for a rendered object where the value was written. */
  locateAt(obj, path) {
    let byPath = this.regions.get(obj);
    byPath || this.regions.set(obj, byPath = /* @__PURE__ */ new Map());
    let key = pathKey(path), r = byPath.get(key);
    return r || byPath.set(key, r = this.find(obj, path)), r;
  }
  find(obj, path) {
    if (!obj.render) return { file: obj.file, region: locate(this.viewOf(obj), path) };
    let t = obj.render.mapBack(path);
    return "object" in t ? { file: t.object.file, region: locate(this.viewOf(t.object), t.path) } : { file: t.source, region: offsetsToRegion({ file: t.source }, t.range) };
  }
  /** `file:line` of the node at `path`, for messages that point at another object (RuleContext.where). */
  where(obj, path) {
    if (!obj.render) return where(obj, path, (o, p) => this.locate(o, p));
    let { file, region } = this.locateAt(obj, path);
    return `${file.path === "-" ? "<stdin>" : file.path}:${region.start.line}`;
  }
  /** The comment written for the node at `path` (RuleContext.commentFor); no position is needed in a document without `#`. */
  commentFor(obj, path) {
    if (!obj.render && !this.mayHaveComment(obj)) return;
    let { file, region } = this.locateAt(obj, path);
    return commentForLine(file, region.start.line);
  }
  /** Let go of every view (and so of the trees parsed for positions). Memoised positions stay. */
  release() {
    this.views.clear(), this.focused = void 0;
  }
  focused;
  /** The engine works on this file now: the trees of other files are let go. */
  focus(file) {
    file !== this.focused && this.release(), this.focused = file;
  }
  /** Regions asked for with `place` while deferring, by file, found later by `placeDeferred`. */
  queued = /* @__PURE__ */ new Map();
  deferring = !1;
  /**
   * From now until `placeNow`, `place` queues. For cross-object rules: they report across files in
   * their own order, and placing each finding at once would parse a document again every time its
   * file's tree had been let go.
   */
  deferPlacement() {
    this.deferring = !0;
  }
  /** `place` finds regions at once again; what was queued stays queued. */
  placeNow() {
    this.deferring = !1;
  }
  /** Gives `set` the region of `path`: at once, or in `placeDeferred` while placement is deferred. */
  place(obj, path, set) {
    if (!this.deferring) {
      let at = this.locateAt(obj, path);
      return set(at.region, at.file);
    }
    let list = this.queued.get(obj.file);
    list || this.queued.set(obj.file, list = []), list.push({ obj, path, set });
  }
  /**
   * Finds the queued regions of `file` (with its tree open, as the engine works on it), or of every
   * file, file by file, with one tree open at a time.
   */
  placeDeferred(file) {
    let files = file ? [file] : [...this.queued.keys()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    for (let f of files) {
      let list = this.queued.get(f);
      if (list) {
        this.queued.delete(f), this.focus(f), list.sort((a, b) => a.obj.documentIndex - b.obj.documentIndex);
        for (let { obj, path, set } of list) {
          let at = this.locateAt(obj, path);
          set(at.region, at.file);
        }
      }
    }
    file || this.release();
  }
  viewOf(obj) {
    let view = this.views.get(obj.file);
    view ? this.views.delete(obj.file) : (view = { file: { ...obj.file }, objects: /* @__PURE__ */ new Map() }, this.views.size >= MAX_VIEWS && this.views.delete(this.views.keys().next().value)), this.views.set(obj.file, view);
    let copy = view.objects.get(obj);
    return copy || view.objects.set(obj, copy = { ...obj, file: view.file }), copy;
  }
  /**
   * A comment of a node is on its line or alone on the line above (comments.ts), and every node of a
   * document lies within the document's range: without a `#` from the line above the document to
   * the end of its last line, no node in it has a comment.
   */
  mayHaveComment(obj) {
    let { text } = obj.file, byDoc = this.hashes.get(obj.file);
    byDoc || this.hashes.set(obj.file, byDoc = /* @__PURE__ */ new Map());
    let has = byDoc.get(obj.documentIndex);
    if (has === void 0) {
      let lineStart2 = text.lastIndexOf(`
`, obj.docRange[0] - 1), from = lineStart2 <= 0 ? 0 : text.lastIndexOf(`
`, lineStart2 - 1) + 1, nl = text.indexOf(`
`, obj.docRange[1]), to = nl === -1 ? text.length : nl, at = text.indexOf("#", from);
      has = at !== -1 && at < to, byDoc.set(obj.documentIndex, has);
    }
    return has;
  }
};

// src/engine/fingerprint.ts
function fingerprint(parts) {
  return sha256Hex(parts.map((p) => p === void 0 ? "" : String(p)).join("\0")).slice(0, 32);
}

// src/engine/suppress.ts
var IGNORE_ANNOTATION_PREFIX = "ignore.leastpriv.dev/", isSpace = (c) => c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279, isIdChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 44 || c === 45 || isSpace(c), isBreak = (c) => c === 10 || c === 13 || c === 8232 || c === 8233, DIRECTIVE_WORD = "leastpriv-ignore";
function parseSuppressionComment(comment) {
  let n = comment.length, wsEnd = new Int32Array(n + 1), okAt = new Int32Array(n + 2), breakAt = new Int32Array(n + 1);
  wsEnd[n] = n, breakAt[n] = n;
  for (let i = n - 1; i >= 0; i--)
    wsEnd[i] = isSpace(comment.charCodeAt(i)) ? wsEnd[i + 1] : i, breakAt[i] = isBreak(comment.charCodeAt(i)) ? i : breakAt[i + 1];
  let tail = (i) => {
    let e = wsEnd[i];
    if (e === n) return !0;
    if (comment.charCodeAt(e) !== 35) return !1;
    let x = wsEnd[e + 1];
    return comment.startsWith("expect:", x) && breakAt[x + 7] === n;
  };
  okAt[n + 1] = -1;
  for (let i = n; i >= 0; i--) okAt[i] = tail(i) ? i : okAt[i + 1];
  let after = (end) => {
    let e = wsEnd[end];
    if (e > end && comment.startsWith("--", e)) {
      let from = wsEnd[e + 2], r = okAt[from];
      if (r !== -1 && r <= breakAt[from]) return { reason: comment.slice(from, r) };
    }
    return tail(end) ? {} : void 0;
  };
  for (let h = comment.indexOf("#"); h !== -1; h = comment.indexOf("#", h + 1)) {
    let w = wsEnd[h + 1];
    if (!comment.startsWith(DIRECTIVE_WORD, w)) continue;
    let word = w + DIRECTIVE_WORD.length, greedy = wsEnd[word];
    if (greedy === word) continue;
    let runEnd = word;
    for (; runEnd < n && isIdChar(comment.charCodeAt(runEnd)); ) runEnd++;
    for (let end = greedy + 1; end <= runEnd; end++) {
      let a = after(end);
      if (a) return { ids: comment.slice(greedy, end), ...a };
    }
    for (let end = greedy; end >= word + 2; end--) {
      let a = after(end);
      if (a) return { ids: comment.slice(end - 1, end), ...a };
    }
  }
}
function suppressible(code) {
  let rule = findRule(code);
  return !rule || rule.meta.category !== "input" || rule.meta.tags.includes("live");
}
function commentSuppressions(file) {
  if (!file.text.includes("leastpriv-ignore")) return [];
  let out = [], lines = file.lineCounter.lineStarts.length;
  for (let ln = 1; ln <= lines; ln++) {
    let text = lineText(file, ln);
    if (!text.includes("leastpriv-ignore")) continue;
    let at = commentStart(text);
    if (at === -1) continue;
    let m = parseSuppressionComment(text.slice(at));
    if (!m) continue;
    let covered = text.slice(0, at).trim() === "" ? [ln + 1] : [ln];
    for (let raw of m.ids.split(/[,\s]+/).filter(Boolean)) {
      let rule = findRule(raw);
      out.push({
        kind: "comment",
        file: file.path,
        code: rule?.meta.code ?? raw,
        rawId: raw,
        known: !!rule,
        reason: (m.reason ?? "").trim(),
        region: { start: { line: ln, column: at + 1 }, end: { line: ln, column: text.length + 1 } },
        lines: covered,
        used: !1
      });
    }
  }
  return out;
}
function annotationSuppressions(obj, locateAt) {
  let ann = obj.value.metadata?.annotations;
  if (!ann || typeof ann != "object") return [];
  let out = [];
  for (let [key, value] of Object.entries(ann)) {
    if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
    let raw = key.slice(IGNORE_ANNOTATION_PREFIX.length), rule = findRule(raw);
    out.push({
      kind: "annotation",
      file: obj.file.path,
      code: rule?.meta.code ?? raw,
      rawId: raw,
      known: !!rule,
      reason: typeof value == "string" ? value.trim() : "",
      region: locateAt(["metadata", "annotations", key]),
      object: obj,
      used: !1
    });
  }
  return out;
}
function applySuppressions(findings, sites, objectOf) {
  if (sites.length === 0) return;
  let byLine = /* @__PURE__ */ new Map(), byObject = /* @__PURE__ */ new Map();
  for (let s of sites)
    if (!(!s.known || !s.reason || !suppressible(s.code)))
      if (s.lines)
        for (let l of s.lines) {
          let k = `${s.file}\0${l}`;
          byLine.set(k, [...byLine.get(k) ?? [], s]);
        }
      else s.object && byObject.set(s.object, [...byObject.get(s.object) ?? [], s]);
  for (let f of findings) {
    if (!suppressible(f.code)) continue;
    let onLine = byLine.get(`${f.file}\0${f.region.start.line}`)?.find((s) => s.code === f.code), obj = objectOf(f), site = onLine ?? (obj ? byObject.get(obj)?.find((s) => s.code === f.code) : void 0);
    site && (site.used = !0, f.suppressed = { kind: site.kind === "comment" ? "comment" : "annotation", justification: site.reason, location: { file: site.file, line: site.region.start.line } });
  }
}
function suppressionProblems(sites, severityOf) {
  let out = [];
  for (let s of sites) {
    let problem = s.known ? suppressible(s.code) ? s.reason ? !s.used && severityOf(s.code) !== void 0 ? "unused" : void 0 : "noReason" : "notSuppressible" : "unknownRule";
    if (!problem) continue;
    let code = problem === "unused" ? "LP005" : "LP006", severity = severityOf(code);
    if (!severity) continue;
    let rule = findRule(code);
    out.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: problem,
      message: format(rule.meta.messages[problem], { rule: s.rawId, code: s.code, name: findRule(s.code)?.meta.name ?? s.rawId }),
      file: s.file,
      region: s.region,
      fingerprint: fingerprint([code, s.file, s.rawId, s.kind, s.object?.name])
    });
  }
  return out;
}

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
function makeBaseline(findings) {
  let entries = findings.filter((f) => !f.suppressed && suppressible(f.code)).map((f) => ({ fingerprint: f.fingerprint, code: f.code, rule: f.rule, file: f.file, message: f.message })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
  return { version: BASELINE_VERSION, tool: "leastpriv", findings: entries };
}
function serializeBaseline(b) {
  return JSON.stringify(b, null, 2) + `
`;
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${e.message}`);
  }
  let d = data;
  if (!d || typeof d != "object" || d.version !== BASELINE_VERSION || !Array.isArray(d.findings))
    throw new Error(`not a leastpriv baseline (expected { "version": ${BASELINE_VERSION}, "findings": [...] }; write one with --write-baseline)`);
  for (let [i, f] of d.findings.entries())
    if (!f || typeof f.fingerprint != "string") throw new Error(`findings[${i}] has no fingerprint`);
  return d;
}
function applyBaseline(findings, baseline, label) {
  let left = /* @__PURE__ */ new Map();
  for (let e of baseline.findings) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  let matched = 0;
  for (let f of findings) {
    if (f.suppressed || !suppressible(f.code)) continue;
    let n = left.get(f.fingerprint) ?? 0;
    n !== 0 && (left.set(f.fingerprint, n - 1), f.suppressed = { kind: "baseline", justification: `recorded in the baseline ${label}` }, matched++);
  }
  return matched;
}

// src/engine/finding.ts
function objectFinding(s) {
  let { object, path } = s, f = {
    code: s.code,
    rule: s.rule,
    severity: s.severity,
    messageId: s.messageId,
    message: s.message,
    file: object.file.path,
    region: s.region ?? locate(object, path),
    object: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...object.namespace ? { namespace: object.namespace } : {},
      documentIndex: object.documentIndex
    },
    path,
    fingerprint: fingerprint([s.code, object.file.path, object.apiVersion, object.kind, object.namespace, object.name, path.join("."), s.message])
  };
  return s.data && (f.data = s.data), f;
}

// src/pss/report.ts
function pssReport(objects, findings, objectOf, active, profile, kubeVersion) {
  if (active.length === 0) return;
  let version = effectiveVersion(kubeVersion), failed = /* @__PURE__ */ new Set();
  for (let f of findings) {
    if (f.suppressed || !f.data?.control || f.data.pod === void 0) continue;
    let o = objectOf(f);
    if (o)
      for (let pod of f.data.pod.split(",")) failed.add(`${f.data.control}\0${pod}\0${objectKey(o)}`);
  }
  let pods = [];
  for (let o of objects)
    for (let pod of podSpecs(o)) {
      let path = pod.path.join("."), controls = {};
      for (let a of active)
        controls[a.control] = applicability(a.control, a.level, version).applies ? failed.has(`${a.control}\0${path}\0${objectKey(o)}`) ? "fail" : "pass" : "not-applicable";
      pods.push({
        file: o.file.path,
        object: { apiVersion: o.apiVersion, kind: o.kind, name: o.name, ...o.namespace ? { namespace: o.namespace } : {}, documentIndex: o.documentIndex },
        path,
        inferred: !!pod.inferred,
        allowed: !Object.values(controls).includes("fail"),
        controls
      });
    }
  return { profile, kubeVersion, policyVersion: formatVersion(version), pods };
}
var ids = /* @__PURE__ */ new WeakMap(), next = 0;
function objectKey(o) {
  let id = ids.get(o);
  return id === void 0 && ids.set(o, id = next++), id;
}

// src/fix/yaml-edit.ts
var INDENT_STEP = "  ";
function parseDocs(text) {
  let hit = recent.findIndex((r) => r.text === text);
  if (hit !== -1) return recent[hit].docs;
  let { parseAllDocuments } = yamlLib(), parsed = parseAllDocuments(text, { prettyErrors: !1, uniqueKeys: !1 }), docs = Array.isArray(parsed) ? parsed : [];
  return recent.unshift({ text, docs }), recent.length > RECENT && recent.pop(), docs;
}
var RECENT = 4, recent = [], eolOf = (text) => /\r\n/.test(text) ? `\r
` : `
`;
function lineStart(text, offset) {
  return text.lastIndexOf(`
`, offset - 1) + 1;
}
function lineEnd(text, offset) {
  let e = text.indexOf(`
`, offset);
  return e === -1 && (e = text.length), e > 0 && text[e - 1] === "\r" && e--, e;
}
function contentEnd(text, end) {
  let e = end;
  for (; e > 0 && /[\s]/.test(text[e - 1]); ) e--;
  return e;
}
function renderScalar(v, style) {
  if (v == null) return "null";
  if (typeof v == "boolean" || typeof v == "number") return String(v);
  let s = String(v);
  if (style === "QUOTE_DOUBLE") return JSON.stringify(s);
  if (style === "QUOTE_SINGLE") return `'${s.replace(/'/g, "''")}'`;
  let out = yamlLib().stringify(s, { lineWidth: 0 }).trimEnd();
  return out.includes(`
`) ? JSON.stringify(s) : out;
}
var isRecord2 = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function renderFlow(v, style) {
  return Array.isArray(v) ? `[${v.map((x) => renderFlow(x, style)).join(", ")}]` : isRecord2(v) ? `{${Object.entries(v).map(([k, x]) => `${renderScalar(k)}: ${renderFlow(x, style)}`).join(", ")}}` : renderScalar(v, style);
}
var withComment = (line, comment) => comment ? `${line}  # ${comment}` : line;
function renderBlockPair(key, v, indent, eol, comment) {
  if (isRecord2(v) && Object.keys(v).length) {
    let child = indent + INDENT_STEP;
    return withComment(`${renderScalar(key)}:`, comment) + Object.entries(v).map(([k, x]) => eol + child + renderBlockPair(k, x, child, eol)).join("");
  }
  return withComment(`${renderScalar(key)}: ${renderFlow(v)}`, comment);
}
function renderBlockItem(v, indent, eol, style, comment) {
  if (isRecord2(v) && Object.keys(v).length) {
    let child = indent + INDENT_STEP;
    return "- " + Object.entries(v).map(([k, x], i) => (i ? eol + child : "") + renderBlockPair(k, x, child, eol, i === 0 ? comment : void 0)).join("");
  }
  return withComment(`- ${renderFlow(v, style)}`, comment);
}
function walk(doc, path) {
  let { isMap, isSeq, isScalar, isAlias } = yamlLib(), node = doc.contents, pair;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i];
    if (isAlias(node)) return { refused: "the path goes through an alias" };
    if (isMap(node)) {
      if (node.items.some((p) => isScalar(p.key) && p.key.source === "<<")) return { refused: "the mapping uses a merge key" };
      let found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return { node, ...pair ? { pair } : {}, rest: path.slice(i) };
      if (pair = found, node = found.value, node == null) return { node: null, pair, rest: path.slice(i + 1) };
    } else if (isSeq(node) && typeof seg == "number") {
      if (seg >= node.items.length) return { node, rest: path.slice(i) };
      pair = void 0, node = node.items[seg];
    } else return isScalar(node) && (node.value === null || node.value === void 0) ? { node, ...pair ? { pair } : {}, rest: path.slice(i) } : { refused: `no mapping at ${path.slice(0, i).join(".") || "the document root"}` };
  }
  return { node, ...pair ? { pair } : {}, rest: [] };
}
function nest(rest, value) {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) v = { [String(rest[i])]: v };
  return v;
}
var splice = (text, start, end, insert) => text.slice(0, start) + insert + text.slice(end);
function insertIntoMap(text, map, rest, value, comment) {
  let { isScalar } = yamlLib();
  if (typeof rest[0] != "string") return { refused: "cannot create a list item by path" };
  if (rest.slice(1).some((s) => typeof s != "string")) return { refused: "cannot create a list item by path" };
  let key = rest[0], v = nest(rest.slice(1), value), range = map.range;
  if (!range) return { refused: "the mapping has no source position" };
  if (map.flow) {
    let last2 = map.items[map.items.length - 1], pairText = `${renderScalar(key)}: ${renderFlow(v)}`;
    if (!last2) {
      let open = text.indexOf("{", range[0]);
      return open === -1 || open >= range[1] ? { refused: "no `{` found" } : { text: splice(text, open + 1, open + 1, pairText) };
    }
    let end2 = (last2.value?.range ?? last2.key.range)?.[1];
    if (end2 === void 0) return { refused: "no source position" };
    let at2 = contentEnd(text, end2);
    return { text: splice(text, at2, at2, `, ${pairText}`) };
  }
  let first = map.items[0], last = map.items[map.items.length - 1];
  if (!first || !last || !isScalar(first.key) || !first.key.range) return { refused: "an empty block mapping" };
  let keyStart = first.key.range[0], indent = text.slice(lineStart(text, keyStart), keyStart), pad = " ".repeat(indent.length), end = (last.value?.range ?? last.key.range)[1], at = lineEnd(text, contentEnd(text, end)), eol = eolOf(text);
  return { text: splice(text, at, at, eol + pad + renderBlockPair(key, v, pad, eol, comment)) };
}
function fillEmptyValue(text, pair, node, rest, value, comment) {
  if (rest.some((s) => typeof s != "string")) return { refused: "cannot create a list item by path" };
  let keyRange = pair.key?.range;
  if (!keyRange) return { refused: "no source position" };
  let eol = eolOf(text), ls = lineStart(text, keyRange[0]), keyIndent = keyRange[0] - ls, pad = " ".repeat(keyIndent + INDENT_STEP.length), v = nest(rest.slice(1), value), scalar = node, block = eol + pad + renderBlockPair(String(rest[0]), v, pad, eol, comment);
  if (scalar && scalar.range && scalar.source !== void 0 && scalar.source !== "") {
    let r = scalar.range;
    return { text: splice(text, r[0] - 1 >= 0 && text[r[0] - 1] === " " ? r[0] - 1 : r[0], r[1], block) };
  }
  let at = lineEnd(text, keyRange[1]);
  return { text: splice(text, at, at, block) };
}
function appendToSeq(text, seq, value, comment) {
  let { isScalar } = yamlLib(), range = seq.range;
  if (!range) return { refused: "no source position" };
  let last = seq.items[seq.items.length - 1], style = isScalar(last) ? last.type : void 0;
  if (seq.flow) {
    if (!last) {
      let open = text.indexOf("[", range[0]);
      return open === -1 || open >= range[1] ? { refused: "no `[` found" } : { text: splice(text, open + 1, open + 1, renderFlow(value, style)) };
    }
    if (!last.range) return { refused: "no source position" };
    let at2 = contentEnd(text, last.range[1]);
    return { text: splice(text, at2, at2, `, ${renderFlow(value, style)}`) };
  }
  if (!last?.range) return { refused: "an empty block sequence" };
  let indent = " ".repeat(range[0] - lineStart(text, range[0])), at = lineEnd(text, contentEnd(text, last.range[1])), eol = eolOf(text);
  return { text: splice(text, at, at, eol + indent + renderBlockItem(value, indent, eol, style, comment)) };
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function applyEdit(text, docIndex, op) {
  let { isMap, isSeq, isScalar } = yamlLib(), doc = parseDocs(text)[docIndex];
  if (!doc) return { refused: `no document ${docIndex}` };
  if (doc.errors.length) return { refused: "the document does not parse" };
  let w = walk(doc, op.path);
  if ("refused" in w) return w;
  let append = "append" in op, value = append ? op.append : op.set;
  if (w.rest.length === 0) {
    let node = w.node;
    if (append)
      return isSeq(node) ? node.toJSON().some((x) => deepEqual(x, value)) ? { text } : appendToSeq(text, node, value, op.comment) : node === null || isScalar(node) && node.value === null ? w.pair ? replaceValue(text, w.pair, node, [value]) : { refused: "no key to hold the list" } : { refused: "the value is not a list" };
    if (isScalar(node) && node.value !== null && typeof value != "object") {
      if (node.value === value) return { text };
      let r = node.range;
      return { text: splice(text, r[0], r[1], renderScalar(value, node.type)) };
    }
    if (node === null || isScalar(node) && node.value === null)
      return w.pair ? replaceValue(text, w.pair, node, value) : { refused: "no key to hold the value" };
    if ((isMap(node) || isSeq(node)) && deepEqual(node.toJSON(), value)) return { text };
    if ((isMap(node) || isSeq(node)) && node.flow && node.range) {
      let style = isSeq(node) && isScalar(node.items[0]) ? node.items[0].type : void 0, end = contentEnd(text, node.range[1]), tail = text.slice(end, lineEnd(text, end)).trim(), note = op.comment && (tail === "" || tail.startsWith("#")) ? `  # ${op.comment}` : "";
      return { text: splice(text, node.range[0], end, renderFlow(value, style) + note) };
    }
    return isSeq(node) && Array.isArray(value) && value.length && node.range ? replaceBlockSeq(text, node, value, op.comment) : { refused: "a block collection is not replaced wholesale" };
  }
  let v = append ? [value] : value;
  return isMap(w.node) ? insertIntoMap(text, w.node, w.rest, v, op.comment) : (w.node === null || isScalar(w.node) && w.node.value === null) && w.pair ? fillEmptyValue(text, w.pair, w.node, w.rest, v, op.comment) : { refused: `cannot add ${w.rest.join(".")} here` };
}
function replaceBlockSeq(text, seq, value, comment) {
  let { isScalar } = yamlLib(), first = seq.items[0], last = seq.items[seq.items.length - 1];
  if (!first?.range || !last?.range || !seq.items.every((x) => isScalar(x))) return { refused: "only a list of scalars is replaced" };
  if (value.some((v) => v !== null && typeof v == "object")) return { refused: "only a list of scalars is written" };
  let start = lineStart(text, first.range[0]), dash = text.indexOf("-", start);
  if (dash === -1 || dash >= first.range[0] || text.slice(start, dash).trim() !== "") return { refused: "the list does not start its line" };
  let end = contentEnd(text, last.range[1]);
  if (text.slice(dash, end).includes("#") && seq.items.reduce((t, x) => {
    let r = x.range;
    return t.slice(0, r[0] - dash) + " ".repeat(r[1] - r[0]) + t.slice(r[1] - dash);
  }, text.slice(dash, end)).includes("#"))
    return { refused: "a comment among the items would be lost" };
  let indent = text.slice(start, dash), eol = eolOf(text), style = first.type, items = value.map((v, i) => (i ? indent : "") + withComment(`- ${renderScalar(v, style)}`, i === 0 ? comment : void 0)).join(eol);
  return { text: splice(text, dash, end, items) };
}
function replaceValue(text, pair, node, value) {
  let { isScalar } = yamlLib(), rendered = renderFlow(value);
  if (isScalar(node) && node.range && node.source !== void 0 && node.source !== "") return { text: splice(text, node.range[0], node.range[1], rendered) };
  let keyRange = pair.key?.range;
  if (!keyRange) return { refused: "no source position" };
  let colon = text.indexOf(":", keyRange[1]);
  return colon === -1 ? { refused: "no `:` after the key" } : { text: splice(text, colon + 1, colon + 1, ` ${rendered}`) };
}
function valueAt(docs, docIndex, path) {
  let v = docs[docIndex]?.toJS({ maxAliasCount: 100 });
  for (let seg of path) {
    if (v === null || typeof v != "object") return;
    v = v[seg];
  }
  return v;
}
function deletePairAt(text, keyOffset) {
  let { isMap, isScalar, visit } = yamlLib(), found;
  for (let doc of parseDocs(text))
    if (visit(doc, {
      Map(_k, map2) {
        let i = map2.items.findIndex((p) => p.key?.range?.[0] === keyOffset);
        if (i !== -1)
          return found = { map: map2, index: i }, visit.BREAK;
      }
    }), found) break;
  if (!found || !isMap(found.map)) return { refused: "no mapping entry starts there" };
  let { map, index } = found, pair = map.items[index], key = pair.key;
  if (!isScalar(key) || !key.range) return { refused: "the key is not a plain scalar" };
  let value = pair.value, valueEnd = value?.range ? contentEnd(text, value.range[1]) : key.range[1];
  if (map.flow) {
    let next2 = map.items[index + 1];
    if (next2) {
      let nextStart = next2.key?.range?.[0];
      return nextStart === void 0 ? { refused: "no source position" } : { text: splice(text, keyOffset, nextStart, "") };
    }
    let prev = map.items[index - 1];
    if (!prev)
      return { text: splice(text, keyOffset, valueEnd, "") };
    let prevEnd = (prev.value?.range ?? prev.key.range)?.[1];
    return prevEnd === void 0 ? { refused: "no source position" } : { text: splice(text, contentEnd(text, prevEnd), valueEnd, "") };
  }
  let start = lineStart(text, keyOffset);
  if (text.slice(start, keyOffset).trim() !== "") return { refused: "the key is not the first thing on its line (an item of a list, or a mapping after `- `)" };
  let end = lineEnd(text, valueEnd), tail = text.slice(valueEnd, end);
  if (tail.trim() !== "" && !/^\s+#/.test(tail) && !/^#/.test(tail.trim())) return { refused: "something else follows the value on its line" };
  let nl = text.indexOf(`
`, end);
  return { text: splice(text, start, nl === -1 ? text.length : nl + 1, "") };
}

// src/fix/resolve.ts
function resolveFix(fix, reported) {
  let byFile = /* @__PURE__ */ new Map();
  for (let e of fix.edits) {
    let obj = e.object ?? reported, op = "append" in e ? "append" : "set", value = "append" in e ? e.append : e.set, at;
    if (obj.render) {
      let t = obj.render.editTarget?.(e.path);
      if (!t) return { refused: "no place to write an edit of a rendered object" };
      if ("refused" in t) return { refused: `${e.path.join(".")}: ${t.refused}` };
      let invalid = rejected(withEdit(obj.value, e.path, op, value));
      if (invalid && !rejected(obj.value)) return { refused: invalid };
      at = { file: t.object.file, docIndex: t.object.documentIndex, path: [...t.object.rootPath, ...t.path] };
    } else at = { file: obj.file, docIndex: obj.documentIndex, path: [...obj.rootPath, ...e.path] };
    let entry = byFile.get(at.file.path) ?? { file: at.file, list: [] };
    entry.list.push({ docIndex: at.docIndex, path: at.path, op, value, ...e.comment ? { comment: e.comment } : {} }), byFile.set(at.file.path, entry);
  }
  let edits = [], files = [];
  for (let { file, list } of byFile.values()) {
    let before = file.text;
    if (!before) return { refused: `the text of ${file.path} is not available` };
    let text = before;
    for (let e of list) {
      let r = applyEdit(text, e.docIndex, { path: e.path, ...e.comment ? { comment: e.comment } : {}, ...e.op === "append" ? { append: e.value } : { set: e.value } });
      if ("refused" in r) return { refused: `${e.path.join(".")}: ${r.refused}` };
      text = r.text;
    }
    if (text === before) continue;
    let problem = check(before, text, list);
    if (problem) return { refused: problem };
    edits.push(changedSpan(file, before, text)), files.push(file);
  }
  return edits.length ? { fix: { description: fix.description, edits }, files } : { refused: "nothing to change" };
}
function withEdit(value, path, op, v) {
  let root = JSON.parse(JSON.stringify(value ?? {})), cur = root;
  for (let i = 0; i < path.length - 1; i++) {
    let k = path[i];
    (cur[k] === null || typeof cur[k] != "object") && (cur[k] = {}), cur = cur[k];
  }
  let last = path[path.length - 1];
  return last === void 0 || (op === "append" ? cur[last] = [...Array.isArray(cur[last]) ? cur[last] : [], v] : cur[last] = v), root;
}
function check(before, after, edits) {
  let was = parseDocs(before), now = parseDocs(after);
  if (was.length !== now.length) return "the edit would change the documents of the file";
  for (let e of edits) {
    let doc = now[e.docIndex];
    if (!doc || doc.errors.length) return "the edited document would not parse";
    let v = valueAt(now, e.docIndex, e.path);
    if (!(e.op === "set" ? deepEqual(v, e.value) : Array.isArray(v) && v.some((x) => deepEqual(x, e.value)))) return `${e.path.join(".")} would not hold the value asked for`;
    let invalid = rejected(doc.toJS({ maxAliasCount: 100 }));
    if (invalid && !rejected(was[e.docIndex]?.toJS({ maxAliasCount: 100 }))) return invalid;
  }
}
function rejected(value) {
  let found, visit = (v, depth) => {
    if (found || depth > 64 || v === null || typeof v != "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    let o = v, sc = o.securityContext;
    if (sc && typeof sc == "object" && sc.allowPrivilegeEscalation === !1) {
      sc.privileged === !0 && (found = "allowPrivilegeEscalation: false with privileged: true is rejected by the API server");
      let add = sc.capabilities?.add;
      Array.isArray(add) && add.includes("CAP_SYS_ADMIN") && (found = "allowPrivilegeEscalation: false with CAP_SYS_ADMIN added is rejected by the API server");
    }
    for (let x of Object.values(o)) visit(x, depth + 1);
  };
  return visit(value, 0), found;
}
function changedSpan(file, before, after) {
  let p = 0, max = Math.min(before.length, after.length);
  for (; p < max && before.charCodeAt(p) === after.charCodeAt(p); ) p++;
  let s = 0;
  for (; s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s); ) s++;
  let start = p, end = before.length - s, lc = file.lineCounter, a = lc.linePos(start), b = lc.linePos(end);
  return { file: file.path, range: [start, end], region: { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } }, text: after.slice(p, after.length - s) };
}

// src/fix/duplicate-key.ts
function duplicateKeyOffers(source, dup, limits) {
  let line = (offset) => source.lineCounter.linePos(offset).line, before = parseSource(source, limits), objects = (p) => JSON.stringify(p.objects.map((o) => [o.documentIndex, o.rootPath, canonical(o.value)])), dupCount = (p) => p.diagnostics.filter((d) => d.duplicate).length, others = (p) => p.diagnostics.filter((d) => !d.duplicate).map((d) => `${d.code}\0${d.message}`).sort().join(`
`), attempt = (at, description, sameObjects) => {
    let r = deletePairAt(source.text, at);
    if ("refused" in r) return;
    let after = parseSource(newSource(source.path, r.text), limits);
    if (!(after.documents !== before.documents || after.objects.length !== before.objects.length) && !(dupCount(after) >= dupCount(before) || others(after) !== others(before)) && !(sameObjects && objects(after) !== objects(before)))
      return { description, edits: [changedSpan(source, source.text, r.text)] };
  }, key = `\`${dup.key}\``;
  if (dup.sameValue) {
    let fix = attempt(dup.at, `Remove the repeated ${key} (line ${line(dup.at)}): it has the value of line ${line(dup.first)}`, !0);
    return fix ? { fix } : {};
  }
  let suggestions = [
    attempt(dup.first, `Remove the earlier ${key} (line ${line(dup.first)}), keeping the value kubectl applies (line ${line(dup.at)})`, !0),
    attempt(dup.at, `Remove the later ${key} (line ${line(dup.at)}), keeping the value of line ${line(dup.first)} (this changes what is applied)`, !1)
  ].filter((s) => !!s);
  return suggestions.length ? { suggestions } : {};
}
function canonical(v) {
  return Array.isArray(v) ? v.map(canonical) : v && typeof v == "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
}

// src/engine/roots.ts
function mergeAcrossRoots(findings, objectOf) {
  let groups = /* @__PURE__ */ new Map(), out = [];
  for (let f of findings) {
    let o = objectOf(f), root = o?.render?.root;
    if (o === void 0 || root === void 0) {
      out.push(f);
      continue;
    }
    let origin = [o.file.path, o.documentIndex, o.rootPath.join(".")].join("\0"), id = [o.apiVersion.split("/").slice(0, -1).join("/"), o.kind, o.namespace ?? "", o.name].join("\0"), key = [f.code, f.file, f.region.start.line, f.region.start.column, (f.path ?? []).join("."), f.messageId, origin].join("\0");
    groups.get(key)?.ids.has(root) && groups.get(key).ids.get(root) !== id && (key += `\0${id}`);
    let g = groups.get(key);
    if (g) {
      g.roots.includes(root) || g.roots.push(root), g.ids.set(root, id), editsOf(g.first) !== editsOf(f) && (delete g.first.fix, delete g.first.suggestions);
      continue;
    }
    groups.set(key, { first: f, roots: [root], ids: /* @__PURE__ */ new Map([[root, id]]) }), out.push(f);
  }
  for (let { first, roots } of groups.values())
    roots.sort(), first.data = { ...first.data ?? {}, roots: roots.join(", ") }, first.message += roots.length === 1 ? ` (as rendered by ${roots[0]})` : ` (as rendered by ${roots.length} roots: ${roots.join(", ")})`;
  return out;
}
var editsOf = (f) => JSON.stringify([f.fix ?? null, f.suggestions ?? null]);

// src/render/helm-source.ts
import { existsSync, readdirSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var SOURCE_PREFIX = "# Source: ";
function helmSources(text) {
  let out = [];
  return text.split(`
`).forEach((l, i) => {
    if (!l.startsWith(SOURCE_PREFIX)) return;
    let path = l.slice(SOURCE_PREFIX.length).trim();
    path && out.push({ line: i + 1, path });
  }), out;
}
function insideCwd(c, cwd) {
  try {
    let rel = relative(realpathSync(cwd), realpathSync(resolve(cwd, c)));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) && !rel.split(sep).includes("..");
  } catch {
    return !1;
  }
}
function chartFile(path, cwd, charts) {
  if (isAbsolute(path) || path.includes("\\") || path.split("/").includes("..")) return;
  let [name, ...rest] = path.split("/"), candidates = [path, rest.join("/")].filter(Boolean), folder = rest.length ? charts().get(name) : void 0;
  return folder && candidates.push(`${folder}/${rest.join("/")}`), candidates.find((c) => existsSync(resolve(cwd, c)) && insideCwd(c, cwd));
}
function chartFolders(cwd) {
  let out = /* @__PURE__ */ new Map(), budget = 2e3, walk2 = (rel, depth) => {
    if (budget-- <= 0) return;
    let entries;
    try {
      entries = readdirSync(resolve(cwd, rel), { withFileTypes: !0 });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === "Chart.yaml")) {
      let m = /^name:[ \t]*["']?([^"'\s#]+)/m.exec(readRegularText(resolve(cwd, rel, "Chart.yaml")) ?? "");
      m && rel && out.set(m[1], out.has(m[1]) ? null : rel);
    }
    if (!(depth >= 3))
      for (let e of entries) e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules" && walk2(rel ? `${rel}/${e.name}` : e.name, depth + 1);
  };
  return walk2("", 0), out;
}
function mapHelmSources(findings, stdin, cwd, sources) {
  let marks = helmSources(stdin.text);
  if (!marks.length) return;
  let charts, chartsOnce = () => charts ??= chartFolders(cwd);
  for (let f of findings) {
    if (f.file !== stdin.path) continue;
    let line = f.region.start.line, mark;
    for (let m of marks) m.line <= line && (mark = m);
    if (!mark) continue;
    let file = chartFile(mark.path, cwd, chartsOnce);
    if (!file) {
      f.message += ` (from the helm template ${mark.path})`;
      continue;
    }
    if (f.message += ` (helm template ${mark.path}, line ${line} of the rendered output: the template's own line is not known)`, f.data = { ...f.data ?? {}, renderedLine: String(line), helmSource: mark.path }, f.file = file, f.region = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, !sources.has(file)) {
      let text = readRegularText(resolve(cwd, file));
      text !== void 0 && sources.set(file, newSource(file, text));
    }
  }
}

// src/engine/audit.ts
var UNPLACED = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, NO_MODEL_YET = {
  get objects() {
    return unavailable();
  },
  byKind: () => unavailable(),
  get rbac() {
    return unavailable();
  }
};
function unavailable() {
  throw new Error("the model is not available to checkObject for an object outside it (neither RBAC nor carrying pods); use checkModel");
}
function foldRootCauses(findings, causeOf) {
  let yields = /* @__PURE__ */ new Map(), targets = /* @__PURE__ */ new Set();
  for (let f of causeOf.keys()) {
    let y = findRule(f.code)?.meta.yieldsTo;
    if (y) {
      yields.set(f.code, y.codes);
      for (let c of y.codes) targets.add(c);
    }
  }
  if (!yields.size) return findings;
  let roots = /* @__PURE__ */ new Map();
  for (let [f, cause] of causeOf) targets.has(f.code) && !roots.has(`${f.code}\0${cause}`) && roots.set(`${f.code}\0${cause}`, f);
  let folded = /* @__PURE__ */ new Set();
  for (let [f, cause] of causeOf) {
    let codes = yields.get(f.code);
    if (!codes) continue;
    let root = codes.map((c) => roots.get(`${c}\0${cause}`)).find((r) => r !== void 0);
    if (!root) continue;
    folded.add(f), root.file === f.file && root.region.start.line === f.region.start.line && root.region.start.column === f.region.start.column || (root.related ??= []).push({ file: f.file, region: f.region, message: `${f.code} ${f.rule}: ${f.message}`, code: f.code });
  }
  if (!folded.size) return findings;
  for (let f of findings) f.related && f.related.length > 1 && f.related.sort(byPosition);
  return findings.filter((f) => !folded.has(f));
}
function ruleSeverity(active, code) {
  return active.get(code)?.severity;
}
function disambiguateFingerprints(findings) {
  let seen = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1), n > 0 && (f.fingerprint = fingerprint([f.fingerprint, n]));
  }
}
var byPosition = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column, ATTRIBUTE_UP_TO = 4;
function counterfactuals(input) {
  let named = [...input.reportOnly], run = (omit) => {
    let { reportOnly: _r, baseline: _b, fixes: _f, graph: _g, ...rest } = input;
    return new Set(audit({ ...rest, omit, fingerprintsOnly: !0 }).findings.map((f) => f.fingerprint));
  }, withoutAll = run(new Set(named)), withoutEach = /* @__PURE__ */ new Map();
  if (named.length > 1 && named.length <= ATTRIBUTE_UP_TO) for (let n of named) withoutEach.set(n, run(/* @__PURE__ */ new Set([n])));
  return { withoutAll, withoutEach };
}
function audit(input) {
  return input.cache ? input.cache.audit(input, auditNow) : auditNow(input);
}
function auditNow(input) {
  let result = auditFully(input);
  return input.fingerprintsOnly ? {
    findings: result.findings.map((f) => ({ fingerprint: f.fingerprint })),
    summary: result.summary,
    sources: /* @__PURE__ */ new Map(),
    rules: [],
    justifications: []
  } : result;
}
function auditFully(input) {
  input.reportOnly && !input.parseCache && (input = { ...input, parseCache: /* @__PURE__ */ new Map() });
  let config = input.config ?? defaults(), active = new Map(activeRules(config).map((a) => [a.rule.meta.code, a])), ctx = { findings: [], objectOfFinding: /* @__PURE__ */ new Map(), offers: /* @__PURE__ */ new Map(), causeOf: /* @__PURE__ */ new Map() }, positions = new Positions(), sources = /* @__PURE__ */ new Map(), layer = input.fixes ? void 0 : input.cache?.parsed, recording, layerAt = /* @__PURE__ */ new Map(), pushDiagnostic = (d, source) => {
    let rule = findRule(d.code), code = rule.meta.code, ruled = ruleSeverity(active, code);
    if (!ruled) return;
    let severity = d.lesser ? ruled === "error" ? "warning" : "note" : ruled, region = source ? offsetsToRegion({ file: source }, d.range) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    ctx.findings.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: Object.keys(rule.meta.messages)[0],
      message: d.message,
      file: d.file,
      region,
      fingerprint: fingerprint([code, d.file, d.message]),
      ...input.fixes && d.duplicate && source ? safeOffers(() => duplicateKeyOffers(source, d.duplicate, config.limits)) : {}
    });
  }, report = (object, code, messageId, message, path, severity, data, offer, cause) => {
    recording && object !== recording.object && (recording.touched = !0);
    let f = objectFinding({ code, rule: findRule(code).meta.name, severity, messageId, message, object, path, region: UNPLACED, ...data ? { data } : {} });
    positions.place(object, path, (r, file) => {
      f.region = r, file.path !== f.file && (f.file = file.path);
      let kept2 = sources.get(file.path);
      (!kept2 || !kept2.text && file.text) && sources.set(file.path, file);
    }), ctx.findings.push(f), ctx.objectOfFinding.set(f, object), offer && input.fixes && (offer.fix || offer.suggestions?.length) && ctx.offers.set(f, { object, ...offer }), cause !== void 0 && ctx.causeOf.set(f, cause);
  }, model, justifications = [], checked = [...active.values()].filter((a) => a.rule.checkObject || a.rule.checkModel || a.rule.checkGroup), runners = checked.map((a) => ruleRunner(a)), objectRules = checked.flatMap((a, i) => a.rule.checkObject ? [i] : []);
  function ruleRunner(a) {
    let { rule } = a, rctx = {
      get model() {
        return recording && (recording.touched = !0), model ?? NO_MODEL_YET;
      },
      options: a.options,
      severity: a.severity,
      kubeVersion: config.kubeVersion,
      report: (r) => {
        let tpl = rule.meta.messages[r.messageId];
        if (tpl === void 0) throw new Error(`rule ${rule.meta.name} reported unknown message id '${r.messageId}'`);
        let data = r.data ? Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, String(v)])) : void 0;
        report(r.object, rule.meta.code, r.messageId, format(tpl, r.data), r.path, r.severity ?? a.severity, data, { ...r.fix ? { fix: r.fix } : {}, ...r.suggestions ? { suggestions: r.suggestions } : {} }, r.cause);
      },
      commentFor: (obj, path) => (recording && obj !== recording.object && (recording.touched = !0), positions.commentFor(obj, path)),
      where: (obj, path) => (recording && obj !== recording.object && (recording.touched = !0), positions.where(obj, path)),
      justified: (j) => (recording && j.object !== recording.object ? recording.touched = !0 : !0) && justifications.push({
        ...(({ file, region }) => ({ file: file.path, region }))(positions.locateAt(j.object, j.path)),
        object: objectLabel(j.object),
        privilege: j.privilege,
        reason: j.reason,
        source: j.source
      })
    }, crashed = (obj, e) => {
      let sev = ruleSeverity(active, "LP004");
      if (!sev) return;
      let detail = e instanceof Error ? e.message : String(e), rie = findRule("LP004"), msg = format(rie.meta.messages.crashed ?? "", { rule: `${rule.meta.code} ${rule.meta.name}`, object: obj ? objectLabel(obj) : "the model", detail });
      obj ? report(obj, "LP004", "crashed", msg, [], sev, { rule: rule.meta.code }) : ctx.findings.push({ code: "LP004", rule: rie.meta.name, severity: sev, messageId: "crashed", message: msg, file: MODEL_FILE, region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fingerprint: fingerprint(["LP004", rule.meta.code, detail]) });
    };
    return {
      object(o) {
        if (rule.checkObject)
          try {
            rule.checkObject(o, rctx);
          } catch (e) {
            crashed(o, e);
          }
      },
      group(objects, scope) {
        if (rule.checkGroup)
          try {
            rule.checkGroup(objects, scope, rctx);
          } catch (e) {
            crashed(void 0, e);
          }
      },
      model() {
        if (rule.checkModel)
          try {
            rule.checkModel(rctx);
          } catch (e) {
            crashed(void 0, e);
          }
      }
    };
  }
  let skippedUnread = [], skippedParsed = [], documents = 0, nonKubernetesFiles = [], objectCount = 0, objectsReported = 0, kept = [], sites = [], pointedInto = /* @__PURE__ */ new Set(), lp002 = ruleSeverity(active, "LP002"), rootFinding = (root, code, messageId, detail, path = []) => {
    let severity = ruleSeverity(active, code);
    severity && report(root.at, code, messageId, format(findRule(code).meta.messages[messageId] ?? "", { root: root.name, detail }), path, severity, { root: root.name });
  }, visitRoot = (root, shapeErrors) => {
    root.error !== void 0 && rootFinding(root, "LP020", "failed", root.error);
    for (let note of root.notes) rootFinding(root, "LP022", "notModelled", note.text, note.path);
    objectCount += root.objects.length;
    for (let [o, errs] of shapeErrors)
      if (lp002)
        for (let e of errs) report(o, "LP002", "wrongType", format(findRule("LP002").meta.messages.wrongType ?? "", { object: objectLabel(o), field: e.path.join("."), detail: e.message }), e.path, lp002);
    for (let o of root.objects)
      if (sites.push(...annotationSuppressions(o, (path) => positions.locate(o, path))), !o.invalid)
        if (inModel(o)) kept.push(o);
        else for (let r of runners) r.object(o);
    let together = root.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (let r of runners) r.group(together, { name: root.name, rendered: !0 });
    positions.release();
  };
  eachFile(input, config, (f) => {
    if (f.read === "root") return visitRoot(f.root, f.shapeErrors);
    if (!f.read) {
      f.source && sources.set(f.source.path, f.source), skippedUnread.push(f.skipped), pushDiagnostic(f.diagnostic, f.source);
      return;
    }
    let { source, parsed: p } = f;
    sources.set(source.path, source), documents += p.documents, p.skipped && skippedParsed.push({ file: source.path, reason: p.skipped }), isNonKubernetes(p) && nonKubernetesFiles.push(source.path), objectCount += p.objects.length, (!input.reportOnly || input.reportOnly.has(source.path)) && (objectsReported += p.objects.length);
    let first = ctx.findings.length;
    for (let d of p.diagnostics) pushDiagnostic(d, source);
    for (let [o, errs] of f.shapeErrors)
      if (lp002)
        for (let e of errs) {
          let field = e.path.join("."), rule = findRule("LP002");
          report(o, "LP002", "wrongType", format(rule.meta.messages.wrongType ?? "", { object: objectLabel(o), field, detail: e.message }), e.path, lp002);
        }
    let fileSites = commentSuppressions(source);
    if (!f.member) for (let o of p.objects) fileSites.push(...annotationSuppressions(o, (path) => positions.locate(o, path)));
    sites.push(...fileSites);
    let keptHere = /* @__PURE__ */ new Set(), fileKey = layer ? LAYER_KEY.get(p) : void 0;
    for (let i = 0; i < p.objects.length; i++) {
      let o = p.objects[i];
      if (!(o.invalid || f.member))
        if (inModel(o))
          keptHere.add(o), fileKey !== void 0 && layerAt.set(o, { key: fileKey, index: i });
        else for (let r of runners) r.object(o);
    }
    let together = f.member ? [] : p.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (let r of runners) r.group(together, { name: source.path, rendered: !1 });
    if (kept.push(...keptHere), positions.release(), first === ctx.findings.length && fileSites.length === 0 && !f.member) {
      keptHere.size === 0 && !pointedInto.has(source.path) ? sources.set(source.path, newSource(source.path, "")) : pointedInto.add(source.path);
      return;
    }
    pointedInto.add(source.path);
    let copies = /* @__PURE__ */ new Map(), copy = (o) => {
      if (keptHere.has(o)) return o;
      let c = copies.get(o);
      return c || copies.set(o, c = { ...o, value: {} }), c;
    };
    for (let i = first; i < ctx.findings.length; i++) {
      let o = ctx.objectOfFinding.get(ctx.findings[i]);
      o && ctx.objectOfFinding.set(ctx.findings[i], copy(o));
    }
    for (let s of fileSites) s.object && (s.object = copy(s.object));
  }), model = buildModel(kept), positions.deferPlacement();
  for (let r of runners) r.model();
  positions.placeNow();
  let current, objectChecks = layer && layerAt.size ? new ObjectChecks(layer, config) : void 0, watch = { object: kept[0], touched: !1 };
  for (let o of kept) {
    o.file !== current && (current && positions.placeDeferred(current), positions.focus(current = o.file));
    let at = objectChecks && layerAt.get(o);
    if (!at) {
      for (let r of runners) r.object(o);
      continue;
    }
    let stored = objectChecks.stored(at.key, at.index);
    if (stored === null) {
      for (let r of runners) r.object(o);
      continue;
    }
    let slot = stored ? void 0 : objectChecks.begin(at.key, at.index);
    for (let i of objectRules) {
      if (stored) {
        let done = stored[i];
        if (done === void 0) continue;
        done === null ? runners[i].object(o) : objectChecks.replay(done, o, ctx, justifications);
        continue;
      }
      let before = ctx.findings.length, justifiedBefore = justifications.length;
      watch.object = o, watch.touched = !1, recording = watch;
      try {
        runners[i].object(o);
      } finally {
        if (recording = void 0, watch.touched) slot.push(`"${i}":null`);
        else if (ctx.findings.length !== before || justifications.length !== justifiedBefore) {
          let found = ctx.findings.slice(before);
          slot.push(`"${i}":${ObjectChecks.encode([found, found.map((f) => ctx.causeOf.get(f) ?? null), justifications.slice(justifiedBefore)])}`);
        }
      }
    }
  }
  objectChecks?.save(), current && positions.placeDeferred(current), positions.placeDeferred();
  let graph = input.graph ? buildAccessGraph(model, justifiedBy((o, p) => positions.commentFor(o, p)), (o, p) => ({ file: o.file.path, line: positions.locate(o, p).start.line })) : void 0;
  input.fixes && resolveOffers(ctx.offers, sources);
  let stdin = input.stdinName === void 0 ? sources.get("-") : void 0;
  stdin && mapHelmSources(ctx.findings, stdin, input.cwd ?? process.cwd(), sources), ctx.findings = mergeAcrossRoots(ctx.findings, (f) => ctx.objectOfFinding.get(f)), applySuppressions(ctx.findings, sites, (f) => ctx.objectOfFinding.get(f)), ctx.findings = foldRootCauses(ctx.findings, ctx.causeOf), ctx.causeOf.clear(), ctx.findings.push(...suppressionProblems(sites, (code) => ruleSeverity(active, code)));
  let findings = ctx.findings;
  if (input.reportOnly) {
    let named = input.reportOnly, { withoutAll, withoutEach } = counterfactuals(input);
    findings = findings.filter((f) => {
      if (named.has(f.file)) return !0;
      if (withoutAll.has(f.fingerprint)) return !1;
      let each = [...named].filter((n) => withoutEach.has(n) && !withoutEach.get(n).has(f.fingerprint));
      return f.involves = each.length ? each : [...named], !0;
    });
  }
  input.baseline && applyBaseline(findings, input.baseline.baseline, input.baseline.label), findings.sort(
    (a, b) => byPosition(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  ), disambiguateFingerprints(findings);
  let listed = (input.reportOnly ? justifications.filter((j) => input.reportOnly.has(j.file)) : justifications).sort(byPosition), counts = { error: 0, warning: 0, note: 0 }, suppressed = 0;
  for (let f of findings)
    f.suppressed ? suppressed++ : counts[f.severity]++;
  let controls = [...active.values()].flatMap((a) => {
    let control = a.rule.meta.control;
    return control ? [{ control, level: a.options.level }] : [];
  }), reportObjects = input.reportOnly ? kept.filter((o) => input.reportOnly.has(o.file.path)) : kept, pss = pssReport(reportObjects, findings, (f) => ctx.objectOfFinding.get(f), controls, config.profile, config.kubeVersion), skipped = [...skippedUnread, ...skippedParsed], nonK8s = input.reportOnly ? nonKubernetesFiles.filter((f) => input.reportOnly.has(f)) : nonKubernetesFiles;
  return {
    ...pss ? { pss } : {},
    ...graph ? { graph } : {},
    findings,
    // With reportOnly, files read only as context are not listed as skipped either.
    summary: { files: sources.size, documents, objects: objectCount, skipped: input.reportOnly ? skipped.filter((k) => input.reportOnly.has(k.file)) : skipped, nonKubernetes: nonK8s.length, nonKubernetesFiles: nonK8s, objectsReported, findings: counts, suppressed },
    sources,
    // Live-verification rules (tag 'live') are reported by `leastpriv verify`, never by audit: not listed here.
    rules: [...active.values()].filter((a) => !a.rule.meta.tags.includes("live")).map((a) => describeRule(a.rule, a.severity)),
    justifications: listed,
    coverage: coverageOf(config, input.exclude)
  };
}
function auditedNothing(result) {
  return result.summary.objectsReported === 0 && result.findings.length === 0;
}
function emptyRunMessage(result, paths) {
  let s = result.summary, what = paths.map((p) => p === "-" ? "stdin" : p).join(", "), read = s.files === 0 ? "no .yaml, .yml or .json file was read" : `${s.files} file${s.files === 1 ? "" : "s"} read: ${[s.nonKubernetes ? `${s.nonKubernetes} without Kubernetes objects` : "", s.skipped.length ? `${s.skipped.length} skipped` : "", !s.nonKubernetes && !s.skipped.length ? "empty" : ""].filter(Boolean).join(", ")}`;
  return `no Kubernetes object to audit in ${what} (${read}); pass --allow-empty if an empty input is expected`;
}
function resolveOffers(offers, sources) {
  let keep = (files) => {
    for (let file of files) sources.get(file.path)?.text || sources.set(file.path, file);
  }, resolveFix2 = (fix, object) => {
    try {
      return resolveFix(fix, object);
    } catch (e) {
      return { refused: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  for (let [f, o] of offers) {
    if (o.fix) {
      let r = resolveFix2(o.fix, o.object);
      "fix" in r && (f.fix = r.fix, keep(r.files));
    }
    let suggestions = (o.suggestions ?? []).flatMap((s) => {
      let r = resolveFix2(s, o.object);
      return "fix" in r ? (keep(r.files), [r.fix]) : [];
    });
    suggestions.length && (f.suggestions = suggestions);
  }
}
function safeOffers(f) {
  try {
    return f();
  } catch {
    return {};
  }
}
function exitCodeFor(result, failOn) {
  if (failOn === "none") return 0;
  let min = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
var ObjectChecks = class {
  constructor(layer, config) {
    this.layer = layer;
    this.config = sha256Hex(JSON.stringify([config, activeRules(config).map((a) => a.rule.meta.code)]));
  }
  layer;
  config;
  /** Entries read, by file key: by object index, the checks by rule place. */
  read = /* @__PURE__ */ new Map();
  /** Entries made in this run, by file key: per object index, per rule place the record's JSON or 'null'. */
  made = /* @__PURE__ */ new Map();
  unsound = /* @__PURE__ */ new Set();
  keys = /* @__PURE__ */ new Map();
  keyOf(fileKey) {
    let k = this.keys.get(fileKey);
    return k === void 0 && this.keys.set(fileKey, k = `${fileKey}.checks.${this.config}`), k;
  }
  /**
   * The stored checks of a file's object (by rule place), or undefined when they are to be recorded
   * (the file has no entry), or null when the entry lacks the object (not this file's): they all run.
   */
  stored(fileKey, index) {
    let entry = this.read.get(fileKey);
    if (entry === void 0) {
      entry = null;
      let json = this.layer.raw(this.keyOf(fileKey));
      if (json !== void 0)
        try {
          entry = new Map(JSON.parse(json));
        } catch {
          entry = null;
        }
      this.read.set(fileKey, entry);
    }
    if (entry)
      return entry.get(index) ?? null;
  }
  replay(record, object, ctx, justifications) {
    let [findings, causes, justified] = record;
    for (let k = 0; k < findings.length; k++) {
      let f = findings[k];
      ctx.findings.push(f), ctx.objectOfFinding.set(f, object);
      let cause = causes[k];
      cause != null && ctx.causeOf.set(f, cause);
    }
    justifications.push(...justified);
  }
  /** What check `rule` did on the object: 0 nothing, null read more than the object (or cannot be kept exactly). */
  /**
   * Where the checks of a file's object are recorded, as `"place":json` (a rule that reported
   * nothing and read nothing else is left out; `null`: it read more than the object).
   */
  begin(fileKey, index) {
    let list = this.made.get(fileKey);
    list || this.made.set(fileKey, list = []), list.length && list[list.length - 1][0] >= index && this.unsound.add(fileKey);
    let slot = [];
    return list.push([index, slot]), slot;
  }
  /** A check's record as JSON now (later stages change findings in place); null when JSON would not give it back exactly. */
  static encode(record) {
    return record.every((part) => part.every((x) => x === null || exact(x, /* @__PURE__ */ new Set()))) ? JSON.stringify(record) : "null";
  }
  save() {
    for (let [fileKey, list] of this.made)
      this.unsound.has(fileKey) || this.layer.putRaw(this.keyOf(fileKey), `[${list.map(([index, checks]) => `[${index},{${checks.join(",")}}]`).join(",")}]`);
  }
};
function exact(v, seen) {
  switch (typeof v) {
    case "string":
    case "boolean":
      return !0;
    case "number":
      return Number.isFinite(v) && !Object.is(v, -0);
    case "object": {
      if (v === null) return !0;
      if (seen.has(v)) return !1;
      if (seen.add(v), Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !exact(v[i], seen)) return !1;
        return !0;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return !1;
      for (let k in v) if (!Object.hasOwn(v, k) || !exact(v[k], seen)) return !1;
      return !0;
    }
    default:
      return !1;
  }
}

export {
  buildModel,
  Positions,
  fingerprint,
  objectFinding,
  makeBaseline,
  serializeBaseline,
  parseBaseline,
  audit,
  auditedNothing,
  emptyRunMessage,
  exitCodeFor
};
