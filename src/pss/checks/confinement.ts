/** Kernel confinement controls: AppArmor, SELinux, seccomp (baseline and restricted). */
import { containers, podFieldPath, podOwnAnnotations, type PodSpecRef } from '../../model/workloads.ts';
import type { CheckFn, PssCheck, Violation } from '../types.ts';
import { isWindows, podSubject, quote, subjectOf } from './helpers.ts';

const APPARMOR_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const okAppArmorAnnotation = (v: unknown) => v === '' || v === 'runtime/default' || (typeof v === 'string' && v.startsWith('localhost/'));
const okAppArmorType = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';

/**
 * check_appArmorProfile.go (one revision, 1.0): the securityContext.appArmorProfile.type of the pod and
 * of each container must be RuntimeDefault or Localhost when set (field check added in Kubernetes 1.30
 * to the 1.0 revision, so it applies at every policy version); annotations
 * container.apparmor.security.beta.kubernetes.io/* must be empty, runtime/default or localhost/*.
 * Annotations are read from the pod's own metadata (a workload's pod template), as PSA does.
 */
export const appArmorProfile: PssCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  source: 'check_appArmorProfile.go',
  versions: [
    {
      minMinor: 0,
      check: (pod) => {
        const out: Violation[] = [];
        const psc = pod.spec.securityContext?.appArmorProfile;
        if (psc && typeof psc === 'object' && !okAppArmorType(psc.type))
          out.push({ path: [...podFieldPath(pod, 'securityContext'), 'appArmorProfile', 'type'], subject: podSubject(pod), detail: `sets appArmorProfile.type ${quote(psc.type ?? '')}` });
        for (const c of containers(pod)) {
          const p = c.container.securityContext?.appArmorProfile;
          if (p && typeof p === 'object' && !okAppArmorType(p.type))
            out.push({ path: [...c.path, 'securityContext', 'appArmorProfile', 'type'], subject: subjectOf(c), detail: `sets appArmorProfile.type ${quote(p.type ?? '')}` });
        }
        for (const [k, v] of Object.entries(podOwnAnnotations(pod)))
          if (k.startsWith(APPARMOR_PREFIX) && !okAppArmorAnnotation(v))
            out.push({ path: [...(pod.metadataPath ?? []), 'annotations', k], subject: podSubject(pod), detail: `sets annotation ${k}=${quote(v)}` });
        return out;
      },
    },
  ],
};

const SELINUX_TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const SELINUX_TYPES_1_31 = [...SELINUX_TYPES_1_0, 'container_engine_t'];

function seLinux(allowed: readonly string[]): CheckFn {
  const ok = new Set(allowed);
  return (pod) => {
    const out: Violation[] = [];
    const checkOpts = (o: unknown, path: (string | number)[], subject: string) => {
      if (!o || typeof o !== 'object') return;
      const opts = o as Record<string, unknown>;
      const type = typeof opts.type === 'string' ? opts.type : '';
      if (!ok.has(type)) out.push({ path: [...path, 'type'], subject, detail: `sets seLinuxOptions.type ${quote(type)}` });
      for (const f of ['user', 'role'] as const)
        if (typeof opts[f] === 'string' && opts[f] !== '') out.push({ path: [...path, f], subject, detail: `sets seLinuxOptions.${f} ${quote(opts[f])}` });
    };
    checkOpts(pod.spec.securityContext?.seLinuxOptions, [...podFieldPath(pod, 'securityContext'), 'seLinuxOptions'], podSubject(pod));
    for (const c of containers(pod)) checkOpts(c.container.securityContext?.seLinuxOptions, [...c.path, 'securityContext', 'seLinuxOptions'], subjectOf(c));
    return out;
  };
}

/**
 * check_seLinuxOptions.go: seLinuxOptions.type must be empty, container_t, container_init_t or
 * container_kvm_t (1.0), plus container_engine_t (1.31); user and role must be empty. Pod and containers.
 */
export const seLinuxOptions: PssCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  source: 'check_seLinuxOptions.go',
  versions: [
    { minMinor: 0, check: seLinux(SELINUX_TYPES_1_0) },
    { minMinor: 31, check: seLinux(SELINUX_TYPES_1_31) },
  ],
};

