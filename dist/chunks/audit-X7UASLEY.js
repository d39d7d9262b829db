import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
} from "./chunk-ITBJYFPH.js";
import "./chunk-YJU2EO6C.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-HWV7RRQM.js";
import "./chunk-2MAY36FM.js";
import "./chunk-WPTS262L.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
};
