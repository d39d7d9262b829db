// The files a benchmark reads: what `leastpriv audit DIR` finds in the corpora used here (manifest
// extensions, never .git or node_modules; the corpora hold no .gitignore).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function manifestFiles(dir) {
  const out = [];
  const walk = (d) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') walk(p);
      } else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
