/**
 * Access: ask the API server about every permission the manifests promise (promised but denied →
 * LP901), and, for subjects granted a streaming subresource, about the streaming permissions the
 * manifests do not grant (allowed anyway → LP902).
 */
import type { Finding } from '../../engine/types.ts';
import type { Connection } from '../kube/types.ts';
import { LiveError } from '../kube/errors.ts';
import { describeAttributes, reviewAccess, type ResourceAttributes, type ReviewMode, type Subject } from '../access/review.ts';
import { STREAMING_SUBRESOURCES } from '../../rbac/match.ts';
import { granted, grantsIn, streamingGrants, subjectKey, subjectLabel, userOf, type Grant } from './grants.ts';
import { liveFinding, type Site } from './findings.ts';
import { accessDenied, accessUnexpected } from './live-rules.ts';
import { mapLimit } from './limit.ts';

export interface AccessCheck {
  subject: Subject;
  attrs: ResourceAttributes;
  /** promised: the manifests grant it; unexpected: they do not. */
  expect: 'promised' | 'unexpected';
  site: Site;
}

const concrete = (list: readonly string[] | undefined): string[] => (list ?? []).filter((v) => v !== '*' && !v.startsWith('*/'));

/**
 * Most promised permissions asked about in one run. A rule is a product (verbs x apiGroups x
 * resources x resourceNames, for each subject): a 2 KB manifest of 40 of each named 12.8 million
 * reviews, and planning them ran verify (--dry-run too) out of memory. The streaming checks
 * (LP902), the ones a manifest could want to crowd out, are never capped.
 */
export const MAX_ACCESS_REVIEWS = 10_000;

export interface AccessPlan {
  checks: AccessCheck[];
  /** Promised permissions left unasked over the cap (at least this many), and the first rule cut. */
  over?: { count: number; site: Site; limit: number };
}

export function planAccess(grants: readonly Grant[]): AccessCheck[] {
  return planAccessLimited(grants).checks;
}

export function planAccessLimited(grants: readonly Grant[], limit = MAX_ACCESS_REVIEWS): AccessPlan {
  const seen = new Set<string>();
  const out: AccessCheck[] = [];
  let promised = 0;
  let over: AccessPlan['over'];
  const add = (c: AccessCheck): void => {
    const key = `${subjectKey(c.subject)}|${JSON.stringify(c.attrs)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const g of grants) {
    const names = g.rule.resourceNames?.length ? g.rule.resourceNames : [undefined];
    // Counted before it is enumerated: a rule over what is left of the cap is not expanded at all.
    const size = (g.rule.verbs ?? []).filter((v) => v !== '*').length * concrete(g.rule.apiGroups?.length ? g.rule.apiGroups : ['']).length * concrete(g.rule.resources).length * names.length;
    if (promised + size > limit) {
      over = over ? { ...over, count: over.count + size } : { count: size, site: { object: g.ruleSite.object, path: g.ruleSite.path }, limit };
      continue;
    }
    promised += size;
    (g.rule.verbs ?? []).forEach((verb, vi) => {
      if (verb === '*') return;
      for (const group of concrete(g.rule.apiGroups?.length ? g.rule.apiGroups : [''])) {
        for (const res of concrete(g.rule.resources)) {
          const [resource, subresource] = res.split('/', 2) as [string, string | undefined];
          for (const name of names) {
            const attrs: ResourceAttributes = { verb, group, resource, ...(subresource ? { subresource } : {}), ...(g.namespace ? { namespace: g.namespace } : {}), ...(name ? { name } : {}) };
            add({ subject: g.subject, attrs, expect: 'promised', site: { object: g.ruleSite.object, path: [...g.ruleSite.path, 'verbs', vi] } });
          }
        }
      }
    });
  }
  // Streaming permissions that the manifests leave out: the cluster should deny them too, in
  // every namespace where the subject has a streaming grant (a cluster-wide grant: in the service
  // account's own namespace, or cluster-wide for users).
  const bySubject = new Map<string, Grant[]>();
  for (const g of streamingGrants(grants)) bySubject.set(subjectKey(g.subject), [...(bySubject.get(subjectKey(g.subject)) ?? []), g]);
  for (const list of bySubject.values()) {
    const subject = list[0]!.subject;
    const mine = grants.filter((g) => subjectKey(g.subject) === subjectKey(subject));
    const scopes = new Map<string, Grant>();
    for (const g of list) {
      const ns = g.namespace ?? g.subject.namespace ?? '';
      if (!scopes.has(ns)) scopes.set(ns, g);
    }
    for (const [ns, first] of scopes) {
      const here = ns ? grantsIn(mine, ns) : mine.filter((g) => g.namespace === undefined);
      for (const subresource of STREAMING_SUBRESOURCES) {
        for (const verb of ['get', 'create']) {
          if (granted(here, verb, '', 'pods', subresource)) continue;
          add({
            subject,
            attrs: { verb, group: '', resource: 'pods', subresource, ...(ns ? { namespace: ns } : {}) },
            expect: 'unexpected',
            site: { object: first.binding, path: ['subjects', first.subjectIndex] },
          });
        }
      }
    }
  }
  return over ? { checks: out, over } : { checks: out };
}

export interface AccessOutcome {
  findings: Finding[];
  asked: number;
  mode: ReviewMode;
}

export async function runAccess(conn: Connection, checks: readonly AccessCheck[], concurrency: number): Promise<AccessOutcome> {
  let mode: ReviewMode = 'subject';
  if (checks.length) {
    // SubjectAccessReview needs create on subjectaccessreviews; without it, ask as the subject.
    try {
      await reviewAccess(conn, checks[0]!.subject, checks[0]!.attrs, 'subject');
    } catch (err) {
      if (!(err instanceof LiveError && err.kind === 'forbidden')) throw err;
      mode = 'self-impersonated';
    }
  }
  const answers = await mapLimit(checks, concurrency, (c) =>
    c.subject.kind === 'Group' && mode === 'self-impersonated' ? Promise.resolve(undefined) : reviewAccess(conn, c.subject, c.attrs, mode),
  );
  const findings: Finding[] = [];
  checks.forEach((c, i) => {
    const a = answers[i];
    if (!a) return;
    const data = { subject: subjectLabel(c.subject), action: describeAttributes(c.attrs), via: a.via + (a.reason ? `: ${a.reason}` : '') };
    if (c.expect === 'promised' && !a.allowed) findings.push(liveFinding(accessDenied, 'denied', c.site, data));
    if (c.expect === 'unexpected' && a.allowed) {
      const resource = `${c.attrs.resource}${c.attrs.subresource ? ` --subresource=${c.attrs.subresource}` : ''}${c.attrs.namespace ? ` -n ${c.attrs.namespace}` : ''}`;
      findings.push(liveFinding(accessUnexpected, 'unexpected', c.site, { ...data, verb: c.attrs.verb, resource, user: userOf(c.subject) ?? c.subject.name }));
    }
  });
  return { findings, asked: checks.length, mode };
}
