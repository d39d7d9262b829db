import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  runAudit,
  useColor
} from "./chunk-D4XGZ5PG.js";
import "./chunk-CWIH5FT2.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-AQQVXUGT.js";
import "./chunk-WRKVTGBU.js";
import "./chunk-7K53YHSG.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  runAudit,
  useColor
};
