/**
 * SARIF output: valid against the SARIF 2.1.0 JSON Schema (the copy shipped in @microsoft/jest-sarif,
 * draft-04, hence ajv-draft-04), clean under Microsoft's SARIF multitool with the SARIF and GitHub
 * rule sets, and meeting GitHub code scanning's requirements one by one.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, accessSync, chmodSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { audit, type FullAuditResult } from '../src/engine/audit.ts';
import { sarifReporter, capResults, MAX_RESULTS } from '../src/reporters/sarif.ts';
import { MODEL_FILE, type Finding } from '../src/engine/types.ts';
import { VERSION } from '../src/version.ts';
import { defaults } from '../src/config/load.ts';

const require = createRequire(import.meta.url);
const SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's `language` pattern is not valid as a Unicode regular expression: compile patterns without the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv, ['uri', 'uri-reference', 'date-time']);
const validateSchema = ajv.compile(SCHEMA);

const DEBUG_AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: debug-agent
  namespace: mcp-homelab
  annotations:
    ignore.leastpriv.dev/capabilities-not-dropped: "vendor image, tracked in OPS-12"
spec:
  selector: { matchLabels: { app: debug-agent } }
  template:
    metadata: { labels: { app: debug-agent } }
    spec:
      hostPID: true
      hostNetwork: true
      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            privileged: true  # leastpriv-ignore privileged-container -- loads a kernel module at boot
            capabilities:
              add: [SYS_ADMIN]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
`;

const BROKEN = `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
data:
  x: "1"
data:
  y: "2"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
data:
  x: "1"
data:
  y: "2"
`;

let dir: string;
const opts = (root?: string) => ({ color: false, showSuppressed: false, cwd: dir, sarifRoot: root ?? dir, toolVersion: VERSION });

function sarifOf(result: FullAuditResult, root?: string): Log {
  return JSON.parse(sarifReporter(result, opts(root))) as Log;
}

function schemaErrors(log: unknown): string[] {
  return validateSchema(log) ? [] : (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leastpriv-sarif-'));
  mkdirSync(join(dir, 'clusters', 'mcp homelab'), { recursive: true });
  writeFileSync(join(dir, 'clusters', 'mcp homelab', 'debug agent.yaml'), DEBUG_AGENT);
  writeFileSync(join(dir, 'clusters', 'broken.yaml'), BROKEN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = () => audit({ paths: ['clusters'], cwd: dir });
/** A run with a file skipped (a Helm template) and one without Kubernetes objects (issue 17). */
const runNotAudited = () => {
  mkdirSync(join(dir, 'mixed', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'mixed', 'values.yaml'), 'replicaCount: 2\n');
  writeFileSync(join(dir, 'mixed', 'templates', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n');
  writeFileSync(join(dir, 'mixed', 'agent.yaml'), DEBUG_AGENT);
  return audit({ paths: ['mixed'], cwd: dir });
};

describe('SARIF reporter', () => {
  it('names the files not audited as tool execution notifications (skipped with the reason, or no Kubernetes object)', () => {
    const log = sarifOf(runNotAudited());
    expect(schemaErrors(log)).toEqual([]);
    const inv = log.runs[0]!.invocations![0]!;
    expect(inv.executionSuccessful).toBe(true);
    const notes = (inv.toolExecutionNotifications ?? []).map((n) => [n.level, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri, n.message.text]);
    expect(notes).toContainEqual(['note', 'mixed/values.yaml', 'mixed/values.yaml: not audited: no Kubernetes object in it']);
    const template = notes.find((n) => n[1] === 'mixed/templates/pod.yaml');
    expect(template?.[0]).toBe('note');
    expect(template?.[2]).toMatch(/^mixed\/templates\/pod\.yaml: not audited: .*template/i);
    expect(notes.some((n) => n[1] === 'mixed/agent.yaml')).toBe(false);
  });
  it('lists the rules the run turned off, downgraded or reconfigured as ruleConfigurationOverrides', () => {
    const config = { ...defaults(), rules: { 'privileged-container': 'off' as const, 'host-pid-ipc': 'note' as const } };
    const log = sarifOf(audit({ paths: ['clusters'], cwd: dir, config }));
    expect(schemaErrors(log)).toEqual([]);
    const overrides = log.runs[0]!.invocations![0]!.ruleConfigurationOverrides ?? [];
    const byName = new Map(overrides.map((o) => [o.descriptor.id, o]));
    const priv = [...byName.values()].find((o) => o.configuration.enabled === false);
    expect(priv?.properties?.changedBy).toBe('rules');
    const hostPid = [...byName.values()].find((o) => o.configuration.level === 'note');
    expect(hostPid?.configuration.enabled).toBe(true);
    const rules = log.runs[0]!.tool.driver.rules!;
    // a rule that still ran is referenced by index too
    expect(rules[hostPid!.descriptor.index!]!.id).toBe(hostPid!.descriptor.id);
    expect(overrides).toHaveLength(2);
    expect(sarifOf(run()).runs[0]!.invocations![0]!.ruleConfigurationOverrides).toBeUndefined();
  });
  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const log = sarifOf(run());
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results!.length).toBeGreaterThan(5);
  });

  it('carries offered edits as fixes: valid, each replacement at the exact region of the edit', () => {
    const result = audit({ paths: ['clusters'], cwd: dir, fixes: true });
    const log = sarifOf(result);
    expect(schemaErrors(log)).toEqual([]);
    const withFixes = log.runs[0]!.results!.filter((r) => r.fixes?.length);
    expect(withFixes.length).toBeGreaterThan(0);
    const linesOf = (uri: string) => readFileSync(join(dir, decodeURIComponent(uri)), 'utf8').split('\n');
    const lines = linesOf('clusters/mcp%20homelab/debug%20agent.yaml');
    const offset = (uri: string, line: number, column: number) => linesOf(uri).slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    // (broken.yaml's duplicate keys: their removal; the other edits are in the debug agent's file)
    expect(withFixes.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'clusters/broken.yaml').map((r) => r.ruleId)).toEqual(['LP001', 'LP001']);
    for (const r of withFixes) {
      const f = result.findings.find((x) => x.fingerprint === r.partialFingerprints!['leastpriv/v1'])!;
      const offered = [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])];
      expect(r.fixes!.map((x) => x.description!.text)).toEqual(offered.map((x) => x.description));
      r.fixes!.forEach((fx, i) => {
        const change = fx.artifactChanges[0]!;
        const uri = change.artifactLocation.uri!;
        expect(uri).toBe(r.locations![0]!.physicalLocation!.artifactLocation!.uri);
        const rep = change.replacements![0]!;
        const d = rep.deletedRegion;
        const edit = offered[i]!.edits[0]!;
        expect([offset(uri, d.startLine!, d.startColumn!), offset(uri, d.endLine!, d.endColumn!)]).toEqual(edit.range);
        expect(rep.insertedContent?.text).toBe(edit.text);
      });
    }
    // the ClusterRole's missing `get`: a fix that inserts `, "get"` after `"create"`
    const verb = withFixes.find((r) => r.ruleId === 'LP101')!;
    const rep = verb.fixes![0]!.artifactChanges[0]!.replacements![0]!;
    expect(rep.insertedContent?.text).toBe(', "get"');
    expect(rep.deletedRegion.startColumn).toBe(rep.deletedRegion.endColumn);
    expect(lines[rep.deletedRegion.startLine! - 1]!.slice(0, rep.deletedRegion.startColumn! - 1)).toBe('    verbs: ["create"');
  });

  it('has one run with the driver and every rule GitHub needs', () => {
    const log = sarifOf(run());
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('leastpriv');
    expect(driver.semanticVersion).toBe(VERSION);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules!.map((r) => r.id);
    for (const code of ['LP001', 'LP101', 'LP201', 'LP202', 'LP203', 'LP204', 'LP205']) expect(ids).toContain(code);
    for (const r of driver.rules!) {
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(r.shortDescription?.text).toBeTruthy();
      expect(r.fullDescription?.text).toBeTruthy();
      expect(r.help?.text).toBeTruthy();
      expect(r.help?.markdown).toContain('```yaml');
      expect(r.helpUri).toMatch(/^https:\/\/.*\.md$/);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration?.level);
      const props = r.properties as { tags: string[]; 'security-severity': string };
      expect(props.tags.length).toBeGreaterThan(0);
      expect(props.tags.length).toBeLessThanOrEqual(20); // GitHub: at most 20 tags per rule
      // GitHub reads security-severity as a string holding a number from 0.0 to 10.0.
      expect(props['security-severity']).toMatch(/^\d+\.\d$/);
      expect(Number(props['security-severity'])).toBeGreaterThanOrEqual(0);
      expect(Number(props['security-severity'])).toBeLessThanOrEqual(10);
    }
  });

  it('gives every result its rule, a GitHub level, a message and exactly one full location', () => {
    const log = sarifOf(run());
    const { results, tool } = log.runs[0]!;
    for (const r of results!) {
      expect(tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text).toBeTruthy();
      expect(r.locations).toHaveLength(1);
      const pl = r.locations![0]!.physicalLocation!;
      expect(pl.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(pl.artifactLocation!.uri).toMatch(/^clusters\/[^\\ ]+\.yaml$/);
      const reg = pl.region!;
      expect(reg.startLine).toBeGreaterThanOrEqual(1);
      expect(reg.startColumn).toBeGreaterThanOrEqual(1);
      expect(reg.endLine).toBeGreaterThanOrEqual(reg.startLine!);
      if (reg.endLine === reg.startLine) expect(reg.endColumn).toBeGreaterThan(reg.startColumn!);
    }
    expect(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`file://${dir}/`);
  });

  it('encodes spaces in URIs and uses forward slashes', () => {
    const uris = sarifOf(run()).runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris).toContain('clusters/mcp%20homelab/debug%20agent.yaml');
    expect(uris).toContain('clusters/broken.yaml');
  });

  it('places results exactly: region, logical location of the object', () => {
    const results = sarifOf(run()).runs[0]!.results!;
    const privileged = results.find((r) => r.ruleId === 'LP201')!;
    expect(privileged.locations![0]!.physicalLocation!.region).toEqual({ startLine: 19, startColumn: 13, endLine: 19, endColumn: 29 });
    expect(privileged.locations![0]!.logicalLocations).toEqual([
      { kind: 'resource', name: 'debug-agent', fullyQualifiedName: 'DaemonSet/mcp-homelab/debug-agent', properties: { kind: 'DaemonSet', apiVersion: 'apps/v1', namespace: 'mcp-homelab' } },
    ]);
    const exec = results.find((r) => r.ruleId === 'LP101')!;
    expect(exec.locations![0]!.physicalLocation!.region!.startLine).toBe(30);
    expect(exec.locations![0]!.logicalLocations![0]!.fullyQualifiedName).toBe('ClusterRole/mcp-homelab');
    // A YAML error has no object: no logical location.
    const syntax = results.find((r) => r.ruleId === 'LP001')!;
    expect(syntax.locations![0]!.logicalLocations).toBeUndefined();
  });

  it('keeps suppressed findings with an inSource suppression and its justification', () => {
    const results = sarifOf(run()).runs[0]!.results!;
    const sup = (code: string) => results.find((r) => r.ruleId === code)!.suppressions;
    expect(sup('LP201')).toEqual([{ kind: 'inSource', justification: 'loads a kernel module at boot' }]);
    // LP202 on a privileged container is folded into LP201 (one finding per root cause, issue 15).
    expect(results.find((r) => r.ruleId === 'LP202')).toBeUndefined();
    expect(results.find((r) => r.ruleId === 'LP201')!.relatedLocations?.map((l) => l.message?.text?.slice(0, 30))).toEqual(['LP202 capabilities-not-dropped']);
    expect(sup('LP204')).toBeUndefined();
  });

  it('gives every result a distinct fingerprint, even the same YAML error twice in a file', () => {
    const results = sarifOf(run()).runs[0]!.results!;
    const fps = results.map((r) => r.partialFingerprints!['leastpriv/v1']);
    expect(new Set(fps).size).toBe(fps.length);
    expect(results.filter((r) => r.ruleId === 'LP001').length).toBe(2);
  });

  it('keeps fingerprints when unrelated lines move, and changes them when the finding changes', () => {
    const fp = (text: string) => {
      const res = audit({ sources: [{ path: 'clusters/app.yaml', text }] });
      return new Map(res.findings.map((f) => [`${f.code} ${f.object?.name ?? ''}`, { fp: f.fingerprint, line: f.region.start.line }]));
    };
    const before = fp(DEBUG_AGENT);
    const moved = fp(`# a comment block added above\n# and another line\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: unrelated }\n---\n${DEBUG_AGENT.replace('namespace: mcp-homelab\n', 'namespace: mcp-homelab\n  labels: { team: net }\n')}`);
    expect([...before.keys()].sort()).toEqual([...moved.keys()].sort());
    for (const [k, v] of before) {
      expect(moved.get(k)!.fp, k).toBe(v.fp);
      expect(moved.get(k)!.line, k).toBeGreaterThan(v.line);
    }
    const renamed = fp(DEBUG_AGENT.replace('name: debug-agent', 'name: other-agent'));
    expect(renamed.get('LP201 other-agent')!.fp).not.toBe(before.get('LP201 debug-agent')!.fp);
  });

  it('reports stdin under --stdin-name, or as stdin', () => {
    const text = DEBUG_AGENT;
    const stdin = () => new TextEncoder().encode(text);
    const named = sarifOf(audit({ paths: ['-'], cwd: dir, readStdin: stdin, stdinName: 'overlays/prod/rendered.yaml' }));
    expect(schemaErrors(named)).toEqual([]);
    expect(new Set(named.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))).toEqual(new Set(['overlays/prod/rendered.yaml']));
    const plain = sarifOf(audit({ paths: ['-'], cwd: dir, readStdin: stdin }));
    expect(schemaErrors(plain)).toEqual([]);
    for (const r of plain.runs[0]!.results!) expect(r.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'stdin', uriBaseId: '%SRCROOT%' });
  });

  it('uses --sarif-root for relative URIs, and absolute file URIs for files outside it', () => {
    const log = sarifOf(run(), join(dir, 'clusters'));
    expect(schemaErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(uris).toContain('mcp%20homelab/debug%20agent.yaml');
    const outside = sarifOf(run(), join(dir, 'elsewhere'));
    const loc = outside.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(loc.uri).toMatch(/^file:\/\/\//);
    expect(loc.uriBaseId).toBeUndefined();
  });

  it('turns a finding without a file into a tool notification, never a result without a location', () => {
    const result = run();
    const crash: Finding = { code: 'LP004', rule: 'rule-internal-error', severity: 'error', messageId: 'crashed', message: 'boom', file: MODEL_FILE, region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fingerprint: 'x' };
    const log = sarifOf({ ...result, findings: [...result.findings, crash] });
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results!.every((r) => r.locations?.length === 1)).toBe(true);
    expect(log.runs[0]!.invocations![0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'boom' } }] });
  });

  it('keeps at most the results GitHub accepts, the most severe, and says how many were left out', () => {
    const base = run();
    const f = (i: number, severity: Finding['severity']): Finding => ({ ...base.findings[0]!, code: 'LP202', severity, fingerprint: String(i), suppressed: undefined });
    const findings = Array.from({ length: 13 }, (_, i) => f(i, i < 3 ? 'note' : i === 10 ? 'error' : 'warning'));
    const { kept, notice } = capResults(findings, 10);
    expect(kept).toHaveLength(10);
    expect(kept.filter((k) => k.severity === 'note')).toHaveLength(0);
    expect(kept.filter((k) => k.severity === 'error')).toHaveLength(1);
    expect(kept.map((k) => Number(k.fingerprint))).toEqual([...kept.map((k) => Number(k.fingerprint))].sort((a, b) => a - b)); // file order kept
    expect(notice).toMatch(/^3 results were left out/);
    expect(MAX_RESULTS).toBe(25_000);
  });
});

