/**
 * The shape of a Pod Security Standards check, mirroring k8s.io/pod-security-admission/policy/checks.go:
 * a check has an ID, a level, and revisions that apply from a minimum policy version on; a restricted
 * revision may override (replace) baseline checks while it applies.
 */
import type { ObjPath } from '../engine/types.ts';
import type { PodSpecRef } from '../model/workloads.ts';

export type Level = 'baseline' | 'restricted';

/** One forbidden value: where it is written (or would be) and what it is, for the message. */
export interface Violation {
  path: ObjPath;
  /** Who sets it: `container "app" of Deployment web`, `Pod web`, … */
  subject: string;
  /** What is wrong, e.g. `sets hostPort 8080`. */
  detail: string;
  /** How to fix this one, when the control's general fix would give an object the API server rejects. */
  fix?: string;
}

export type CheckFn = (pod: PodSpecRef) => Violation[];

export interface VersionedCheck {
  /** First minor version (of Kubernetes 1.x) this revision applies to. */
  minMinor: number;
  check: CheckFn;
  /** Baseline check IDs this revision replaces in the restricted level. */
  overrides?: string[];
}

export interface PssCheck {
  /** PSA's check ID (`hostNamespaces`, `capabilities_restricted`, …). */
  id: string;
  level: Level;
  /** Revisions in increasing minMinor order. */
  versions: VersionedCheck[];
  /** The check_*.go file it is derived from. */
  source: string;
}
