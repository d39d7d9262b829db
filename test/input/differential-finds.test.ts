/**
 * What the kubectl differential test (kubectl-decode.test.ts, 100,000 generated manifests) found,
 * kept as plain cases: each fails closed (LP007) at its place, and kubectl is shown to read it
 * differently from a plain YAML reader (when kubectl is on the PATH).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.ts';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

const cases: [string, string, number, (o: Record<string, unknown>) => boolean][] = [
  // generated #15632: a NEL inside the comment of a `---` line; go-yaml reads `hostPID: true` after it
  ['a NEL in a --- line comment', '---\t # c\u0085hostPID: true\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: i}]\n', 1, (o) => o.hostPID === true],
  // a quoted string ending its line with an escaped quote, then a line indented less than the string:
  // go-yaml reads on to the closing quote (the `<<` line is text), the `yaml` package ended the string
  // at the line break and applied the merge, hiding the privileged container (found by
  // probing, not by the generator)
  [
    "'' then a less indented line",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    securityContext: {privileged: true}\n    workingDir: '/x''\n    \t #\n    <<: {securityContext: {privileged: false}}\n    \t # '\n",
    10,
    (o) => (o as { spec: { containers: { securityContext: { privileged: boolean } }[] } }).spec.containers[0]!.securityContext.privileged === true,
  ],
  [
    '\\" then a less indented line',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    securityContext: {privileged: true}\n    workingDir: "/x\\"\r\n    #\n    <<: {securityContext: {privileged: false}}\n    # "\n',
    10,
    (o) => (o as { spec: { containers: { securityContext: { privileged: boolean } }[] } }).spec.containers[0]!.securityContext.privileged === true,
  ],
  // a plain scalar right before `:` and `]`, `,` or `}` in a flow collection: go-yaml reads the `:` as text
  [
    '`a:` before `,` in a flow sequence',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    args: [a:, b]\n',
    9,
    (o) => JSON.stringify((o as { spec: { containers: { args: unknown }[] } }).spec.containers[0]!.args) === '["a:","b"]',
  ],
  [
    '`a :` before `}` in a flow mapping',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {a :}\nspec:\n  containers: [{name: c, image: i}]\n',
    5,
    (o) => Object.keys((o as { metadata: { labels: object } }).metadata.labels).join() === 'a :',
  ],
  // `?` in a flow collection is a key indicator to go-yaml even without a space: it hid privileged: true
  [
    '`{?privileged: true}`',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    securityContext: {?privileged: true}\n',
    9,
    (o) => (o as { spec: { containers: { securityContext: { privileged?: boolean } }[] } }).spec.containers[0]!.securityContext.privileged === true,
  ],
  [
    'a plain key, then `:` and `}` on the next line',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {a\n    :}\nspec:\n  containers: [{name: c, image: i}]\n',
    5,
    (o) => Object.keys((o as { metadata: { labels: object } }).metadata.labels).join() === 'a :',
  ],
  // generated #29846: a BOM after the first line; kubectl keeps it in the key
  ['a BOM on a later line', '---\t\n\ufeffapiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: c, image: i}]\n', 2, (o) => !('apiVersion' in o)],
];

describe('cases the kubectl differential test found', () => {
  for (const [name, text, line, kubectlSays] of cases) {
    it(`${name}: LP007 at line ${line}`, () => {
      const r = audit({ sources: [{ path: 'm.yaml', text }] });
      expect(r.findings.filter((f) => f.code === 'LP007').map((f) => [f.severity, f.region.start.line])).toEqual([['error', line]]);
    });
    it.skipIf(!kubectl)(`${name}: kubectl reads it so`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'lp-diff-'));
      try {
        writeFileSync(join(dir, 'm.yaml'), text);
        const out = spawnSync('kubectl', ['annotate', '--local', '-f', join(dir, 'm.yaml'), 'a=b', '-o', 'json'], { encoding: 'utf8' });
        expect(out.status).toBe(0);
        expect(kubectlSays(JSON.parse(out.stdout))).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
