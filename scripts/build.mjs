// Writes dist/ (see scripts/bundle.mjs). Run after changing anything under src/ or rules/, and
// commit dist/ with the change.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleOptions, dataFiles, OUTDIR, ROOT } from './bundle.mjs';

rmSync(join(ROOT, OUTDIR), { recursive: true, force: true });
const result = await build(bundleOptions());
for (const [path, text] of dataFiles(result.metafile)) {
  mkdirSync(dirname(join(ROOT, OUTDIR, path)), { recursive: true });
  writeFileSync(join(ROOT, OUTDIR, path), text);
}
