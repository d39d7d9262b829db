/**
 * The `yaml` package, loaded on first use. Most runs never need it: manifests go through the fast
 * reader (fast-yaml.ts), and the `yaml` package is the fallback for the rest of YAML and the one
 * that words syntax errors. Loading it only then keeps a one-file run's start-up short.
 *
 * In the published bundle it is a CommonJS file next to the code (`__LP_YAML_MODULE__`, set by
 * scripts/bundle.mjs), so it loads synchronously without a runtime dependency; from the sources it
 * is the installed package.
 */
import { createRequire } from 'node:module';

declare const __LP_YAML_MODULE__: string | undefined;

type YamlLib = typeof import('yaml');
const load = createRequire(import.meta.url);
let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  return (lib ??= load(typeof __LP_YAML_MODULE__ === 'string' ? __LP_YAML_MODULE__ : 'yaml') as YamlLib);
}

/** Whether the `yaml` package has been loaded in this process (for tests and profiling). */
export function yamlLoaded(): boolean {
  return lib !== undefined;
}
