import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);

// src/engine/did-you-mean.ts
function editDistance(a, b) {
  let d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return d[b.length];
}
function didYouMean(word, candidates) {
  let best, bestD = 1 / 0;
  for (let c of candidates) {
    let dist = editDistance(word.toLowerCase(), c.toLowerCase());
    dist < bestD && ([best, bestD] = [c, dist]);
  }
  if (best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3))) return best;
  let prefixed = candidates.filter((c) => c.startsWith(word) || word.startsWith(c));
  return prefixed.length === 1 ? prefixed[0] : void 0;
}

export {
  didYouMean
};
