import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";
import {
  didYouMean
} from "./chunk-2PPMHZ32.js";

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/config/config-validator.gen.js
var config_validator_gen_default = validate10, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://github.com/leastpriv/leastpriv/blob/main/schema/leastpriv-config.schema.json", title: "leastpriv configuration (.leastpriv.yaml)", type: "object", additionalProperties: !1, properties: { $schema: { type: "string" }, profile: { description: "Rule profile: which rules are on, at which severity. Config below still overrides single rules.", type: "string", enum: ["leastpriv", "pss-baseline", "pss-restricted"] }, kubeVersion: { description: "Kubernetes version whose Pod Security Admission rules the LP3xx controls follow, e.g. v1.35 (default: the newest verified policy version). Versions newer than it are evaluated as it, as Pod Security Admission does.", type: "string", pattern: "^(v?1\\.[0-9]{1,3}|latest)$" }, failOn: { description: "Lowest severity that makes the run fail (exit 1).", enum: ["error", "warning", "note", "none"] }, rules: { description: "Per rule, by code (LP201) or name (privileged-container): a severity, 'off', or { severity, options }.", type: "object", propertyNames: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" }, additionalProperties: { oneOf: [{ enum: ["error", "warning", "note", "off"] }, { type: "object", additionalProperties: !1, properties: { severity: { enum: ["error", "warning", "note", "off"] }, options: { type: "object" } } }] } }, exclude: { description: "Paths to skip, in .gitignore syntax, relative to the folder holding the config file.", type: "array", items: { type: "string" } }, gitignore: { description: "Honour .gitignore files (default true).", type: "boolean" }, render: { description: "Render kustomization roots and Flux Kustomizations with kustomize before auditing, and map findings back to the lines that set each value (default true).", type: "boolean" }, kustomizeCommand: { description: "The kustomize to run: `kubectl` (runs `kubectl kustomize`, the default) or a `kustomize` binary (runs `kustomize build`).", type: "string", minLength: 1 }, limits: { type: "object", additionalProperties: !1, properties: { maxFileSize: { description: "Bytes; larger files are reported and skipped (default 16 MiB).", type: "integer", minimum: 1 }, maxDocuments: { description: "YAML documents per file (default 10000).", type: "integer", minimum: 1 }, maxAliasCount: { description: "Alias expansions per document (default 10000).", type: "integer", minimum: 0 }, maxDepth: { description: "Nesting depth: flow collections deeper than this are refused before parsing; block nesting too deep for the parser is refused too (default 200).", type: "integer", minimum: 1 } } } } }, func2 = Object.prototype.hasOwnProperty, func3 = (function(s) {
  let n = 0;
  for (let _ of s) n++;
  return n;
}), pattern0 = new RegExp("^(v?1\\.[0-9]{1,3}|latest)$", "u"), pattern1 = new RegExp("^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.$schema !== void 0 && typeof data.$schema != "string") {
      let err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.profile !== void 0) {
      let data1 = data.profile;
      if (typeof data1 != "string") {
        let err2 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      if (!(data1 === "leastpriv" || data1 === "pss-baseline" || data1 === "pss-restricted")) {
        let err3 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.profile.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.kubeVersion !== void 0) {
      let data2 = data.kubeVersion;
      if (typeof data2 == "string") {
        if (!pattern0.test(data2)) {
          let err4 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^(v?1\\.[0-9]{1,3}|latest)$" }, message: 'must match pattern "^(v?1\\.[0-9]{1,3}|latest)$"' };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data3 = data.failOn;
      if (!(data3 === "error" || data3 === "warning" || data3 === "note" || data3 === "none")) {
        let err6 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data4 = data.rules;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (let key1 in data4) {
          let _errs11 = errors;
          if (typeof key1 == "string" && !pattern1.test(key1)) {
            let err7 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$" }, message: 'must match pattern "^(LP[0-9]{3,4}|[a-z0-9]+(-[a-z0-9]+)*)$"', propertyName: key1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
          var valid1 = _errs11 === errors;
          if (!valid1) {
            let err8 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        for (let key2 in data4) {
          let data5 = data4[key2], _errs14 = errors, valid3 = !1, passing0 = null, _errs15 = errors;
          if (!(data5 === "error" || data5 === "warning" || data5 === "note" || data5 === "off")) {
            let err9 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
          var _valid0 = _errs15 === errors;
          _valid0 && (valid3 = !0, passing0 = 0);
          let _errs16 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (let key3 in data5)
              if (!(key3 === "severity" || key3 === "options")) {
                let err10 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            if (data5.severity !== void 0) {
              let data6 = data5.severity;
              if (!(data6 === "error" || data6 === "warning" || data6 === "note" || data6 === "off")) {
                let err11 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data5.options !== void 0) {
              let data7 = data5.options;
              if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                let err12 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/rules/additionalProperties/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
          } else {
            let err13 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
          var _valid0 = _errs16 === errors;
          if (_valid0 && valid3 ? (valid3 = !1, passing0 = [passing0, 1]) : _valid0 && (valid3 = !0, passing0 = 1), valid3)
            errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null);
          else {
            let err14 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data8 = data.exclude;
      if (Array.isArray(data8)) {
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++)
          if (typeof data8[i0] != "string") {
            let err16 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
      } else {
        let err17 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    }
    if (data.gitignore !== void 0 && typeof data.gitignore != "boolean") {
      let err18 = { instancePath: instancePath + "/gitignore", schemaPath: "#/properties/gitignore/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
    }
    if (data.render !== void 0 && typeof data.render != "boolean") {
      let err19 = { instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
    }
    if (data.kustomizeCommand !== void 0) {
      let data12 = data.kustomizeCommand;
      if (typeof data12 == "string") {
        if (func3(data12) < 1) {
          let err20 = { instancePath: instancePath + "/kustomizeCommand", schemaPath: "#/properties/kustomizeCommand/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
      } else {
        let err21 = { instancePath: instancePath + "/kustomizeCommand", schemaPath: "#/properties/kustomizeCommand/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
      }
    }
    if (data.limits !== void 0) {
      let data13 = data.limits;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (let key4 in data13)
          if (!(key4 === "maxFileSize" || key4 === "maxDocuments" || key4 === "maxAliasCount" || key4 === "maxDepth")) {
            let err22 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data13.maxFileSize !== void 0) {
          let data14 = data13.maxFileSize;
          if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14))) {
            let err23 = { instancePath: instancePath + "/limits/maxFileSize", schemaPath: "#/properties/limits/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
          if (typeof data14 == "number" && (data14 < 1 || isNaN(data14))) {
            let err24 = { instancePath: instancePath + "/limits/maxFileSize", schemaPath: "#/properties/limits/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data13.maxDocuments !== void 0) {
          let data15 = data13.maxDocuments;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15))) {
            let err25 = { instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
          if (typeof data15 == "number" && (data15 < 1 || isNaN(data15))) {
            let err26 = { instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        if (data13.maxAliasCount !== void 0) {
          let data16 = data13.maxAliasCount;
          if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16))) {
            let err27 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
          if (typeof data16 == "number" && (data16 < 0 || isNaN(data16))) {
            let err28 = { instancePath: instancePath + "/limits/maxAliasCount", schemaPath: "#/properties/limits/properties/maxAliasCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data13.maxDepth !== void 0) {
          let data17 = data13.maxDepth;
          if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17))) {
            let err29 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (typeof data17 == "number" && (data17 < 1 || isNaN(data17))) {
            let err30 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
      } else {
        let err31 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
  } else {
    let err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/input/types.ts
var DEFAULT_LIMITS = {
  maxFileSize: 16777216,
  maxDocuments: 1e4,
  maxAliasCount: 1e4,
  maxDepth: 200
};

// src/pss/version.ts
var LATEST = { major: 1, minor: 37 }, DEFAULT_KUBE_VERSION = `v1.${LATEST.minor}`;
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
    render: { description: "Render kustomization roots and Flux Kustomizations with kustomize before auditing, and map findings back to the lines that set each value (default true).", type: "boolean" },
    kustomizeCommand: { description: "The kustomize to run: `kubectl` (runs `kubectl kustomize`, the default) or a `kustomize` binary (runs `kustomize build`).", type: "string", minLength: 1 },
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

// src/config/rule-options.ts
var KEYWORDS = /* @__PURE__ */ new Set(["type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "pattern", "minLength", "minimum", "maximum", "description", "default"]);
function unsupportedKeywords(schema) {
  let out = [];
  for (let [k, v] of Object.entries(schema)) {
    if (KEYWORDS.has(k) || out.push(k), k === "properties") for (let s of Object.values(v)) out.push(...unsupportedKeywords(s));
    (k === "items" || k === "additionalProperties") && typeof v == "object" && v !== null && out.push(...unsupportedKeywords(v));
  }
  return out;
}
var typeOf = (v) => v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v, typeMatches = (want, v) => typeOf(v) === want || want === "number" && typeof v == "number", shown = (v) => typeof v == "string" ? `'${v}'` : JSON.stringify(v);
function checkOptions(schema, value, path = "") {
  let bad = unsupportedKeywords(schema);
  if (bad.length) throw new Error(`rule options schema uses unsupported keyword(s): ${bad.join(", ")}`);
  let at = (p, k) => p ? `${p}.${k}` : String(k);
  if (typeof schema.type == "string" && !typeMatches(schema.type, value)) return { path, message: `must be ${schema.type === "array" ? "a list" : schema.type === "object" ? "a mapping" : `a ${schema.type}`}, not ${typeOf(value) === "array" ? "a list" : typeOf(value) === "object" ? "a mapping" : `${typeOf(value)} ${shown(value)}`}` };
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) return { path, message: `must be one of ${schema.enum.map(shown).join(", ")}, not ${shown(value)}` };
  if ("const" in schema && schema.const !== value) return { path, message: `must be ${shown(schema.const)}` };
  if (typeof value == "string") {
    if (typeof schema.minLength == "number" && [...value].length < schema.minLength) return { path, message: `must be at least ${schema.minLength} characters` };
    if (typeof schema.pattern == "string" && !new RegExp(schema.pattern, "u").test(value)) return { path, message: `must match ${schema.pattern}, not ${shown(value)}` };
  }
  if (typeof value == "number") {
    if (typeof schema.minimum == "number" && value < schema.minimum) return { path, message: `must be at least ${schema.minimum}` };
    if (typeof schema.maximum == "number" && value > schema.maximum) return { path, message: `must be at most ${schema.maximum}` };
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems == "number" && value.length < schema.minItems) return { path, message: `must have at least ${schema.minItems} item(s)` };
    if (typeof schema.maxItems == "number" && value.length > schema.maxItems) return { path, message: `must have at most ${schema.maxItems} item(s)` };
    if (schema.uniqueItems === !0) {
      let seen = /* @__PURE__ */ new Set();
      for (let v of value) {
        let k = JSON.stringify(v);
        if (seen.has(k)) return { path, message: `must not repeat ${shown(v)}` };
        seen.add(k);
      }
    }
    if (schema.items && typeof schema.items == "object")
      for (let i = 0; i < value.length; i++) {
        let p = checkOptions(schema.items, value[i], at(path, i));
        if (p) return p;
      }
  }
  if (typeOf(value) === "object") {
    let obj = value, props = schema.properties ?? {};
    for (let r of schema.required ?? []) if (!(r in obj)) return { path, message: `needs the key '${r}'` };
    for (let [k, v] of Object.entries(obj))
      if (k in props) {
        let p = checkOptions(props[k], v, at(path, k));
        if (p) return p;
      } else {
        if (schema.additionalProperties === !1)
          return { path: at(path, k), message: "is not an option of this rule", unknownKey: { key: k, allowed: Object.keys(props) } };
        if (typeof schema.additionalProperties == "object" && schema.additionalProperties !== null) {
          let p = checkOptions(schema.additionalProperties, v, at(path, k));
          if (p) return p;
        }
      }
  }
}

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
var TOP_KEYS = () => Object.keys(leastpriv_config_schema_default.properties);
function validateConfig(data, whereArg, knownRule) {
  let at = (path) => typeof whereArg == "string" ? whereArg : whereArg(path), where = at([]);
  if (data && typeof data == "object" && typeof data.kubeVersion == "number") {
    let n = data.kubeVersion;
    throw new ConfigError(`${at(["kubeVersion"])}: kubeVersion: ${String(n)} is read by YAML as a number (1.30 would become 1.3): quote it, kubeVersion: "v${String(n)}"`);
  }
  if (!config_validator_gen_default(data)) {
    let e = config_validator_gen_default.errors[0], key = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)", extra = e.params && "additionalProperty" in e.params ? ` '${String(e.params.additionalProperty)}'${unknownKeyHint(String(e.params.additionalProperty), e.instancePath)}` : "", allowed = e.params && "allowedValues" in e.params ? ` (${e.params.allowedValues.join(", ")})` : "", path = e.instancePath ? e.instancePath.slice(1).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
    throw e.params && "additionalProperty" in e.params && path.push(String(e.params.additionalProperty)), new ConfigError(`${at(path)}: ${key}: ${e.message}${extra}${allowed}`);
  }
  let cfg = data;
  for (let [id, setting] of Object.entries(cfg.rules ?? {})) {
    if (!knownRule(id)) {
      let hint2 = knownRule.ids ? didYouMean(id, knownRule.ids()) : void 0;
      throw new ConfigError(`${at(["rules", id])}: rules.${id}: no rule has this code or name${hint2 ? `; did you mean ${hint2}?` : ""} (see 'leastpriv rules')`);
    }
    if (typeof setting != "object" || setting.options === void 0 || !knownRule.optionsSchema) continue;
    let schema = knownRule.optionsSchema(id);
    if (!schema) throw new ConfigError(`${at(["rules", id, "options"])}: rules.${id}.options: this rule takes no options`);
    let p = checkOptions(schema, setting.options);
    if (!p) continue;
    let key = `rules.${id}.options${p.path ? "." + p.path : ""}`, hint = p.unknownKey ? didYouMean(p.unknownKey.key, p.unknownKey.allowed) : void 0, allowed = p.unknownKey ? ` (options: ${p.unknownKey.allowed.join(", ") || "none"})` : "";
    throw new ConfigError(`${at(["rules", id, "options", ...p.path ? p.path.split(".") : []])}: ${key}: ${p.message}${hint ? `; did you mean ${hint}?` : allowed}`);
  }
  return cfg;
}
function unknownKeyHint(key, instancePath) {
  if (instancePath !== "") return "";
  let hint = didYouMean(key, TOP_KEYS());
  return hint ? `; did you mean ${hint}?` : "";
}
function defaults() {
  return { profile: "leastpriv", kubeVersion: DEFAULT_KUBE_VERSION, failOn: "error", rules: {}, exclude: [], gitignore: !0, limits: { ...DEFAULT_LIMITS }, render: !0, kustomizeCommand: "kubectl" };
}
function resolveConfig(file, path) {
  let d = defaults(), cfg = {
    profile: file.profile ?? d.profile,
    kubeVersion: file.kubeVersion ?? d.kubeVersion,
    failOn: file.failOn ?? d.failOn,
    rules: file.rules ?? {},
    exclude: file.exclude ?? [],
    gitignore: file.gitignore ?? !0,
    render: file.render ?? !0,
    kustomizeCommand: file.kustomizeCommand ?? "kubectl",
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
  return configFromText(text, path, opts.knownRule);
}
function configFromText(text, path, knownRule, label = path) {
  let data, doc;
  try {
    if (doc = yamlLib().parseDocument(text, { prettyErrors: !1 }), doc.errors.length) throw doc.errors[0];
    data = doc.toJS() ?? {};
    let node = typeof (data && typeof data == "object" ? data.kubeVersion : void 0) == "number" ? doc.get("kubeVersion", !0) : void 0, written = node?.range ? text.slice(node.range[0], node.range[1]).trim() : "";
    /^1\.\d{1,3}$/.test(written) && (data.kubeVersion = `v${written}`);
  } catch (e) {
    throw new ConfigError(`${label}: not valid YAML: ${e.message.split(`
`)[0]}`);
  }
  return resolveConfig(validateConfig(data, (keyPath) => {
    for (let n = keyPath.length; n > 0; n--) {
      let node = doc.getIn(keyPath.slice(0, n).map((k) => typeof k == "string" && /^\d+$/.test(k) ? Number(k) : k), !0);
      if (node?.range) return `${label}:${text.slice(0, node.range[0]).split(`
`).length}`;
    }
    return label;
  }, knownRule), path);
}

export {
  DEFAULT_LIMITS,
  LATEST,
  parseVersion,
  effectiveVersion,
  formatVersion,
  ConfigError,
  CONFIG_NAMES,
  findConfig,
  validateConfig,
  defaults,
  resolveConfig,
  loadConfig,
  configFromText
};
