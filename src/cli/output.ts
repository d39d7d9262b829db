/**
 * What the report-writing commands (audit, verify) share: the report options, colour choice,
 * the --fail-on check, and rendering a result to -o FILE or stdout.
 */
import { resolve } from 'node:path';
import type { FullAuditResult } from '../engine/audit.ts';
import { REPORT_CHUNKS, type FormatName } from '../reporters/index.ts';
import { writeChunks, writeChunksToFile } from '../reporters/write.ts';
import { VERSION } from '../version.ts';
import { UsageError } from './usage.ts';
import type { Io } from './main.ts';

export const LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * `-o json`: ESLint's and Trivy's -o is the report file, kubectl's is the format. A bare format name
 * (no folder, no extension) is almost always the kubectl habit, and writing a file called `json`
 * would pass silently: it is refused (exit 2). `-o ./json` writes such a file on purpose.
 */
export function checkOutput(output: string | undefined, cmd: string): void {
  if (output !== undefined && output in REPORT_CHUNKS) {
    throw new UsageError(`-o/--output names the report file, and '${output}' is a format: did you mean -f ${output}? (to write a file named ${output}, say -o ./${output})`, cmd);
  }
}

/** --no-render / --kustomize-command onto the config (src/render). */
export function applyRenderFlags(config: { render: boolean; kustomizeCommand: string }, values: { 'no-render'?: boolean; 'kustomize-command'?: string }): void {
  if (values['no-render']) config.render = false;
  if (values['kustomize-command'] !== undefined) {
    if (!values['kustomize-command'].trim()) throw new UsageError('--kustomize-command needs a command (kubectl, or a kustomize binary)');
    config.kustomizeCommand = values['kustomize-command'];
  }
}

export function checkFailOn(flag: string | undefined): Level | undefined {
  if (flag !== undefined && !(LEVELS as readonly string[]).includes(flag)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}`);
  return flag as Level | undefined;
}

export function useColor(io: Io, flags: { color?: boolean; 'no-color'?: boolean }, toFile: boolean): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  if (toFile) return false;
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in io.env) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

export function writeOrFail(path: string, text: string, shown: string): void {
  writeChunksToFile(path, [text], cannotWrite(shown));
}

const cannotWrite = (shown: string) => (e: unknown) => new UsageError(`cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);

/** Render the result in `format` and write it to `--output` or stdout. */
export function emitReport(
  result: FullAuditResult,
  format: FormatName,
  flags: { output?: string; 'sarif-root'?: string; color?: boolean; 'no-color'?: boolean },
  io: Io,
  showSuppressed: boolean,
  verbose = false,
): void {
  const toFile = flags.output !== undefined;
  const chunks = REPORT_CHUNKS[format](result, {
    color: useColor(io, flags, toFile),
    showSuppressed,
    sarifRoot: resolve(io.cwd, flags['sarif-root'] ?? '.'),
    cwd: io.cwd,
    toolVersion: VERSION,
    verbose,
  });
  if (!toFile) return writeChunks(chunks, io.stdout);
  const shown = flags.output!;
  writeChunksToFile(resolve(io.cwd, shown), chunks, cannotWrite(shown));
}
