/**
 * The rule settings of the profiles that involve the Pod Security Standards (engine/profiles.ts
 * lists them):
 *
 * - `pss-baseline` / `pss-restricted`: only the LP3xx controls of that level, each an error, plus the
 *   input diagnostics (LP0xx). The run exits 0 exactly when Pod Security Admission would admit every
 *   pod at that level and `--kube-version`.
 * - `leastpriv` (default): the core rules plus the baseline controls. Where a core rule already
 *   decides the same question, the control is off, so one line is never reported twice for one reason:
 *   privileged → privileged-container (LP201); hostPID/hostIPC → host-pid-ipc (LP204) and hostNetwork →
 *   unjustified-privilege (LP205: allowed with a written reason), so pss-host-namespaces is off;
 *   added capabilities → capability-outside-allowlist (LP203, a configurable allowlist that may
 *   include NET_ADMIN/NET_RAW) and LP205, so pss-capability-beyond-baseline is off.
 */
import type { RuleSetting } from '../config/types.ts';
import { RULES } from '../../rules/index.ts';
import type { Level } from './types.ts';

const isPss = (code: string) => code.startsWith('LP3');
const isInput = (code: string) => code.startsWith('LP0');

/** Baseline controls a core rule covers under the `leastpriv` profile. */
export const COVERED_BY_CORE: Record<string, string> = {
  LP302: 'host-pid-ipc (LP204) and unjustified-privilege (LP205)',
  LP303: 'privileged-container (LP201)',
  LP304: 'capability-outside-allowlist (LP203) and unjustified-privilege (LP205)',
};

/** Each rule's control level (its default `level` option), by code. */
let levels: Map<string, Level | undefined> | undefined;
function controlLevel(code: string): Level | undefined {
  levels ??= new Map(RULES.map((r) => [r.meta.code, (r.meta.defaultOptions as { level?: Level } | undefined)?.level]));
  return levels.get(code);
}

export function pssProfile(level: Level): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    const code = r.meta.code;
    if (isInput(code)) continue;
    const ruleLevel = controlLevel(code);
    if (isPss(code) && (level === 'restricted' || ruleLevel === 'baseline')) out[code] = { severity: 'error', options: { level } };
    else out[code] = 'off';
  }
  return out;
}

export function leastprivProfile(): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    const code = r.meta.code;
    if (!isPss(code)) continue;
    if (controlLevel(code) !== 'baseline' || COVERED_BY_CORE[code]) out[code] = 'off';
    else out[code] = { options: { level: 'baseline' } };
  }
  return out;
}

