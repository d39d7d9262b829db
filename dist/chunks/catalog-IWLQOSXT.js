import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
} from "./chunk-ZS3BDBTA.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";
export {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
};
