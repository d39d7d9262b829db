import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

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
  { group: "batch", kind: "CronJob", templates: fixed(["spec", "jobTemplate", "spec", "template"]) },
  // Versions the API server no longer serves (rule removed-api-version) are audited as the kind they
  // stand for: extensions/v1beta1 DaemonSet/Deployment/ReplicaSet (apps/v1beta1 and v1beta2 are the
  // `apps` group already, batch/v1beta1 CronJob the `batch` group).
  { group: "extensions", kind: "DaemonSet", templates: fixed(["spec", "template"]) },
  { group: "extensions", kind: "Deployment", templates: fixed(["spec", "template"]) },
  { group: "extensions", kind: "ReplicaSet", templates: fixed(["spec", "template"]) }
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
  let out = [], matched = !1, group = groupOf(obj.apiVersion);
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
      out.push(...ex.synthesize?.(obj) ?? []), matched = !0;
      break;
    }
  return !matched && inferPods && out.push(...inferPods(obj)), cache.set(obj, out), out;
}
function podSpecPaths(obj) {
  let group = groupOf(obj.apiVersion);
  for (let ex of extractors.get(obj.kind) ?? [])
    if (!(ex.group !== "*" && ex.group !== group))
      return [...(ex.templates?.(obj) ?? []).map((t) => [...t, "spec"]), ...(ex.specs?.(obj) ?? []).map((s) => [...s])];
  return [];
}
var inferPods;
function registerInference(fn) {
  inferPods = fn;
}
function containers(pod) {
  let out = [];
  if (pod.synthetic) {
    let counts = /* @__PURE__ */ new Map();
    for (let s of pod.synthetic.containers) {
      let index = counts.get(s.list) ?? 0;
      counts.set(s.list, index + 1), out.push({ pod, list: s.list, index, path: s.path, container: s.container, name: typeof s.container.name == "string" ? s.container.name : s.name ?? `#${index}` });
    }
    return out;
  }
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
function podFieldPath(pod, field) {
  return pod.synthetic?.fields[field] ?? [...pod.path, field];
}
function volumes(pod) {
  let arr = pod.spec.volumes;
  if (!Array.isArray(arr)) return [];
  let out = [];
  return arr.forEach((v, i) => {
    isRecord(v) && out.push({ volume: v, path: pod.synthetic?.volumePaths[i] ?? [...podFieldPath(pod, "volumes"), i] });
  }), out;
}
function podOwnAnnotations(pod) {
  let a = pod.metadata?.annotations;
  return isRecord(a) ? a : {};
}
function podAnnotations(pod) {
  let own = pod.object.value.metadata?.annotations, tpl = pod.metadata?.annotations;
  return { ...isRecord(own) ? own : {}, ...isRecord(tpl) ? tpl : {} };
}

export {
  registerExtractor,
  groupOf,
  get,
  isRecord,
  podSpecs,
  podSpecPaths,
  registerInference,
  containers,
  podFieldPath,
  volumes,
  podOwnAnnotations,
  podAnnotations
};
