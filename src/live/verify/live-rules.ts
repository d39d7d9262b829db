/**
 * What `leastpriv verify` reports. Live findings are not produced by pure rules over the model
 * (they need the cluster), but they are rules like the others: registered in rules/index.ts, with
 * generated docs, so that every reporter, SARIF's rule table, `leastpriv explain` and fingerprints
 * work unchanged. Codes LP9xx are reserved for live verification.
 */
import accessDenied from '../../../rules/live-access-denied.ts';
import accessUnexpected from '../../../rules/live-access-not-in-manifests.ts';
import probeFailed from '../../../rules/live-probe-failed.ts';
import capabilitiesMismatch from '../../../rules/live-capabilities-mismatch.ts';
import drift from '../../../rules/live-drift.ts';
import unreachable from '../../../rules/live-cluster-unreachable.ts';
import execDenied from '../../../rules/live-exec-denied.ts';
import notVerified from '../../../rules/live-not-verified.ts';
import probeNoTarget from '../../../rules/live-probe-no-target.ts';

export { accessDenied, accessUnexpected, probeFailed, capabilitiesMismatch, drift, unreachable, execDenied, notVerified, probeNoTarget };
export const LIVE_RULES = [accessDenied, accessUnexpected, probeFailed, capabilitiesMismatch, drift, unreachable, execDenied, notVerified, probeNoTarget] as const;
