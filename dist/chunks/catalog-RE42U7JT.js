import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
} from "./chunk-J2MAYCR6.js";
import "./chunk-IYKOO32C.js";
import "./chunk-3YYMUT7C.js";
export {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog
};
