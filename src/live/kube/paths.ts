/**
 * Request paths built only from validated, percent-encoded segments. Names in the manifests are
 * written by whoever opens the pull request: `name: ../../secrets/x`, `apiVersion: v1/../../x` or a
 * namespace with `?` in it must never reach the API server as a different request. Every segment
 * must match the syntax Kubernetes itself enforces for that field, or no request is made.
 *
 * Syntax, from kubernetes/kubernetes:
 * - staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go: IsDNS1123Label (at most 63
 *   of [a-z0-9-], starting and ending alphanumeric), IsDNS1123Subdomain (at most 253, such labels
 *   joined by dots), IsDNS1035Label (a DNS-1123 label that starts with a letter);
 * - staging/src/k8s.io/apimachinery/pkg/api/validation/path/name.go: IsValidPathSegmentName (not
 *   "." or "..", no "/" or "%"), which is ValidateRBACName in pkg/apis/rbac/validation: RBAC object
 *   names such as `system:controller:x` are path segments, not DNS names;
 * - pkg/apis/core/validation: namespaces are DNS-1123 labels (ValidateNamespaceName), pods and
 *   service accounts DNS-1123 subdomains (ValidatePodName, ValidateServiceAccountName), container
 *   names DNS-1123 labels; apps and batch objects are DNS-1123 subdomains (NameIsDNSSubdomain);
 * - an API group is a DNS-1123 subdomain and a version a DNS-1035 label (as apiextensions and the
 *   aggregator validate them); a kind, lower-cased, a DNS-1035 label (apiextensions' names.kind).
 */
import { LiveError } from './errors.ts';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isPathSegmentName } from '../../model/names.ts';

export { isDns1035Label, isDns1123Label, isDns1123Subdomain, isPathSegmentName };

export type NameSyntax = 'DNS-1123 label' | 'DNS-1123 subdomain' | 'DNS-1035 label' | 'path segment name';

const CHECK: Record<NameSyntax, (s: string) => boolean> = {
  'DNS-1123 label': isDns1123Label,
  'DNS-1123 subdomain': isDns1123Subdomain,
  'DNS-1035 label': isDns1035Label,
  'path segment name': isPathSegmentName,
};

/** Kinds whose names are path segment names rather than DNS subdomains (ValidateRBACName). */
const PATH_SEGMENT_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/** The syntax Kubernetes requires of `metadata.name` for a kind. */
export function nameSyntax(kind: string): NameSyntax {
  if (kind === 'Namespace') return 'DNS-1123 label';
  return PATH_SEGMENT_KINDS.has(kind) ? 'path segment name' : 'DNS-1123 subdomain';
}

export interface InvalidSegment {
  field: string;
  value: string;
  syntax: NameSyntax;
}

/** undefined when `value` has `syntax`; else what is wrong, for a finding or an error. */
export function checkSegment(field: string, value: string, syntax: NameSyntax): InvalidSegment | undefined {
  return CHECK[syntax](value) ? undefined : { field, value, syntax };
}

/** apiVersion `group/version` or `version` (the core group). */
export function checkApiVersion(apiVersion: string): InvalidSegment | undefined {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return checkSegment('apiVersion', apiVersion, 'DNS-1035 label');
  return checkSegment('apiVersion', apiVersion.slice(0, slash), 'DNS-1123 subdomain') ?? checkSegment('apiVersion', apiVersion.slice(slash + 1), 'DNS-1035 label');
}

export function checkKind(kind: string): InvalidSegment | undefined {
  return checkSegment('kind', kind.toLowerCase(), 'DNS-1035 label') ? { field: 'kind', value: kind, syntax: 'DNS-1035 label' } : undefined;
}

/** What is wrong with an object's identity (apiVersion, kind, namespace, name), if anything. */
export function checkObjectIdentity(o: { apiVersion: string; kind: string; name?: string; namespace?: string }): InvalidSegment | undefined {
  return (
    checkApiVersion(o.apiVersion) ??
    checkKind(o.kind) ??
    (o.namespace !== undefined ? checkSegment('metadata.namespace', o.namespace, 'DNS-1123 label') : undefined) ??
    (o.name !== undefined ? checkSegment('metadata.name', o.name, nameSyntax(o.kind)) : undefined)
  );
}

export function describeInvalid(bad: InvalidSegment): string {
  return `${bad.field} ${JSON.stringify(bad.value.length > 80 ? bad.value.slice(0, 80) + '…' : bad.value)} is not a valid ${bad.syntax}`;
}

/** A segment of a request path: checked against its syntax, then percent-encoded. */
export interface Segment {
  value: string;
  syntax: NameSyntax | 'literal';
  field?: string;
}

export const lit = (value: string): Segment => ({ value, syntax: 'literal' });
export const seg = (field: string, value: string, syntax: NameSyntax): Segment => ({ field, value, syntax });

/**
 * `/a/b/c` from segments, each validated and percent-encoded; throws LiveError('config') naming the
 * bad segment, so that no request is made.
 */
export function apiPath(segments: readonly Segment[], query?: URLSearchParams): string {
  const parts = segments.map((s) => {
    if (s.syntax !== 'literal') {
      const bad = checkSegment(s.field ?? 'segment', s.value, s.syntax);
      if (bad) throw new LiveError('config', `${describeInvalid(bad)}: no request was sent`);
    }
    return encodeURIComponent(s.value);
  });
  const q = query?.toString();
  return '/' + parts.join('/') + (q ? `?${q}` : '');
}

/** The path prefix of an API group version: /api/v1 or /apis/GROUP/VERSION. */
export function groupVersionSegments(apiVersion: string): Segment[] {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return [lit('api'), seg('apiVersion', apiVersion, 'DNS-1035 label')];
  return [lit('apis'), seg('apiVersion', apiVersion.slice(0, slash), 'DNS-1123 subdomain'), seg('apiVersion', apiVersion.slice(slash + 1), 'DNS-1035 label')];
}

/**
 * The last line of defence in the HTTP client: a path this module did not build (or a bug) must
 * still not carry dot segments, an encoded slash, a fragment or bytes outside printable ASCII.
 */
export function assertSafePath(path: string): void {
  const q = path.indexOf('?');
  const p = q === -1 ? path : path.slice(0, q);
  const dotOrSlash = (s: string): boolean => {
    const d = s.replace(/%2e/gi, '.');
    return d === '' || d === '.' || d === '..' || /%2f|%5c/i.test(s);
  };
  const bad = !p.startsWith('/') || /[^\x21-\x7e]/.test(path) || path.includes('#') || (p !== '/' && p.slice(1).split('/').some(dotOrSlash));
  if (bad) throw new LiveError('config', `refusing to send a request with an unsafe path: ${JSON.stringify(path.slice(0, 200))}`);
}
