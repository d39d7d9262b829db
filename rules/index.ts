/**
 * Every rule, sorted by code. Codes are stable: never renumbered, never reused.
 * LP0xx input and suppression diagnostics (reported by the engine), LP1xx RBAC, LP2xx pod security.
 */
import type { Rule } from '../src/engine/rule.ts';
import yamlSyntaxError from './yaml-syntax-error.ts';
import invalidFieldType from './invalid-field-type.ts';
import inputNotAuditable from './input-not-auditable.ts';
import ruleInternalError from './rule-internal-error.ts';
import unusedSuppression from './unused-suppression.ts';
import suppressionMissingReason from './suppression-missing-reason.ts';
import execSubresourceVerbMismatch from './exec-subresource-verb-mismatch.ts';
import privilegedContainer from './privileged-container.ts';
import capabilitiesNotDropped from './capabilities-not-dropped.ts';
import capabilityOutsideAllowlist from './capability-outside-allowlist.ts';
import hostPidIpc from './host-pid-ipc.ts';
import unjustifiedPrivilege from './unjustified-privilege.ts';

export const RULES: readonly Rule<string, any>[] = [
  yamlSyntaxError,
  invalidFieldType,
  inputNotAuditable,
  ruleInternalError,
  unusedSuppression,
  suppressionMissingReason,
  execSubresourceVerbMismatch,
  privilegedContainer,
  capabilitiesNotDropped,
  capabilityOutsideAllowlist,
  hostPidIpc,
  unjustifiedPrivilege,
];
