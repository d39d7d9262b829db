/**
 * The whole real-world corpus (../shared/corpus/real) audited under every profile: no rule may crash
 * (LP004) or throw, and the pods hidden in its custom resources (Argo, Ray, JobSet, LeaderWorkerSet,
 * MPIJob, CNPG Pooler) must be found, while Flux HelmRelease values are never taken for pods.
 * Files are parsed once and reused across the three profiles.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, type AuditInput } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping the corpus audit: ${CORPUS} is absent`);

const POD_KINDS = ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'JobSet', 'LeaderWorkerSet', 'MPIJob', 'RayCluster', 'RayJob', 'RayService', 'Pooler'];

describe.skipIf(!present)('real corpus under each profile', () => {
  const parseCache: NonNullable<AuditInput['parseCache']> = new Map();
  for (const profile of ['leastpriv', 'pss-baseline', 'pss-restricted']) {
    it(profile, { timeout: 600_000 }, () => {
      const result = audit({ paths: [CORPUS], cwd: CORPUS, config: { ...defaults(), profile }, parseCache, render: false });
      expect(result.summary.objects).toBeGreaterThan(3000);
      expect(result.findings.filter((f) => f.code === 'LP004').map((f) => f.message)).toEqual([]);
      const kinds = new Set(result.findings.filter((f) => f.code.startsWith('LP3')).map((f) => f.object?.kind));
      expect(result.findings.some((f) => f.object?.kind === 'HelmRelease' && !f.code.startsWith('LP0'))).toBe(false);
      if (profile === 'pss-restricted') for (const k of POD_KINDS) expect(kinds, `no pod found in ${k}`).toContain(k);
    });
  }
});
