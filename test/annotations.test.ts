/** Which findings become GitHub annotations (shared by --format github and the Action). */
import { describe, expect, it } from 'vitest';
import { notAuditedNotice, omittedNotice, selectAnnotations } from '../src/reporters/annotations.ts';
import { githubReporter } from '../src/reporters/github.ts';
import type { Finding, RuleDescriptor, Severity } from '../src/engine/types.ts';
import type { FullAuditResult } from '../src/engine/audit.ts';

const rule = (code: string, securitySeverity: number) => ({ code, securitySeverity }) as RuleDescriptor;
let n = 0;
const finding = (severity: Severity, code: string, suppressed = false): Finding => ({
  code,
  rule: `rule-${code}`,
  severity,
  messageId: 'm',
  message: `finding ${++n}`,
  file: `f${n}.yaml`,
  region: { start: { line: n, column: 1 }, end: { line: n, column: 2 } },
  fingerprint: String(n),
  ...(suppressed ? { suppressed: { kind: 'comment' as const, justification: 'ok' } } : {}),
});
const rules = [rule('LP1', 9), rule('LP2', 5), rule('LP3', 1)];

describe('selectAnnotations', () => {
  it('keeps everything when within the limits, worst first, suppressed left out', () => {
    const findings = [finding('note', 'LP3'), finding('error', 'LP2'), finding('error', 'LP1'), finding('warning', 'LP2'), finding('error', 'LP1', true)];
    const sel = selectAnnotations({ findings, rules });
    expect(sel.omitted).toBe(0);
    expect(sel.shown.map((f) => `${f.severity} ${f.code}`)).toEqual(['error LP1', 'error LP2', 'warning LP2', 'note LP3']);
    expect(omittedNotice(sel, 'x')).toBeUndefined();
  });

  it('takes the 10 worst of each kind and leaves a notice place for the count', () => {
    const findings = [
      ...Array.from({ length: 8 }, () => finding('error', 'LP2')),
      ...Array.from({ length: 5 }, () => finding('error', 'LP1')),
      ...Array.from({ length: 10 }, () => finding('note', 'LP3')),
    ];
    const sel = selectAnnotations({ findings, rules });
    const errors = sel.shown.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.filter((f) => f.code === 'LP1')).toHaveLength(5); // all of the worst rule
    expect(sel.shown.filter((f) => f.severity === 'note')).toHaveLength(9); // one place for the notice
    expect(sel.omittedBy).toEqual({ error: 3, warning: 0, note: 1 });
    expect(omittedNotice(sel, 'See the summary.')).toBe(
      'leastpriv: 4 more findings not shown as annotations (3 errors, 1 note; GitHub shows 10 of each kind per step). See the summary.',
    );
  });

  it('--format github prints the selection and one notice', () => {
    const findings = Array.from({ length: 12 }, () => finding('warning', 'LP2'));
    const out = githubReporter({ findings, rules } as unknown as FullAuditResult, {} as never).trim().split('\n');
    expect(out.filter((l) => l.startsWith('::warning file='))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::notice title=leastpriv::leastpriv: 2 more findings'))).toHaveLength(1);
    expect(out).toHaveLength(11);
  });
});

describe('the notice for files not audited', () => {
  const skipped = [
    { file: 'chart/templates/a.yaml', reason: 'Helm/Go template: in the templates/ folder of …' },
    { file: 'bad.yaml', reason: 'file is 9 bytes, over the limit' },
  ];
  it('names the skipped files no finding names, and keeps within the 10 notices GitHub shows', () => {
    const findings = [...Array.from({ length: 12 }, () => finding('note', 'LP3')), { ...finding('error', 'LP1'), file: 'bad.yaml' }];
    const summary = { skipped } as FullAuditResult['summary'];
    expect(notAuditedNotice({ findings, summary })?.text).toMatch(/^leastpriv: 1 file was not audited: chart\/templates\/a\.yaml \(Helm\/Go template\)\. /);
    const out = githubReporter({ findings, rules, summary } as unknown as FullAuditResult, {} as never).trim().split('\n');
    const notices = out.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(10);
    expect(notices.at(-1)).toMatch(/^::notice file=chart\/templates\/a\.yaml,title=leastpriv%3A not audited::/);
    expect(notAuditedNotice({ findings: [], summary: { skipped: [] } as unknown as FullAuditResult['summary'] })).toBeUndefined();
  });
});
