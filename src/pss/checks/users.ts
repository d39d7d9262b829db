/** User controls (restricted): runAsNonRoot and runAsUser. */
import { containers, podFieldPath } from '../../model/workloads.ts';
import type { CheckFn, PssCheck, Violation } from '../types.ts';
import { inUserNamespace, podSubject, subjectOf } from './helpers.ts';

/** runAsNonRoot_1_0: pod or every container must set runAsNonRoot: true; none may set false. */
const runAsNonRoot_1_0: CheckFn = (pod) => {
  const out: Violation[] = [];
  const podValue = pod.spec.securityContext?.runAsNonRoot;
  if (podValue === false) out.push({ path: [...podFieldPath(pod, 'securityContext'), 'runAsNonRoot'], subject: podSubject(pod), detail: 'sets runAsNonRoot: false' });
  for (const c of containers(pod)) {
    const v = c.container.securityContext?.runAsNonRoot;
    const path = [...c.path, 'securityContext', 'runAsNonRoot'];
    if (v === false) out.push({ path, subject: subjectOf(c), detail: 'sets runAsNonRoot: false' });
    else if (v !== true && podValue !== true) out.push({ path, subject: subjectOf(c), detail: 'does not set runAsNonRoot: true (nor does the pod)' });
  }
  return out;
};

/**
 * check_runAsNonRoot.go: 1.0 as above; from 1.35 pods in a user namespace (`hostUsers: false`) are
 * exempt (KEP-127; before 1.35 the exemption sat behind a default-off alpha gate, modelled as off).
 */
export const runAsNonRoot: PssCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  source: 'check_runAsNonRoot.go',
  versions: [
    { minMinor: 0, check: runAsNonRoot_1_0 },
    { minMinor: 35, check: (pod) => (inUserNamespace(pod) ? [] : runAsNonRoot_1_0(pod)) },
  ],
};

/** runAsUser_1_23: neither the pod nor any container may set runAsUser: 0. */
const runAsUser_1_23: CheckFn = (pod) => {
  const out: Violation[] = [];
  if (pod.spec.securityContext?.runAsUser === 0)
    out.push({ path: [...podFieldPath(pod, 'securityContext'), 'runAsUser'], subject: podSubject(pod), detail: 'sets runAsUser: 0' });
  for (const c of containers(pod))
    if (c.container.securityContext?.runAsUser === 0) out.push({ path: [...c.path, 'securityContext', 'runAsUser'], subject: subjectOf(c), detail: 'sets runAsUser: 0' });
  return out;
};

/** check_runAsUser.go: from 1.23 runAsUser must not be 0; from 1.35 user-namespaced pods are exempt. */
export const runAsUser: PssCheck = {
  id: 'runAsUser',
  level: 'restricted',
  source: 'check_runAsUser.go',
  versions: [
    { minMinor: 23, check: runAsUser_1_23 },
    { minMinor: 35, check: (pod) => (inUserNamespace(pod) ? [] : runAsUser_1_23(pod)) },
  ],
};
