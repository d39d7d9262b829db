import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog,
  parseCatalogWithPositions
} from "./chunk-FK4NEYDH.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";
export {
  BUILTIN_CATALOG,
  CatalogError,
  loadProbes,
  parseCatalog,
  parseCatalogWithPositions
};
