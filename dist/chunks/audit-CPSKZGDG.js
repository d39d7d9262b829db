import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
} from "./chunk-QMSWLF3Q.js";
import "./chunk-5XLJJTNZ.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-2LXSR7EY.js";
import "./chunk-LYO4V5U2.js";
import "./chunk-WPTS262L.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
};
