/**
 * Profiles: named sets of rule settings. `leastpriv` (default) runs every rule at its default
 * severity. Pod Security Standards profiles are added by the pod-security module.
 */
import type { RuleSetting } from '../config/types.ts';

type Settings = Record<string, RuleSetting>;
/** By name: the settings, or the function that makes them (called once, on first use). */
const PROFILES: Record<string, Settings | (() => Settings)> = {
  leastpriv: {},
};

export const PROFILE_NAMES = (): string[] => Object.keys(PROFILES);

export function registerProfile(name: string, settings: Settings | (() => Settings)): void {
  PROFILES[name] = settings;
}

export function profileSettings(name: string): Record<string, RuleSetting> {
  const p = PROFILES[name];
  if (!p) throw new Error(`unknown profile '${name}' (known: ${Object.keys(PROFILES).join(', ')})`);
  return typeof p === 'function' ? (PROFILES[name] = p()) : p;
}
