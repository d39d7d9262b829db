/** Turn a live result into the audit's Finding: same shape, same positions, same fingerprints. */
import type { Rule } from '../../engine/rule.ts';
import { format } from '../../engine/rule.ts';
import { objectFinding } from '../../engine/finding.ts';
import type { Finding, ObjPath, Severity } from '../../engine/types.ts';
import type { K8sObject } from '../../input/types.ts';

export interface Site {
  object: K8sObject;
  path: ObjPath;
}

export function liveFinding<M extends string>(
  rule: Rule<M, any>,
  messageId: M,
  site: Site,
  data: Record<string, string | number>,
  severity: Severity = rule.meta.severity,
): Finding {
  return objectFinding({
    code: rule.meta.code,
    rule: rule.meta.name,
    severity,
    messageId,
    message: format(rule.meta.messages[messageId], data),
    object: site.object,
    path: site.path,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])),
  });
}
