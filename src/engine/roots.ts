/**
 * Findings of rendered objects (src/render), once per place a person edits. A base that several
 * overlays render gives each overlay's object the same finding at the same line of the base: those
 * are one finding, naming every root (in the message and in `data.roots`). Findings that differ in
 * rule, place, path or message id stay apart.
 */
import type { K8sObject } from '../input/types.ts';
import type { Finding } from './types.ts';

export function mergeAcrossRoots(findings: Finding[], objectOf: (f: Finding) => K8sObject | undefined): Finding[] {
  const groups = new Map<string, { first: Finding; roots: string[] }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const root = objectOf(f)?.render?.root;
    if (root === undefined) {
      out.push(f);
      continue;
    }
    const key = [f.code, f.file, f.region.start.line, f.region.start.column, (f.path ?? []).join('.'), f.messageId].join('\0');
    const g = groups.get(key);
    if (g) {
      if (!g.roots.includes(root)) g.roots.push(root);
      // One edit for all of them (a base line edited once), only when every root offers the same one.
      if (editsOf(g.first) !== editsOf(f)) {
        delete g.first.fix;
        delete g.first.suggestions;
      }
      continue;
    }
    groups.set(key, { first: f, roots: [root] });
    out.push(f);
  }
  for (const { first, roots } of groups.values()) {
    roots.sort();
    first.data = { ...(first.data ?? {}), roots: roots.join(', ') };
    first.message += roots.length === 1 ? ` (as rendered by ${roots[0]})` : ` (as rendered by ${roots.length} roots: ${roots.join(', ')})`;
  }
  return out;
}

const editsOf = (f: Finding): string => JSON.stringify([f.fix ?? null, f.suggestions ?? null]);
