import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
} from "./chunk-O7H7Q54J.js";
import "./chunk-HRGQ2VZQ.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-HPUQGAMY.js";
import "./chunk-PF5AC3XW.js";
import "./chunk-WPTS262L.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
};
