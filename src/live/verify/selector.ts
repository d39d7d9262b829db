/**
 * Label selectors as Kubernetes defines them (metav1.LabelSelector): `matchLabels` and
 * `matchExpressions`, ANDed. Semantics from kubernetes/apimachinery:
 * - pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector: a selector with neither field matches
 *   everything; each matchLabels entry is an Equals requirement; operators In, NotIn, Exists,
 *   DoesNotExist (anything else is an error).
 * - pkg/labels/selector.go NewRequirement / Requirement.Matches: In and NotIn need at least one
 *   value, Exists and DoesNotExist none; In matches when the label is present with one of the
 *   values; NotIn matches when it is absent or has none of them; Exists / DoesNotExist test
 *   presence. Requirement.String gives the query syntax used for `?labelSelector=`:
 *   `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`.
 */

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export type Labels = Readonly<Record<string, string>> | undefined;

/** Why a selector is not valid, or undefined when it is. */
export function selectorError(sel: LabelSelector): string | undefined {
  for (const [i, e] of (sel.matchExpressions ?? []).entries()) {
    const n = e.values?.length ?? 0;
    if (!e.key) return `matchExpressions[${i}]: key is required`;
    if ((e.operator === 'In' || e.operator === 'NotIn') && n === 0) return `matchExpressions[${i}]: operator ${e.operator} needs at least one value`;
    if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && n !== 0) return `matchExpressions[${i}]: operator ${e.operator} takes no values`;
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e.operator)) return `matchExpressions[${i}]: "${String(e.operator)}" is not a valid label selector operator`;
  }
  return undefined;
}

export function matchesSelector(labels: Labels, sel: LabelSelector): boolean {
  const has = (k: string): boolean => labels !== undefined && Object.prototype.hasOwnProperty.call(labels, k);
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (!has(k) || labels![k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        if (!has(e.key) || !values.includes(labels![e.key]!)) return false;
        break;
      case 'NotIn':
        if (has(e.key) && values.includes(labels![e.key]!)) return false;
        break;
      case 'Exists':
        if (!has(e.key)) return false;
        break;
      case 'DoesNotExist':
        if (has(e.key)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** IsQualifiedName's name part and IsValidLabelValue (apimachinery util/validation/validation.go). */
const LABEL_NAME = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

function labelKeyOk(k: unknown): boolean {
  if (typeof k !== 'string') return false;
  const slash = k.lastIndexOf('/');
  const name = slash === -1 ? k : k.slice(slash + 1);
  const prefix = slash === -1 ? undefined : k.slice(0, slash);
  return name.length <= 63 && LABEL_NAME.test(name) && (prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix)));
}

const labelValueOk = (v: unknown): boolean => typeof v === 'string' && (v === '' || (v.length <= 63 && LABEL_NAME.test(v)));

/**
 * A label key or value of the selector that Kubernetes would refuse (metav1 label selector
 * validation), or undefined. Checked before the selector becomes a query: a value holding `,`, `!`
 * or a space would otherwise be read by the API server as more requirements than the manifest wrote.
 */
export function invalidLabel(sel: LabelSelector): string | undefined {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (!labelKeyOk(k)) return `label key ${JSON.stringify(k.slice(0, 80))}`;
    if (!labelValueOk(v)) return `label value ${JSON.stringify(String(v).slice(0, 80))} of ${k}`;
  }
  for (const e of sel.matchExpressions ?? []) {
    if (!labelKeyOk(e.key)) return `label key ${JSON.stringify(String(e.key).slice(0, 80))}`;
    for (const v of e.values ?? []) if (!labelValueOk(v)) return `label value ${JSON.stringify(String(v).slice(0, 80))} of ${e.key}`;
  }
  return undefined;
}

/** The selector in the API server's query syntax (`?labelSelector=`), keys in a stable order. */
export function selectorString(sel: LabelSelector): string {
  const parts = Object.entries(sel.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${vals})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${vals})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

/** A workload's own pod selector (spec.selector of apps/v1 and batch/v1 kinds), when it has one. */
export function workloadSelector(value: Record<string, unknown>): LabelSelector | undefined {
  const spec = value.spec as { selector?: unknown } | undefined;
  const s = spec?.selector;
  if (!s || typeof s !== 'object' || Array.isArray(s)) return undefined;
  const o = s as Record<string, unknown>;
  if (o.matchLabels === undefined && o.matchExpressions === undefined) {
    // ReplicationController: a plain map of labels.
    const plain = Object.entries(o).filter(([, v]) => typeof v === 'string') as [string, string][];
    return plain.length ? { matchLabels: Object.fromEntries(plain) } : undefined;
  }
  return o as LabelSelector;
}
