/**
 * A rule's Markdown documentation for a terminal (`leastpriv explain`): the Markdown the docs use
 * (headings, lists, **bold**, `code`, fenced blocks, <autolinks>, [links](url)) turned into plain
 * text, with colours when the terminal has them; HTML comments are dropped. `--format markdown`
 * prints the Markdown as it is.
 */
import pc from 'picocolors';

export function markdownToTerminal(md: string, color: boolean): string {
  const c = pc.createColors(color);
  const inline = (s: string) =>
    s
      .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => c.bold(t))
      .replace(/`([^`]+)`/g, (_, t: string) => c.cyan(t))
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, t: string, u: string) => `${t} (${u})`)
      .replace(/<((?:https?|mailto):[^>]+)>/g, (_, u: string) => c.underline(u));
  const out: string[] = [];
  let fence = false;
  const text = md.replace(/<!--[\s\S]*?-->\n?/g, '');
  for (const line of text.split('\n')) {
    if (/^```/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.push(`    ${c.dim(line)}`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const title = inline(h[2]!);
      out.push(h[1]!.length === 1 ? c.bold(c.underline(title)) : c.bold(title.toUpperCase()));
      continue;
    }
    const li = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (li) {
      out.push(`${li[1]}  • ${inline(li[2]!)}`);
      continue;
    }
    out.push(inline(line));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
