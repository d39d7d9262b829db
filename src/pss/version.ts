/**
 * Pod Security Admission policy versions (`v1.35`). PSA evaluates a pod against the newest revision of
 * each check whose MinimumVersion is at or below the requested version, and clamps any version newer
 * than the newest revision it knows to that one (k8s.io/pod-security-admission/policy/registry.go,
 * EvaluatePod: `if r.maxVersion.Older(lv.Version) { lv.Version = r.maxVersion }`).
 *
 * LATEST is the newest policy version whose check revisions were verified against the library's
 * source (check_procMount_baseline.go, check_procMount_restricted.go: MinimumVersion 1.35). Newer
 * Kubernetes versions evaluate as LATEST, as PSA itself does for versions past its newest revision.
 */
export interface PolicyVersion {
  major: 1;
  minor: number;
}

export const LATEST: PolicyVersion = { major: 1, minor: 35 };
export const DEFAULT_KUBE_VERSION = `v1.${LATEST.minor}`;

/** Parses `v1.35`, `1.35` or `latest`; undefined when the text is not a Kubernetes 1.x version. */
export function parseVersion(text: string): PolicyVersion | undefined {
  if (text === 'latest') return LATEST;
  const m = /^v?1\.(\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  return { major: 1, minor: Number(m[1]) };
}

/** The policy version PSA evaluates for a requested version: clamped to the newest known revision. */
export function effectiveVersion(text: string): PolicyVersion {
  const v = parseVersion(text) ?? LATEST;
  return v.minor > LATEST.minor ? LATEST : v;
}

export const formatVersion = (v: PolicyVersion): string => `v${v.major}.${v.minor}`;
