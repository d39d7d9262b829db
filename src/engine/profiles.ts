/**
 * Profiles: named sets of rule settings, one list. `leastpriv` (default) runs every rule at its
 * default severity, with the Pod Security Standards baseline controls a core rule does not already
 * cover; `pss-baseline` and `pss-restricted` run only the controls of that level (src/pss/profiles.ts).
 * Each is made when a run first asks for it.
 */
import type { RuleSetting } from '../config/types.ts';
import { leastprivProfile, pssProfile } from '../pss/profiles.ts';

type Settings = Record<string, RuleSetting>;

const MAKERS: Record<string, () => Settings> = {
  leastpriv: leastprivProfile,
  'pss-baseline': () => pssProfile('baseline'),
  'pss-restricted': () => pssProfile('restricted'),
};
const made = new Map<string, Settings>();

export const PROFILE_NAMES = (): string[] => Object.keys(MAKERS);

export function profileSettings(name: string): Settings {
  const make = Object.hasOwn(MAKERS, name) ? MAKERS[name] : undefined;
  if (!make) throw new Error(`unknown profile '${name}' (known: ${PROFILE_NAMES().join(', ')})`);
  let p = made.get(name);
  if (!p) made.set(name, (p = make()));
  return p;
}
