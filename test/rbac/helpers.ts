/** Build an RBAC graph from YAML text, for evaluator tests. */
import { parseSource, newSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { RbacGraph } from '../../src/rbac/graph.ts';

export function graphOf(yaml: string): RbacGraph {
  return new RbacGraph(parseSource(newSource('test.yaml', yaml), DEFAULT_LIMITS).objects);
}

const G = 'rbac.authorization.k8s.io/v1';
export const clusterRole = (name: string, rules: string, extra = '') => `apiVersion: ${G}\nkind: ClusterRole\nmetadata: { name: ${name}${extra} }\nrules: ${rules}\n---\n`;
export const role = (ns: string, name: string, rules: string) => `apiVersion: ${G}\nkind: Role\nmetadata: { name: ${name}, namespace: ${ns} }\nrules: ${rules}\n---\n`;
export const crb = (name: string, roleName: string, subjects: string) =>
  `apiVersion: ${G}\nkind: ClusterRoleBinding\nmetadata: { name: ${name} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${roleName} }\nsubjects: ${subjects}\n---\n`;
export const rb = (ns: string, name: string, kind: string, roleName: string, subjects: string) =>
  `apiVersion: ${G}\nkind: RoleBinding\nmetadata: { name: ${name}, namespace: ${ns} }\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: ${kind}, name: ${roleName} }\nsubjects: ${subjects}\n---\n`;
