import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  runAudit,
  useColor
} from "./chunk-XYHFYIQ2.js";
import "./chunk-WOMZE2MQ.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-D7HTRATN.js";
import "./chunk-7WZCRVKJ.js";
import "./chunk-7K53YHSG.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  runAudit,
  useColor
};
