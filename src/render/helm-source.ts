/**
 * `helm template … | leastpriv audit -`: helm writes `# Source: CHART/templates/FILE.yaml` above
 * each document it renders. Findings in such a document are reported at that chart file when it
 * exists below the working directory (as written, or without the chart's folder name when the
 * audit runs inside the chart): the file only, at its first line, with the line in the rendered
 * output in the message, as a template's lines are not the output's.
 */
import { existsSync, realpathSync } from 'node:fs';
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

function chartFile(path: string, cwd: string): string | undefined {
  if (isAbsolute(path) || path.includes('\\') || path.split('/').includes('..')) return undefined;
  const candidates = [path, path.split('/').slice(1).join('/')].filter(Boolean);
  return candidates.find((c) => existsSync(resolve(cwd, c)) && insideCwd(c, cwd));
}

/** Moves findings of `stdin` (the rendered output) to the chart files their documents came from. */
export function mapHelmSources(findings: Finding[], stdin: SourceFile, cwd: string, sources: Map<string, SourceFile>): void {
  const marks = helmSources(stdin.text);
  if (!marks.length) return;
  for (const f of findings) {
    if (f.file !== stdin.path) continue;
    const line = f.region.start.line;
    let mark: { line: number; path: string } | undefined;
    for (const m of marks) if (m.line <= line) mark = m;
    if (!mark) continue;
    const file = chartFile(mark.path, cwd);
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
