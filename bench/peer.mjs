// Peer: @monokle/validation 0.33 with its Pod Security Standards plugin on the same files, fed the
// way its CLI does (each YAML document becomes a resource with its text and parsed content).
// Its security-policy plugin (open-policy-agent) downloads its policy (trivy.wasm) from a CDN when
// configured, so it cannot run offline: see bench/RESULTS.md. Usage: node peer.mjs DIR
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createRequire } from 'node:module';
import { manifestFiles } from './files.mjs';

const require = createRequire(new URL('./peer/package.json', import.meta.url));
const peerEntry = require.resolve('@monokle/validation');
const m = await import(`file://${peerEntry}`);
const { parseAllDocuments } = await import(`file://${require.resolve('yaml')}`);

const root = process.argv[2];
const resources = [];
for (const f of manifestFiles(root)) {
  const text = readFileSync(f, 'utf8');
  let docs;
  try {
    docs = parseAllDocuments(text, { strict: false, logLevel: 'error' });
  } catch {
    continue;
  }
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    let c;
    try {
      c = d.toJS();
    } catch {
      continue;
    }
    if (!c || typeof c !== 'object' || typeof c.apiVersion !== 'string' || typeof c.kind !== 'string') continue;
    const [s, , e] = d.range;
    const id = String(resources.length);
    resources.push({
      id, fileId: f, filePath: relative(root, f), fileOffset: s, text: text.slice(s, e), content: c,
      name: String(c.metadata?.name ?? ''), apiVersion: c.apiVersion, kind: c.kind,
      ...(typeof c.metadata?.namespace === 'string' ? { namespace: c.metadata.namespace } : {}),
    });
  }
}
const v = new m.MonokleValidator({
  loader: new m.RemotePluginLoader(m.requireFromStringCustomPluginLoader),
  parser: new m.ResourceParser(),
  schemaLoader: new m.SchemaLoader(),
  suppressors: [new m.AnnotationSuppressor(), new m.FingerprintSuppressor()],
  fixer: new m.DisabledFixer(),
});
await v.preload({ plugins: { 'pod-security-standards': true } });
const r = await v.validate({ resources });
process.stdout.write(JSON.stringify({ documents: resources.length, results: r.runs[0].results.length }) + '\n');
