/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::msg`),
 * which GitHub shows as annotations on the pull request. Property values and messages are escaped as
 * the runner's toolkit does (%, CR, LF; and `:` `,` in properties).
 */
import type { Reporter } from './types.ts';
import { MODEL_FILE } from '../engine/types.ts';

const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

export const githubReporter: Reporter = (result) => {
  const out: string[] = [];
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const at =
      f.file === MODEL_FILE
        ? []
        : [
            `file=${escProp(f.file === '-' ? 'stdin' : f.file)}`,
            `line=${f.region.start.line}`,
            `col=${f.region.start.column}`,
            `endLine=${f.region.end.line}`,
            `endColumn=${f.region.end.column}`,
          ];
    const props = [...at, `title=${escProp(`leastpriv ${f.code} ${f.rule}`)}`];
    out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escData(f.message)}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
};
