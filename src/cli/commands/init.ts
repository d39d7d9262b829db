/**
 * `leastpriv init`: writes a commented `.leastpriv.yaml` in the working folder. The `$schema` key and
 * the yaml-language-server modeline point editors at the config's JSON Schema. Never overwrites.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAMES } from '../../config/load.ts';
import { UsageError } from '../usage.ts';
import { parseCommand } from '../options.ts';
import type { Io } from '../main.ts';

export const SCHEMA_URL = 'https://raw.githubusercontent.com/leastpriv/leastpriv/main/schema/leastpriv-config.schema.json';

export const INIT_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
# leastpriv configuration. Every key is optional; the values below are the defaults.
# Docs: https://github.com/leastpriv/leastpriv#configuration
$schema: ${SCHEMA_URL}

# Rule profile: which rules run, at which severity (leastpriv: every rule at its default).
# List them with: leastpriv rules
profile: leastpriv

# Lowest severity that fails the run (exit 1): error | warning | note | none
failOn: error

# Per rule, by code (LP201) or name (privileged-container): a severity, off, or { severity, options }.
rules: {}
#  host-pid-ipc: warning
#  capability-outside-allowlist:
#    options:
#      allow: [NET_BIND_SERVICE, NET_ADMIN, NET_RAW]

# Paths to skip (.gitignore syntax, relative to this file). Render Helm charts before auditing them.
exclude: []
#  - charts/**/templates/

# Honour .gitignore files.
gitignore: true
`;

export async function runInit(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommand('init', args);
  if (positionals.length) throw new UsageError(`init takes no arguments (got '${positionals[0]}')`, 'init');
  const existing = CONFIG_NAMES.map((n) => join(io.cwd, n)).find((p) => existsSync(p));
  if (existing) {
    // A usage error (2), not "findings" (1): nothing was audited.
    io.stderr(`leastpriv: ${existing} already exists; not overwriting it\n`);
    return 2;
  }
  const path = join(io.cwd, CONFIG_NAMES[0]!);
  writeFileSync(path, INIT_CONFIG, { flag: 'wx' });
  io.stdout(`wrote ${path}\n`);
  return 0;
}
