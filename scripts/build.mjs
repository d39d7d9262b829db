// Writes the schema validators (see scripts/validators.mjs), then dist/ (see scripts/bundle.mjs). Run
// after changing anything under src/, rules/ or a schema, and commit dist/ (and the validators) with
// the change.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDist, OUTDIR, ROOT } from './bundle.mjs';
import { writeValidators } from './validators.mjs';

writeValidators();

rmSync(join(ROOT, OUTDIR), { recursive: true, force: true });
for (const [path, text] of await buildDist()) {
  mkdirSync(dirname(join(ROOT, OUTDIR, path)), { recursive: true });
  writeFileSync(join(ROOT, OUTDIR, path), text);
}
