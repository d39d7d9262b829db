import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  FLUX_KUSTOMIZE_GROUP,
  KUSTOMIZATION_FILES,
  LineIndex,
  MANIFEST_EXTENSIONS,
  PARSE_OPTIONS,
  discoverInputs,
  discoverOptions,
  dropKeptPlan,
  helmChartOf,
  isRemote,
  kustomizationFileIn,
  newSource,
  readInput,
  renderFingerprint
} from "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import {
  VERSION
} from "./chunk-23YRZK4Z.js";
import {
  defaults
} from "./chunk-ILG67AN3.js";
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cache/memo.ts
import { closeSync as closeSync3, fstatSync, openSync as openSync3, readdirSync as readdirSync3, readFileSync as readFileSync3, readSync as readSync2, statSync as statSync4 } from "node:fs";
import { createHash as createHash4 } from "node:crypto";
import { basename as basename2, dirname, isAbsolute as isAbsolute3, join as join4, normalize, resolve as resolve3, sep } from "node:path";
import { fileURLToPath } from "node:url";

// src/cache/store.ts
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var MAGIC = "leastpriv-cache", FORMAT = 4, KEEP = 16, ENTRY_NAME = /^[0-9a-f]{64}\.bin$/, TEMP_NAME = /^\.(?:[0-9a-f]{64}|files\.idx|discover\.idx|parsed-[0-9a-f]\.pack)\.\d+\.[0-9a-z]+\.tmp$/, sha256 = (data) => createHash("sha256").update(data).digest("hex"), CacheStore = class {
  constructor(dir, note, keep = KEEP) {
    this.dir = dir;
    this.note = note;
    this.keep = keep;
  }
  dir;
  note;
  keep;
  ready;
  /** The payload stored for `key`, or undefined (absent; damaged ones are reported, then ignored). */
  get(key) {
    return this.read(`${key}.bin`, key, !0);
  }
  /**
   * The file-stat index (see memo.ts): stored as an entry is (header, checksum), uncompressed, under
   * a fixed name, and not counted among the entries kept. Undefined when absent or damaged (noted).
   */
  getIndex(name = "files.idx") {
    return this.read(name, "index", !1);
  }
  putIndex(payload, name = "files.idx") {
    this.write(name, "index", payload, !1);
  }
  /** A pack of the per-file layer (parsed.ts): stored as an entry is (header, checksum, gzip), under its own name, never pruned as an entry. */
  getPack(name) {
    return this.read(name, "pack", !0);
  }
  putPack(name, payload) {
    this.write(name, "pack", payload, !0);
  }
  read(name, key, gzip) {
    let file = join(this.dir, name), raw;
    try {
      raw = readFileSync(file);
    } catch {
      return;
    }
    let nl = raw.indexOf(10), header = nl === -1 ? [] : raw.subarray(0, nl).toString("latin1").split(" "), payload;
    if (!(!gzip && header.length === 4 && header[0] === MAGIC && header[1] !== String(FORMAT))) {
      if (header.length === 4 && header[0] === MAGIC && header[1] === String(FORMAT) && header[2] === key) {
        try {
          let body = raw.subarray(nl + 1);
          payload = gzip ? gunzipSync(body, { chunkSize: body.length >= 4 ? Math.min(Math.max(body.readUInt32LE(body.length - 4), 65536), 64 << 20) : 65536 }) : body;
        } catch {
          payload = void 0;
        }
        payload && sha256(payload) !== header[3] && (payload = void 0);
      }
      if (!payload) {
        this.note(`cache entry ${file} is damaged, incomplete or of another format: not used; recomputed and written again`);
        return;
      }
      if (gzip)
        try {
          let now = /* @__PURE__ */ new Date();
          utimesSync(file, now, now);
        } catch {
        }
      return payload;
    }
  }
  /** Writes the entry; then prunes the folder, unless `prune` is false (a caller writing many prunes once). */
  put(key, payload, prune = !0) {
    this.write(`${key}.bin`, key, payload, !0) && prune && this.prune();
  }
  write(name, key, payload, gzip) {
    if (!this.prepare()) return !1;
    let file = join(this.dir, name), tmp = join(this.dir, `.${name.replace(/\.bin$/, "")}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      let fd = openSync(tmp, "wx");
      try {
        writeSync(fd, `${MAGIC} ${FORMAT} ${key} ${sha256(payload)}
`), writeSync(fd, gzip ? gzipSync(payload, { level: 1 }) : payload);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
      }
      return this.note(`cannot write the cache in ${this.dir}: ${e.code ?? e.message}; the run is not cached`), !1;
    }
    return !0;
  }
  /** Creates the folder with its .gitignore and CACHEDIR.TAG; false (with a note) when it cannot. */
  prepare() {
    if (this.ready !== void 0) return this.ready;
    try {
      mkdirSync(this.dir, { recursive: !0 });
      let ignore = join(this.dir, ".gitignore");
      existsSync(ignore) || writeFileSync(ignore, `# written by leastpriv: this folder is a cache
*
`);
      let tag = join(this.dir, "CACHEDIR.TAG");
      existsSync(tag) || writeFileSync(tag, `Signature: 8a477f597d28d172789f06886806bc55
# This file is a cache directory tag created by leastpriv.
# For information about cache directory tags see https://bford.info/cachedir/
`), this.ready = !0;
    } catch (e) {
      this.note(`cannot use ${this.dir} as the cache folder: ${e.code ?? e.message}; the run is not cached`), this.ready = !1;
    }
    return this.ready;
  }
  /** Keeps the `keep` entries used last; removes older ones and temporary files left by killed runs. */
  prune() {
    try {
      let now = Date.now(), entries = [];
      for (let name of readdirSync(this.dir)) {
        let file = join(this.dir, name);
        TEMP_NAME.test(name) ? now - statSync(file).mtimeMs > 10 * 6e4 && unlinkSync(file) : ENTRY_NAME.test(name) && entries.push({ file, t: statSync(file).mtimeMs });
      }
      entries.sort((a, b) => b.t - a.t);
      for (let e of entries.slice(this.keep)) unlinkSync(e.file);
    } catch {
    }
  }
};

// src/cache/render.ts
import { accessSync, closeSync as closeSync2, constants, openSync as openSync2, readSync, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { basename, delimiter, isAbsolute as isAbsolute2, join as join3, resolve as resolve2 } from "node:path";

// src/render/inputs.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2, readlinkSync, realpathSync, statSync as statSync2 } from "node:fs";
import { createHash as createHash2 } from "node:crypto";
import { join as join2, relative, resolve, isAbsolute } from "node:path";
var NOT_CACHED = {
  helmCharts: "it inflates Helm charts",
  helmChartInflationGenerator: "it inflates Helm charts",
  helmGlobals: "it inflates Helm charts",
  generators: "it runs generator plugins",
  transformers: "it runs transformer plugins",
  validators: "it runs validator plugins"
}, TREE_MAX_FILES = 2e4, TREE_MAX_BYTES = 256 * 1024 * 1024, statKey = (st) => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`, InputHasher = class {
  fileHashes = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  /** Size, times and inode of each file when it was hashed (checked again before a render is stored). */
  stats = /* @__PURE__ */ new Map();
  levels = /* @__PURE__ */ new Map();
  /** A kustomization's part of a key, made once per run (`make`: render/inputs.ts levelInputs). */
  level(dir, make) {
    return this.levels.has(dir) || this.levels.set(dir, make()), this.levels.get(dir);
  }
  file(abs) {
    let h = this.fileHashes.get(abs);
    if (h === void 0) {
      try {
        let st = statSync2(abs);
        st.isFile() ? (this.stats.set(abs, statKey(st)), h = createHash2("sha256").update(readFileSync2(abs)).digest("hex")) : h = `not-a-file:${st.mode}`;
      } catch (e) {
        h = `error:${e.code ?? "unreadable"}`;
      }
      this.fileHashes.set(abs, h);
    }
    return h;
  }
  /** A hash of a folder tree (names, kinds, link targets, file bytes), or undefined past the bounds. */
  tree(dir) {
    let known = this.trees.get(dir);
    if (known !== void 0) return known ?? void 0;
    let h = createHash2("sha256"), files = 0, bytes = 0, seen = /* @__PURE__ */ new Set(), walk = (d) => {
      let real;
      try {
        real = realpathSync(d);
      } catch {
        return !0;
      }
      if (seen.has(real))
        return h.update(`cycle\0${real}\0`), !0;
      seen.add(real);
      let entries;
      try {
        entries = readdirSync2(d, { withFileTypes: !0 }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      } catch (e) {
        return h.update(`unreadable\0${e.code ?? ""}\0`), !0;
      }
      for (let e of entries) {
        let p = join2(d, e.name);
        if ((e.name === ".git" || e.isDirectory()) && (e.name === ".git" || isCacheFolder(p))) continue;
        if (h.update(`${relative(dir, p)}\0`), e.isSymbolicLink())
          try {
            h.update(`link\0${readlinkSync(p)}\0`);
          } catch {
            h.update("link?\0");
          }
        let st;
        try {
          st = statSync2(p);
        } catch {
          h.update("dangling\0");
          continue;
        }
        if (st.isDirectory()) {
          if (h.update("dir\0"), !walk(p)) return !1;
        } else if (st.isFile()) {
          if (++files > TREE_MAX_FILES || (bytes += st.size) > TREE_MAX_BYTES) return !1;
          h.update(`file\0${this.file(p)}\0`);
        } else h.update(`other\0${st.mode}\0`);
      }
      return !0;
    }, out = walk(dir) ? h.digest("hex") : null;
    return this.trees.set(dir, out), out ?? void 0;
  }
};
function isCacheFolder(dir) {
  try {
    return statSync2(join2(dir, "CACHEDIR.TAG")).isFile();
  } catch {
    return !1;
  }
}
var isRecord = (v) => !!v && typeof v == "object" && !Array.isArray(v);
function isPathField(at) {
  let [a, , c] = at;
  return typeof a != "string" ? !1 : at.length === 2 && ["resources", "bases", "components", "crds", "configurations", "patchesStrategicMerge"].includes(a) || at.length === 3 && c === "path" && ["patches", "patchesJson6902", "replacements"].includes(a) || at.length === 2 && a === "openapi" && at[1] === "path" ? !0 : (a === "configMapGenerator" || a === "secretGenerator") && (c === "files" || c === "envs" || c === "env");
}
function rootInputs(wrapperFile, wrapperDir, hasher) {
  let lines = /* @__PURE__ */ new Set(), done = /* @__PURE__ */ new Set(), visit = (dir, file, wrapper) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      real = dir;
    }
    if (done.has(real)) return;
    done.add(real);
    let l = wrapper ? levelInputs(dir, file, !0, hasher) : hasher.level(dir, () => levelInputs(dir, file, !1, hasher));
    if (l.stop !== void 0) return l.stop;
    for (let x of l.lines) lines.add(x);
    for (let [d, f] of l.kustomizations) {
      let why2 = visit(d, f, !1);
      if (why2 !== void 0) return why2;
    }
  }, why = visit(wrapperDir, wrapperFile, !0);
  return why === void 0 ? { lines: [...lines].sort() } : { uncached: why };
}
function levelInputs(dir, file, wrapper, hasher) {
  let out = { lines: [], kustomizations: [] };
  class NotCached extends Error {
  }
  let stop = (why) => {
    throw new NotCached(why);
  };
  try {
    let text;
    try {
      text = readFileSync2(file, "utf8");
    } catch {
      return stop(`${file} cannot be read`);
    }
    if (wrapper) out.lines.push(`wrapper\0${text}`);
    else {
      let t = hasher.tree(dir);
      if (t === void 0) return stop(`${dir} holds more than ${TREE_MAX_FILES} files or ${TREE_MAX_BYTES >> 20} MB`);
      out.lines.push(`tree\0${dir}\0${t}`);
    }
    let { parseAllDocuments, isMap } = yamlLib(), value;
    try {
      let docs = parseAllDocuments(text.replace(/^\uFEFF/, ""), PARSE_OPTIONS);
      if (!Array.isArray(docs) || docs.length !== 1 || docs[0].errors.length || !isMap(docs[0].contents)) return stop(`${file} is not one YAML mapping`);
      value = docs[0].toJS({ maxAliasCount: 1e3 });
    } catch (e) {
      if (e instanceof NotCached) throw e;
      return stop(`${file} is not one YAML mapping`);
    }
    if (!isRecord(value)) return stop(`${file} is not one YAML mapping`);
    for (let [k, why] of Object.entries(NOT_CACHED)) value[k] !== void 0 && stop(`${why} (${k})`);
    Array.isArray(value.secretGenerator) && value.secretGenerator.some((g) => !isRecord(g) || g.files !== void 0 || g.envs !== void 0 || g.env !== void 0) && stop("it generates Secrets from files (their values are never written to the cache)");
    let reference = (c, pathField) => {
      let p = resolve(dir, c), st;
      try {
        st = statSync2(p);
      } catch {
        return !1;
      }
      if (st.isFile())
        return out.lines.push(`file\0${p}\0${hasher.file(p)}`), !0;
      if (!st.isDirectory()) return pathField ? stop(`${c} is not a file or folder`) : !1;
      let k = kustomizationFileIn(p);
      if (k)
        return out.kustomizations.push([p, k]), !0;
      let r = relative(p, dir);
      if (!pathField && !r.startsWith("..") && !isAbsolute(r)) return !0;
      let t = hasher.tree(p);
      return t === void 0 ? stop(`${p} holds more than ${TREE_MAX_FILES} files or ${TREE_MAX_BYTES >> 20} MB`) : (out.lines.push(`tree\0${p}\0${t}`), !0);
    }, walk = (v, at) => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...at, i]));
      if (isRecord(v)) return Object.entries(v).forEach(([k, x]) => walk(x, [...at, k]));
      if (typeof v != "string" && typeof v != "number" && typeof v != "boolean") return;
      let s = String(v), pathField = isPathField(at);
      if (s.includes(`
`) || s.includes("\0") || s.length > 4096 || s === "") {
        pathField && !s.includes(`
`) && stop(`${s.slice(0, 80)} is not a path on disk`);
        return;
      }
      pathField && isRemote(s) && stop(`${s} is remote`);
      let eq = s.indexOf("="), found = !1;
      for (let c of eq === -1 ? [s] : [s, s.slice(eq + 1)]) c && reference(c, pathField) && (found = !0);
      pathField && !found && stop(`${s} (${at.join(".")}) names nothing on disk`);
    };
    walk(value, []);
  } catch (e) {
    if (!(e instanceof NotCached)) throw e;
    out.stop = e.message;
  }
  return out;
}

