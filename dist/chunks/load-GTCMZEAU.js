import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
} from "./chunk-WPTS262L.js";
import "./chunk-IYKOO32C.js";
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
