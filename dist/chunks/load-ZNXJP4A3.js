import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  ConfigError,
  configFromText,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";
export {
  CONFIG_NAMES,
  ConfigError,
  configFromText,
  defaults,
  findConfig,
  loadConfig,
  resolveConfig,
  validateConfig
};
