/**
 * How the render stage reads a file it plans with (kustomization files, patches, Flux objects,
 * folders Flux would include): only regular files, only up to the input size limit, decoded as the
 * input stage and kubectl decode them (src/input/read.ts). A FIFO or device is never opened here:
 * reading it would hang (/dev/zero has no end) or consume the stream the input stage reads, within
 * its limit, later; a file over the limit is left to the input stage, which reports it (LP003).
 */
import { realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { readInput } from '../input/read.ts';
import { DEFAULT_LIMITS } from '../input/types.ts';

/** The text of a regular file within `maxBytes`, else undefined (not read). */
export function readRegularText(abs: string, maxBytes: number = DEFAULT_LIMITS.maxFileSize): string | undefined {
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > maxBytes) return undefined;
  } catch {
    return undefined;
  }
  const r = readInput(abs, '/', maxBytes);
  return 'source' in r ? r.source.text : undefined;
}

/** The way from folder `from` to `to` as a kustomization writes it: forward slashes, `.` for the same folder. */
/** The path with its links resolved, or the path itself when it cannot be (missing, unreadable). */
export function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export const rel = (from: string, to: string): string => relative(from, to).split(sep).join('/') || '.';
