import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
} from "./chunk-RRNBAK4D.js";
import "./chunk-HI25G7Z6.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-CJCZZRY7.js";
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
