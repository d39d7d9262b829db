/**
 * Positions for one audit run: `locate` memoised per (object, path), and a bound on how long the
 * YAML trees behind them live.
 *
 * Rules ask for the same place many times (a role's rule is named in every grant that uses it, a
 * container's line is both a finding and a justification), and every first position in a document
 * parses that document again (src/input/tree.ts). tree.ts keeps the trees of a file for as long as its
 * `SourceFile` object lives, which for an audit is the whole run: on repositories where most documents
 * get a finding that is several times the text. So positions are found through a short-lived copy of
 * the file (a "view", same text and line index): the engine releases a file's view when it is done
 * with the file, and at most `MAX_VIEWS` views stay open while cross-object rules jump between files.
 */
import type { K8sObject, SourceFile } from '../input/types.ts';
import { locate, offsetsToRegion, where } from './locate.ts';
import { commentForLine } from './comments.ts';
import type { ObjPath, Region } from './types.ts';

/** Files whose trees stay open at once (least recently used first out). */
const MAX_VIEWS = 64;

interface View {
  file: SourceFile;
  /** Copies of the file's objects that point to the view. */
  objects: Map<K8sObject, K8sObject>;
}

const pathKey = (path: ObjPath): string => path.map((s) => (typeof s === 'number' ? `#${s}` : `.${s}`)).join('');

/** A region and the file it is in (for a rendered object, the file a person edits: src/render). */
export interface Located {
  file: SourceFile;
  region: Region;
}

export class Positions {
  private readonly regions = new WeakMap<K8sObject, Map<string, Located>>();
  private readonly views = new Map<SourceFile, View>();
  /** Per file and document: does the document (and the line above it) hold a `#` at all? */
  private readonly hashes = new WeakMap<SourceFile, Map<number, boolean>>();

  /** Region of `path` (or its nearest parent) in the object's file, as `locate` finds it. */
  locate(obj: K8sObject, path: ObjPath): Region {
    return this.locateAt(obj, path).region;
  }

  /** Region of `path` and its file: the object's, or for a rendered object where the value was written. */
  locateAt(obj: K8sObject, path: ObjPath): Located {
    let byPath = this.regions.get(obj);
    if (!byPath) this.regions.set(obj, (byPath = new Map()));
    const key = pathKey(path);
    let r = byPath.get(key);
    if (!r) byPath.set(key, (r = this.find(obj, path)));
    return r;
  }

  private find(obj: K8sObject, path: ObjPath): Located {
    if (!obj.render) return { file: obj.file, region: locate(this.viewOf(obj), path) };
    const t = obj.render.mapBack(path);
    if ('object' in t) return { file: t.object.file, region: locate(this.viewOf(t.object), t.path) };
    return { file: t.source, region: offsetsToRegion({ file: t.source }, t.range) };
  }

  /** `file:line` of the node at `path`, for messages that point at another object (RuleContext.where). */
  where(obj: K8sObject, path: ObjPath): string {
    if (!obj.render) return where(obj, path, (o, p) => this.locate(o, p));
    const { file, region } = this.locateAt(obj, path);
    return `${file.path === '-' ? '<stdin>' : file.path}:${region.start.line}`;
  }

  /** The comment written for the node at `path` (RuleContext.commentFor); no position is needed in a document without `#`. */
  commentFor(obj: K8sObject, path: ObjPath): string | undefined {
    if (!obj.render && !this.mayHaveComment(obj)) return undefined;
    const { file, region } = this.locateAt(obj, path);
    return commentForLine(file, region.start.line);
  }

  /** Let go of every view (and so of the trees parsed for positions). Memoised positions stay. */
  release(): void {
    this.views.clear();
    this.focused = undefined;
  }

  private focused: SourceFile | undefined;

  /** The engine works on this file now: the trees of other files are let go. */
  focus(file: SourceFile): void {
    if (file !== this.focused) this.release();
    this.focused = file;
  }

  /** Regions asked for with `place` while deferring, by file, found later by `placeDeferred`. */
  private readonly queued = new Map<SourceFile, { obj: K8sObject; path: ObjPath; set: (r: Region, file: SourceFile) => void }[]>();
  private deferring = false;

  /**
   * From now until `placeNow`, `place` queues. For cross-object rules: they report across files in
   * their own order, and placing each finding at once would parse a document again every time its
   * file's tree had been let go.
   */
  deferPlacement(): void {
    this.deferring = true;
  }

  /** `place` finds regions at once again; what was queued stays queued. */
  placeNow(): void {
    this.deferring = false;
  }

  /** Gives `set` the region of `path`: at once, or in `placeDeferred` while placement is deferred. */
  place(obj: K8sObject, path: ObjPath, set: (r: Region, file: SourceFile) => void): void {
    if (!this.deferring) {
      const at = this.locateAt(obj, path);
      return set(at.region, at.file);
    }
    let list = this.queued.get(obj.file);
    if (!list) this.queued.set(obj.file, (list = []));
    list.push({ obj, path, set });
  }

  /**
   * Finds the queued regions of `file` (with its tree open, as the engine works on it), or of every
   * file, file by file, with one tree open at a time.
   */
  placeDeferred(file?: SourceFile): void {
    const files = file ? [file] : [...this.queued.keys()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of files) {
      const list = this.queued.get(f);
      if (!list) continue;
      this.queued.delete(f);
      this.focus(f);
      list.sort((a, b) => a.obj.documentIndex - b.obj.documentIndex);
      for (const { obj, path, set } of list) {
        const at = this.locateAt(obj, path);
        set(at.region, at.file);
      }
    }
    if (!file) this.release();
  }

  private viewOf(obj: K8sObject): K8sObject {
    let view = this.views.get(obj.file);
    if (view) {
      this.views.delete(obj.file); // most recently used last
    } else {
      view = { file: { ...obj.file }, objects: new Map() };
      if (this.views.size >= MAX_VIEWS) this.views.delete(this.views.keys().next().value!);
    }
    this.views.set(obj.file, view);
    let copy = view.objects.get(obj);
    if (!copy) view.objects.set(obj, (copy = { ...obj, file: view.file }));
    return copy;
  }

  /**
   * A comment of a node is on its line or alone on the line above (comments.ts), and every node of a
   * document lies within the document's range: without a `#` from the line above the document to
   * the end of its last line, no node in it has a comment.
   */
  private mayHaveComment(obj: K8sObject): boolean {
    const { text } = obj.file;
    let byDoc = this.hashes.get(obj.file);
    if (!byDoc) this.hashes.set(obj.file, (byDoc = new Map()));
    let has = byDoc.get(obj.documentIndex);
    if (has === undefined) {
      const lineStart = text.lastIndexOf('\n', obj.docRange[0] - 1);
      const from = lineStart <= 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
      const nl = text.indexOf('\n', obj.docRange[1]);
      const to = nl === -1 ? text.length : nl;
      const at = text.indexOf('#', from);
      has = at !== -1 && at < to;
      byDoc.set(obj.documentIndex, has);
    }
    return has;
  }
}
