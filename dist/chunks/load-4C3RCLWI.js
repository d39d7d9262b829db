import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
} from "./chunk-BDGNDSAJ.js";
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
