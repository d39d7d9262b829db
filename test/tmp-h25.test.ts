import { it } from 'vitest';
import { loadObjects } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';
import { Positions } from '../src/engine/positions.ts';
const cwd = process.env.T!;
const paths = JSON.parse(process.env.P!) as [string, string, (string | number)[]][];
it('positions', () => {
  const objs = loadObjects({ paths: ['.'], cwd }, defaults()).objects;
  for (const [kind, name, path] of paths) {
    for (const o of objs.filter((x) => x.kind === kind && new RegExp(name).test(x.name))) {
      const { file, region } = new Positions().locateAt(o, path);
      console.log(`${o.render?.root ?? '-'} ${kind} ${o.namespace}/${o.name} ${path.join('.')} -> ${file.path}:${region.start.line}:${region.start.column}`);
    }
  }
});
