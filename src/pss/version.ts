/**
 * Pod Security Admission policy versions (`v1.35`). PSA evaluates a pod against the newest revision of
 * each check whose MinimumVersion is at or below the requested version, and clamps any version newer
 * than the newest revision it knows to that one (k8s.io/pod-security-admission/policy/registry.go,
 * EvaluatePod: `if r.maxVersion.Older(lv.Version) { lv.Version = r.maxVersion }`).
 *
 * LATEST is the newest policy version the library knows: check_sysctls.go's `sysctlsAllowedV1Dot37`
 * (net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat; kubernetes PR #138389, milestone
 * v1.37) is the newest revision; no other check changes after 1.35 (check_procMount_*.go). Every
 * version up to it is modelled; newer ones evaluate as LATEST, as PSA does past its newest revision.
 * The default `--kube-version` is LATEST; pin an older cluster's with `--kube-version v1.30` (or
 * `kubeVersion: v1.30` in .leastpriv.yaml).
 */
export interface PolicyVersion {
  major: 1;
  minor: number;
}

export const LATEST: PolicyVersion = { major: 1, minor: 37 };
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
