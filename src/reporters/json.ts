/**
 * JSON report. Stable schema: schema/leastpriv-report.schema.json, documented in
 * docs/json-format.md (test/json-format.test.ts holds the three together); `version` changes only
 * on a breaking change. Fields are listed one by one so that nothing internal leaks into it.
 */
import type { ChunkedReporter, Reporter } from './types.ts';
import { jsonChunks, joinChunks, lazyMap, STREAMED } from './json-chunks.ts';
import type { Finding, TextFix } from '../engine/types.ts';
import { notChecked } from './not-checked.ts';

export const JSON_FORMAT_VERSION = 1;

export const jsonReportChunks: ChunkedReporter = (result, opts) =>
  jsonChunks(
    {
      version: JSON_FORMAT_VERSION,
      tool: { name: 'leastpriv', version: opts.toolVersion },
      summary: {
        files: result.summary.files,
        documents: result.summary.documents,
        objects: result.summary.objects,
        skipped: result.summary.skipped.map((k) => ({ file: k.file, reason: k.reason })),
        nonKubernetes: result.summary.nonKubernetes,
        // Additive (format version 1): the files counted in nonKubernetes, by name.
        nonKubernetesFiles: [...result.summary.nonKubernetesFiles],
        findings: { ...result.summary.findings },
        suppressed: result.summary.suppressed,
      },
      findings: STREAMED,
      justifications: result.justifications.map((j) => ({
        file: j.file,
        line: j.region.start.line,
        column: j.region.start.column,
        object: j.object,
        privilege: j.privilege,
        reason: j.reason,
        source: j.source,
      })),
      // Additive (format version 1): present when any Pod Security Standards control ran.
      ...(result.pss ? { pss: result.pss } : {}),
      // Additive (format version 1): present in `leastpriv verify` reports.
      ...(result.verify ? { verify: result.verify } : {}),
      // Additive (format version 1): present when this run checked less than the default audit.
      ...notCheckedJson(result),
    },
    lazyMap(result.findings, findingJson),
  );

export const jsonReporter: Reporter = (result, opts) => joinChunks(jsonReportChunks(result, opts));

const findingJson = (f: Finding) => ({
  code: f.code,
  rule: f.rule,
  severity: f.severity,
  messageId: f.messageId,
  message: f.message,
  file: f.file,
  line: f.region.start.line,
  column: f.region.start.column,
  endLine: f.region.end.line,
  endColumn: f.region.end.column,
  ...(f.object ? { object: f.object } : {}),
  ...(f.path ? { path: f.path.join('.') } : {}),
  ...(f.data ? { data: f.data } : {}),
  // Additive (format version 1): the offered edits.
  ...(f.fix ? { fix: fixJson(f.fix) } : {}),
  ...(f.suggestions?.length ? { suggestions: f.suggestions.map(fixJson) } : {}),
  // Additive (format version 1): audit --context, a finding outside the files named that depends on them.
  ...(f.involves ? { involves: f.involves } : {}),
  // Additive (format version 1): other places of the same root cause (findings folded into this one).
  ...(f.related?.length ? { related: f.related.map((r) => ({ code: r.code, file: r.file, line: r.region.start.line, column: r.region.start.column, message: r.message })) } : {}),
  fingerprint: f.fingerprint,
  suppressed: f.suppressed ?? null,
});

const fixJson = (x: TextFix) => ({
  description: x.description,
  edits: x.edits.map((e) => ({
    file: e.file,
    start: e.range[0],
    end: e.range[1],
    line: e.region.start.line,
    column: e.region.start.column,
    endLine: e.region.end.line,
    endColumn: e.region.end.column,
    text: e.text,
  })),
});

/** What this run did not check (rules off, downgraded or reconfigured, excluded paths, suppressions by kind): as the text report and job summary list it. */
function notCheckedJson(result: Parameters<typeof notChecked>[0]) {
  const n = notChecked(result);
  if (!n) return {};
  return {
    notChecked: {
      ...(n.configFile ? { configFile: n.configFile } : {}),
      profile: n.profile,
      rules: [...n.byProfile, ...n.byRules].map((r) => ({ code: r.code, rule: r.name, default: r.from, severity: r.to, by: r.by, ...(r.options ? { options: r.options } : {}) })),
      exclude: [...n.exclude],
      suppressions: { total: n.suppressions.total, ...n.suppressions.byKind },
    },
  };
}