// src/cache/render.ts
var KEEP_RENDERS = 2048, identities = /* @__PURE__ */ new Map();
function kustomizeIdentity(command) {
  if (identities.has(command)) return identities.get(command) ?? void 0;
  let id = null, exts = process.platform === "win32" ? ["", ...(process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";")] : [""], dirs = command.includes("/") || process.platform === "win32" && command.includes("\\") ? [""] : (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  search: for (let d of dirs)
    for (let e of exts) {
      let p = d === "" ? resolve2(command + e) : join3(d, command + e);
      try {
        if (!statSync3(p).isFile()) continue;
        accessSync(p, constants.X_OK);
        let real = realpathSync2(p), head = Buffer.alloc(2), fd = openSync2(real, "r");
        try {
          readSync(fd, head, 0, 2, 0);
        } finally {
          closeSync2(fd);
        }
        if (head.toString("latin1") === "#!" || /\.(cmd|bat)$/i.test(real)) break search;
        let name = (f) => basename(f).replace(/\.exe$/i, "").toLowerCase();
        if (!name(real).startsWith(name(command))) break search;
        let rs = statSync3(real);
        id = `${real}\0${rs.size}\0${rs.mtimeMs}\0${rs.ino}`;
        break search;
      } catch {
        continue;
      }
    }
  return identities.set(command, id), id ?? void 0;
}
function openRenderCache(dir, note, codeIdentity2) {
  return new Renders(new CacheStore(dir, note, KEEP_RENDERS), codeIdentity2);
}
var Renders = class {
  constructor(store, codeIdentity2) {
    this.store = store;
    this.codeIdentity = codeIdentity2;
  }
  store;
  codeIdentity;
  hasher = new InputHasher();
  pending = /* @__PURE__ */ new Map();
  transient = 0;
  key(wrapperDir, command, args) {
    let kustomize = kustomizeIdentity(command);
    if (kustomize === void 0) return { uncached: `${command} is a script or is not found on PATH` };
    let inputs = rootInputs(join3(wrapperDir, "kustomization.yaml"), wrapperDir, this.hasher);
    if ("uncached" in inputs) return inputs;
    let env = Object.entries(process.env).filter(([k]) => /^(KUSTOMIZE|KUBECTL)_/.test(k)).sort(([a], [b]) => a < b ? -1 : 1), argv = args.map((a) => a === wrapperDir ? "(wrapper)" : isAbsolute2(a) ? `(abs)${a}` : a);
    return { key: sha256(JSON.stringify(["render", FORMAT, VERSION, this.codeIdentity(), process.version, kustomize, env, argv, inputs.lines])) };
  }
  get(key) {
    let payload = this.store.get(key);
    if (payload)
      try {
        let r = JSON.parse(payload.toString("utf8"));
        if (r && (r.ok === !0 && typeof r.stdout == "string" || r.ok === !1 && typeof r.stderr == "string")) return r;
      } catch {
      }
  }
  put(key, render) {
    this.pending.set(key, Buffer.from(JSON.stringify(render)));
  }
  unchanged() {
    for (let [abs, before] of this.hasher.stats)
      try {
        let st = statSync3(abs);
        if (`${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` !== before) return !1;
      } catch {
        return !1;
      }
    return !0;
  }
  done() {
    if (this.pending.size !== 0) {
      if (this.unchanged()) for (let [key, payload] of this.pending) this.store.put(key, payload, !1);
      this.pending.clear(), this.store.prune();
    }
  }
};

// src/cache/parsed.ts
import { createHash as createHash3 } from "node:crypto";
var PACKS = 16, ParsedStore = class {
  constructor(store, code) {
    this.store = store;
    this.code = code;
  }
  store;
  code;
  packs = new Array(PACKS);
  /** Entries used or made by this process (key → JSON), for rewriting a pack. */
  used = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  header() {
    return `leastpriv-parsed ${FORMAT} ${VERSION} ${this.code()}
`;
  }
  pack(i) {
    let p = this.packs[i];
    if (p !== void 0) return p;
    p = null;
    let raw = this.store.getPack(packName(i)), header = this.header();
    if (raw && raw.length >= header.length && raw.toString("latin1", 0, header.length) === header)
      try {
        let text = raw.toString("latin1", header.length), nl = text.indexOf(`
`), list = JSON.parse(text.slice(0, nl)), at = /* @__PURE__ */ new Map(), off = nl + 1;
        for (let [key, len] of list)
          at.set(key, [off, off + len]), off += len;
        off === text.length && (p = { text, at });
      } catch {
        p = null;
      }
    return this.packs[i] = p, p;
  }
  /** The key of a file's entry: its text as parsed, the path it is shown under, its chart, the limits. */
  keyOf(source, chart, limits) {
    return createHash3("sha256").update(JSON.stringify([source.path, chart ?? null, limits.maxDocuments, limits.maxAliasCount, limits.maxDepth, limits.maxFileSize])).update("\0").update(source.text).digest("hex");
  }
  /** An entry's JSON (from this process or a pack), or undefined. */
  raw(key) {
    let json = this.used.get(key);
    if (json === void 0) {
      let p = this.pack(parseInt(key[0], 16)), range = p?.at.get(key);
      if (!p || !range) return;
      json = p.text.slice(range[0], range[1]), this.used.set(key, json);
    }
    return json;
  }
  /** Kept to be written by save(). */
  putRaw(key, json) {
    NON_ASCII.test(json) && (json = json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)), this.used.get(key) !== json && (this.used.set(key, json), this.dirty.add(parseInt(key[0], 16)));
  }
  /** Rewrites the packs that got new entries (with the entries this process used or made). */
  save() {
    if (!this.dirty.size) return;
    let byPack = /* @__PURE__ */ new Map();
    for (let [key, json] of this.used) {
      let i = parseInt(key[0], 16);
      if (!this.dirty.has(i)) continue;
      let l = byPack.get(i);
      l || byPack.set(i, l = []), l.push([key, json]);
    }
    for (let [i, list] of byPack) {
      let head = JSON.stringify(list.map(([key, json]) => [key, json.length])), parts = [`${this.header()}${head}
`, ...list.map(([, json]) => json)], buf = Buffer.allocUnsafe(parts.reduce((n, p) => n + p.length, 0)), at = 0;
      for (let p of parts) at += buf.write(p, at, "latin1");
      this.store.putPack(packName(i), buf);
    }
    this.dirty.clear();
  }
}, packName = (i) => `parsed-${i.toString(16)}.pack`, NON_ASCII = /[^\x00-\x7f]/, NON_ASCII_ALL = /[^\x00-\x7f]/g;

