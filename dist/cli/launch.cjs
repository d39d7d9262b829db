var __lpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/cli/launch.ts
var launch_exports = {};
__export(launch_exports, {
  CODE_CACHE_ENV: () => CODE_CACHE_ENV,
  codeCacheDir: () => codeCacheDir,
  commandOf: () => commandOf,
  launch: () => launch,
  loadBundle: () => loadBundle,
  safeCacheDir: () => safeCacheDir
});
module.exports = __toCommonJS(launch_exports);
var import_node_buffer = require("node:buffer"), import_node_fs = require("node:fs"), import_node_module = __toESM(require("node:module"), 1), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_vm = require("node:vm"), CODE_CACHE_ENV = "LEASTPRIV_CODE_CACHE", KEEP = 16, MAX_BYTES = 64 << 20;
function codeCacheDir(env = process.env, platform = process.platform, home = import_node_os.homedir) {
  let setting = env[CODE_CACHE_ENV];
  if (setting !== void 0 && /^(0|off|false|no)$/i.test(setting.trim()) || env.NODE_DISABLE_COMPILE_CACHE || platform === "win32") return;
  if (setting && (0, import_node_path.isAbsolute)(setting)) return setting;
  let base = env.XDG_CACHE_HOME;
  if (!base || !(0, import_node_path.isAbsolute)(base)) {
    let h = home();
    if (!h || !(0, import_node_path.isAbsolute)(h)) return;
    base = platform === "darwin" ? (0, import_node_path.join)(h, "Library", "Caches") : (0, import_node_path.join)(h, ".cache");
  }
  return (0, import_node_path.join)(base, "leastpriv", "code");
}
function ours(st, uid) {
  return st.isDirectory() && st.uid === uid && (st.mode & 18) === 0;
}
function safeCacheDir(dir) {
  try {
    let uid = process.getuid?.();
    if (uid === void 0) return !1;
    let parent = (0, import_node_path.dirname)(dir), base = (0, import_node_fs.statSync)((0, import_node_path.dirname)(parent), { throwIfNoEntry: !1 });
    return base && (!base.isDirectory() || base.uid !== uid && base.uid !== 0 || (base.mode & 18) !== 0 && (base.mode & 512) === 0) ? !1 : ((0, import_node_fs.mkdirSync)(dir, { recursive: !0, mode: 448 }), ours((0, import_node_fs.lstatSync)(parent), uid) && ours((0, import_node_fs.lstatSync)(dir), uid));
  } catch {
    return !1;
  }
}
function commandOf(argv) {
  let first = argv[0];
  if (first !== void 0 && /^(can-i|who-can|graph|verify|rules|explain|init)$/.test(first)) return first;
  if (first !== void 0 && /^(-h|--help|help|-V|--version)$/.test(first)) return "help";
  let has = (flag) => argv.some((a) => a === flag || a.startsWith(`${flag}=`)), context = has("--context");
  return !has("--no-cache") && (context || has("--cache")) ? "audit-cache" : context ? "audit-context" : "audit";
}
function readOwn(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    let st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || st.uid !== process.getuid?.() || (st.mode & 18) !== 0 || st.size > MAX_BYTES) return;
    let buf = Buffer.allocUnsafe(st.size), off = 0;
    for (; off < st.size; ) {
      let n = (0, import_node_fs.readSync)(fd, buf, off, st.size - off, off);
      if (n === 0) return;
      off += n;
    }
    return buf;
  } catch {
    return;
  } finally {
    fd !== void 0 && (0, import_node_fs.closeSync)(fd);
  }
}
function writeAtomic(file, data) {
  let tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(tmp, data, { mode: 384, flag: "wx" }), (0, import_node_fs.renameSync)(tmp, file);
  } catch {
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    return !1;
  }
  return prune((0, import_node_path.dirname)(file), file.slice((0, import_node_path.dirname)(file).length + 1)), !0;
}
var STALE_TMP_MS = 3600 * 1e3;
function prune(dir, current) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch {
    return;
  }
  let stat = (name) => {
    try {
      let st = (0, import_node_fs.lstatSync)((0, import_node_path.join)(dir, name));
      return st.isFile() ? st : void 0;
    } catch {
      return;
    }
  }, remove = (name) => {
    try {
      (0, import_node_fs.unlinkSync)((0, import_node_path.join)(dir, name));
    } catch {
    }
  }, now = Date.now();
  for (let name of names) {
    if (!/\.v8\.\d+\.[a-z0-9]*\.tmp$/.test(name)) continue;
    let st = stat(name);
    st && now - st.mtimeMs > STALE_TMP_MS && remove(name);
  }
  let files = names.flatMap((name) => {
    let st = name.endsWith(".v8") ? stat(name) : void 0;
    return st ? [{ name, at: st.mtimeMs }] : [];
  }), build = (name) => name.slice(name.indexOf("_") + 1), ours2 = build(current), others = files.filter((f) => !f.name.includes("_") || build(f.name) !== ours2);
  for (let f of others.sort((a, b) => a.at - b.at).slice(0, Math.max(0, files.length - KEEP))) remove(f.name);
}
var MAGIC = Buffer.from(`leastpriv code cache 2
`, "latin1");
function cachedDataIn(stored, bytes) {
  let head = MAGIC.length + 8;
  if (!stored || stored.length < head || !stored.subarray(0, MAGIC.length).equals(MAGIC)) return;
  let length = stored.readUInt32LE(MAGIC.length), size = stored.readUInt32LE(MAGIC.length + 4);
  if (length !== bytes.length || size === 0 || stored.length !== head + length + 2 * size || !stored.subarray(head, head + length).equals(bytes)) return;
  let data = stored.subarray(head + length, head + length + size);
  return data.equals(stored.subarray(head + length + size)) ? data : void 0;
}
function flagsName() {
  let flags = `${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`, h = 2166136261;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
function loadBundle(bundle, dir, command) {
  let prepared;
  if (dir !== void 0 && safeCacheDir(dir))
    try {
      let bytes2 = (0, import_node_fs.readFileSync)(bundle), file2 = (0, import_node_path.join)(dir, `${command}_${bytes2.length.toString(36)}-${process.version}-${process.arch}-${flagsName()}.v8`), stored = readOwn(file2), cachedData = cachedDataIn(stored, bytes2), source = (0, import_node_buffer.isAscii)(bytes2) ? bytes2.toString("latin1") : bytes2.toString("utf8"), script2 = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: bundle, ...cachedData ? { cachedData } : {} });
      prepared = { script: script2, file: file2, bytes: bytes2, status: stored === void 0 ? "none" : cachedData === void 0 || script2.cachedDataRejected ? "rejected" : "accepted" };
    } catch {
      prepared = void 0;
    }
  if (!prepared)
    return (0, import_node_module.createRequire)(bundle)(bundle), { status: "off", save: () => "kept" };
  let { script, status, file, bytes } = prepared, fn = script.runInThisContext(), module2 = { exports: {}, filename: bundle, id: bundle, loaded: !1 };
  return fn.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, (0, import_node_path.dirname)(bundle)), module2.loaded = !0, {
    status,
    file,
    save() {
      if (status === "accepted") return "kept";
      try {
        let data = script.createCachedData(), sizes = Buffer.alloc(8);
        return sizes.writeUInt32LE(bytes.length), sizes.writeUInt32LE(data.length, 4), writeAtomic(file, Buffer.concat([MAGIC, sizes, bytes, data, data])) ? "written" : "failed";
      } catch {
        return "failed";
      }
    }
  };
}
function launch(bundle, env = process.env) {
  let loaded = loadBundle(bundle, codeCacheDir(env), commandOf(process.argv.slice(2)));
  return (loaded.status === "none" || loaded.status === "rejected") && process.once("exit", () => loaded.save()), loaded;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CODE_CACHE_ENV,
  codeCacheDir,
  commandOf,
  launch,
  loadBundle,
  safeCacheDir
});
