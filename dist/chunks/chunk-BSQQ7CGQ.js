import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/input/read-bounded.ts
import { readSync } from "node:fs";
var pause = new Int32Array(new SharedArrayBuffer(4));
function readBounded(fd, max) {
  let chunks = [], total = 0, chunk = Buffer.allocUnsafe(64 * 1024);
  for (; total <= max; ) {
    let n;
    try {
      n = readSync(fd, chunk, 0, Math.min(chunk.length, max + 1 - total), null);
    } catch (e) {
      let code = e.code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n))), total += n;
  }
  return Buffer.concat(chunks, total);
}

export {
  readBounded
};
