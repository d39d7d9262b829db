import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  runAudit,
  useColor
} from "./chunk-MMNBZA54.js";
import "./chunk-6D6GCVFN.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-B6GIKSOE.js";
import "./chunk-BJ3E2DHN.js";
import "./chunk-7K53YHSG.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  runAudit,
  useColor
};