/**
 * Microsoft's SARIF multitool (a self-contained .NET binary from the npm package of its platform).
 * It exits 0 even when it finds errors, so its own SARIF output is read: zero errors and warnings.
 */
function multitoolPath(): string | undefined {
  let p: string;
  try {
    p = require('@microsoft/sarif-multitool') as string; // the binary of this platform's package
  } catch {
    return undefined;
  }
  if (!existsSync(p)) return undefined;
  try {
    accessSync(p, constants.X_OK);
  } catch {
    chmodSync(p, 0o755); // what the package's own postinstall does, had install scripts been skipped
  }
  return p;
}

function multitool(bin: string, files: string[]): { level: string; rule: string; text: string; file: string }[] {
  const out = join(dir, `multitool-${Math.random().toString(36).slice(2)}.sarif`);
  const p = spawnSync(bin, ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '--output', out, ...files], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  expect(p.error, String(p.error)).toBeUndefined();
  expect(existsSync(out), `multitool wrote no report:\n${p.stdout}\n${p.stderr}`).toBe(true);
  const log = JSON.parse(readFileSync(out, 'utf8')) as Log;
  return log.runs.flatMap((r) =>
    (r.results ?? []).map((x) => ({
      level: x.level ?? 'warning',
      rule: x.ruleId ?? '',
      file: x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
      text: `${x.locations?.[0]?.physicalLocation?.artifactLocation?.uri}: ${x.ruleId}: ${x.message.text ?? JSON.stringify(x.message.arguments)}`,
    })),
  );
}

