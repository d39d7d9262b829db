/**
 * Ask the API server whether a subject may do something: SubjectAccessReview (needs create on
 * subjectaccessreviews) or SelfSubjectAccessReview under impersonation (needs impersonate on the
 * user), the two ways `kubectl auth can-i --as` has.
 *
 * Shape (authorization.k8s.io/v1): spec.user, spec.groups and spec.resourceAttributes
 * {namespace, verb, group, resource, subresource, name}; the answer is status.allowed, with
 * status.denied, status.reason and status.evaluationError. Creating a review writes nothing.
 */
import type { Connection } from '../kube/types.ts';
import { requestJson } from '../kube/http.ts';
import { ALL_AUTHENTICATED, impersonatedUser, serviceAccountGroups } from '../../rbac/subjects.ts';

export interface Subject {
  kind: 'User' | 'Group' | 'ServiceAccount';
  name: string;
  /** ServiceAccount only. */
  namespace?: string;
}

export interface ResourceAttributes {
  namespace?: string;
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  name?: string;
}

export interface AccessAnswer {
  allowed: boolean;
  denied: boolean;
  reason: string;
  evaluationError: string;
  via: 'SubjectAccessReview' | 'SelfSubjectAccessReview';
}

export type ReviewMode = 'subject' | 'self-impersonated';

/** The user name and groups the API server authenticates a subject as. */
export function subjectIdentity(subject: Subject): { user?: string; groups: string[] } {
  if (subject.kind === 'ServiceAccount') {
    const ns = subject.namespace ?? 'default';
    return { user: `system:serviceaccount:${ns}:${subject.name}`, groups: [...serviceAccountGroups(ns), ALL_AUTHENTICATED] };
  }
  if (subject.kind === 'Group') return { groups: [subject.name] };
  // A User subject named system:serviceaccount:NS:NAME is that service account: the API server
  // authenticates (and impersonates) it with the service account's groups (impersonatedUser).
  return { user: subject.name, groups: impersonatedUser(subject.name).groups };
}

export function describeAttributes(a: ResourceAttributes): string {
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const grp = a.group ? `.${a.group}` : '';
  return `${a.verb} ${res}${grp}${a.name ? ` "${a.name}"` : ''}${a.namespace ? ` in namespace ${a.namespace}` : ' cluster-wide'}`;
}

interface ReviewStatus {
  status?: { allowed?: boolean; denied?: boolean; reason?: string; evaluationError?: string };
}

function cleanAttributes(a: ResourceAttributes): Record<string, string> {
  const out: Record<string, string> = { verb: a.verb, group: a.group, resource: a.resource };
  if (a.namespace) out.namespace = a.namespace;
  if (a.subresource) out.subresource = a.subresource;
  if (a.name) out.name = a.name;
  return out;
}

export async function reviewAccess(conn: Connection, subject: Subject, attrs: ResourceAttributes, mode: ReviewMode = 'subject'): Promise<AccessAnswer> {
  const id = subjectIdentity(subject);
  const what = `review "${describeAttributes(attrs)}" for ${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ''}${subject.name}`;
  let res: ReviewStatus;
  if (mode === 'subject') {
    res = await requestJson<ReviewStatus>(conn, {
      method: 'POST',
      path: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
      what,
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: { ...(id.user ? { user: id.user } : {}), groups: id.groups, resourceAttributes: cleanAttributes(attrs) },
      },
    });
  } else {
    if (!id.user) throw new Error('a Group cannot be impersonated without a user; use a SubjectAccessReview');
    const impersonated: Connection = { ...conn, impersonate: { user: id.user, groups: id.groups.filter((g) => g !== ALL_AUTHENTICATED) } };
    res = await requestJson<ReviewStatus>(impersonated, {
      method: 'POST',
      path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      what,
      body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', spec: { resourceAttributes: cleanAttributes(attrs) } },
    });
  }
  const st = res.status ?? {};
  return {
    allowed: st.allowed === true,
    denied: st.denied === true,
    reason: st.reason ?? '',
    evaluationError: st.evaluationError ?? '',
    via: mode === 'subject' ? 'SubjectAccessReview' : 'SelfSubjectAccessReview',
  };
}
