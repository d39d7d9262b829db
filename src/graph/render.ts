/**
 * The access graph as text: Mermaid (GitHub renders it in Markdown), Graphviz DOT, or JSON (every
 * node with its file:line). Pure functions of the graph.
 *
 * Mermaid labels are quoted strings; inside them `"` and the characters Mermaid reads as markup are
 * written as its entity codes (`#quot;`, `#lt;`, `#gt;`, `#35;`…), so a name can never end a label
 * or start a directive (test/graph.test.ts parses the output with mermaid's own parser).
 */
import type { AccessGraph, GraphNode, NodeKind } from './build.ts';

export const GRAPH_FORMAT_VERSION = 1;

const MERMAID_SHAPE: Record<NodeKind, [string, string]> = {
  subject: ['([', '])'],
  binding: ['[', ']'],
  role: ['[[', ']]'],
  permission: ['{{', '}}'],
  workload: ['[(', ')]'],
  node: ['((', '))'],
};

/** Text safe inside a quoted Mermaid label. */
export function mermaidText(s: string): string {
  return s.replace(/[#"<>&|{}[\]()`\\;%]/g, (c) => `#${c.charCodeAt(0)};`).replace(/[\r\n\t]+/g, ' ');
}

const where = (n: GraphNode) => (n.file ? `${n.file}:${n.line}` : '');

/**
 * Mermaid refuses a flowchart of 500 edges or more unless the page raises `maxEdges` (its default,
 * which GitHub uses; the parser's error reads "Edge limit exceeded. 500 edges found, but the limit is
 * 500"): past that, the first edges are drawn with the nodes they join, and a note says what is left
 * out and where to see it whole.
 */
export const MERMAID_MAX_EDGES = 499;

function mermaidCap(g: AccessGraph, note: string | undefined): { g: AccessGraph; note: string | undefined } {
  if (g.edges.length <= MERMAID_MAX_EDGES) return { g, note };
  const edges = g.edges.slice(0, MERMAID_MAX_EDGES);
  const joined = new Set(g.edges.flatMap((e) => [e.from, e.to]));
  const kept = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = g.nodes.filter((n) => kept.has(n.id) || !joined.has(n.id));
  const more = `${g.edges.length - edges.length} more edges and ${g.nodes.length - nodes.length} nodes not drawn (Mermaid draws fewer than 500 edges): use --focus, --attack-paths, or --format dot or json for the whole graph`;
  return { g: { ...g, nodes, edges }, note: note ? `${note}; ${more}` : more };
}

export function toMermaid(whole: AccessGraph, opts: { direction?: 'LR' | 'TB'; note?: string } = {}): string {
  const { g, note } = mermaidCap(whole, opts.note);
  opts = { ...opts, ...(note !== undefined ? { note } : {}) };
  const out = [`flowchart ${opts.direction ?? 'LR'}`];
  if (!g.nodes.length) out.push(`  empty["${mermaidText(opts.note ?? 'nothing to draw')}"]`);
  for (const n of g.nodes) {
    const [open, close] = MERMAID_SHAPE[n.kind];
    const loc = where(n);
    out.push(`  ${n.id}${open}"${mermaidText(n.label)}${loc ? `<br/><small>${mermaidText(loc)}</small>` : ''}"${close}`);
  }
  for (const e of g.edges) out.push(e.label ? `  ${e.from} -->|"${mermaidText(e.label)}"| ${e.to}` : `  ${e.from} --> ${e.to}`);
  if (opts.note && g.nodes.length) out.push(`  note["${mermaidText(opts.note)}"]`);
  // Colours by kind: the node and what reaches it stand out.
  out.push(
    '  classDef subject fill:#e8f0fe,stroke:#1a73e8',
    '  classDef binding fill:#f1f3f4,stroke:#5f6368',
    '  classDef role fill:#f1f3f4,stroke:#5f6368',
    '  classDef permission fill:#fef7e0,stroke:#e37400',
    '  classDef workload fill:#fce8e6,stroke:#d93025',
    '  classDef host fill:#d93025,stroke:#a50e0e,color:#ffffff',
  );
  const byKind = new Map<NodeKind, string[]>();
  for (const n of g.nodes) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n.id]);
  for (const [kind, ids] of byKind) out.push(`  class ${ids.join(',')} ${kind === 'node' ? 'host' : kind}`);
  return out.join('\n') + '\n';
}

const dotText = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');

const DOT_SHAPE: Record<NodeKind, string> = { subject: 'ellipse', binding: 'box', role: 'box3d', permission: 'hexagon', workload: 'cylinder', node: 'doublecircle' };

export function toDot(g: AccessGraph): string {
  const out = ['digraph leastpriv {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=9];'];
  for (const n of g.nodes) {
    const loc = where(n);
    out.push(`  ${n.id} [shape=${DOT_SHAPE[n.kind]}, label="${dotText(n.label)}${loc ? `\\n${dotText(loc)}` : ''}"${n.kind === 'node' || n.kind === 'workload' ? ', color="#d93025"' : ''}];`);
  }
  for (const e of g.edges) out.push(`  ${e.from} -> ${e.to}${e.label ? ` [label="${dotText(e.label)}"]` : ''};`);
  out.push('}');
  return out.join('\n') + '\n';
}

export function toJson(g: AccessGraph): string {
  return JSON.stringify({ version: GRAPH_FORMAT_VERSION, nodes: g.nodes, edges: g.edges, paths: g.paths }, null, 2) + '\n';
}
