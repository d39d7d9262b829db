/** Turn a live result into the audit's Finding: same shape, same positions, same fingerprints. */
import type { Rule } from '../../engine/rule.ts';
import { format } from '../../engine/rule.ts';
import { locate } from '../../engine/locate.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
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
  const { object, path } = site;
  const message = format(rule.meta.messages[messageId], data);
  return {
    code: rule.meta.code,
    rule: rule.meta.name,
    severity,
    messageId,
    message,
    file: object.file.path,
    region: locate(object, path),
    object: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...(object.namespace ? { namespace: object.namespace } : {}),
      documentIndex: object.documentIndex,
    },
    path,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])),
    fingerprint: fingerprint([rule.meta.code, object.file.path, object.apiVersion, object.kind, object.namespace, object.name, path.join('.'), message]),
  };
}