const bin = multitoolPath();
describe.skipIf(!bin)('SARIF multitool validate --rule-kind "Sarif;Gh"', () => {
  it('finds no error and no warning in leastpriv output (files, stdin, outside the root, notifications), and does find a planted one', () => {
    const files: string[] = [];
    const write = (name: string, log: Log) => {
      const p = join(dir, name);
      writeFileSync(p, JSON.stringify(log, null, 2));
      files.push(p);
    };
    write('repo.sarif', sarifOf(run()));
    write('stdin.sarif', sarifOf(audit({ paths: ['-'], cwd: dir, readStdin: () => new TextEncoder().encode(DEBUG_AGENT) })));
    write('outside.sarif', sarifOf(run(), join(dir, 'elsewhere')));
    write('not-audited.sarif', sarifOf(runNotAudited()));
    const base = run();
    write('crash.sarif', sarifOf({ ...base, findings: [...base.findings, { ...base.findings[0]!, file: MODEL_FILE, object: undefined }] }));
    // Not a silent pass: a result without a location must come out as a GitHub error.
    const planted = sarifOf(base);
    delete planted.runs[0]!.results![0]!.locations;
    write('planted.sarif', planted);
    const found = multitool(bin!, files);
    const problems = found.filter((f) => f.level === 'error' || f.level === 'warning');
    expect(problems.filter((f) => !f.file.endsWith('planted.sarif')).map((f) => f.text)).toEqual([]);
    expect(problems.some((f) => f.file.endsWith('planted.sarif') && f.level === 'error' && /^GH/.test(f.rule))).toBe(true);
  });
});
if (!bin) console.warn('sarif.test: @microsoft/sarif-multitool binary not installed for this platform; multitool checks skipped');
