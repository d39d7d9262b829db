import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/graph/render.ts
var MERMAID_SHAPE = {
  subject: ["([", "])"],
  binding: ["[", "]"],
  role: ["[[", "]]"],
  permission: ["{{", "}}"],
  workload: ["[(", ")]"],
  node: ["((", "))"]
};
function mermaidText(s) {
  return s.replace(/[#"<>&|{}[\]()`\\;%]/g, (c) => `#${c.charCodeAt(0)};`).replace(/[\r\n\t]+/g, " ");
}
var where = (n) => n.file ? `${n.file}:${n.line}` : "", MERMAID_MAX_EDGES = 499;
function mermaidCap(g, note) {
  if (g.edges.length <= MERMAID_MAX_EDGES) return { g, note };
  let edges = g.edges.slice(0, MERMAID_MAX_EDGES), joined = new Set(g.edges.flatMap((e) => [e.from, e.to])), kept = new Set(edges.flatMap((e) => [e.from, e.to])), nodes = g.nodes.filter((n) => kept.has(n.id) || !joined.has(n.id)), more = `${g.edges.length - edges.length} more edges and ${g.nodes.length - nodes.length} nodes not drawn (Mermaid draws fewer than 500 edges): use --focus, --attack-paths, or --format dot or json for the whole graph`;
  return { g: { ...g, nodes, edges }, note: note ? `${note}; ${more}` : more };
}
function toMermaid(whole, opts = {}) {
  let { g, note } = mermaidCap(whole, opts.note);
  opts = { ...opts, ...note !== void 0 ? { note } : {} };
  let out = [`flowchart ${opts.direction ?? "LR"}`];
  g.nodes.length || out.push(`  empty["${mermaidText(opts.note ?? "nothing to draw")}"]`);
  for (let n of g.nodes) {
    let [open, close] = MERMAID_SHAPE[n.kind], loc = where(n);
    out.push(`  ${n.id}${open}"${mermaidText(n.label)}${loc ? `<br/><small>${mermaidText(loc)}</small>` : ""}"${close}`);
  }
  for (let e of g.edges) out.push(e.label ? `  ${e.from} -->|"${mermaidText(e.label)}"| ${e.to}` : `  ${e.from} --> ${e.to}`);
  opts.note && g.nodes.length && out.push(`  note["${mermaidText(opts.note)}"]`), out.push(
    "  classDef subject fill:#e8f0fe,stroke:#1a73e8",
    "  classDef binding fill:#f1f3f4,stroke:#5f6368",
    "  classDef role fill:#f1f3f4,stroke:#5f6368",
    "  classDef permission fill:#fef7e0,stroke:#e37400",
    "  classDef workload fill:#fce8e6,stroke:#d93025",
    "  classDef host fill:#d93025,stroke:#a50e0e,color:#ffffff"
  );
  let byKind = /* @__PURE__ */ new Map();
  for (let n of g.nodes) byKind.set(n.kind, [...byKind.get(n.kind) ?? [], n.id]);
  for (let [kind, ids] of byKind) out.push(`  class ${ids.join(",")} ${kind === "node" ? "host" : kind}`);
  return out.join(`
`) + `
`;
}
var dotText = (s) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " "), DOT_SHAPE = { subject: "ellipse", binding: "box", role: "box3d", permission: "hexagon", workload: "cylinder", node: "doublecircle" };
function toDot(g) {
  let out = ["digraph leastpriv {", "  rankdir=LR;", '  node [fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (let n of g.nodes) {
    let loc = where(n);
    out.push(`  ${n.id} [shape=${DOT_SHAPE[n.kind]}, label="${dotText(n.label)}${loc ? `\\n${dotText(loc)}` : ""}"${n.kind === "node" || n.kind === "workload" ? ', color="#d93025"' : ""}];`);
  }
  for (let e of g.edges) out.push(`  ${e.from} -> ${e.to}${e.label ? ` [label="${dotText(e.label)}"]` : ""};`);
  return out.push("}"), out.join(`
`) + `
`;
}
function toJson(g) {
  return JSON.stringify({ version: 1, nodes: g.nodes, edges: g.edges, paths: g.paths }, null, 2) + `
`;
}

export {
  toMermaid,
  toDot,
  toJson
};
