import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import "./chunk-3YYMUT7C.js";

// src/cli/fix.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/fix/apply.ts
function chosenFix(f, types) {
  if (!f.suppressed) {
    if (f.fix && types.has("fix")) return f.fix;
    if (f.suggestions?.length && types.has("suggestion")) return f.suggestions[0];
  }
}
var editKey = (e) => `${e.file}\0${e.range[0]}\0${e.range[1]}\0${e.text}`;
function linesOf(text, [s, e]) {
  let a = text.lastIndexOf(`
`, s - 1) + 1, nl = text.indexOf(`
`, e);
  return [a, nl === -1 ? text.length : nl + 1];
}
function applyFixes(fixes, textOf, out) {
  let taken = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set(), perFile = /* @__PURE__ */ new Map(), applied = 0;
  for (let fix of fixes) {
    let fresh = fix.edits.filter((e) => !seen.has(editKey(e)));
    if (!fresh.length) continue;
    let lines = (e) => linesOf(textOf(e.file) ?? "", e.range);
    if (!fresh.some((e) => {
      let [a, b] = lines(e);
      return (taken.get(e.file) ?? []).some(([s, t]) => a <= t && s <= b);
    })) {
      for (let e of fresh) {
        seen.add(editKey(e));
        let l = taken.get(e.file) ?? [];
        l.push(lines(e)), taken.set(e.file, l);
        let p = perFile.get(e.file) ?? [];
        p.push(e), perFile.set(e.file, p);
      }
      applied++;
    }
  }
  for (let [file, edits] of perFile) {
    let text = textOf(file);
    if (text !== void 0) {
      for (let e of edits.sort((a, b) => b.range[0] - a.range[0])) text = text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]);
      out.set(file, text);
    }
  }
  return applied;
}
function fixPasses(run, types) {
  let overrides = /* @__PURE__ */ new Map(), originals = /* @__PURE__ */ new Map(), applied = 0, passes = 0, result = run(overrides);
  for (; passes < 10; ) {
    let fixes = result.findings.flatMap((f) => {
      let x = chosenFix(f, types);
      return x ? [x] : [];
    });
    if (!fixes.length) break;
    let textOf = (file) => overrides.get(file) ?? result.sources.get(file)?.text;
    for (let fx of fixes) for (let e of fx.edits) originals.has(e.file) || originals.set(e.file, textOf(e.file) ?? "");
    let edited = /* @__PURE__ */ new Map(), n = applyFixes(fixes, textOf, edited), changedAny = !1;
    for (let [file, text] of edited)
      text !== textOf(file) && (changedAny = !0), overrides.set(file, text);
    if (!n || !changedAny) break;
    applied += n, passes++, result = run(overrides);
  }
  let changed = /* @__PURE__ */ new Map();
  for (let [file, after] of overrides) {
    let before = originals.get(file);
    before !== after && changed.set(file, { before, after });
  }
  return { result, changed, applied, passes };
}

// src/fix/diff.ts
function splitLines(text) {
  if (text === "") return [];
  let lines = text.split(`
`);
  return lines[lines.length - 1] === "" && lines.pop(), lines;
}
function lineOps(a, b) {
  let head = 0;
  for (; head < a.length && head < b.length && a[head] === b[head]; ) head++;
  let tail = 0;
  for (; tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]; ) tail++;
  let am = a.slice(head, a.length - tail), bm = b.slice(head, b.length - tail), ops = a.slice(0, head).map((line) => ({ t: " ", line }));
  if (am.length * bm.length > 4e6)
    ops.push(...am.map((line) => ({ t: "-", line })), ...bm.map((line) => ({ t: "+", line })));
  else {
    let w = bm.length + 1, lcs = new Uint32Array((am.length + 1) * w);
    for (let i2 = am.length - 1; i2 >= 0; i2--)
      for (let j2 = bm.length - 1; j2 >= 0; j2--) lcs[i2 * w + j2] = am[i2] === bm[j2] ? lcs[(i2 + 1) * w + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * w + j2], lcs[i2 * w + j2 + 1]);
    let i = 0, j = 0;
    for (; i < am.length || j < bm.length; )
      i < am.length && j < bm.length && am[i] === bm[j] ? (ops.push({ t: " ", line: am[i] }), i++, j++) : i < am.length && (j === bm.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) ? ops.push({ t: "-", line: am[i++] }) : ops.push({ t: "+", line: bm[j++] });
  }
  return ops.push(...a.slice(a.length - tail).map((line) => ({ t: " ", line }))), ops;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  let a = splitLines(before), b = splitLines(after), ops = lineOps(a, b), out = [`--- a/${file}`, `+++ b/${file}`], k = 0;
  for (; k < ops.length; ) {
    for (; k < ops.length && ops[k].t === " "; ) k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - 3), end = k;
    for (; ; ) {
      for (; end < ops.length && ops[end].t !== " "; ) end++;
      let next = end;
      for (; next < ops.length && ops[next].t === " "; ) next++;
      if (next < ops.length && next - end <= 6) end = next;
      else {
        end = Math.min(ops.length, end + 3);
        break;
      }
    }
    let aLine = 1, bLine = 1;
    for (let i = 0; i < start; i++)
      ops[i].t !== "+" && aLine++, ops[i].t !== "-" && bLine++;
    let hunk = ops.slice(start, end), aCount = hunk.filter((o) => o.t !== "+").length, bCount = hunk.filter((o) => o.t !== "-").length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@`);
    for (let o of hunk) out.push(o.t + o.line);
    k = end;
  }
  let noEol = (t) => t !== "" && !t.endsWith(`
`);
  if (noEol(before) || noEol(after)) {
    let last = out.length - 1;
    (noEol(after) && out[last].startsWith("+") || noEol(before) && out[last].startsWith("-") || noEol(before) && noEol(after) && out[last].startsWith(" ")) && out.push("\\ No newline at end of file");
  }
  return out.join(`
`) + `
`;
}

// src/cli/fix.ts
function runFixes(run, types, opts) {
  let { io } = opts, done = fixPasses((o) => run(o), types), files = [...done.changed.keys()].sort();
  if (opts.dryRun) {
    for (let f of files) io.stdout(unifiedDiff(f === "-" ? "stdin" : f, done.changed.get(f).before, done.changed.get(f).after));
    return io.stderr(`leastpriv: --fix-dry-run: ${done.applied} edit${done.applied === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"} would be made (nothing written)
`), done.result;
  }
  let written = 0;
  for (let f of files) {
    let { before, after } = done.changed.get(f), path = resolve(opts.cwd, f), disk;
    try {
      disk = readFileSync(path, "utf8");
    } catch (e) {
      io.stderr(`leastpriv: --fix: cannot read ${f} again: ${e.code ?? e.message}
`);
      continue;
    }
    let bom = disk.charCodeAt(0) === 65279 ? "\uFEFF" : "";
    if (disk.slice(bom.length) !== before) {
      io.stderr(`leastpriv: --fix: ${f} changed while it was audited: not written
`);
      continue;
    }
    writeFileSync(path, bom + after), written++;
  }
  return io.stderr(`leastpriv: --fix: ${done.applied} edit${done.applied === 1 ? "" : "s"} written to ${written} file${written === 1 ? "" : "s"}
`), done.result;
}
export {
  runFixes
};
