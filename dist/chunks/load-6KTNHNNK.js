import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
} from "./chunk-XVPLYJFZ.js";
import "./chunk-FMZCO4Y2.js";
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
