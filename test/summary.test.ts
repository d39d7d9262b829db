/**
 * The job summary rendered as GitHub would read it: with markdown-it (CommonMark, GFM tables, raw HTML
 * on and linkify for GFM's bare-URL autolinks), no HTML element, link, image or heading may come
 * from the manifests, and the visible text must be what the manifests and messages say.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/engine/audit.ts';
import { resolveConfig } from '../src/config/load.ts';
import { summaryMarkdown, md, mdCode, mdMessage } from '../src/action/summary.ts';

const renderer = new MarkdownIt({ html: true, linkify: true });
const BASE = 'https://github.com/o/r/blob/0123abc/';

/** Everything hostile a manifest author can put in text that reaches the summary. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example/a)',
  '![pic](https://evil.example/p.png)',
  '# heading',
  'https://evil.example/bare',
  'www.evil.example',
  'evil@example.com',
  'lone\rCR',
  '&amp; &#60;b&#62;',
  'pi|pe',
  '`tick`',
  '<!-- open comment',
  '<details open>',
  '*em* _em_ ~~del~~',
  '\\<b\\>',
].join(' ');

function walk(tokens: Token[], f: (t: Token) => void): void {
  for (const t of tokens) {
    f(t);
    if (t.children) walk(t.children, f);
  }
}

interface Rendered {
  html: string;
  links: string[];
  htmlTags: string[];
  images: number;
  headings: string[];
  text: string;
}

function render(markdown: string): Rendered {
  const tokens = renderer.parse(markdown, {});
  const r: Rendered = { html: renderer.renderer.render(tokens, renderer.options, {}), links: [], htmlTags: [], images: 0, headings: [], text: '' };
  let inHeading = false;
  let heading = '';
  walk(tokens, (t) => {
    if (t.type === 'link_open') r.links.push(t.attrGet('href') ?? '');
    if (t.type === 'html_inline' || t.type === 'html_block') r.htmlTags.push(t.content.trim());
    if (t.type === 'image') r.images++;
    if (t.type === 'heading_open') {
      inHeading = true;
      heading = '';
    }
    if (t.type === 'heading_close') {
      inHeading = false;
      r.headings.push(heading);
    }
    if (t.type === 'text' || t.type === 'code_inline') {
      r.text += t.content;
      if (inHeading) heading += t.content;
    }
    if (t.type === 'softbreak' || t.type === 'hardbreak' || t.type.endsWith('_close')) r.text += '\n';
  });
  return r;
}

function hostileRun() {
  const name = `app ${HOSTILE}`;
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: ${JSON.stringify(name)}
  annotations:
    justify.leastpriv.dev/cap-net-raw: ${JSON.stringify(`reason ${HOSTILE}`)}
    ignore.leastpriv.dev/host-pid-ipc: ${JSON.stringify(`suppressed ${HOSTILE}`)}
spec:
  hostPID: true
  containers:
    - name: c
      image: x
      securityContext:
        privileged: true
        capabilities:
          add: [NET_RAW, SYS_TIME]
`;
  const config = resolveConfig({ rules: { 'capabilities-not-dropped': 'off', LP201: 'note' }, exclude: [`legacy/${HOSTILE}`] }, '/repo/.leastpriv.yaml');
  return audit({ sources: [{ path: `deploy/[x](javascript:alert(1)) <b>(1).yaml`, text }], config });
}

describe('job summary Markdown', () => {
  const result = hostileRun();
  const markdown = summaryMarkdown(result, { blobBase: BASE, failOn: 'error', failed: true, sarifFile: 'leastpriv.sarif', baselineMatched: 0, configLabel: '.leastpriv.yaml' });
  const r = render(markdown);

  it('has only our own links, HTML tags and headings', () => {
    const ruleDocs = new Set(result.rules.map((x) => x.helpUri));
    for (const href of r.links) expect(ruleDocs.has(href) || href.startsWith(BASE + 'deploy/')).toBe(true);
    // Links to the file: every character of the name percent-encoded, ( and ) too.
    expect(r.links).toContain(`${BASE}deploy/%5Bx%5D%28javascript%3Aalert%281%29%29%20%3Cb%3E%281%29.yaml#L16`);
    expect(r.links.some((h) => h.includes('evil.example/'))).toBe(false);
    expect(r.htmlTags.length).toBeGreaterThan(0);
    for (const t of r.htmlTags) expect(t).toMatch(/^(<details><summary>.*<\/summary>|<\/details>)$/);
    expect(r.images).toBe(0);
    for (const h of r.headings) expect(h).toMatch(/^(leastpriv: .*|By rule|Worst findings|Not checked in this run)$/);
    expect(r.html).not.toMatch(/<(img|a href="https:\/\/evil|h1|em|del)[\s>]/);
  });

  it('shows the manifest text as written (controls visible), in one table cell', () => {
    const shown = HOSTILE.replace('\r', '␍');
    // the Pod's name in a finding message, the justification, the suppression reason, the exclude pattern
    expect(r.text).toContain(`Pod app ${shown}`);
    expect(r.text).toContain(`reason ${shown}`);
    expect(r.text).toContain(`suppressed ${shown}`);
    expect(r.text).toContain(`legacy/${shown}`);
    // rows keep their columns: | in a name does not open a cell
    for (const row of r.html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[dh][ >]/g)!.length).toBeLessThanOrEqual(4);
  });

  it('lists justified privileges, what was not checked, and pluralises', () => {
    expect(markdown).toContain('1 object, 1 document, 1 file');
    expect(r.htmlTags).toContain('<details><summary>1 justified privilege</summary>');
    expect(r.text).toContain(`NET_RAW (c)\nreason ${HOSTILE.replace('\r', '␍')}`);
    expect(r.text).toContain('Not checked in this run');
    expect(r.text).toContain('LP202 capabilities-not-dropped: off (default: warning)');
    expect(r.text).toContain('LP201 privileged-container: note (default: error)');
    expect(r.text).toMatch(/1 finding suppressed \(1 by annotation\)/);
    expect(r.text).toContain('LP204 host-pid-ipc, by annotation: suppressed');
  });

  it('renders our code spans with their text (issue 17: not &lt;reason&gt;)', () => {
    const m = 'Say why as the annotation `justify.leastpriv.dev/cap-net-raw: "<reason>"`, or remove it.';
    const out = render(mdMessage(m));
    expect(out.text.trim()).toBe('Say why as the annotation justify.leastpriv.dev/cap-net-raw: "<reason>", or remove it.');
    expect(out.html).toContain('<code>justify.leastpriv.dev/cap-net-raw: &quot;&lt;reason&gt;&quot;</code>');
    // unpaired backticks: plain text, shown as typed
    expect(render(mdMessage('a ` b')).text.trim()).toBe('a ` b');
  });

  it('md() renders every printable ASCII string as itself', () => {
    let all = '';
    for (let c = 0x20; c < 0x7f; c++) all += String.fromCharCode(c);
    for (const s of [all, all.split('').reverse().join(''), '<a href="x">y</a>', '***', '1. list', '- item', '> quote', '    indented', '---', '[a]: https://x', 'x\\|y', '\\']) {
      const tokens = renderer.parse(`| c |\n|---|\n| ${md(s, Infinity)} |\n`, {});
      const cell = tokens[tokens.findIndex((t) => t.type === 'td_open') + 1]!;
      let text = '';
      walk([cell], (t) => {
        expect(t.type).toMatch(/^(inline|text|text_special)$/);
        if (t.type !== 'inline') text += t.content;
      });
      expect(text).toBe(s.trim());
      // and as a code span: one code_inline token with exactly the text
      const code = renderer.parseInline(mdCode(s, Infinity, false), {})[0]!.children!;
      expect(code.map((t) => t.type)).toEqual(['code_inline']);
      expect(code[0]!.content).toBe(s.trim() === s ? s : code[0]!.content);
      const inTable = renderer.parse(`| c |\n|---|\n| ${mdCode(s, Infinity)} |\n`, {});
      const cellCode = inTable[inTable.findIndex((t) => t.type === 'td_open') + 1]!.children!;
      expect(cellCode.map((t) => t.type)).toEqual(['code_inline']);
    }
    for (const s of ['`', '``a`', 'a`', ' a ', '|`|']) expect(renderer.parseInline(mdCode(s, Infinity, false), {})[0]!.children![0]!.content).toBe(s);
  });

  it('a clean run with no weakening has no "not checked" section', () => {
    const clean = audit({ sources: [{ path: 'a.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' }] });
    const m = summaryMarkdown(clean, { failOn: 'error', failed: false, sarifFile: 's', baselineMatched: 0 });
    expect(m).not.toContain('Not checked');
    expect(m).toContain('in 1 object, 1 document, 1 file');
  });
});
