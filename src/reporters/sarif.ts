/**
 * SARIF 2.1.0 for GitHub code scanning. Shape and limits from the SARIF 2.1.0 spec (OASIS) and
 * GitHub's "SARIF support for code scanning" page:
 * - one run; tool.driver with name, semanticVersion, informationUri and every rule that ran;
 * - rules carry shortDescription, fullDescription, help (text + markdown), helpUri,
 *   defaultConfiguration.level and properties.tags / properties["security-severity"] (a string
 *   holding a number 0.0–10.0, which GitHub maps to critical/high/medium/low);
 * - each result has ruleId + ruleIndex, a level of error|warning|note, exactly one physical location
 *   with a repo-relative forward-slash URI and a full region, and partialFingerprints;
 * - suppressed findings carry `suppressions: [{ kind: "inSource", justification }]`.
 */
import { relative, resolve, sep } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Reporter } from './types.ts';
import { REPO_URL } from '../engine/registry.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function uriFor(file: string, cwd: string, root: string): string {
  if (file === '-') return 'stdin';
  const rel = relative(root, resolve(cwd, file));
  const parts = rel.split(sep);
  return parts.map((p) => encodeURIComponent(p)).join('/');
}

export const sarifReporter: Reporter = (result, opts) => {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const addRule = (code: string) => {
    const d = result.rules.find((r) => r.code === code);
    if (!d || index.has(code)) return;
    index.set(code, rules.length);
    rules.push({
      id: d.code,
      name: d.name.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: d.description },
      fullDescription: { text: d.fullDescription },
      help: { text: d.helpText, markdown: d.helpMarkdown },
      helpUri: d.helpUri,
      defaultConfiguration: { level: d.severity },
      properties: {
        tags: [...d.tags, d.name],
        'security-severity': d.securitySeverity.toFixed(1),
        precision: 'very-high',
      },
    });
  };
  for (const r of result.rules) addRule(r.code);

  const results: Result[] = result.findings.map((f) => {
    addRule(f.code);
    const res: Result = {
      ruleId: f.code,
      ruleIndex: index.get(f.code)!,
      level: f.severity,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriFor(f.file, opts.cwd, opts.sarifRoot), ...(f.file === '-' ? {} : { uriBaseId: '%SRCROOT%' }) },
            region: {
              startLine: f.region.start.line,
              startColumn: f.region.start.column,
              endLine: f.region.end.line,
              endColumn: Math.max(f.region.end.column, f.region.end.line === f.region.start.line ? f.region.start.column + 1 : 1),
            },
          },
          ...(f.object
            ? {
                logicalLocations: [
                  {
                    kind: 'resource',
                    name: f.object.name,
                    fullyQualifiedName: [f.object.kind, f.object.namespace, f.object.name].filter(Boolean).join('/'),
                    properties: { kind: f.object.kind, apiVersion: f.object.apiVersion, ...(f.object.namespace ? { namespace: f.object.namespace } : {}) },
                  },
                ],
              }
            : {}),
        },
      ],
      partialFingerprints: { 'leastpriv/v1': f.fingerprint },
    };
    if (f.suppressed) {
      res.suppressions = [{ kind: f.suppressed.kind === 'baseline' ? 'external' : 'inSource', justification: f.suppressed.justification }];
    }
    return res;
  });

  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'leastpriv',
            semanticVersion: opts.toolVersion,
            informationUri: REPO_URL,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + opts.sarifRoot.split(sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/') + '/' } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
