// esbuild options for dist/, which is committed, because GitHub runs an action from the repository as
// it is, without installing anything; test/dist.test.ts fails when it is stale (buildDist).
// - The GitHub Action: dist/action.js and its chunks (ES modules, split: action.yml's `main`).
// - The CLI: dist/cli/leastpriv.cjs, src/cli/bin.ts as one CommonJS file, run by bin/leastpriv.js
//   through dist/cli/launch.cjs (src/cli/launch.ts) with a V8 code cache. CommonJS because Node 20
//   caches compiled code only for scripts (`vm.Script` cachedData), never for ES modules; one file
//   because a cache is per script, and because esbuild splits only ES modules. The commands are
//   still loaded on demand: esbuild wraps each module reached only through `import()` in a function
//   run on first import, so `--help` and `--version` run no engine, rule or reporter code
//   (test/startup-imports.test.ts, test/package.test.ts). Measured in bench/RESULTS.md, finding 23.
//
// Deterministic output: fixed absWorkingDir (paths in comments are relative to the repo), no source
// maps (they would embed paths), content-hashed chunk names, no timestamps or environment in the code.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUTDIR = 'dist';
/** The CLI's folder under dist/ (every file in it is part of the code's identity: src/cache/memo.ts codeIdentity). */
export const CLI_DIR = 'cli';
const YAML_FILE = 'yaml.cjs';

/**
 * Builds dist/ and returns every file of it, dist-relative path → content (written by
 * scripts/build.mjs, compared by test/dist.test.ts).
 * @returns {Promise<Map<string, string>>}
 */
export async function buildDist() {
  const files = new Map();
  for (const options of [bundleOptions(), cliBundleOptions()]) {
    const r = await build({ ...options, write: false });
    for (const f of r.outputFiles) files.set(relative(join(ROOT, OUTDIR), f.path), f.path.endsWith('.cjs') ? asciiOnly(f.text) : f.text);
    for (const [path, text] of [...dataFiles(r.metafile), ...(await yamlFiles(r.metafile))]) files.set(path, text);
  }
  return files;
}

/**
 * esbuild writes code as ASCII (`charset: 'ascii'`, its default, escapes the rest) but keeps some
 * comments as they are. The CLI's bundle is made all ASCII, so that the launcher takes its bytes as
 * the source's characters without decoding them (src/cli/launch.ts): what is not ASCII can only be
 * in a comment, and is written there as `\u{…}`.
 * @param {string} text
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}

/**
 * picocolors decides its default colours when it loads by reading `process.stdout.isTTY`, and the
 * first read of `process.stdout` makes the stream (for a pipe, a socket with Node's stream and net
 * modules: ~2 ms of every run; src/cli/stdio.ts writes pipes without it). leastpriv always passes
 * its colours (`createColors(color)`), so that test is left out of the bundle.
 * @type {import('esbuild').Plugin}
 */
const picocolorsWithoutStdout = {
  name: 'picocolors-without-stdout',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]picocolors[\\/]picocolors\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const test = '(p.stdout || {}).isTTY';
      if (!text.includes(test)) throw new Error(`${args.path}: no '${test}' to leave out (scripts/bundle.mjs)`);
      return { contents: text.replace(test, 'false'), loader: 'js' };
    });
  },
};

/** @returns {import('esbuild').BuildOptions} */
export function bundleOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: { action: 'src/action/main.ts' },
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
    plugins: [picocolorsWithoutStdout],
    // src/input/yaml-lib.ts loads the `yaml` package on first use from this file (see yamlFiles)
    define: { __LP_YAML_MODULE__: JSON.stringify('./' + YAML_FILE) },
    banner: { js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);" },
  };
}

/**
 * The CLI as one CommonJS file (dist/cli/leastpriv.cjs) and its launcher (dist/cli/launch.cjs).
 * `import.meta.url` is the file's own URL, as in an ES module.
 * @returns {import('esbuild').BuildOptions}
 */
export function cliBundleOptions() {
  const { chunkNames: _, ...esm } = bundleOptions();
  return {
    ...esm,
    entryPoints: { leastpriv: 'src/cli/bin.ts', launch: 'src/cli/launch.ts' },
    outdir: join(OUTDIR, CLI_DIR),
    splitting: false,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { ...esm.define, 'import.meta.url': '__lpImportMetaUrl' },
    banner: { js: "var __lpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
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
