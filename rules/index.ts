/**
 * Every rule, sorted by code. Codes are stable: never renumbered, never reused.
 * LP0xx input and suppression diagnostics (reported by the engine), LP1xx RBAC, LP2xx pod security, LP3xx Pod Security Standards controls.
 */
import type { Rule } from '../src/engine/rule.ts';
import yamlSyntaxError from './yaml-syntax-error.ts';
import invalidFieldType from './invalid-field-type.ts';
import inputNotAuditable from './input-not-auditable.ts';
import yamlDecodeAmbiguous from './yaml-decode-ambiguous.ts';
import ruleInternalError from './rule-internal-error.ts';
import removedApiVersion from './removed-api-version.ts';
import unknownBuiltinKind from './unknown-builtin-kind.ts';
import objectWithoutType from './object-without-type.ts';
import unusedSuppression from './unused-suppression.ts';
import suppressionMissingReason from './suppression-missing-reason.ts';
import symlinkOutsideRoot from './symlink-outside-root.ts';
import renderFailed from './render-failed.ts';
import renderNotModelled from './render-not-modelled.ts';
import duplicateObject from './duplicate-object.ts';
import execSubresourceVerbMismatch from './exec-subresource-verb-mismatch.ts';
import effectiveExecVerbMismatch from './effective-exec-verb-mismatch.ts';
import wildcardGrant from './wildcard-grant.ts';
import secretsRead from './secrets-read.ts';
import escalateBindImpersonate from './escalate-bind-impersonate.ts';
import nodesProxyAccess from './nodes-proxy-access.ts';
import serviceaccountTokenCreate from './serviceaccount-token-create.ts';
import csrApproval from './csr-approval.ts';
import admissionWebhookWrite from './admission-webhook-write.ts';
import persistentvolumeCreate from './persistentvolume-create.ts';
import podCreatingWorkloadWrite from './pod-creating-workload-write.ts';
import clusterAdminBinding from './cluster-admin-binding.ts';
import gitopsControllerWrite from './gitops-controller-write.ts';
import publicGroupBinding from './public-group-binding.ts';
import namespaceModify from './namespace-modify.ts';
import execIntoNodeAccessWorkload from './exec-into-node-access-workload.ts';
import redundantGrant from './redundant-grant.ts';
import danglingRoleRef from './dangling-role-ref.ts';
import invalidBindingSubject from './invalid-binding-subject.ts';
import invalidRoleRule from './invalid-role-rule.ts';
import privilegedContainer from './privileged-container.ts';
import capabilitiesNotDropped from './capabilities-not-dropped.ts';
import capabilityOutsideAllowlist from './capability-outside-allowlist.ts';
import hostPidIpc from './host-pid-ipc.ts';
import unjustifiedPrivilege from './unjustified-privilege.ts';
import pssWindowsHostProcess from './pss-windows-host-process.ts';
import pssHostNamespaces from './pss-host-namespaces.ts';
import pssPrivilegedContainer from './pss-privileged-container.ts';
import pssCapabilityBeyondBaseline from './pss-capability-beyond-baseline.ts';
import pssHostPathVolume from './pss-host-path-volume.ts';
import pssHostPort from './pss-host-port.ts';
import pssProbeHost from './pss-probe-host.ts';
import pssApparmorUnconfined from './pss-apparmor-unconfined.ts';
import pssSelinuxCustomOptions from './pss-selinux-custom-options.ts';
import pssProcMountUnmasked from './pss-proc-mount-unmasked.ts';
import pssSeccompUnconfined from './pss-seccomp-unconfined.ts';
import pssUnsafeSysctl from './pss-unsafe-sysctl.ts';
import pssRestrictedVolumeType from './pss-restricted-volume-type.ts';
import pssPrivilegeEscalationAllowed from './pss-privilege-escalation-allowed.ts';
import pssRootNotPrevented from './pss-root-not-prevented.ts';
import pssRunAsRootUser from './pss-run-as-root-user.ts';
import pssSeccompProfileUnset from './pss-seccomp-profile-unset.ts';
import pssCapabilitiesNotMinimal from './pss-capabilities-not-minimal.ts';
import pssProcMountUnmaskedRestricted from './pss-proc-mount-unmasked-restricted.ts';

import accessDenied from './live-access-denied.ts';
import accessUnexpected from './live-access-not-in-manifests.ts';
import probeFailed from './live-probe-failed.ts';
import capabilitiesMismatch from './live-capabilities-mismatch.ts';
import drift from './live-drift.ts';
import unreachable from './live-cluster-unreachable.ts';
import execDenied from './live-exec-denied.ts';
import notVerified from './live-not-verified.ts';
import probeNoTarget from './live-probe-no-target.ts';

export const RULES: readonly Rule<string, any>[] = [
  yamlSyntaxError,
  invalidFieldType,
  inputNotAuditable,
  ruleInternalError,
  unusedSuppression,
  suppressionMissingReason,
  yamlDecodeAmbiguous,
  symlinkOutsideRoot,
  renderFailed,
  duplicateObject,
  renderNotModelled,
  removedApiVersion,
  unknownBuiltinKind,
  objectWithoutType,
  execSubresourceVerbMismatch,
  effectiveExecVerbMismatch,
  wildcardGrant,
  secretsRead,
  escalateBindImpersonate,
  nodesProxyAccess,
  serviceaccountTokenCreate,
  csrApproval,
  admissionWebhookWrite,
  persistentvolumeCreate,
  podCreatingWorkloadWrite,
  clusterAdminBinding,
  publicGroupBinding,
  namespaceModify,
  execIntoNodeAccessWorkload,
  redundantGrant,
  danglingRoleRef,
  invalidBindingSubject,
  gitopsControllerWrite,
  invalidRoleRule,
  privilegedContainer,
  capabilitiesNotDropped,
  capabilityOutsideAllowlist,
  hostPidIpc,
  unjustifiedPrivilege,
  pssWindowsHostProcess,
  pssHostNamespaces,
  pssPrivilegedContainer,
  pssCapabilityBeyondBaseline,
  pssHostPathVolume,
  pssHostPort,
  pssProbeHost,
  pssApparmorUnconfined,
  pssSelinuxCustomOptions,
  pssProcMountUnmasked,
  pssSeccompUnconfined,
  pssUnsafeSysctl,
  pssRestrictedVolumeType,
  pssPrivilegeEscalationAllowed,
  pssRootNotPrevented,
  pssRunAsRootUser,
  pssSeccompProfileUnset,
  pssCapabilitiesNotMinimal,
  pssProcMountUnmaskedRestricted,
  accessDenied,
  accessUnexpected,
  probeFailed,
  capabilitiesMismatch,
  drift,
  unreachable,
  execDenied,
  notVerified,
  probeNoTarget,
];
