import { defineRule } from '../src/engine/rule.ts';
import type { K8sObject } from '../src/input/types.ts';
import { BUILTIN_RESOURCES } from '../src/rbac/resources.ts';

/**
 * Two objects applied together (one file audited as written, one rendered kustomize/Flux root) that
 * are the same object to the API server: the same group, kind, namespace and name. The API server
 * keeps one object per resource, namespace and name, whatever the API version it is written in
 * ("Each object in your cluster has a Name that is unique for that type of resource",
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/); `kubectl apply -f`
 * applies the documents of a file in order, so the later one replaces the earlier.
 *
 * What reaches this rule (checked with kubectl 1.32's kustomize): kustomize refuses two objects
 * with one id in a build ("may not add resource with an already registered id", also after a
 * namespace: or a patch makes them equal: LP020), but its id includes the version, so
 * `rbac.authorization.k8s.io/v1` and `/v1beta1` Roles of one name pass. Files audited as written
 * pass everything. Namespaces: a cluster-scoped kind has none (what is written is ignored); for a
 * namespaced kind, no namespace and `default` are one namespace in a rendered root (kustomize reads
 * them so) but not in a file, which lands wherever `kubectl -n` says.
 */
const CLUSTER_SCOPED = new Set(BUILTIN_RESOURCES.filter((r) => !r.namespaced).map((r) => `${r.group}/${r.singular}`));

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

const clusterScoped = (o: K8sObject) => CLUSTER_SCOPED.has(`${groupOf(o.apiVersion)}/${o.kind.toLowerCase()}`);

function identity(o: K8sObject, rendered: boolean): string | undefined {
  const meta = o.value.metadata;
  const name = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).name : undefined;
  if (typeof name !== 'string' || !name || !o.kind) return undefined; // generateName only: a new object each time
  const ns = clusterScoped(o) ? '' : rendered && !o.namespace ? 'default' : (o.namespace ?? '');
  return JSON.stringify([groupOf(o.apiVersion), o.kind, ns, name]);
}

export default defineRule({
  meta: {
    code: 'LP021',
    name: 'duplicate-object',
    severity: 'warning',
    category: 'input',
    description: 'Two objects applied together have the same kind, namespace and name: the later replaces the earlier.',
    securitySeverity: 3.0,
    tags: ['input', 'kustomize', 'correctness'],
    messages: {
      duplicate:
        '{object} is defined twice in {scope}: first at {first}{versions}. Applied together, this definition replaces that one (the API server keeps one object per kind, namespace and name), so what was reviewed there is not what runs.',
    },
    docs: {
      whatItDoes:
        'Within one set of objects applied together — the documents of one file audited as written, or the objects of one rendered kustomization or Flux Kustomization — flags an object with the same API group, kind, namespace and name as an earlier one, at the later one, naming the earlier. The API version does not count: `rbac.authorization.k8s.io/v1` and `v1beta1` Roles of one name are one Role (kustomize lets these two through, as its ids include the version; any other duplicate in a root makes kustomize fail, which is reported as render-failed). Namespaces as the API server sees them: ignored for cluster-scoped kinds; in a rendered root an object without a namespace is in `default`, as kustomize takes it; in a file, no namespace and `default` are kept apart, since `kubectl apply -n` decides. Files are not compared with each other.',
      whyItMatters:
        '`kubectl apply -f` applies both, in order: the second overwrites the first (client-side apply even removes the fields only the first sets). A reviewer reading the first definition — a Role with narrow rules, a Deployment with a hardened securityContext — is not reading what runs. Duplicates usually come from copy and paste or from merging two manifests.',
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
      references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/names/', 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/'],
      notes: 'Objects with `generateName` and no name are never duplicates (each apply creates a new one). Invalid objects (rejected by the API server, LP002) are left out.',
    },
  },
  checkGroup(objects, scope, ctx) {
    const first = new Map<string, K8sObject>();
    for (const o of objects) {
      const id = identity(o, scope.rendered);
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, o);
        continue;
      }
      const ns = o.namespace && !clusterScoped(o) ? `${o.namespace}/` : '';
      ctx.report({
        object: o,
        path: ['metadata', 'name'],
        messageId: 'duplicate',
        data: {
          object: `${o.kind} ${ns}${o.name}`,
          scope: scope.rendered ? `the rendered ${scope.name}` : scope.name,
          first: ctx.where(earlier, ['metadata', 'name']),
          versions: earlier.apiVersion !== o.apiVersion ? ` (as ${earlier.apiVersion}; here ${o.apiVersion}: one object in two versions)` : '',
        },
      });
    }
  },
});
