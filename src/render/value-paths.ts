/**
 * The same place in two trees of one object (a rendered value and the value it was made from, a
 * patch): keys as they are, list items by the keys strategic merge matches them by.
 */
import type { ObjPath } from '../engine/types.ts';
import { isRecord } from '../model/workloads.ts';

export const MERGE_KEYS = ['name', 'mountPath', 'devicePath', 'containerPort', 'ip'];

export function get(v: unknown, path: ObjPath): { found: boolean; value?: unknown } {
  let cur = v;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number' && seg < cur.length) cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string' && seg in cur) cur = cur[seg];
    else return { found: false };
  }
  return { found: true, value: cur };
}

/**
 * The same place in another tree: keys as they are, list items by merge key (or by index when they
 * have none). `complete` when the whole path exists there.
 */
export function translate(from: unknown, to: unknown, path: ObjPath, loose = false): { path: (string | number)[]; complete: boolean } {
  const out: (string | number)[] = [];
  let a = from;
  let b = to;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(a) || !Array.isArray(b)) return { path: out, complete: false };
      const item = a[seg];
      let j = -1;
      const key = isRecord(item) ? MERGE_KEYS.find((k) => k in item && (typeof item[k] === 'string' || typeof item[k] === 'number')) : undefined;
      if (key) j = b.findIndex((x) => isRecord(x) && x[key] === (item as Record<string, unknown>)[key]);
      else if (seg < b.length) j = seg;
      // (a binding's subject renamed with its ServiceAccount: kustomize's nameReference writes the
      // SA's new name, namePrefix/nameSuffix or a patch with `allowNameChange`, into the subject;
      // kubectl kustomize v5.5: `p-web-runner` for a subject written `web`. The subject written
      // with the longest name the rendered one holds, as the same item)
      if (j === -1 && key === 'name' && out[out.length - 1] === 'subjects') {
        const rendered = String((item as Record<string, unknown>).name);
        const all: unknown[] = a;
        let best = '';
        b.forEach((x, k) => {
          const n = isRecord(x) && typeof x.name === 'string' ? x.name : '';
          if (n && rendered.includes(n) && n.length > best.length && !all.some((y) => isRecord(y) && y.name === n)) ((best = n), (j = k));
        });
      }
      // (`loose`, the last resort: a subject renamed with nothing of its written name kept — a
      // ServiceAccount a patch renamed freely, a `replacements:` target writing another name — is
      // the written subject at the same index, of the same kind, in a list of the same length,
      // when no rendered subject keeps that written name)
      if (j === -1 && loose && key === 'name' && out[out.length - 1] === 'subjects' && a.length === b.length) {
        const w = b[seg];
        const all: unknown[] = a;
        if (isRecord(w) && w.kind === (item as Record<string, unknown>).kind && !all.some((y) => isRecord(y) && y.name === w.name)) j = seg;
      }
      if (j === -1) return { path: out, complete: false };
      out.push(j);
      a = item;
      b = b[j];
    } else {
      if (!isRecord(a) || !isRecord(b) || !(seg in b)) return { path: out, complete: false };
      out.push(seg);
      a = a[seg];
      b = b[seg];
    }
  }
  return { path: out, complete: true };
}

export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return String(a) === String(b) && typeof a !== 'object';
  return JSON.stringify(a) === JSON.stringify(b);
}
