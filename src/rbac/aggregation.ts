/**
 * ClusterRole aggregation, as the cluster-role aggregation controller does it
 * (kubernetes/kubernetes pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go):
 * a ClusterRole with an aggregationRule gets, as its rules, the union of the rules of every other
 * ClusterRole that one of its clusterRoleSelectors selects (selectors in order, roles by name, duplicate
 * rules once), replacing whatever rules are written in it. The controller re-runs on every change,
 * so aggregation chains (admin ← edit ← view) settle to a fixed point; we compute it recursively.
 * Label selectors: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), ANDed
 * (apimachinery LabelSelectorAsSelector); an empty selector selects everything.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';

export function selectorMatches(sel: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== String(v)) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = (e.values ?? []).map(String);
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false; // an invalid operator makes the selector invalid: the controller aggregates nothing
    }
  }
  return true;
}

export interface AggregationNode {
  name: string;
  labels: Record<string, string>;
  rules: PolicyRule[];
  selectors?: LabelSelector[];
}

const ruleKey = (r: PolicyRule): string =>
  JSON.stringify([r.apiGroups ?? [], r.resources ?? [], r.resourceNames ?? [], r.nonResourceURLs ?? [], r.verbs ?? []]);

/** A source rule of an aggregated role: which role it comes from and its index there. */
export interface AggregatedRule {
  rule: PolicyRule;
  from: string;
  index: number;
}

/**
 * Effective rules of every aggregated ClusterRole. `byName` holds every ClusterRole (repo and
 * built-in). Cycles settle to what is reachable. Finding the selected roles is a scan of the
 * ClusterRoles per selector: aggregated roles are few, and each is computed once.
 */
export function aggregate(byName: Map<string, AggregationNode>): Map<string, AggregatedRule[]> {
  const out = new Map<string, AggregatedRule[]>();
  const visiting = new Set<string>();
  const all = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rulesOf = (node: AggregationNode): AggregatedRule[] => {
    if (!node.selectors) return node.rules.map((rule, index) => ({ rule, from: node.name, index }));
    const done = out.get(node.name);
    if (done) return done;
    if (visiting.has(node.name)) return [];
    visiting.add(node.name);
    const seen = new Set<string>();
    const acc: AggregatedRule[] = [];
    for (const sel of node.selectors) {
      for (const other of all) {
        if (other.name === node.name || !selectorMatches(sel, other.labels)) continue;
        for (const ar of rulesOf(other)) {
          const k = ruleKey(ar.rule);
          if (seen.has(k)) continue;
          seen.add(k);
          acc.push(ar);
        }
      }
    }
    visiting.delete(node.name);
    out.set(node.name, acc);
    return acc;
  };
  for (const n of all) if (n.selectors) rulesOf(n);
  return out;
}
