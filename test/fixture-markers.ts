/**
 * Fixture conventions: expected findings are written in the fixture, as `# expect: rule[, rule]`
 * markers on the line where each finding lands. A first-line `# fixture-config: {json}` sets the
 * config for that fixture (rules, limits).
 */
import type { ConfigFile } from '../src/config/types.ts';

export interface Expected {
  line: number;
  rule: string;
}

export function expectedFindings(text: string): Expected[] {
  const out: Expected[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    const m = /#\s*expect:\s*([A-Za-z0-9, -]+?)\s*$/.exec(l);
    if (!m) return;
    for (const rule of m[1]!.split(/[,\s]+/).filter(Boolean)) out.push({ line: i + 1, rule });
  });
  return out;
}

export function fixtureConfig(text: string): ConfigFile {
  const m = /^#\s*fixture-config:\s*(\{.*\})\s*$/m.exec(text.split('\n', 3).join('\n'));
  return m ? (JSON.parse(m[1]!) as ConfigFile) : {};
}

export const key = (e: Expected): string => `${e.line}: ${e.rule}`;
