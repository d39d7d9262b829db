import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  require_ajv,
  require_dist
} from "./chunk-IYKOO32C.js";
import {
  __toESM
} from "./chunk-3YYMUT7C.js";

// src/live/probes/catalog.ts
var import_yaml = __toESM(require_dist(), 1), import_ajv = __toESM(require_ajv(), 1);
import { readFileSync } from "node:fs";

// src/live/probes/probe-catalog.schema.json
var probe_catalog_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://leastpriv.dev/schemas/probe-catalog.json",
  title: "leastpriv probe catalog",
  description: "Commands that `leastpriv verify` runs in containers over WebSocket exec to prove that a manifest's privileges work (and are enough).",
  type: "object",
  additionalProperties: !1,
  required: ["apiVersion", "kind", "probes"],
  properties: {
    apiVersion: { const: "leastpriv.dev/v1alpha1" },
    kind: { const: "ProbeCatalog" },
    vars: {
      description: "Values substituted for {{name}} inside command arguments. Only from catalogs, never from manifests.",
      type: "object",
      additionalProperties: { type: "string", pattern: "^[^\\u0000]*$" }
    },
    probes: {
      type: "array",
      items: { $ref: "#/definitions/probe" }
    }
  },
  definitions: {
    argv: {
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: "^[^\\u0000]*$" }
    },
    probe: {
      type: "object",
      additionalProperties: !1,
      required: ["id", "description", "target", "commands"],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
        description: { type: "string", minLength: 1 },
        target: {
          type: "object",
          additionalProperties: !1,
          required: ["selector"],
          properties: {
            namespace: { type: "string" },
            selector: {
              description: "matchLabels of the pods to probe; the workload in the manifests whose pod template carries these labels is the promise being checked.",
              type: "object",
              minProperties: 1,
              additionalProperties: { type: "string" }
            },
            container: { type: "string" },
            maxPods: { type: "integer", minimum: 1, maximum: 100 }
          }
        },
        commands: {
          description: "One or more commands, each an argument array (never a shell string); each must meet the expectation.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/argv" }
        },
        timeoutSeconds: { type: "number", exclusiveMinimum: 0, maximum: 600 },
        expect: {
          type: "object",
          additionalProperties: !1,
          properties: {
            exitCode: { type: "integer", minimum: 0, maximum: 255 },
            stdout: { type: "string", description: "A JavaScript regular expression the standard output must match." }
          }
        },
        exercises: {
          description: "The privileges this probe needs: when it fails, these are what to check.",
          type: "object",
          additionalProperties: !1,
          properties: {
            capabilities: { type: "array", items: { type: "string", pattern: "^[A-Z_]+$" } },
            hostNetwork: { type: "boolean" }
          }
        }
      }
    }
  }
};

// src/live/probes/catalog.ts
var CatalogError = class extends Error {
  name = "CatalogError";
}, validate = new import_ajv.Ajv({ allErrors: !0, strict: !0 }).compile(probe_catalog_schema_default), BUILTIN_CATALOG = new URL("./builtin.yaml", import.meta.url);
function parseCatalog(text, source) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (err) {
    throw new CatalogError(`${source}: not valid YAML: ${err.message}`);
  }
  if (!validate(doc)) {
    let errs = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join("; ");
    throw new CatalogError(`${source}: not a valid probe catalog: ${errs}`);
  }
  for (let p of doc.probes)
    if (p.expect?.stdout !== void 0)
      try {
        new RegExp(p.expect.stdout);
      } catch (err) {
        throw new CatalogError(`${source}: probe ${p.id}: expect.stdout is not a valid regular expression: ${err.message}`);
      }
  return doc;
}
function substitute(arg, vars, where) {
  return arg.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name) => {
    let v = vars[name];
    if (v === void 0) throw new CatalogError(`${where}: unknown variable {{${name}}}`);
    return v;
  });
}
function loadProbes(userFiles = [], opts = {}) {
  let catalogs = [];
  opts.builtin !== !1 && catalogs.push({ cat: parseCatalog(readFileSync(BUILTIN_CATALOG, "utf8"), "built-in catalog"), source: "built-in catalog" });
  for (let f of userFiles) {
    let text;
    try {
      text = readFileSync(f, "utf8");
    } catch (err) {
      throw new CatalogError(`cannot read probe catalog ${f}: ${err.code ?? String(err)}`);
    }
    catalogs.push({ cat: parseCatalog(text, f), source: f });
  }
  let vars = {};
  for (let { cat } of catalogs) Object.assign(vars, cat.vars ?? {});
  let byId = /* @__PURE__ */ new Map();
  for (let { cat, source } of catalogs)
    for (let p of cat.probes)
      byId.set(p.id, {
        ...p,
        commands: p.commands.map((argv) => argv.map((a) => substitute(a, vars, `${source}: probe ${p.id}`))),
        timeoutSeconds: p.timeoutSeconds ?? 30,
        expect: { exitCode: p.expect?.exitCode ?? 0, stdout: p.expect?.stdout },
        source
      });
  return [...byId.values()];
}

export {
  CatalogError,
  BUILTIN_CATALOG,
  parseCatalog,
  loadProbes
};
