import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import {
  CONFIG_NAMES
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/init.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var SCHEMA_URL = "https://raw.githubusercontent.com/leastpriv/leastpriv/main/schema/leastpriv-config.schema.json", INIT_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
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
async function runInit(args, io) {
  let { positionals } = parseCommand("init", args);
  if (positionals.length) throw new UsageError(`init takes no arguments (got '${positionals[0]}')`, "init");
  let existing = CONFIG_NAMES.map((n) => join(io.cwd, n)).find((p) => existsSync(p));
  if (existing)
    return io.stderr(`leastpriv: ${existing} already exists; not overwriting it
`), 2;
  let path = join(io.cwd, CONFIG_NAMES[0]);
  return writeFileSync(path, INIT_CONFIG, { flag: "wx" }), io.stdout(`wrote ${path}
`), 0;
}
export {
  INIT_CONFIG,
  SCHEMA_URL,
  runInit
};
