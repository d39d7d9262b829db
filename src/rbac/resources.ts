/**
 * Built-in resource names, resolved offline the way kubectl's discovery would resolve them
 * (`kubectl api-resources` of a v1.32 cluster: name, short names, group, namespaced), and the
 * subresources users most often write as a name by mistake (`can-i create pods/exec`).
 */
export interface ResourceInfo {
  resource: string;
  group: string;
  namespaced: boolean;
  singular: string;
  short?: string[];
}

const R = (resource: string, group: string, namespaced: boolean, singular: string, ...short: string[]): ResourceInfo => ({ resource, group, namespaced, singular, ...(short.length ? { short } : {}) });

export const BUILTIN_RESOURCES: readonly ResourceInfo[] = [
  R('bindings', '', true, 'binding'),
  R('componentstatuses', '', false, 'componentstatus', 'cs'),
  R('configmaps', '', true, 'configmap', 'cm'),
  R('endpoints', '', true, 'endpoints', 'ep'),
  R('events', '', true, 'event', 'ev'),
  R('limitranges', '', true, 'limitrange', 'limits'),
  R('namespaces', '', false, 'namespace', 'ns'),
  R('nodes', '', false, 'node', 'no'),
  R('persistentvolumeclaims', '', true, 'persistentvolumeclaim', 'pvc'),
  R('persistentvolumes', '', false, 'persistentvolume', 'pv'),
  R('pods', '', true, 'pod', 'po'),
  R('podtemplates', '', true, 'podtemplate'),
  R('replicationcontrollers', '', true, 'replicationcontroller', 'rc'),
  R('resourcequotas', '', true, 'resourcequota', 'quota'),
  R('secrets', '', true, 'secret'),
  R('serviceaccounts', '', true, 'serviceaccount', 'sa'),
  R('services', '', true, 'service', 'svc'),
  R('mutatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'mutatingwebhookconfiguration'),
  R('validatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'validatingwebhookconfiguration'),
  R('validatingadmissionpolicies', 'admissionregistration.k8s.io', false, 'validatingadmissionpolicy'),
  R('validatingadmissionpolicybindings', 'admissionregistration.k8s.io', false, 'validatingadmissionpolicybinding'),
  R('customresourcedefinitions', 'apiextensions.k8s.io', false, 'customresourcedefinition', 'crd', 'crds'),
  R('apiservices', 'apiregistration.k8s.io', false, 'apiservice'),
  R('controllerrevisions', 'apps', true, 'controllerrevision'),
  R('daemonsets', 'apps', true, 'daemonset', 'ds'),
  R('deployments', 'apps', true, 'deployment', 'deploy'),
  R('replicasets', 'apps', true, 'replicaset', 'rs'),
  R('statefulsets', 'apps', true, 'statefulset', 'sts'),
  R('selfsubjectreviews', 'authentication.k8s.io', false, 'selfsubjectreview'),
  R('tokenreviews', 'authentication.k8s.io', false, 'tokenreview'),
  R('localsubjectaccessreviews', 'authorization.k8s.io', true, 'localsubjectaccessreview'),
  R('selfsubjectaccessreviews', 'authorization.k8s.io', false, 'selfsubjectaccessreview'),
  R('selfsubjectrulesreviews', 'authorization.k8s.io', false, 'selfsubjectrulesreview'),
  R('subjectaccessreviews', 'authorization.k8s.io', false, 'subjectaccessreview'),
  R('horizontalpodautoscalers', 'autoscaling', true, 'horizontalpodautoscaler', 'hpa'),
  R('cronjobs', 'batch', true, 'cronjob', 'cj'),
  R('jobs', 'batch', true, 'job'),
  R('certificatesigningrequests', 'certificates.k8s.io', false, 'certificatesigningrequest', 'csr'),
  R('leases', 'coordination.k8s.io', true, 'lease'),
  R('endpointslices', 'discovery.k8s.io', true, 'endpointslice'),
  R('flowschemas', 'flowcontrol.apiserver.k8s.io', false, 'flowschema'),
  R('prioritylevelconfigurations', 'flowcontrol.apiserver.k8s.io', false, 'prioritylevelconfiguration'),
  R('ingressclasses', 'networking.k8s.io', false, 'ingressclass'),
  R('ingresses', 'networking.k8s.io', true, 'ingress', 'ing'),
  R('networkpolicies', 'networking.k8s.io', true, 'networkpolicy', 'netpol'),
  R('runtimeclasses', 'node.k8s.io', false, 'runtimeclass'),
  R('poddisruptionbudgets', 'policy', true, 'poddisruptionbudget', 'pdb'),
  R('clusterrolebindings', 'rbac.authorization.k8s.io', false, 'clusterrolebinding'),
  R('clusterroles', 'rbac.authorization.k8s.io', false, 'clusterrole'),
  R('rolebindings', 'rbac.authorization.k8s.io', true, 'rolebinding'),
  R('roles', 'rbac.authorization.k8s.io', true, 'role'),
  R('priorityclasses', 'scheduling.k8s.io', false, 'priorityclass', 'pc'),
  R('csidrivers', 'storage.k8s.io', false, 'csidriver'),
  R('csinodes', 'storage.k8s.io', false, 'csinode'),
  R('csistoragecapacities', 'storage.k8s.io', true, 'csistoragecapacity'),
  R('storageclasses', 'storage.k8s.io', false, 'storageclass', 'sc'),
  R('volumeattachments', 'storage.k8s.io', false, 'volumeattachment'),
];

/** Subresources of built-in resources (API reference), for the `TYPE/NAME` hint. */
export const KNOWN_SUBRESOURCES: ReadonlySet<string> = new Set([
  'exec', 'attach', 'portforward', 'log', 'status', 'proxy', 'token', 'eviction', 'binding', 'ephemeralcontainers', 'resize', 'scale', 'approval', 'finalize', 'rollback',
]);

/**
 * Resolve `TYPE` as kubectl does: `pods`, `pod`, `po`, `deployments.apps`, `deploy.apps`,
 * `deployments.v1.apps`. An unknown type keeps its name and the group written after the first dot
 * (kubectl warns "the server doesn't have a resource type" and asks anyway).
 */
export function resolveResource(type: string): { resource: string; group: string; namespaced?: boolean; known: boolean } {
  const t = type.toLowerCase();
  const dot = t.indexOf('.');
  const name = dot === -1 ? t : t.slice(0, dot);
  let group: string | undefined = dot === -1 ? undefined : t.slice(dot + 1);
  if (group !== undefined && /^v\d+((alpha|beta)\d+)?\./.test(group)) group = group.slice(group.indexOf('.') + 1); // deployments.v1.apps
  const hit = BUILTIN_RESOURCES.find((r) => (r.resource === name || r.singular === name || r.short?.includes(name)) && (group === undefined || r.group === group || (group === 'core' && r.group === '')));
  if (hit) return { resource: hit.resource, group: hit.group, namespaced: hit.namespaced, known: true };
  return { resource: name, group: group ?? '', known: false };
}
