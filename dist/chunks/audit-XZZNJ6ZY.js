import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
} from "./chunk-JDXY5URT.js";
import "./chunk-FNHHFQDI.js";
import "./chunk-23YRZK4Z.js";
import "./chunk-7H2KTD5E.js";
import "./chunk-O5MGLD4Q.js";
import "./chunk-4IO2GHW6.js";
import "./chunk-WPTS262L.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  parseAuditArgs,
  parseLimits,
  runAudit,
  useColor
};
