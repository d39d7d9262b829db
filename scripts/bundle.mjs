// esbuild options for dist/: the CLI (dist/cli.js, run by bin/leastpriv.js) and the GitHub Action
// (dist/action.js, action.yml's `main`) share chunks. dist/ is committed, because GitHub runs an
// action from the repository as it is, without installing anything; test/dist.test.ts fails when it
// is stale.
//
// Deterministic output: fixed absWorkingDir (paths in comments are relative to the repo), no source
// maps (they would embed paths), content-hashed chunk names, no timestamps or environment in the code.
// Code splitting keeps `--help`/`--version` from loading the engine, the rules or the YAML parser:
// commands are imported on demand.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTDIR = 'dist';
const YAML_FILE = 'yaml.cjs';

/** @returns {import('esbuild').BuildOptions} */
export function bundleOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/bin.ts', action: 'src/action/main.ts' },
    outdir: OUTDIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: false,
    legalComments: 'eof',
    minifySyntax: true,
    packages: 'bundle',
    logLevel: 'warning',
    metafile: true,
    // src/input/yaml-lib.ts loads the `yaml` package on first use from this file (see yamlFiles)
    define: { __LP_YAML_MODULE__: JSON.stringify('./' + YAML_FILE) },
    banner: { js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);" },
  };
}

/**
 * Data files read at run time next to the code that loads them (`new URL('./x', import.meta.url)`),
 * copied beside the output file that holds that code. Returns dist-relative path → content.
 * @param {import('esbuild').Metafile} metafile
 */
export function dataFiles(metafile) {
  const DATA = [{ source: 'src/live/probes/catalog.ts', file: 'src/live/probes/builtin.yaml' }];
  const out = new Map();
  for (const { source, file } of DATA) {
    for (const [output, meta] of Object.entries(metafile.outputs)) {
      if (!(source in meta.inputs)) continue;
      const dir = dirname(relative(OUTDIR, output));
      out.set(join(dir, basename(file)), readFileSync(join(ROOT, file), 'utf8'));
    }
  }
  return out;
}

/**
 * The `yaml` package as one CommonJS file beside the code that loads it (src/input/yaml-lib.ts), so
 * that it loads synchronously and only when needed (the fast reader handles most manifests).
 * Returns dist-relative path → content.
 * @param {import('esbuild').Metafile} metafile
 */
export async function yamlFiles(metafile) {
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: ['node_modules/yaml/dist/index.js'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'eof',
    write: false,
    logLevel: 'warning',
  });
  const text = r.outputFiles[0].text;
  const out = new Map();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if ('src/input/yaml-lib.ts' in meta.inputs) out.set(join(dirname(relative(OUTDIR, output)), YAML_FILE), text);
  }
  return out;
}
