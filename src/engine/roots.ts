/**
 * Findings of rendered objects (src/render), once per place a person edits. A base that several
 * overlays render gives each overlay's object the same finding at the same line of the base: those
 * are one finding, naming every root (in the message and in `data.roots`). Findings that differ in
 * rule, place, path or message id stay apart, and so do findings of different objects that land on
 * one line: a patch whose `target` selects several objects (a labelSelector, a name regex), or a base
 * rendered twice in one root under two prefixes, gives each object its own finding (one object's
 * finding must not hide another's).
 */
import type { K8sObject } from '../input/types.ts';
import type { Finding } from './types.ts';

export function mergeAcrossRoots(findings: Finding[], objectOf: (f: Finding) => K8sObject | undefined): Finding[] {
  const groups = new Map<string, { first: Finding; roots: string[]; ids: Map<string, string>; from?: string }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const o = objectOf(f);
    const root = o?.render?.root;
    if (o === undefined || root === undefined) {
      out.push(f);
      continue;
    }
    // the same object of each root: the same origin document (a base's, a generator entry's)
    const origin = [o.file.path, o.documentIndex, o.rootPath.join('.')].join('\0');
    const id = [o.apiVersion.split('/').slice(0, -1).join('/'), o.kind, o.namespace ?? '', o.name].join('\0');
    let key = [f.code, f.file, f.region.start.line, f.region.start.column, (f.path ?? []).join('.'), f.messageId, origin].join('\0');
    // (one root, two objects of one origin document: two findings)
    if (groups.get(key)?.ids.has(root) && groups.get(key)!.ids.get(root) !== id) key += `\0${id}`;
    const g = groups.get(key);
    if (g) {
      if (!g.roots.includes(root)) g.roots.push(root);
      g.ids.set(root, id);
      // One edit for all of them (a base line edited once), only when every root offers the same one.
      if (editsOf(g.first) !== editsOf(f)) {
        delete g.first.fix;
        delete g.first.suggestions;
      }
      continue;
    }
    groups.set(key, { first: f, roots: [root], ids: new Map([[root, id]]), ...(o.render?.from ? { from: o.render.from } : {}) });
    out.push(f);
  }
  for (const { first, roots, from } of groups.values()) {
    roots.sort();
    first.data = { ...(first.data ?? {}), roots: roots.join(', ') };
    first.message += roots.length === 1 ? ` (as rendered by ${roots[0]})` : ` (as rendered by ${roots.length} roots: ${roots.join(', ')})`;
    // (a file outside the working folder, named by its absolute path: where the tree reaches it)
    if (from && outside(first.file)) {
      first.data.includedFrom = from;
      first.message += ` (the file is outside the working folder; ${from} includes it)`;
    }
  }
  return out;
}

/** A display path no relative path from the working folder gives (discover.ts displayPath): absolute. */
const outside = (file: string): boolean => file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('../');

const editsOf = (f: Finding): string => JSON.stringify([f.fix ?? null, f.suggestions ?? null]);
