/**
 * Builds one rule per Pod Security Standards control from its check (src/pss/checks/): the rule runs
 * the revision that applies at its level and the run's Kubernetes version, reports each violation at
 * its path, and carries the verdict's facts in `data` (control, level, policy version, pod path,
 * inferred) for the JSON report's per-control verdicts.
 */
import { defineRule, type Rule, type RuleDocs } from '../engine/rule.ts';
import { podSpecs } from '../model/workloads.ts';
import { applicability, pssCheck } from './registry.ts';
import type { Level, Violation } from './types.ts';
import { objectLabel } from '../model/describe.ts';
import { effectiveVersion, formatVersion } from './version.ts';

export const PSS_URL = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
export const PSA_SOURCE = 'https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/';

export interface PssRuleSpec {
  code: string;
  name: string;
  /** PSA check ID (`hostPorts`). */
  control: string;
  description: string;
  securitySeverity: number;
  tags: string[];
  /** How to fix it, one or two sentences (ends the message). */
  fix: string;
  /**
   * A suggestion offered with each violation: set the violation's path to this value (a person
   * judges whether the workload still works with it).
   */
  suggest?: { description: string; value: unknown };
  docs: Omit<RuleDocs, 'references'> & { references?: string[] };
}

export interface PssOptions {
  level: Level;
}

/** "v1.0+: …; v1.25+: …" from the check's revisions and its doc lines. */
function versionNotes(control: string, changes: string | undefined): string {
  const check = pssCheck(control)!;
  const since = check.versions.map((v) => `v1.${v.minMinor}`).join(', ');
  return [
    `PSA check \`${control}\` (${check.level}), derived from [\`${check.source}\`](${PSA_SOURCE}${check.source}); revisions from policy ${since}.`,
    changes ? `\n\nVersion changes: ${changes}` : '',
    `\n\nOptions: \`level\` (\`baseline\` or \`restricted\`), set by the profile. Under \`--profile pss-baseline\` / \`pss-restricted\` the rule is an error and follows \`--kube-version\` (config \`kubeVersion\`).`,
  ].join('');
}

export function definePssRule(spec: PssRuleSpec & { changes?: string }): Rule<'violation', PssOptions> {
  const check = pssCheck(spec.control);
  if (!check) throw new Error(`unknown PSA check ${spec.control}`);
  return defineRule<'violation', PssOptions>({
    meta: {
      code: spec.code,
      name: spec.name,
      control: spec.control,
      severity: 'error',
      category: 'pod-security',
      description: spec.description,
      securitySeverity: spec.securitySeverity,
      tags: ['security', 'pod-security', 'pss', ...spec.tags],
      messages: {
        violation: `{subject} {detail}: the Pod Security Standards {level} level forbids it (PSA check ${spec.control}, policy {version}). {fix}`,
      },
      optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: { level: { enum: ['baseline', 'restricted'], description: 'Pod Security Standards level to evaluate at.' } },
      },
      defaultOptions: { level: check.level },
      docs: {
        ...spec.docs,
        references: [PSS_URL, `${PSA_SOURCE}${check.source}`, ...(spec.docs.references ?? [])],
        notes: versionNotes(spec.control, spec.changes) + (spec.docs.notes ? `\n\n${spec.docs.notes}` : ''),
      },
    },
    checkObject(obj, ctx) {
      const version = effectiveVersion(ctx.kubeVersion);
      const a = applicability(spec.control, ctx.options.level, version);
      if (!a.applies) return;
      // A field several pods share (an Argo workflow's securityContext or volumes) is reported once,
      // listing every pod it fails; `data.pod` holds their paths, comma-separated.
      const byPath = new Map<string, { v: Violation; pods: string[]; inferred: boolean }>();
      for (const pod of podSpecs(obj)) {
        for (const v of a.revision.check(pod)) {
          const key = v.path.join('\u0000');
          const hit = byPath.get(key);
          if (hit) hit.pods.push(pod.path.join('.'));
          else byPath.set(key, { v, pods: [pod.path.join('.')], inferred: !!pod.inferred });
        }
      }
      for (const { v, pods, inferred } of byPath.values()) {
        ctx.report({
          object: obj,
          path: v.path,
          messageId: 'violation',
          data: {
            subject: pods.length > 1 ? `${objectLabel(obj)} (for its ${pods.length} pods ${pods.join(', ')})` : v.subject,
            detail: v.detail,
            fix: v.fix ?? spec.fix,
            level: ctx.options.level,
            version: formatVersion(version),
            control: spec.control,
            pod: pods.join(','),
            ...(inferred ? { inferred: 'true' } : {}),
          },
          ...(spec.suggest ? { suggestions: [{ description: spec.suggest.description, edits: [{ path: v.path, set: spec.suggest.value }] }] } : {}),
        });
      }
    },
  });
}
