import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/cli/usage.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
