// Floor: read and parse every file with the `yaml` package alone, with leastpriv's parse options,
// and turn each document into plain values, as leastpriv must. Nothing else. Usage: node floor.mjs DIR
import { readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments } from 'yaml';
import { manifestFiles } from './files.mjs';
import { FLOOR_MAX_ALIAS_COUNT, FLOOR_PARSE_OPTIONS } from './floor-options.mjs';

let documents = 0;
for (const f of manifestFiles(process.argv[2])) {
  const text = readFileSync(f, 'utf8');
  const docs = parseAllDocuments(text, { ...FLOOR_PARSE_OPTIONS, lineCounter: new LineCounter() });
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    if (d.contents === null) continue;
    documents++;
    if (d.errors.length) continue;
    try {
      d.toJS({ maxAliasCount: FLOOR_MAX_ALIAS_COUNT });
    } catch {
      /* counted, not converted: as leastpriv */
    }
  }
}
process.stdout.write(JSON.stringify({ documents }) + '\n');
