/** Shared pieces of the checks: who a violation is about, and the Windows exemption. */
import { containerLabel, podLabel } from '../../model/describe.ts';
import type { ContainerRef, PodSpecRef } from '../../model/workloads.ts';

export const subjectOf = (c: ContainerRef): string => containerLabel(c);
export const podSubject = (pod: PodSpecRef): string => podLabel(pod);

/** PSA's Windows exemption (from policy 1.25 in several restricted checks): `spec.os.name == "windows"`. */
export const isWindows = (pod: PodSpecRef): boolean => pod.spec.os?.name === 'windows';

/** `hostUsers: false`: the pod runs in a user namespace (policy/helpers.go relaxPolicyForUserNamespacePod). */
export const inUserNamespace = (pod: PodSpecRef): boolean => pod.spec.hostUsers === false;

export const quote = (s: unknown): string => JSON.stringify(s);
