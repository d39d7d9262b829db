// Regenerates rules/*.md and the README rule table from rule metadata, and the README usage
// reference from the option table (src/cli/options.ts).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'leastpriv-docs-'));
const out = join(dir, 'generate.mjs');
await build({ entryPoints: ['src/docs/generate.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
const gen = await import(pathToFileURL(out).href);
for (const [path, text] of gen.ruleDocs()) writeFileSync(path, text);
writeFileSync('README.md', gen.withUsage(gen.withRuleTable(readFileSync('README.md', 'utf8'))));
rmSync(dir, { recursive: true, force: true });
console.log('rule docs, README rule table and README usage written');