const POD_SECCOMP_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_SECCOMP_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const okSeccompAnnotation = (v: unknown) => v === 'runtime/default' || v === 'docker/default' || (typeof v === 'string' && v.startsWith('localhost/'));
const okSeccompType = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';

/** seccompProfileBaseline_1_0: the alpha annotations, for the pod and for each container by name. */
const seccompAnnotations_1_0: CheckFn = (pod) => {
  const out: Violation[] = [];
  const ann = podOwnAnnotations(pod);
  const at = (k: string) => [...(pod.metadataPath ?? []), 'annotations', k];
  if (POD_SECCOMP_ANNOTATION in ann && !okSeccompAnnotation(ann[POD_SECCOMP_ANNOTATION]))
    out.push({ path: at(POD_SECCOMP_ANNOTATION), subject: podSubject(pod), detail: `sets annotation ${POD_SECCOMP_ANNOTATION}=${quote(ann[POD_SECCOMP_ANNOTATION])}` });
  for (const c of containers(pod)) {
    const k = CONTAINER_SECCOMP_PREFIX + c.name;
    if (k in ann && !okSeccompAnnotation(ann[k])) out.push({ path: at(k), subject: subjectOf(c), detail: `has annotation ${k}=${quote(ann[k])}` });
  }
  return out;
};

/** seccompProfileBaseline_1_19: seccompProfile.type, when set on the pod or a container, must not be Unconfined. */
const seccompFields_1_19: CheckFn = (pod) => {
  const out: Violation[] = [];
  const psp = pod.spec.securityContext?.seccompProfile;
  if (psp && typeof psp === 'object' && !okSeccompType(psp.type))
    out.push({ path: [...podFieldPath(pod, 'securityContext'), 'seccompProfile', 'type'], subject: podSubject(pod), detail: `sets seccompProfile.type ${quote(psp.type ?? '')}` });
  for (const c of containers(pod)) {
    const p = c.container.securityContext?.seccompProfile;
    if (p && typeof p === 'object' && !okSeccompType(p.type))
      out.push({ path: [...c.path, 'securityContext', 'seccompProfile', 'type'], subject: subjectOf(c), detail: `sets seccompProfile.type ${quote(p.type ?? '')}` });
  }
  return out;
};

/**
 * check_seccompProfile_baseline.go: before 1.19 the alpha annotations (allowed: runtime/default,
 * docker/default, localhost/*); from 1.19 the seccompProfile fields (allowed: RuntimeDefault, Localhost, unset).
 */
export const seccompProfileBaseline: PssCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  source: 'check_seccompProfile_baseline.go',
  versions: [
    { minMinor: 0, check: seccompAnnotations_1_0 },
    { minMinor: 19, check: seccompFields_1_19 },
  ],
};

/** seccompProfileRestricted_1_19: every container's effective seccompProfile.type is RuntimeDefault or Localhost. */
const seccompRestricted_1_19: CheckFn = (pod: PodSpecRef) => {
  const out = seccompFields_1_19(pod);
  const psp = pod.spec.securityContext?.seccompProfile;
  const podSet = !!psp && typeof psp === 'object' && okSeccompType(psp.type);
  if (!podSet)
    for (const c of containers(pod)) {
      const p = c.container.securityContext?.seccompProfile;
      if (!p || typeof p !== 'object')
        out.push({ path: [...c.path, 'securityContext', 'seccompProfile'], subject: subjectOf(c), detail: 'sets no seccompProfile (and the pod sets none): it runs Unconfined' });
    }
  return out;
};

/**
 * check_seccompProfile_restricted.go: from 1.19 the pod or every container must set seccompProfile.type
 * RuntimeDefault or Localhost; from 1.25 Windows pods are exempt. Overrides seccompProfile_baseline.
 */
export const seccompProfileRestricted: PssCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  source: 'check_seccompProfile_restricted.go',
  versions: [
    { minMinor: 19, check: seccompRestricted_1_19, overrides: ['seccompProfile_baseline'] },
    { minMinor: 25, check: (pod) => (isWindows(pod) ? [] : seccompRestricted_1_19(pod)), overrides: ['seccompProfile_baseline'] },
  ],
};
