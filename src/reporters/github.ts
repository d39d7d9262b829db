/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::msg`),
 * which GitHub shows as annotations on the pull request. Property values and messages are escaped as
 * the runner's toolkit does (%, CR, LF; and `:` `,` in properties: actions/toolkit
 * packages/core/src/command.ts, read back by actions/runner src/Runner.Worker/ActionCommand.cs). Which findings are annotated is
 * decided by ./annotations.ts, shared with the GitHub Action.
 */
import type { Finding } from '../engine/types.ts';
import type { Reporter } from './types.ts';
import { MODEL_FILE } from '../engine/types.ts';
import { notAuditedNotice, omittedNotice, selectAnnotations } from './annotations.ts';
import { safeText } from './safe-text.ts';
import { dependsOn } from './involves.ts';

export const escData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

export function annotationCommand(f: Finding): string {
  // Findings about the model as a whole (MODEL_FILE) have no file and line: a plain annotation.
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
  // (safeText: escape sequences and invisible characters from the manifests are shown, not passed on)
  // (a finding --context reports because of a file named says so: involves.ts)
  const why = f.involves ? ` ${dependsOn(f)}` : '';
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escData(safeText(f.message) + why)}`;
}

export function noticeCommand(message: string): string {
  return `::notice title=leastpriv::${escData(message)}`;
}

/**
 * Annotation commands for the worst findings, one notice counting those left out, and one naming the
 * files not audited that no finding names (annotations.ts notAuditedNotice), on the first of them.
 */
export function annotationCommands(result: Parameters<typeof selectAnnotations>[0] & Parameters<typeof notAuditedNotice>[0], seeAlso: string): string[] {
  const notAudited = notAuditedNotice(result);
  const sel = selectAnnotations(result, undefined, notAudited ? 1 : 0);
  const out = sel.shown.map(annotationCommand);
  const more = omittedNotice(sel, seeAlso);
  if (more) out.push(noticeCommand(more));
  if (notAudited) {
    const file = notAudited.file === '-' ? 'stdin' : notAudited.file;
    out.push(`::notice file=${escProp(file)},title=${escProp('leastpriv: not audited')}::${escData(safeText(notAudited.text))}`);
  }
  return out;
}

export const githubReporter: Reporter = (result) => {
  const out = annotationCommands(result, 'Run leastpriv with --format text (or sarif) to see them all.');
  return out.length ? out.join('\n') + '\n' : '';
};
