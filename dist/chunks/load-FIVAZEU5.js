import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
} from "./chunk-ZOAXH74L.js";
import "./chunk-6DP7P6SU.js";
import "./chunk-3YYMUT7C.js";
export {
  CONFIG_NAMES,
  ConfigError,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
};
