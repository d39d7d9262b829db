/**
 * `--format html` in a real browser: headless Chromium (Debian's package, scripts/ci-apt-chromium.sh)
 * loads the report from a file and the test checks that it makes no request beyond its own file,
 * logs no console error and throws nothing, that the rule, severity, file and text filters show
 * exactly the findings they should, and takes screenshots a person can look at:
 * test-output/html-report.png, and test-output/summary-diagram.png — the job summary's attack-path
 * diagram drawn by mermaid itself in the browser (docs/ holds copies for the README).
 * Without Chromium the browser part is skipped, saying why; the page's self-containment and
 * escaping are checked in Node either way.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { audit } from '../src/engine/audit.ts';
import { summaryMarkdown } from '../src/action/summary.ts';
import { Browser, chromiumPath, type Page } from './support/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-output');
const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-html-'));
const report = join(tmp, 'report.html');
const INPUTS = ['fixtures/incident/before.yaml', 'fixtures/graph/hostile-names.yaml', 'fixtures/rules/pod-security.yaml'];

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => void (err += s), cwd: ROOT, env: {}, isTTY: false };
  return { code: await main(args, io), err };
}

let html = '';
let json: { findings: { rule: string; severity: string; file: string; suppressed: unknown }[] };
beforeAll(async () => {
  const r = await cli(['audit', ...INPUTS, '-f', 'html', '-o', report]);
  expect(r.code).toBe(1);
  html = readFileSync(report, 'utf8');
  const j = join(tmp, 'report.json');
  await cli(['audit', ...INPUTS, '-f', 'json', '-o', j]);
  json = JSON.parse(readFileSync(j, 'utf8'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('HTML report, as a file', () => {
  it('is one self-contained page: inline CSS and JS, nothing fetched, a CSP that forbids fetching', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<link\b|<script\s+src|<img\b|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
  it('escapes what comes from the manifests', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('al&#34;ice &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
  it('lists every unsuppressed finding, its fix or suggestions, the justified privileges and the graph', () => {
    const shown = json.findings.filter((f) => !f.suppressed);
    expect(html.match(/<article class="finding/g)).toHaveLength(shown.length);
    expect(html).toContain('<b>Fix:</b> Add `get` to the verbs of rules[2]');
    expect(html).toContain('<b>Suggestion:</b> Set `privileged: false`');
    expect(html).toContain('<h2>Justified privileges</h2>');
    expect(html).toContain('Required for network diagnostics');
    expect(html).toMatch(/<svg [^>]*class="graph"/);
    expect(html).toContain('DaemonSet mcp-homelab/debug-agent');
  });
});

const bin = chromiumPath();
describe.skipIf(!bin)(`HTML report in headless Chromium${bin ? '' : ' (skipped: no chromium on PATH; scripts/ci-apt-chromium.sh installs it)'}`, () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await Browser.launch(bin!);
    page = await browser.open(pathToFileURL(report).href);
  }, 60_000);
  afterAll(async () => browser?.close());

  const visible = () => page.eval<number>(`document.querySelectorAll('.finding:not(.hidden)').length`);
  const choose = (id: string, value: string) =>
    page.eval(`(() => { const s = document.getElementById(${JSON.stringify(id)}); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); return s.value; })()`);

  it('loads with no console error, no exception and no request but its own file', async () => {
    expect(page.events.consoleErrors).toEqual([]);
    expect(page.events.exceptions).toEqual([]);
    expect(page.events.requests.filter((u) => u !== pathToFileURL(report).href && !u.startsWith('data:'))).toEqual([]);
    expect(await page.eval<string>('document.title')).toBe('leastpriv report');
  });

  it('filters by rule, severity, file and text', async () => {
    const shown = json.findings.filter((f) => !f.suppressed);
    expect(await visible()).toBe(shown.length);
    await choose('f-rule', 'privileged-container');
    expect(await visible()).toBe(shown.filter((f) => f.rule === 'privileged-container').length);
    expect(await page.eval('document.getElementById("shown").textContent')).toBe(String(shown.filter((f) => f.rule === 'privileged-container').length));
    await choose('f-file', 'fixtures/incident/before.yaml');
    expect(await visible()).toBe(1);
    await choose('f-rule', '');
    await choose('f-severity', 'warning');
    expect(await visible()).toBe(shown.filter((f) => f.severity === 'warning' && f.file === 'fixtures/incident/before.yaml').length);
    await choose('f-severity', '');
    await choose('f-file', '');
    await page.eval(`(() => { const t = document.getElementById('f-text'); t.value = 'hostPID'; t.dispatchEvent(new Event('input')); })()`);
    const n = await visible();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(shown.length);
    await page.eval(`(() => { const t = document.getElementById('f-text'); t.value = ''; t.dispatchEvent(new Event('input')); })()`);
    expect(await visible()).toBe(shown.length);
    expect(page.events.exceptions).toEqual([]);
  });

  it('takes a screenshot of the report (test-output/html-report.png)', async () => {
    // (the incident alone, as the README shows it)
    const incident = join(tmp, 'incident.html');
    expect((await cli(['audit', 'fixtures/incident/before.yaml', '-f', 'html', '-o', incident])).code).toBe(1);
    const p = await browser.open(pathToFileURL(incident).href, { width: 1400, height: 1000 });
    expect(p.events.exceptions).toEqual([]);
    const png = await p.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'html-report.png'), png);
  });

  it('draws the job summary diagram with mermaid in the browser (test-output/summary-diagram.png)', async () => {
    const md = summaryMarkdown(audit({ paths: ['fixtures/incident/before.yaml'], cwd: ROOT, graph: true }), { failOn: 'error', failed: true, sarifFile: 'leastpriv.sarif', baselineMatched: 0 });
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    const mermaidJs = pathToFileURL(join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')).href;
    const pageFile = join(tmp, 'diagram.html');
    writeFileSync(
      pageFile,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><script src="${mermaidJs}"></script></head><body style="margin:0;background:#fff">
<pre class="mermaid" id="d">${diagram.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>
<script>mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
window.rendered = mermaid.run({ querySelector: '#d' }).then(() => document.querySelector('#d svg') ? 'ok' : 'no svg', (e) => 'error: ' + e.message);</script></body></html>`,
    );
    const p = await browser.open(pathToFileURL(pageFile).href, { width: 1600, height: 600 });
    expect(await p.eval('window.rendered')).toBe('ok');
    const box = await p.eval<{ width: number; height: number }>(`(() => { const r = document.querySelector('#d svg').getBoundingClientRect(); return { width: Math.ceil(r.right) + 8, height: Math.ceil(r.bottom) + 8 }; })()`);
    expect(p.events.exceptions).toEqual([]);
    expect(await p.eval<string>(`document.querySelector('#d svg').textContent`)).toContain('DaemonSet mcp-homelab/debug-agent');
    const png = await p.screenshot({ x: 0, y: 0, ...box });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'summary-diagram.png'), png);
  });
});
