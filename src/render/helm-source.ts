/**
 * `helm template … | leastpriv audit -`: helm writes `# Source: CHART/templates/FILE.yaml` above
 * each document it renders. Findings in such a document are reported at that chart file when it
 * exists below the working directory (as written, without the chart's name when the audit runs
 * inside the chart, or in the folder whose Chart.yaml has that name: `charts/app/`): the file only, at its first line, with the line in the rendered
 * output in the message, as a template's lines are not the output's.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../engine/types.ts';
import type { SourceFile } from '../input/types.ts';
import { newSource } from '../input/parse.ts';
import { readRegularText } from './read.ts';

const SOURCE_PREFIX = '# Source: ';

/** `# Source:` comments of a text: the line each is on and the path it names. */
export function helmSources(text: string): { line: number; path: string }[] {
  const out: { line: number; path: string }[] = [];
  // A prefix test and a trim, not a regular expression: no backtracking on a hostile line.
  text.split('\n').forEach((l, i) => {
    if (!l.startsWith(SOURCE_PREFIX)) return;
    const path = l.slice(SOURCE_PREFIX.length).trim();
    if (path) out.push({ line: i + 1, path });
  });
  return out;
}

/** Inside `cwd` once symlinks are followed: a `# Source:` line comes from the input and may name any path. */
function insideCwd(c: string, cwd: string): boolean {
  try {
    const rel = relative(realpathSync(cwd), realpathSync(resolve(cwd, c)));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
  } catch {
    return false;
  }
}

function chartFile(path: string, cwd: string, charts: () => Map<string, string | null>): string | undefined {
  if (isAbsolute(path) || path.includes('\\') || path.split('/').includes('..')) return undefined;
  const [name, ...rest] = path.split('/');
  const candidates = [path, rest.join('/')].filter(Boolean);
  // helm names the chart by its Chart.yaml `name:`, not by its folder (`charts/app/` of a repository
  // whose chart is named `web` renders as `# Source: web/templates/…`)
  const folder = rest.length ? charts().get(name!) : undefined;
  if (folder) candidates.push(`${folder}/${rest.join('/')}`);
  return candidates.find((c) => existsSync(resolve(cwd, c)) && insideCwd(c, cwd));
}

/**
 * Chart folders below `cwd` (three levels at most; dot folders, node_modules and links not
 * entered), by the `name:` of their Chart.yaml; null for a name two charts have.
 */
function chartFolders(cwd: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let budget = 2000;
  const walk = (rel: string, depth: number) => {
    if (budget-- <= 0) return;
    let entries;
    try {
      entries = readdirSync(resolve(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === 'Chart.yaml')) {
      const m = /^name:[ \t]*["']?([^"'\s#]+)/m.exec(readRegularText(resolve(cwd, rel, 'Chart.yaml')) ?? '');
      if (m && rel) out.set(m[1]!, out.has(m[1]!) ? null : rel);
    }
    if (depth >= 3) return;
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(rel ? `${rel}/${e.name}` : e.name, depth + 1);
  };
  walk('', 0);
  return out;
}

/** Moves findings of `stdin` (the rendered output) to the chart files their documents came from. */
export function mapHelmSources(findings: Finding[], stdin: SourceFile, cwd: string, sources: Map<string, SourceFile>): void {
  const marks = helmSources(stdin.text);
  if (!marks.length) return;
  let charts: Map<string, string | null> | undefined;
  const chartsOnce = () => (charts ??= chartFolders(cwd));
  for (const f of findings) {
    if (f.file !== stdin.path) continue;
    const line = f.region.start.line;
    let mark: { line: number; path: string } | undefined;
    for (const m of marks) if (m.line <= line) mark = m;
    if (!mark) continue;
    const file = chartFile(mark.path, cwd, chartsOnce);
    if (!file) {
      f.message += ` (from the helm template ${mark.path})`;
      continue;
    }
    f.message += ` (helm template ${mark.path}, line ${line} of the rendered output: the template's own line is not known)`;
    f.data = { ...(f.data ?? {}), renderedLine: String(line), helmSource: mark.path };
    f.file = file;
    f.region = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    if (!sources.has(file)) {
      const text = readRegularText(resolve(cwd, file));
      if (text !== undefined) sources.set(file, newSource(file, text));
      /* else: listed without text */
    }
  }
}
