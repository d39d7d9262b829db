import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/input/yaml-lib.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), lib;
function yamlLib() {
  return lib ??= load("./yaml.cjs");
}

export {
  yamlLib
};
