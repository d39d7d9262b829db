/**
 * SARIF 2.1.0 for GitHub code scanning. Shape and limits from the SARIF 2.1.0 spec (OASIS) and
 * GitHub's "SARIF support for code scanning" and "SARIF results exceed limits" pages:
 * - one run; tool.driver with name, semanticVersion, informationUri and every rule that ran;
 * - rules carry shortDescription, fullDescription, help (text + markdown), helpUri,
 *   defaultConfiguration.level and properties.tags / properties["security-severity"] (a string
 *   holding a number 0.0–10.0, which GitHub maps to critical/high/medium/low);
 * - each result has ruleId + ruleIndex, a level of error|warning|note, exactly one location (GitHub
 *   rejects results without one) with a repo-relative forward-slash URI (each segment
 *   percent-encoded: a space is %20) and a full region, and partialFingerprints;
 * - suppressed findings carry `suppressions: [{ kind: "inSource", justification }]`;
 * - findings of rules that yield to another on the same root cause are folded into it and listed
 *   as its `relatedLocations` (each with an id and a message);
 * - at most 25,000 results per run (GitHub rejects more): the most severe are kept and a
 *   notification says how many were left out;
 * - findings that belong to no file (a crash in a whole-model check) are tool execution
 *   notifications, not results, since a result must have a location;
 * - files that were not audited (skipped with a reason, or holding no Kubernetes object) are named
 *   as `note` tool execution notifications with the file's location ("runtime conditions detected
 *   by the tool during the analysis", SARIF 2.1.0 §3.20.21 invocation.toolExecutionNotifications);
 *   they do not make the execution unsuccessful.
 * - a finding's offered edits are `fixes` (SARIF 2.1.0 §3.55 fix, §3.56 artifactChange, §3.57
 *   replacement): the fix first, then the suggestions, each replacement's deletedRegion exactly the
 *   text replaced (zero-width for an insertion: endColumn equal to startColumn) and insertedContent
 *   the new text. GitHub code scanning ignores them; editors and SARIF viewers apply them.
 * Validated in test/sarif.test.ts against the SARIF 2.1.0 JSON schema and with Microsoft's SARIF
 * multitool (`validate --rule-kind "Sarif;Gh"`).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix, Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Finding, TextFix } from '../engine/types.ts';
import { MODEL_FILE, SEVERITY_RANK } from '../engine/types.ts';
import type { ChunkedReporter, Reporter } from './types.ts';
import { jsonChunks, joinChunks, lazyMap, STREAMED } from './json-chunks.ts';
import { REPO_URL } from '../engine/registry.ts';
import { dependsOn } from './involves.ts';


/**
 * A plain-text SARIF message. SARIF 2.1.0 §3.11.6 reads `[text](target)` in a plain-text message as
 * an embedded link (to a related location or a URI) and requires literal brackets to be escaped
 * with a backslash: a manifest name such as `[click](https://…)` must stay text in code scanning.
 */
export const sarifText = (s: string): string => s.replace(/[[\]]/g, '\\$&');

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** GitHub's hard limit of results per run. */
export const MAX_RESULTS = 25_000;

/** Where a file is, as a SARIF artifactLocation: relative to the root when below it, else an absolute file URI. */
export function artifactLocation(file: string, cwd: string, root: string): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin', uriBaseId: SRCROOT };
  const abs = resolve(cwd, file);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function location(f: Finding, cwd: string, root: string): Location {
  const { start, end } = f.region;
  const loc: Location = {
    physicalLocation: {
      artifactLocation: artifactLocation(f.file, cwd, root),
      region: {
        startLine: start.line,
        startColumn: start.column,
        endLine: Math.max(end.line, start.line),
        // SARIF end columns are exclusive: a region on one line is at least one character wide.
        endColumn: end.line > start.line ? Math.max(end.column, 1) : Math.max(end.column, start.column + 1),
      },
    },
  };
  if (f.object) {
    const o = f.object;
    loc.logicalLocations = [
      {
        kind: 'resource',
        name: o.name || '(unnamed)',
        fullyQualifiedName: [o.kind, o.namespace, o.name || '(unnamed)'].filter(Boolean).join('/'),
        properties: { kind: o.kind, apiVersion: o.apiVersion, ...(o.namespace ? { namespace: o.namespace } : {}) },
      },
    ];
  }
  return loc;
}

/** At most `max` findings, the most severe first (stable within a severity), back in their original order. */
export function capResults(findings: Finding[], max: number): { kept: Finding[]; notice?: string } {
  if (findings.length <= max) return { kept: findings };
  const keep = new Set([...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).slice(0, max));
  const dropped = findings.length - max;
  return {
    kept: findings.filter((f) => keep.has(f)),
    notice: `${dropped} results were left out: GitHub code scanning accepts at most ${max} per run. Narrow the audit, or use --format json for all of them.`,
  };
}

