/** Audit in-memory manifests with the default profile and pick findings by rule. */
import { audit } from '../../src/engine/audit.ts';
import { resolveConfig, validateConfig } from '../../src/config/load.ts';
import { isKnownRule } from '../../src/engine/registry.ts';
import type { Finding } from '../../src/engine/types.ts';
import type { ConfigFile } from '../../src/config/types.ts';

export function run(text: string, file = 'm.yaml', cfg: ConfigFile = {}): Finding[] {
  const config = resolveConfig(validateConfig(cfg, 'test', isKnownRule));
  return audit({ sources: [{ path: file, text }], config }).findings.filter((f) => !f.suppressed);
}

export const of = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule || f.code === rule);
