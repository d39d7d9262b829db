import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  toDot,
  toJson,
  toMermaid
} from "./chunk-Y56E5YQL.js";
import {
  applyRenderFlags,
  writeOrFail
} from "./chunk-SMT67TH4.js";
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import {
  Positions,
  buildModel
} from "./chunk-ZHWLV7JO.js";
import "./chunk-6HAW2HBN.js";
import {
  buildAccessGraph,
  isKnownRule,
  justifiedBy
} from "./chunk-IODZ2AQT.js";
import {
  loadObjects
} from "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import "./chunk-23YRZK4Z.js";
import {
  loadConfig
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/graph.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var FORMATS = { mermaid: toMermaid, dot: toDot, json: toJson };
async function runGraph(args, io) {
  let { values, positionals } = parseCommand("graph", args), format = values.format ?? "mermaid";
  if (!(format in FORMATS)) throw new UsageError(`unknown format '${format}' for graph (${Object.keys(FORMATS).join(", ")})`, "graph");
  let paths = positionals.length ? positionals : ["."];
  for (let p of paths) if (p !== "-" && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  let config = loadConfig({ cwd: io.cwd, ...values.config ? { configPath: values.config } : {}, knownRule: isKnownRule });
  values["no-gitignore"] && (config.gitignore = !1), applyRenderFlags(config, values);
  let loaded = loadObjects({ paths, cwd: io.cwd, exclude: values.exclude ?? [], ...io.readStdin ? { readStdin: io.readStdin } : {} }, config);
  for (let r of loaded.renderProblems) io.stderr(`warning: ${r}
`);
  for (let { diagnostic, source } of loaded.diagnostics) {
    let line = source ? source.lineCounter.linePos(diagnostic.range[0]).line : 1;
    io.stderr(`warning: ${diagnostic.file}:${line}: ${diagnostic.message}
`);
  }
  let positions = new Positions(), model = buildModel(loaded.objects.filter((o) => !o.invalid)), graph = buildAccessGraph(
    model,
    justifiedBy((o, p) => positions.commentFor(o, p)),
    (o, p) => ({ file: o.file.path === "-" ? "<stdin>" : o.file.path, line: positions.locate(o, [...p]).start.line }),
    { ...values.focus ? { focus: values.focus } : {}, attackPaths: values["attack-paths"] ?? !1 }
  ), text = FORMATS[format](graph);
  return values.output !== void 0 ? writeOrFail(resolve(io.cwd, values.output), text, values.output) : io.stdout(text), values.focus && graph.nodes.length === 0 && io.stderr(`leastpriv: graph: nothing matches --focus ${values.focus}
`), 0;
}
export {
  runGraph
};
