/** The one way a finding about an object is built: position from the path, object identity, fingerprint. */
import type { K8sObject } from '../input/types.ts';
import { fingerprint } from './fingerprint.ts';
import { locate } from './locate.ts';
import type { Finding, ObjPath, Region, Severity } from './types.ts';

export interface ObjectFindingSpec {
  code: string;
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** The message as the fingerprint takes it, when it differs: places in it named without their line (engine/stable-text.ts). */
  fingerprintMessage?: string;
  object: K8sObject;
  path: ObjPath;
  data?: Record<string, string>;
  /** Where `path` is, when the caller already knows (the audit memoises positions); found with `locate` otherwise. */
  region?: Region;
}

export function objectFinding(s: ObjectFindingSpec): Finding {
  const { object, path } = s;
  const f: Finding = {
    code: s.code,
    rule: s.rule,
    severity: s.severity,
    messageId: s.messageId,
    message: s.message,
    file: object.file.path,
    region: s.region ?? locate(object, path),
    object: {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...(object.namespace ? { namespace: object.namespace } : {}),
      documentIndex: object.documentIndex,
    },
    path,
    fingerprint: fingerprint([s.code, object.file.path, object.apiVersion, object.kind, object.namespace, object.name, path.join('.'), s.fingerprintMessage ?? s.message]),
  };
  if (s.data) f.data = s.data;
  return f;
}
