import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
} from "./chunk-FMXUKE7P.js";
import "./chunk-6DP7P6SU.js";
import "./chunk-3YYMUT7C.js";
export {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
};