function sarifFix(x: TextFix, cwd: string, root: string): Fix {
  const byFile = new Map<string, TextFix['edits']>();
  for (const e of x.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return {
    description: { text: x.description },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: artifactLocation(file, cwd, root),
      replacements: edits.map((e) => ({
        deletedRegion: { startLine: e.region.start.line, startColumn: e.region.start.column, endLine: e.region.end.line, endColumn: e.region.end.column },
        insertedContent: { text: e.text },
      })),
    })),
  };
}

const pascal = (name: string): string => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase());

export const sarifChunks: ChunkedReporter = (result, opts) => {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const addRule = (code: string) => {
    const d = result.rules.find((r) => r.code === code);
    if (!d || index.has(code)) return;
    index.set(code, rules.length);
    rules.push({
      id: d.code,
      name: pascal(d.name),
      shortDescription: { text: d.description },
      fullDescription: { text: d.fullDescription },
      help: { text: d.helpText, markdown: d.helpMarkdown },
      helpUri: d.helpUri,
      defaultConfiguration: { level: d.severity },
      properties: {
        tags: [...new Set([...d.tags, d.name])].slice(0, 20),
        'security-severity': d.securitySeverity.toFixed(1),
        precision: 'very-high',
      },
    });
  };
  for (const r of result.rules) addRule(r.code);

  const notifications: Notification[] = [];
  let located = result.findings.filter((f) => {
    if (f.file !== MODEL_FILE) return true;
    notifications.push({ level: 'error', message: { text: sarifText(f.message) }, descriptor: { id: f.code } });
    return false;
  });
  const fileNote = (file: string, text: string): Notification => ({
    level: 'note',
    message: { text: sarifText(text) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, opts.cwd, opts.sarifRoot) } }],
  });
  for (const k of result.summary.skipped) notifications.push(fileNote(k.file, `${k.file === '-' ? 'stdin' : k.file}: not audited: ${k.reason}`));
  for (const f of result.summary.nonKubernetesFiles) notifications.push(fileNote(f, `${f === '-' ? 'stdin' : f}: not audited: no Kubernetes object in it`));
  const capped = capResults(located, MAX_RESULTS);
  located = capped.kept;
  if (capped.notice) notifications.push({ level: 'warning', message: { text: capped.notice } });

  const overrides = (result.coverage?.ruleChanges ?? []).map((c) => ({
    descriptor: index.has(c.code) ? { id: c.code, index: index.get(c.code)! } : { id: c.code },
    configuration: { enabled: c.to !== 'off', ...(c.to !== 'off' ? { level: c.to } : {}), ...(c.options ? { parameters: c.options } : {}) },
    properties: { changedBy: c.by, defaultLevel: c.from },
  }));

  // Every rule that ran is in `rules` already: results only refer to them.
  const toResult = (f: Finding): Result => {
    const res: Result = {
      ruleId: f.code,
      ruleIndex: index.get(f.code)!,
      level: f.severity,
      // (a finding --context reports because of a file named says so, and lists them: involves.ts)
      message: { text: sarifText(f.involves ? `${f.message} ${dependsOn(f)}` : f.message) },
      locations: [location(f, opts.cwd, opts.sarifRoot)],
      partialFingerprints: { 'leastpriv/v1': f.fingerprint },
    };
    const offered = [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])];
    if (offered.length) res.fixes = offered.map((x) => sarifFix(x, opts.cwd, opts.sarifRoot));
    if (f.related?.length) {
      res.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        message: { text: r.message },
        physicalLocation: {
          artifactLocation: artifactLocation(r.file, opts.cwd, opts.sarifRoot),
          region: { startLine: r.region.start.line, startColumn: r.region.start.column },
        },
      }));
    }
    if (f.involves) res.properties = { involves: f.involves };
    if (f.suppressed) {
      res.suppressions = [{ kind: f.suppressed.kind === 'baseline' ? 'external' : 'inSource', justification: f.suppressed.justification }];
    }
    return res;
  };

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
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === 'error'),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
            // Rules this run turned off, downgraded or gave options (SARIF 2.1.0 §3.20.5
            // invocation.ruleConfigurationOverrides, §3.51 configurationOverride): a weakened audit
            // stays visible in the log, as in the text report's "not checked".
            ...(overrides.length ? { ruleConfigurationOverrides: overrides } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.sarifRoot).href.replace(/\/?$/, '/') } },
        results: STREAMED as unknown as Result[],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return jsonChunks(log, lazyMap(located, toResult));
};

export const sarifReporter: Reporter = (result, opts) => joinChunks(sarifChunks(result, opts));
