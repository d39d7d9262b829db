/**
 * The job summary's picture: this run's attack paths (chains that end on node access, src/graph/)
 * as a Mermaid diagram, which GitHub renders in Markdown. Capped for a reader and for GitHub: at
 * most MAX_PATHS paths (the rest counted, with the command that draws them all), and the diagram
 * kept far under mermaid's default maxTextSize of 50,000 characters, above which it renders an
 * error instead of a diagram.
 */
import type { AccessGraph } from '../graph/build.ts';
import { firstPaths } from '../graph/build.ts';
import { toMermaid } from '../graph/render.ts';

export const MAX_PATHS = 12;
/** mermaid's maxTextSize default is 50,000 characters; stay well under it. */
export const MAX_DIAGRAM = 40_000;

export function attackPathsMarkdown(graph: AccessGraph | undefined): string[] {
  if (!graph || !graph.paths.length) return [];
  let max = MAX_PATHS;
  let cut = firstPaths(graph, max);
  let diagram = toMermaid(cut.graph);
  while (diagram.length > MAX_DIAGRAM && max > 1) {
    max = Math.max(1, Math.floor(max / 2));
    cut = firstPaths(graph, max);
    diagram = toMermaid(cut.graph);
  }
  if (diagram.length > MAX_DIAGRAM) return [];
  const n = graph.paths.length;
  return [
    '### Attack paths',
    '',
    `${n} chain${n === 1 ? '' : 's'} from a subject to root on a node (exec into a workload that reaches the node, or a permission that reaches it by itself):`,
    '',
    '```mermaid',
    diagram.trimEnd(),
    '```',
    '',
    ...(cut.omitted ? [`… and ${cut.omitted} more: \`leastpriv graph --attack-paths\` draws them all.`, ''] : []),
  ];
}
