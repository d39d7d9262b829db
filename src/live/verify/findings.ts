/**
 * Turn a live result into the audit's Finding: same shape, same positions, same fingerprints.
 * A rendered object's finding lands where the audit puts it (src/engine/positions.ts): where the
 * value was written, which for a kustomize overlay may be a patch or the kustomization itself
 * (src/render/mapback.ts), not the base line the object was first read from.
 */
import type { Rule } from '../../engine/rule.ts';
import { format } from '../../engine/rule.ts';
import { objectFinding } from '../../engine/finding.ts';
import { locate, offsetsToRegion } from '../../engine/locate.ts';
import type { Finding, ObjPath, Region, Severity } from '../../engine/types.ts';
import type { K8sObject, SourceFile } from '../../input/types.ts';

export interface Site {
  object: K8sObject;
  path: ObjPath;
}

/** Files findings were placed in that the loader did not read as manifests (a patch file): the reporters' code frames need them. */
const placedIn = new WeakMap<Finding, SourceFile>();

/** The file a live finding was placed in, when it is not one of the loaded manifests' (a kustomize patch). */
export const placedSource = (f: Finding): SourceFile | undefined => placedIn.get(f);

function place(site: Site): { file: SourceFile; region: Region } {
  const { object, path } = site;
  if (!object.render) return { file: object.file, region: locate(object, path) };
  const t = object.render.mapBack(path);
  if ('object' in t) return { file: t.object.file, region: locate(t.object, t.path) };
  return { file: t.source, region: offsetsToRegion({ file: t.source }, t.range) };
}

export function liveFinding<M extends string>(
  rule: Rule<M, any>,
  messageId: M,
  site: Site,
  data: Record<string, string | number>,
  severity: Severity = rule.meta.severity,
): Finding {
  const at = place(site);
  const f = objectFinding({
    code: rule.meta.code,
    rule: rule.meta.name,
    severity,
    messageId,
    message: format(rule.meta.messages[messageId], data),
    object: site.object,
    path: site.path,
    region: at.region,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])),
  });
  if (at.file.path !== f.file) {
    f.file = at.file.path;
    placedIn.set(f, at.file);
  }
  return f;
}
