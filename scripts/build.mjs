// Bundles the CLI into build/ with esbuild. Code splitting keeps `--help`/`--version` from loading
// the engine, the rules or the YAML parser: commands are imported on demand.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

rmSync(new URL('../build', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'build',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minifyWhitespace: false,
  packages: 'bundle',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);" },
});
// The built-in probe catalog is data read next to the code that loads it (src/live/probes/catalog.ts).
cpSync(new URL('../src/live/probes/builtin.yaml', import.meta.url), new URL('../build/builtin.yaml', import.meta.url));
