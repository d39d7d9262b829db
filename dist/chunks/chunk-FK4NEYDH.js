import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";

// src/live/probes/catalog.ts
import { readFileSync } from "node:fs";

// src/live/probes/catalog-validator.gen.js
var catalog_validator_gen_default = validate10;
var pattern0 = new RegExp("^[^\\u0000]*$", "u");
var schema13 = { description: "A Kubernetes label selector (metav1.LabelSelector) over the pod template's labels: matchLabels and matchExpressions, ANDed.", type: "object", additionalProperties: !1, minProperties: 1, properties: { matchLabels: { type: "object", additionalProperties: { type: "string" } }, matchExpressions: { type: "array", items: { type: "object", additionalProperties: !1, required: ["key", "operator"], properties: { key: { type: "string", minLength: 1 }, operator: { enum: ["In", "NotIn", "Exists", "DoesNotExist"] }, values: { type: "array", items: { type: "string" } } } } } } };
var pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u"), pattern2 = new RegExp("^[A-Za-z]+/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u"), pattern4 = new RegExp("^[A-Z_]+$", "u"), func2 = (function(s) {
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
    if (data.commands === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property 'commands'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "id" || key0 === "description" || key0 === "target" || key0 === "commands" || key0 === "timeoutSeconds" || key0 === "expect" || key0 === "exercises")) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 == "string") {
        if (!pattern1.test(data0)) {
          let err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 == "string") {
        if (func2(data1) < 1) {
          let err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          let err8 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "namespace" || key1 === "workload" || key1 === "selector" || key1 === "labelSelector" || key1 === "container" || key1 === "maxPods")) {
            let err9 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
        if (data2.namespace !== void 0) {
          let data3 = data2.namespace;
          if (typeof data3 == "string") {
            if (func2(data3) < 1) {
              let err10 = { instancePath: instancePath + "/target/namespace", schemaPath: "#/properties/target/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/target/namespace", schemaPath: "#/properties/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data2.workload !== void 0) {
          let data4 = data2.workload;
          if (typeof data4 == "string") {
            if (!pattern2.test(data4)) {
              let err12 = { instancePath: instancePath + "/target/workload", schemaPath: "#/properties/target/properties/workload/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[A-Za-z]+/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"' };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
          } else {
            let err13 = { instancePath: instancePath + "/target/workload", schemaPath: "#/properties/target/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data2.selector !== void 0) {
          let data5 = data2.selector;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (Object.keys(data5).length < 1) {
              let err14 = { instancePath: instancePath + "/target/selector", schemaPath: "#/properties/target/properties/selector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            for (let key2 in data5)
              if (typeof data5[key2] != "string") {
                let err15 = { instancePath: instancePath + "/target/selector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/target/properties/selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
          } else {
            let err16 = { instancePath: instancePath + "/target/selector", schemaPath: "#/properties/target/properties/selector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data2.labelSelector !== void 0) {
          let data7 = data2.labelSelector;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length < 1) {
              let err17 = { instancePath: instancePath + "/target/labelSelector", schemaPath: "#/definitions/labelSelector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            for (let key3 in data7)
              if (!(key3 === "matchLabels" || key3 === "matchExpressions")) {
                let err18 = { instancePath: instancePath + "/target/labelSelector", schemaPath: "#/definitions/labelSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            if (data7.matchLabels !== void 0) {
              let data8 = data7.matchLabels;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (let key4 in data8)
                  if (typeof data8[key4] != "string") {
                    let err19 = { instancePath: instancePath + "/target/labelSelector/matchLabels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/labelSelector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
              } else {
                let err20 = { instancePath: instancePath + "/target/labelSelector/matchLabels", schemaPath: "#/definitions/labelSelector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data7.matchExpressions !== void 0) {
              let data10 = data7.matchExpressions;
              if (Array.isArray(data10)) {
                let len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.key === void 0) {
                      let err21 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                    }
                    if (data11.operator === void 0) {
                      let err22 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
                      vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                    }
                    for (let key5 in data11)
                      if (!(key5 === "key" || key5 === "operator" || key5 === "values")) {
                        let err23 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                      }
                    if (data11.key !== void 0) {
                      let data12 = data11.key;
                      if (typeof data12 == "string") {
                        if (func2(data12) < 1) {
                          let err24 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0 + "/key", schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                        }
                      } else {
                        let err25 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0 + "/key", schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                      }
                    }
                    if (data11.operator !== void 0) {
                      let data13 = data11.operator;
                      if (!(data13 === "In" || data13 === "NotIn" || data13 === "Exists" || data13 === "DoesNotExist")) {
                        let err26 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0 + "/operator", schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/properties/operator/enum", keyword: "enum", params: { allowedValues: schema13.properties.matchExpressions.items.properties.operator.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                      }
                    }
                    if (data11.values !== void 0) {
                      let data14 = data11.values;
                      if (Array.isArray(data14)) {
                        let len1 = data14.length;
                        for (let i1 = 0; i1 < len1; i1++)
                          if (typeof data14[i1] != "string") {
                            let err27 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0 + "/values/" + i1, schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                          }
                      } else {
                        let err28 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0 + "/values", schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                      }
                    }
                  } else {
                    let err29 = { instancePath: instancePath + "/target/labelSelector/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelector/properties/matchExpressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                }
              } else {
                let err30 = { instancePath: instancePath + "/target/labelSelector/matchExpressions", schemaPath: "#/definitions/labelSelector/properties/matchExpressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
          } else {
            let err31 = { instancePath: instancePath + "/target/labelSelector", schemaPath: "#/definitions/labelSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data2.container !== void 0 && typeof data2.container != "string") {
          let err32 = { instancePath: instancePath + "/target/container", schemaPath: "#/properties/target/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
        }
        if (data2.maxPods !== void 0) {
          let data17 = data2.maxPods;
          if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
            let err33 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 100 || isNaN(data17)) {
              let err34 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              let err35 = { instancePath: instancePath + "/target/maxPods", schemaPath: "#/properties/target/properties/maxPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.commands !== void 0) {
      let data18 = data.commands;
      if (Array.isArray(data18)) {
        if (data18.length < 1) {
          let err37 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
        let len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              let err38 = { instancePath: instancePath + "/commands/" + i2, schemaPath: "#/definitions/argv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
            }
            let len3 = data19.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data20 = data19[i3];
              if (typeof data20 == "string") {
                if (!pattern0.test(data20)) {
                  let err39 = { instancePath: instancePath + "/commands/" + i2 + "/" + i3, schemaPath: "#/definitions/argv/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000]*$" }, message: 'must match pattern "^[^\\u0000]*$"' };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              } else {
                let err40 = { instancePath: instancePath + "/commands/" + i2 + "/" + i3, schemaPath: "#/definitions/argv/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
          } else {
            let err41 = { instancePath: instancePath + "/commands/" + i2, schemaPath: "#/definitions/argv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
      } else {
        let err42 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data21 = data.timeoutSeconds;
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 > 600 || isNaN(data21)) {
          let err43 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
          vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
        }
        if (data21 <= 0 || isNaN(data21)) {
          let err44 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
        }
      } else {
        let err45 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
      }
    }
    if (data.expect !== void 0) {
      let data22 = data.expect;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (let key6 in data22)
          if (!(key6 === "exitCode" || key6 === "stdout")) {
            let err46 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        if (data22.exitCode !== void 0) {
          let data23 = data22.exitCode;
          if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
            let err47 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 255 || isNaN(data23)) {
              let err48 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" };
              vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              let err49 = { instancePath: instancePath + "/expect/exitCode", schemaPath: "#/properties/expect/properties/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
            }
          }
        }
        if (data22.stdout !== void 0 && typeof data22.stdout != "string") {
          let err50 = { instancePath: instancePath + "/expect/stdout", schemaPath: "#/properties/expect/properties/stdout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
        }
      } else {
        let err51 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
      }
    }
    if (data.exercises !== void 0) {
      let data25 = data.exercises;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (let key7 in data25)
          if (!(key7 === "capabilities" || key7 === "hostNetwork")) {
            let err52 = { instancePath: instancePath + "/exercises", schemaPath: "#/properties/exercises/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
          }
        if (data25.capabilities !== void 0) {
          let data26 = data25.capabilities;
          if (Array.isArray(data26)) {
            let len4 = data26.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data27 = data26[i4];
              if (typeof data27 == "string") {
                if (!pattern4.test(data27)) {
                  let err53 = { instancePath: instancePath + "/exercises/capabilities/" + i4, schemaPath: "#/properties/exercises/properties/capabilities/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z_]+$" }, message: 'must match pattern "^[A-Z_]+$"' };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
              } else {
                let err54 = { instancePath: instancePath + "/exercises/capabilities/" + i4, schemaPath: "#/properties/exercises/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
          } else {
            let err55 = { instancePath: instancePath + "/exercises/capabilities", schemaPath: "#/properties/exercises/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
        }
        if (data25.hostNetwork !== void 0 && typeof data25.hostNetwork != "boolean") {
          let err56 = { instancePath: instancePath + "/exercises/hostNetwork", schemaPath: "#/properties/exercises/properties/hostNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
      } else {
        let err57 = { instancePath: instancePath + "/exercises", schemaPath: "#/properties/exercises/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
  } else {
    let err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
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

// src/live/verify/selector.ts
function selectorError(sel) {
  for (let [i, e] of (sel.matchExpressions ?? []).entries()) {
    let n = e.values?.length ?? 0;
    if (!e.key) return `matchExpressions[${i}]: key is required`;
    if ((e.operator === "In" || e.operator === "NotIn") && n === 0) return `matchExpressions[${i}]: operator ${e.operator} needs at least one value`;
    if ((e.operator === "Exists" || e.operator === "DoesNotExist") && n !== 0) return `matchExpressions[${i}]: operator ${e.operator} takes no values`;
    if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(e.operator)) return `matchExpressions[${i}]: "${String(e.operator)}" is not a valid label selector operator`;
  }
}
function matchesSelector(labels, sel) {
  let has = (k) => labels !== void 0 && Object.prototype.hasOwnProperty.call(labels, k);
  for (let [k, v] of Object.entries(sel.matchLabels ?? {})) if (!has(k) || labels[k] !== v) return !1;
  for (let e of sel.matchExpressions ?? []) {
    let values = e.values ?? [];
    switch (e.operator) {
      case "In":
        if (!has(e.key) || !values.includes(labels[e.key])) return !1;
        break;
      case "NotIn":
        if (has(e.key) && values.includes(labels[e.key])) return !1;
        break;
      case "Exists":
        if (!has(e.key)) return !1;
        break;
      case "DoesNotExist":
        if (has(e.key)) return !1;
        break;
      default:
        return !1;
    }
  }
  return !0;
}
function selectorString(sel) {
  let parts = Object.entries(sel.matchLabels ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}=${v}`);
  for (let e of sel.matchExpressions ?? []) {
    let vals = [...e.values ?? []].sort().join(",");
    e.operator === "In" ? parts.push(`${e.key} in (${vals})`) : e.operator === "NotIn" ? parts.push(`${e.key} notin (${vals})`) : e.operator === "Exists" ? parts.push(e.key) : parts.push(`!${e.key}`);
  }
  return parts.join(",");
}
function workloadSelector(value) {
  let s = value.spec?.selector;
  if (!s || typeof s != "object" || Array.isArray(s)) return;
  let o = s;
  if (o.matchLabels === void 0 && o.matchExpressions === void 0) {
    let plain = Object.entries(o).filter(([, v]) => typeof v == "string");
    return plain.length ? { matchLabels: Object.fromEntries(plain) } : void 0;
  }
  return o;
}

// src/live/probes/catalog.ts
var CatalogError = class extends Error {
  name = "CatalogError";
}, validate = catalog_validator_gen_default, BUILTIN_CATALOG = new URL("./builtin.yaml", import.meta.url);
function parseCatalogWithPositions(text, source) {
  let lib = yamlLib(), lines = new lib.LineCounter(), parsed = lib.parseDocument(text, { lineCounter: lines });
  if (parsed.errors.length) throw new CatalogError(`${source}: not valid YAML: ${parsed.errors[0].message}`);
  let catalog = checkCatalog(parsed.toJS(), source), items = parsed.get("probes")?.items ?? [], positions = catalog.probes.map((_, i) => {
    let at = items[i]?.range?.[0];
    return at === void 0 ? { line: 1, column: 1 } : { line: lines.linePos(at).line, column: lines.linePos(at).col };
  });
  return { catalog, positions };
}
function parseCatalog(text, source) {
  let doc;
  try {
    doc = yamlLib().parse(text);
  } catch (err) {
    throw new CatalogError(`${source}: not valid YAML: ${err.message}`);
  }
  return checkCatalog(doc, source);
}
function checkCatalog(doc, source) {
  if (!validate(doc)) {
    let errs = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join("; ");
    throw new CatalogError(`${source}: not a valid probe catalog: ${errs}`);
  }
  for (let p of doc.probes) {
    if (!p.target && !p.exercises?.capabilities?.length && !p.exercises?.hostNetwork)
      throw new CatalogError(`${source}: probe ${p.id}: needs a target (workload, namespace, selector or labelSelector) or what it exercises (exercises.hostNetwork, exercises.capabilities) to pick its workloads`);
    let bad = p.target?.labelSelector ? selectorError(p.target.labelSelector) : void 0;
    if (bad) throw new CatalogError(`${source}: probe ${p.id}: target.labelSelector: ${bad}`);
    if (p.expect?.stdout !== void 0)
      try {
        new RegExp(p.expect.stdout);
      } catch (err) {
        throw new CatalogError(`${source}: probe ${p.id}: expect.stdout is not a valid regular expression: ${err.message}`);
      }
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
  if (opts.builtin !== !1) {
    let { catalog, positions } = parseCatalogWithPositions(readFileSync(BUILTIN_CATALOG, "utf8"), "built-in catalog");
    catalogs.push({ cat: catalog, source: "built-in catalog", positions, builtin: !0 });
  }
  for (let f of userFiles) {
    let text;
    try {
      text = readFileSync(f, "utf8");
    } catch (err) {
      throw new CatalogError(`cannot read probe catalog ${f}: ${err.code ?? String(err)}`);
    }
    let { catalog, positions } = parseCatalogWithPositions(text, f);
    catalogs.push({ cat: catalog, source: f, positions, builtin: !1 });
  }
  let vars = {};
  for (let { cat } of catalogs) Object.assign(vars, cat.vars ?? {});
  let byId = /* @__PURE__ */ new Map();
  for (let { cat, source, positions, builtin } of catalogs)
    for (let [i, p] of cat.probes.entries())
      byId.set(p.id, {
        ...positions[i],
        builtin,
        ...p,
        commands: p.commands.map((argv) => argv.map((a) => substitute(a, vars, `${source}: probe ${p.id}`))),
        timeoutSeconds: p.timeoutSeconds ?? 30,
        expect: { exitCode: p.expect?.exitCode ?? 0, stdout: p.expect?.stdout },
        source
      });
  return [...byId.values()];
}

export {
  matchesSelector,
  selectorString,
  workloadSelector,
  CatalogError,
  BUILTIN_CATALOG,
  parseCatalogWithPositions,
  parseCatalog,
  loadProbes
};