// src/cache/memo.ts
var DEFAULT_CACHE_LOCATION = ".leastpriv-cache", codeId;
function codeIdentity() {
  if (codeId === void 0)
    try {
      let dir = dirname(fileURLToPath(import.meta.url)), h = createHash4("sha256");
      for (let name of readdirSync3(dir).sort()) {
        let file = join4(dir, name);
        statSync4(file).isFile() && h.update(`${name}\0`).update(readFileSync3(file)).update("\0");
      }
      codeId = h.digest("hex");
    } catch {
      codeId = "unknown";
    }
  return codeId;
}
function openCache(dir, note) {
  let store = new CacheStore(dir, note);
  return new ResultCache(store, openRenderCache(join4(dir, "render"), note, codeIdentity), new ParsedStore(store, codeIdentity));
}
var statTrust = { marginMs: 2e3, now: () => Date.now() }, sameStat = (a, b) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev, NO_THROW = { throwIfNoEntry: !1 }, KUSTOMIZATION_ENDS = ["ation.yaml", "ation.yml", "Kustomization"], LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63, INDEX_MAX = 1 << 20, StatIndex = class {
  constructor(store) {
    this.store = store;
  }
  store;
  buf;
  /** The six float64 of each entry (an aligned copy: read without Buffer's per-call checks). */
  nums;
  count = 0;
  /** Stored entries by path: their number. */
  old = /* @__PURE__ */ new Map();
  /** This run's new entries. */
  now = /* @__PURE__ */ new Map();
  /** Per stored entry: 1 when this run found it still valid (get). */
  used;
  dirty = !1;
  loaded = !1;
  header() {
    return `leastpriv-files ${FORMAT} ${VERSION} ${codeIdentity()}
`;
  }
  load() {
    this.loaded = !0;
    let raw = this.store.getIndex(), header = this.header();
    if (!raw || raw.length < header.length + 4 || raw.toString("latin1", 0, header.length) !== header) return;
    let buf = raw.subarray(header.length), n = buf.readUInt32LE(0), paths = 4 + n * 81;
    if (paths > buf.length) return;
    let names = buf.toString("utf8", paths).split("\0");
    if (names.length === n) {
      if (this.buf = buf, this.nums = new Float64Array(n * 6), LITTLE_ENDIAN) Buffer.from(this.nums.buffer).set(buf.subarray(4, 4 + n * 48));
      else for (let j = 0; j < n * 6; j++) this.nums[j] = buf.readDoubleLE(4 + j * 8);
      this.count = n, this.used = new Uint8Array(n);
      for (let i = 0; i < n; i++) this.old.set(names[i], i);
    }
  }
  num(i, field) {
    return this.nums[i * 6 + field];
  }
  sameAs(i, st) {
    let x = this.nums, o = i * 6;
    return x[o] === st.size && x[o + 1] === st.mtimeMs && x[o + 2] === st.ctimeMs && x[o + 3] === st.ino && x[o + 4] === st.dev;
  }
  entry(i) {
    let hashes = 4 + this.count * 48;
    return {
      size: this.num(i, 0),
      mtimeMs: this.num(i, 1),
      ctimeMs: this.num(i, 2),
      ino: this.num(i, 3),
      dev: this.num(i, 4),
      at: this.num(i, 5),
      hash: this.buf.toString("hex", hashes + i * 32, hashes + i * 32 + 32),
      flux: this.buf[hashes + this.count * 32 + i] === 1
    };
  }
  /** The stat recorded for `abs` this run (for ResultCache.unchanged). */
  statOf(abs) {
    let e = this.now.get(abs);
    if (e) return e;
    let i = this.old.get(abs);
    return i !== void 0 && this.used[i] ? this.entry(i) : void 0;
  }
  /** Whether the last hash get() returned is of bytes that mention Flux. */
  flux = !1;
  /** The hash of `abs` (its Flux mark in `flux`) when its stat is `st` and the hash may be trusted. */
  get(abs, st) {
    this.loaded || this.load();
    let e = this.now.size ? this.now.get(abs) : void 0;
    if (e)
      return !sameStat(e, st) || !trusted(st.mtimeMs, st.ctimeMs, e.at) ? void 0 : (this.flux = e.flux, e.hash);
    let i = this.old.get(abs);
    if (i === void 0 || !this.sameAs(i, st) || !trusted(st.mtimeMs, st.ctimeMs, this.nums[i * 6 + 5])) return;
    this.used[i] = 1;
    let hashes = 4 + this.count * 48;
    return this.flux = this.buf[hashes + this.count * 32 + i] === 1, this.buf.toString("hex", hashes + i * 32, hashes + i * 32 + 32);
  }
  set(abs, e) {
    this.loaded || this.load();
    let was = this.now.get(abs) ?? this.old.get(abs), before = typeof was == "number" ? this.entry(was) : was;
    (!before || !sameStat(before, e) || before.hash !== e.hash || before.at !== e.at || before.flux !== e.flux) && (this.dirty = !0), this.now.set(abs, e);
  }
  save() {
    if (!this.dirty) return;
    this.dirty = !1;
    let list = [];
    for (let [path, e] of this.now) path.includes("\0") || list.push([path, e]);
    for (let pass of [1, 0])
      for (let [path, i] of this.old) {
        if (list.length >= INDEX_MAX) break;
        this.used[i] === pass && !this.now.has(path) && list.push([path, i]);
      }
    let n = list.length, head = Buffer.from(this.header(), "latin1"), body = Buffer.alloc(4 + n * 81);
    body.writeUInt32LE(n, 0);
    let hashes = 4 + n * 48;
    list.forEach(([, x], i) => {
      let e = typeof x == "number" ? this.entry(x) : x;
      [e.size, e.mtimeMs, e.ctimeMs, e.ino, e.dev, e.at].forEach((v, f) => body.writeDoubleLE(v, 4 + i * 48 + f * 8)), body.write(e.hash, hashes + i * 32, 32, "hex"), body[hashes + n * 32 + i] = e.flux ? 1 : 0;
    }), this.store.putIndex(Buffer.concat([head, body, Buffer.from(list.map(([path]) => path).join("\0"), "utf8")]));
  }
};
function look(path, cacheDir) {
  let st;
  try {
    st = statSync4(path, { throwIfNoEntry: !1 });
  } catch {
    st = void 0;
  }
  return st?.isDirectory() && (path === cacheDir || path.startsWith(cacheDir + sep)) ? [path, listing(path)] : st ? [path, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev] : [path];
}
function listing(dir) {
  try {
    return readdirSync3(dir, { withFileTypes: !0 }).filter((e) => !e.isFile() || MANIFEST_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)) || e.name === ".gitignore" || e.name === ".git").map((e) => `${e.isFile() ? "f" : e.isDirectory() ? "d" : "o"}:${e.name}`).sort().join("\0");
  } catch (e) {
    return `error:${e.code}`;
  }
}
function lookedSame(l, at, cacheDir) {
  let now = look(l[0], cacheDir);
  if (now.length !== l.length) return !1;
  if (l.length === 1) return !0;
  if (l.length === 2) return now[1] === l[1];
  for (let i = 1; i < 6; i++) if (now[i] !== l[i]) return !1;
  return trusted(l[2], l[3], at);
}
function trusted(mtimeMs, ctimeMs, at) {
  return Math.max(mtimeMs, ctimeMs) + statTrust.marginMs < at;
}
var ResultCache = class {
  constructor(store, renders, parsed) {
    this.store = store;
    this.renders = renders;
    this.parsed = parsed;
    this.index = new StatIndex(store);
  }
  store;
  renders;
  parsed;
  /** By size limit and render setting, then absolute path: computed once per process, shared by the --context runs. */
  files = /* @__PURE__ */ new Map();
  charts = /* @__PURE__ */ new Map();
  /** Each file's stat when its key was made, by absolute path (else the index holds it). */
  stats = /* @__PURE__ */ new Map();
  /** Absolute paths of the files read that the render stage renders from: kustomizations, files that mention Flux. */
  renderFiles = /* @__PURE__ */ new Set();
  index;
  /** Nesting of audit() (a --context run audits the counterfactual inside): the index is saved at the end of the outer one. */
  depth = 0;
  audit(input, compute) {
    this.depth++;
    try {
      return this.auditNow(input, compute);
    } finally {
      dropKeptPlan(), --this.depth === 0 && (this.index.save(), this.parsed.save());
    }
  }
  auditNow(input, compute) {
    if (input.sources?.length || input.overrides?.size || input.graph || !input.paths?.length || input.paths.includes("-")) return compute(input);
    let config = input.config ?? defaults(), cwd = input.cwd ?? process.cwd(), discovered = input.discovered ?? this.discover(input, config), run = { ...input, discovered }, render = input.render ?? config.render, max = config.limits.maxFileSize, memo = this.files.get(`${max}\0${render}`) ?? /* @__PURE__ */ new Map();
    this.files.set(`${max}\0${render}`, memo);
    let h = createHash4("sha256").update(JSON.stringify([FORMAT, VERSION, codeIdentity(), settingsOf(input, config, cwd, render), discovered.problems])), chunk = "", absOf = absolute(cwd), here = cwd === process.cwd(), omit = input.omit, renderFile = !1;
    for (let f of discovered.files) {
      if (omit?.has(f)) continue;
      if (f === "-") return compute(run);
      let abs = absOf(f), k = memo.get(abs);
      if (k === void 0 && !memo.has(abs) && (k = this.computeFileKey(abs, max, render, here && f !== abs ? f : abs), k !== void 0 && (k = `${k}\0${helmChartOf(abs, this.charts) ?? ""}`), memo.set(abs, k)), k === void 0) return compute(run);
      !renderFile && this.renderFiles.size && (renderFile = this.renderFiles.has(abs)), chunk += `${f}\0${k}
`, chunk.length > 65536 && (h.update(chunk), chunk = "");
    }
    let isRenderFile = (f) => {
      let abs = absOf(f);
      if (!memo.has(abs)) {
        let k = this.computeFileKey(abs, max, render);
        memo.set(abs, k === void 0 ? void 0 : `${k}\0${helmChartOf(abs, this.charts) ?? ""}`);
      }
      return this.renderFiles.has(abs);
    }, rendered = null;
    if (render && (renderFile || omit?.size && discovered.files.some((f) => f !== "-" && omit.has(f) && isRenderFile(f)))) {
      if (rendered = renderFingerprint(discovered.files, cwd, { command: input.kustomizeCommand ?? config.kustomizeCommand, limits: config.limits, store: this.renders, ...input.omit?.size ? { omit: input.omit } : {} }) ?? null, rendered === null) return compute(run);
      chunk += `\0rendered\0${rendered}
`;
    }
    let key = h.update(chunk).digest("hex"), payload = this.store.get(key);
    if (payload) {
      let hit = restore(payload, cwd, config, (f) => {
        let k = input.omit?.has(f) ? void 0 : memo.get(absOf(f));
        return k?.slice(0, k.indexOf("\0"));
      });
      if (hit) return hit;
    }
    let transient = this.renders.transient, result = compute(render && rendered === null ? { ...run, render: !1 } : run);
    if (!this.unchanged(discovered.files, input.omit, absOf) || rendered !== null && (!this.renders.unchanged() || this.renders.transient !== transient)) return result;
    let hashes = /* @__PURE__ */ new Map();
    for (let f of discovered.files) {
      let k = input.omit?.has(f) ? void 0 : memo.get(absOf(f));
      k !== void 0 && hashes.set(f, k.slice(0, k.indexOf("\0")));
    }
    let stored = serialize(result, hashes, rendered !== null);
    return stored && this.store.put(key, stored), result;
  }
  /**
   * discoverInputs, path by path: for each path, the files found last time with the same settings
   * when nothing that discovery looked at has changed since: every folder it listed or searched for
   * `.git` (their mtime changes when an entry is added, removed or renamed), every `.gitignore` it
   * read, git's index file when it asked git, each with the same stat and, as for files, older than
   * the margin when stated. The paths' lists are joined as discover() joins them (a file found again
   * is not listed twice). A path whose walk met a symbolic link (a link's target can change without
   * any of these changing; and then the join would not be discover()'s) or a problem is never kept,
   * and the whole discovery is then done as without a cache. Kept in `discover.idx` (the 32 paths
   * used last: a pre-commit hook names other files each time, the folder stays).
   */
  discover(input, config) {
    let paths = input.paths ?? [], git = ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE"].map((k) => process.env[k] ?? null), options = JSON.stringify([discoverOptions(input, config), git]), header = `leastpriv-discover ${FORMAT} ${VERSION} ${codeIdentity()}
`, known = /* @__PURE__ */ new Map(), raw = this.store.getIndex("discover.idx");
    if (raw && raw.toString("latin1", 0, header.length) === header)
      try {
        for (let e of JSON.parse(raw.toString("utf8", header.length))) known.set(e.key, e);
      } catch {
      }
    let used = [], changed = !1;
    for (let path of paths) {
      let key = JSON.stringify([path, options]), last = known.get(key);
      if (last && last.looked.every((l) => lookedSame(l, last.at, this.store.dir))) {
        used.push(last);
        continue;
      }
      let at = statTrust.now(), looked = /* @__PURE__ */ new Map(), dir = this.store.dir, sound = path !== "-", trace = {
        look(p) {
          looked.has(p) || looked.set(p, look(p, dir));
        },
        unsound() {
          sound = !1;
        }
      }, result = discoverInputs({ ...input, paths: [path] }, config, trace);
      if (!sound || result.problems.length) return discoverInputs(input, config);
      let entry = { key, at, looked: [...looked.values()], files: result.files };
      used.push(entry), known.delete(key) && (changed = !0), entry.looked.every((l) => l.length !== 6 || trusted(l[2], l[3], at)) && (changed = !0);
    }
    if (changed) {
      let keep = [.../* @__PURE__ */ new Set([...used, ...known.values()])].filter((e) => e.looked.every((l) => l.length !== 6 || trusted(l[2], l[3], e.at))).slice(0, 32);
      this.store.putIndex(Buffer.concat([Buffer.from(header, "latin1"), Buffer.from(JSON.stringify(keep))]), "discover.idx");
    }
    let seen = /* @__PURE__ */ new Set(), files = [];
    for (let e of used)
      for (let f of e.files)
        seen.has(f) || (seen.add(f), files.push(f));
    return { files, problems: [] };
  }
  /** Whether every file still has the size, times and inode it had when it was hashed. */
  unchanged(files, omit, absOf) {
    for (let f of files) {
      if (omit?.has(f)) continue;
      let abs = absOf(f), before = this.stats.get(abs) ?? this.index.statOf(abs);
      if (before === void 0) continue;
      let st;
      try {
        st = statSync4(abs, { throwIfNoEntry: !1 });
      } catch {
        return !1;
      }
      if (!st || !sameStat(st, before)) return !1;
    }
    return !0;
  }
  /** `near`: the same file by a shorter path (relative to the process's folder), for the stat. */
  computeFileKey(abs, max, render, near = abs) {
    render && KUSTOMIZATION_ENDS.some((x) => abs.endsWith(x)) && KUSTOMIZATION_FILES.includes(basename2(abs)) && this.renderFiles.add(abs);
    let known;
    try {
      known = statSync4(near, NO_THROW);
    } catch {
      known = void 0;
    }
    if (known?.isFile()) {
      let hash = this.index.get(abs, known);
      if (hash !== void 0)
        return known.size > max ? `size:${known.size}` : (this.index.flux && this.renderFiles.add(abs), hash);
    }
    let fd;
    try {
      let at = statTrust.now();
      fd = openSync3(abs, "r");
      let st = fstatSync(fd);
      if (!st.isFile()) return;
      let stat = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
      if (this.stats.set(abs, stat), st.size > max) return `size:${st.size}`;
      let buf = st.size > SHARED ? Buffer.allocUnsafeSlow(st.size) : shared ??= Buffer.allocUnsafeSlow(SHARED), off = 0;
      for (; off < st.size; ) {
        let n = readSync2(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      let bytes = buf.subarray(0, off), hash = sha256(bytes), flux = mentionsFlux(bytes);
      return off === st.size && this.index.set(abs, { ...stat, at, hash, flux }), flux && this.renderFiles.add(abs), hash;
    } catch (e) {
      return `error:${e.code ?? e.message}`;
    } finally {
      fd !== void 0 && closeSync3(fd);
    }
  }
};
function absolute(cwd) {
  let plain = sep === "/" && isAbsolute3(cwd) && normalize(cwd) === cwd && !cwd.endsWith("/");
  return (f) => plain && !isAbsolute3(f) && !f.startsWith(".") && !f.includes("/.") && !f.includes("//") ? `${cwd}/${f}` : resolve3(cwd, f);
}
var SHARED = 4 * 1024 * 1024, shared, LazySource = class {
  constructor(path, hashOf, cwd, maxFileSize) {
    this.path = path;
    this.hashOf = hashOf;
    this.cwd = cwd;
    this.maxFileSize = maxFileSize;
  }
  path;
  hashOf;
  cwd;
  maxFileSize;
  #source;
  #load() {
    if (this.#source) return this.#source;
    let hash = this.hashOf(this.path);
    if (hash === void 0) throw new Error(`${this.path}: not among the files the cached result was keyed by`);
    let r = readInput(this.path, this.cwd, this.maxFileSize, void 0, this.path), text = "source" in r ? r.source.text : r.text;
    if (text === void 0 || sha256(text) !== hash) throw new Error(`${this.path} changed while leastpriv was running: run it again`);
    return this.#source = "source" in r ? r.source : newSource(this.path, text);
  }
  get text() {
    return this.#load().text;
  }
  get lineCounter() {
    return this.#load().lineCounter;
  }
}, EmptySource = class {
  constructor(path) {
    this.path = path;
  }
  path;
  text = "";
  #lines;
  get lineCounter() {
    return this.#lines ??= new LineIndex("");
  }
};
function mentionsFlux(bytes) {
  let text = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) ? new TextDecoder(bytes[0] === 255 ? "utf-16le" : "utf-16be").decode(bytes) : bytes;
  return text.includes(FLUX_KUSTOMIZE_GROUP) || text.includes("source.toolkit.fluxcd.io");
}
function settingsOf(input, config, cwd, render) {
  return {
    config,
    cwd,
    paths: input.paths,
    exclude: input.exclude ?? [],
    render,
    kustomizeCommand: input.kustomizeCommand ?? config.kustomizeCommand,
    stdinName: input.stdinName ?? null,
    reportOnly: input.reportOnly ? [...input.reportOnly].sort() : null,
    omit: input.omit ? [...input.omit].sort() : null,
    baseline: input.baseline ?? null,
    fixes: input.fixes ?? !1,
    fingerprintsOnly: input.fingerprintsOnly ?? !1
  };
}
function serialize(result, hashes, others = !1) {
  let { sources, ...rest } = result, paths = [], kinds = "", texts = {};
  for (let [path, s] of sources) {
    if (path.includes("\0")) return;
    if (paths.push(path), s.text === "") {
      kinds += "-";
      continue;
    }
    let bytes = hashes.get(path);
    if (bytes === void 0 && !others) return;
    bytes !== void 0 && sha256(s.text) === bytes ? kinds += "f" : (kinds += "t", texts[paths.length - 1] = s.text);
  }
  let stored = { result: rest, sources: { paths: paths.join("\0"), kinds, texts } };
  return Buffer.from(JSON.stringify(stored));
}
function restore(payload, cwd, config, hashOf) {
  let stored;
  try {
    stored = JSON.parse(payload.toString("utf8"));
  } catch {
    return;
  }
  let sources = /* @__PURE__ */ new Map(), { paths, kinds, texts } = stored.sources, list = paths === "" ? [] : paths.split("\0");
  if (kinds.length !== list.length) return;
  let max = config.limits.maxFileSize;
  for (let i = 0; i < list.length; i++) {
    let path = list[i], kind = kinds[i], text = texts[i];
    if (kind === "-") sources.set(path, new EmptySource(path));
    else if (kind === "t" && text !== void 0) sources.set(path, newSource(path, text));
    else if (kind === "f") sources.set(path, new LazySource(path, hashOf, cwd, max));
    else return;
  }
  let { pss, findings, summary, rules, justifications, coverage, ...others } = stored.result;
  return { ...pss ? { pss } : {}, ...others, findings, summary, sources, rules, justifications, ...coverage ? { coverage } : {} };
}
export {
  DEFAULT_CACHE_LOCATION,
  openCache,
  statTrust
};
