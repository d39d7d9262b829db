import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  require_ajv,
  require_dist
} from "./chunk-IYKOO32C.js";
import {
  __toESM
} from "./chunk-3YYMUT7C.js";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1), import_ajv = __toESM(require_ajv(), 1);
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// schema/leastpriv-config.schema.json
var leastpriv_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/leastpriv/leastpriv/blob/main/schema/leastpriv-config.schema.json",
  title: "leastpriv configuration (.leastpriv.yaml)",
  type: "object",
  additionalProperties: !1,
  properties: {
    $schema: { type: "string" },
    profile: {
      description: "Rule profile: which rules are on, at which severity. Config below still overrides single rules.",
      type: "string",
      enum: ["leastpriv", "pss-baseline", "pss-restricted"]
    },
    kubeVersion: {
      description: "Kubernetes version whose Pod Security Admission rules the LP3xx controls follow, e.g. v1.35 (default: the newest verified policy version). Versions newer than it are evaluated as it, as Pod Security Admission does.",
      type: "string",
      pattern: "^(v?1\\.[0-9]{1,3}|latest)$"
    },
    failOn: {
      description: "Lowest severity that makes the run fail (exit 1).",
      enum: ["error", "warning", "note", "none"]
    },
    rules: {
      description: "Per rule, by code (LP201) or name (privileged-container): a severity, 'off', or { severity, options }.",
      type: "object",
      propertyNames: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" },
      additionalProperties: {
        oneOf: [
          { enum: ["error", "warning", "note", "off"] },
          {
            type: "object",
            additionalProperties: !1,
            properties: {
              severity: { enum: ["error", "warning", "note", "off"] },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    exclude: {
      description: "Paths to skip, in .gitignore syntax, relative to the folder holding the config file.",
      type: "array",
      items: { type: "string" }
    },
    gitignore: { description: "Honour .gitignore files (default true).", type: "boolean" },
    limits: {
      type: "object",
      additionalProperties: !1,
      properties: {
        maxFileSize: { description: "Bytes; larger files are reported and skipped (default 16 MiB).", type: "integer", minimum: 1 },
        maxDocuments: { description: "YAML documents per file (default 10000).", type: "integer", minimum: 1 },
        maxAliasCount: { description: "Alias expansions per document (default 10000).", type: "integer", minimum: 0 },
        maxDepth: { description: "Nesting depth: flow collections deeper than this are refused before parsing; block nesting too deep for the parser is refused too (default 200).", type: "integer", minimum: 1 }
      }
    }
  }
};

// src/input/types.ts
var DEFAULT_LIMITS = {
  maxFileSize: 16777216,
  maxDocuments: 1e4,
  maxAliasCount: 1e4,
  maxDepth: 200
};

// src/pss/version.ts
var LATEST = { major: 1, minor: 35 }, DEFAULT_KUBE_VERSION = `v1.${LATEST.minor}`;
function parseVersion(text) {
  if (text === "latest") return LATEST;
  let m = /^v?1\.(\d{1,3})$/.exec(text.trim());
  if (m)
    return { major: 1, minor: Number(m[1]) };
}
function effectiveVersion(text) {
  let v = parseVersion(text) ?? LATEST;
  return v.minor > LATEST.minor ? LATEST : v;
}
var formatVersion = (v) => `v${v.major}.${v.minor}`;

// src/config/load.ts
var ConfigError = class extends Error {
}, CONFIG_NAMES = [".leastpriv.yaml", ".leastpriv.yml"];
function findConfig(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    for (let n of CONFIG_NAMES) {
      let p = join(dir, n);
      if (existsSync(p)) return p;
    }
    let parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
var validator;
function validateConfig(data, where, knownRule) {
  if (validator ??= new import_ajv.Ajv({ allErrors: !0, strict: !1 }).compile(leastpriv_config_schema_default), !validator(data)) {
    let e = validator.errors[0], key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)", extra = e.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'` : "", allowed = e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : "";
    throw new ConfigError(`${where}: ${key}: ${e.message}${extra}${allowed}`);
  }
  let cfg = data;
  for (let id of Object.keys(cfg.rules ?? {}))
    if (!knownRule(id)) throw new ConfigError(`${where}: rules.${id}: no rule has this code or name (see 'leastpriv rules')`);
  return cfg;
}
function defaults() {
  return { profile: "leastpriv", kubeVersion: DEFAULT_KUBE_VERSION, failOn: "error", rules: {}, exclude: [], gitignore: !0, limits: { ...DEFAULT_LIMITS } };
}
function resolveConfig(file, path) {
  let d = defaults(), cfg = {
    profile: file.profile ?? d.profile,
    kubeVersion: file.kubeVersion ?? d.kubeVersion,
    failOn: file.failOn ?? d.failOn,
    rules: file.rules ?? {},
    exclude: file.exclude ?? [],
    gitignore: file.gitignore ?? !0,
    limits: { ...d.limits, ...file.limits ?? {} }
  };
  return path && (cfg.file = path), cfg;
}
function loadConfig(opts) {
  let path = opts.configPath ? resolve(opts.cwd, opts.configPath) : findConfig(opts.cwd);
  if (!path) return defaults();
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(`${path}: cannot read: ${e.code ?? e.message}`);
  }
  let data;
  try {
    data = (0, import_yaml.parse)(text, { prettyErrors: !1 }) ?? {};
  } catch (e) {
    throw new ConfigError(`${path}: not valid YAML: ${e.message.split(`
`)[0]}`);
  }
  return resolveConfig(validateConfig(data, path, opts.knownRule), path);
}

export {
  DEFAULT_LIMITS,
  parseVersion,
  effectiveVersion,
  formatVersion,
  ConfigError,
  CONFIG_NAMES,
  findConfig,
  validateConfig,
  defaults,
  resolveConfig,
  loadConfig
};
