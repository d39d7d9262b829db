/**
 * JUnit XML for CI systems that read test reports (Jenkins, GitLab, Azure Pipelines, CircleCI). The
 * de-facto schema (Ant's JUnit report, as those systems read it): `<testsuites>` holding one
 * `<testsuite>` per audited file, one `<testcase>` per finding with a `<failure>` (or `<skipped>` when
 * suppressed), and one passing `<testcase>` for a file without findings.
 */
import type { Finding } from '../engine/types.ts';
import type { Reporter } from './types.ts';
import { displayFile } from './text.ts';
import { dependsOn } from './involves.ts';
import { safeText, startsCommand } from './safe-text.ts';

/**
 * XML text: manifest text made safe for a log (safe-text.ts: controls visible, no line breaks of its
 * own), markup escaped, characters XML 1.0 does not allow dropped. A JUnit file is often printed
 * in a CI log, so `#` of `##[` is written as a character reference, which every XML reader reads
 * back as `#` and the runner does not see as a command.
 */
export function xml(s: string): string {
  return safeText(s)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/#\uff03\[/g, '#&#35;[');
}

/** A line of the document that the runner would read as a command gets its first `:` as `&#58;`. */
const guardXmlLine = (line: string): string => (startsCommand(line) ? line.replace(':', '&#58;') : line);

function testcase(f: Finding): string {
  const file = displayFile(f.file);
  const where = `${file}:${f.region.start.line}:${f.region.start.column}`;
  const name = `${f.code} ${f.rule} at ${where}`;
  const attrs = `name="${xml(name)}" classname="${xml(file)}" file="${xml(file)}" line="${f.region.start.line}"`;
  if (f.suppressed) return `    <testcase ${attrs}>\n      <skipped message="${xml(`suppressed: ${f.suppressed.justification}`)}"/>\n    </testcase>`;
  // (a finding --context reports because of a file named says so: involves.ts)
  const message = f.involves ? `${f.message} ${dependsOn(f)}` : f.message;
  const body = [`${f.severity}: ${message}`, `at ${where}`, f.object ? `object: ${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ''}${f.object.name}` : '', `rule: ${f.code} ${f.rule}`]
    .filter(Boolean)
    .map(xml) // line by line: the line feeds between them are ours
    .join('\n');
  return `    <testcase ${attrs}>\n      <failure message="${xml(message)}" type="${f.severity}">${body}</failure>\n    </testcase>`;
}

export const junitReporter: Reporter = (result) => {
  const byFile = new Map<string, Finding[]>();
  for (const file of [...result.sources.keys()].sort()) byFile.set(file, []);
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [file, list] of byFile) {
    const fails = list.filter((f) => !f.suppressed).length;
    const skips = list.length - fails;
    const cases = list.length ? list.map(testcase) : [`    <testcase name="no findings" classname="${xml(displayFile(file))}" file="${xml(displayFile(file))}"/>`];
    const n = Math.max(1, list.length);
    tests += n;
    failures += fails;
    skipped += skips;
    suites.push(`  <testsuite name="${xml(displayFile(file))}" tests="${n}" failures="${fails}" errors="0" skipped="${skips}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const doc = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leastpriv" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
  return doc.split('\n').map(guardXmlLine).join('\n');
};
