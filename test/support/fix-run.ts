/** Running the fix passes over one in-memory fixture, as `audit --fix` does over files. */
import { audit, type FullAuditResult } from '../../src/engine/audit.ts';
import { resolveConfig, validateConfig } from '../../src/config/load.ts';
import { isKnownRule } from '../../src/engine/registry.ts';
import { fixPasses, type FixRun, type FixType } from '../../src/fix/apply.ts';
import { fixtureConfig } from '../fixture-markers.ts';

/** `# fix-types: fix,suggestion` in a fixture's first lines (default: fix). */
export function fixTypes(text: string): Set<FixType> {
  const m = /^#\s*fix-types:\s*([a-z, ]+)$/m.exec(text.split('\n', 4).join('\n'));
  return new Set((m ? m[1]!.split(',') : ['fix']).map((s) => s.trim()) as FixType[]);
}

export function auditText(path: string, text: string, fixes = true): FullAuditResult {
  const config = resolveConfig(validateConfig(fixtureConfig(text), path, isKnownRule));
  return audit({ sources: [{ path, text }], config, fixes });
}

export function fixText(path: string, text: string, types = fixTypes(text)): FixRun & { after: string } {
  const run = fixPasses((o) => auditText(path, o.get(path) ?? text), types);
  return { ...run, after: run.changed.get(path)?.after ?? text };
}
