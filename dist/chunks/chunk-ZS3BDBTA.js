import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";

// src/live/probes/catalog.ts
import { readFileSync } from "node:fs";

// src/live/probes/catalog-validator.gen.js
var catalog_validator_gen_default = validate10;
var pattern0 = new RegExp("^[^\\u0000]*$", "u");
var pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u"), pattern3 = new RegExp("^[A-Z_]+$", "u"), func2 = (function(s) {
  let n = 0;
  for (let _ of s) n++;
  return n;
});
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.description === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.target === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.commands === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "id" || key0 === "description" || key0 === "target" || key0 === "commands" || key0 === "timeoutSeconds" || key0 === "expect" || key0 === "exercises")) {
        let err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 == "string") {
        if (!pattern1.test(data0)) {
          let err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      } else {
        let err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 == "string") {
        if (func2(data1) < 1) {
          let err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      } else {
        let err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.selector === void 0) {
          let err9 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "namespace" || key1 === "selector" || key1 === "container" || key1 === "maxPods")) {
            let err10 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data2.namespace !== void 0 && typeof data2.namespace != "string") {
          let err11 = { instancePath: instancePath + "/target/namespace", schemaPath: "#/properties/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        if (data2.selector !== void 0) {
          let data4 = data2.selector;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length < 1) {
              let err12 = { instancePath: instancePath + "/target/selector", schemaPath: "#/properties/target/properties/selector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
            for (let key2 in data4)
              if (typeof data4[key2] != "string") {
                let err13 = { instancePath: instancePath + "/target/selector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/target/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
          } else {
            let err14 = { instancePath: instancePath + "/target/selector", schemaPath: "#/properties/target/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.container !== void 0 && typeof data2.container != "string") {
          let err15 = { instancePath: instancePath + "/target/container", schemaPath: "#/properties/target/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        if (data2.maxPods !== void 0) {
          let data7 = data2.maxPods;
          if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            let err16 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 100 || isNaN(data7)) {
              let err17 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              let err18 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.commands !== void 0) {
      let data8 = data.commands;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          let err20 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        let len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (Array.isArray(data9)) {
            if (data9.length < 1) {
              let err21 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
            let len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data10 = data9[i1];
              if (typeof data10 == "string") {
                if (!pattern0.test(data10)) {
                  let err22 = { instancePath: instancePath + "/commands/" + i0 + "/" + i1, schemaPath: "#/definitions/argv/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000]*$" }, message: 'must match pattern "^[^\\u0000]*$"' };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
              } else {
                let err23 = { instancePath: instancePath + "/commands/" + i0 + "/" + i1, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
          } else {
            let err24 = { instancePath: instancePath + "/commands/" + i0, schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
      } else {
        let err25 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data11 = data.timeoutSeconds;
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 > 600 || isNaN(data11)) {
          let err26 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
          vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
        }
        if (data11 <= 0 || isNaN(data11)) {
          let err27 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
        }
      } else {
        let err28 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.expect !== void 0) {
      let data12 = data.expect;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (let key3 in data12)
          if (!(key3 === "exitCode" || key3 === "stdout")) {
            let err29 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        if (data12.exitCode !== void 0) {
          let data13 = data12.exitCode;
          if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            let err30 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 255 || isNaN(data13)) {
              let err31 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              let err32 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
          }
        }
        if (data12.stdout !== void 0 && typeof data12.stdout != "string") {
          let err33 = { instancePath: instancePath + "/expect/stdout", schemaPath: "#/properties/expect/properties/stdout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
      } else {
        let err34 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
      }
    }
    if (data.exercises !== void 0) {
      let data15 = data.exercises;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (let key4 in data15)
          if (!(key4 === "capabilities" || key4 === "hostNetwork")) {
            let err35 = { instancePath: instancePath + "/exercises", schemaPath: "#/properties/exercises/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        if (data15.capabilities !== void 0) {
          let data16 = data15.capabilities;
          if (Array.isArray(data16)) {
            let len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data17 = data16[i2];
              if (typeof data17 == "string") {
                if (!pattern3.test(data17)) {
                  let err36 = { instancePath: instancePath + "/exercises/capabilities/" + i2, schemaPath: "#/properties/exercises/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z_]+$" }, message: 'must match pattern "^[A-Z_]+$"' };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              } else {
                let err37 = { instancePath: instancePath + "/exercises/capabilities/" + i2, schemaPath: "#/properties/exercises/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
          } else {
            let err38 = { instancePath: instancePath + "/exercises/capabilities", schemaPath: "#/properties/exercises/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data15.hostNetwork !== void 0 && typeof data15.hostNetwork != "boolean") {
          let err39 = { instancePath: instancePath + "/exercises/hostNetwork", schemaPath: "#/properties/exercises/properties/hostNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
      } else {
        let err40 = { instancePath: instancePath + "/exercises", schemaPath: "#/properties/exercises/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
  } else {
    let err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.probes === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "probes" }, message: "must have required property 'probes'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "vars" || key0 === "probes")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.apiVersion !== void 0 && data.apiVersion !== "leastpriv.dev/v1alpha1") {
      let err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "leastpriv.dev/v1alpha1" }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.kind !== void 0 && data.kind !== "ProbeCatalog") {
      let err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ProbeCatalog" }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    if (data.vars !== void 0) {
      let data2 = data.vars;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2))
        for (let key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 == "string") {
            if (!pattern0.test(data3)) {
              let err6 = { instancePath: instancePath + "/vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000]*$" }, message: 'must match pattern "^[^\\u0000]*$"' };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
          } else {
            let err7 = { instancePath: instancePath + "/vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        }
      else {
        let err8 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.probes !== void 0) {
      let data4 = data.probes;
      if (Array.isArray(data4)) {
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++)
          validate11(data4[i0], { instancePath: instancePath + "/probes/" + i0, parentData: data4, parentDataProperty: i0, rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
      } else {
        let err9 = { instancePath: instancePath + "/probes", schemaPath: "#/properties/probes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
  } else {
    let err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/live/probes/catalog.ts
var CatalogError = class extends Error {
  name = "CatalogError";
}, validate = catalog_validator_gen_default, BUILTIN_CATALOG = new URL("./builtin.yaml", import.meta.url);
function parseCatalog(text, source) {
  let doc;
  try {
    doc = yamlLib().parse(text);
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
