/**
 * Writing a report as it is made, in pieces of about 64 KiB: a large report (tens of MB of SARIF for a
 * big repository) is never one string in memory (bench/RESULTS.md, finding 15).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export const PIECE = 65536;

/** Passes `chunks` to `write` gathered into pieces of at least PIECE characters (the last one shorter). */
export function writeChunks(chunks: Iterable<string>, write: (s: string) => void): void {
  let pending = '';
  for (const c of chunks) {
    pending += c;
    if (pending.length >= PIECE) {
      write(pending);
      pending = '';
    }
  }
  if (pending) write(pending);
}

/**
 * Writes `chunks` to the file at `path` (created or truncated). `failed` turns a file-system error into
 * the caller's error; an error from making the chunks (a reporter's) passes through unchanged.
 */
export function writeChunksToFile(path: string, chunks: Iterable<string>, failed: (e: unknown) => Error = (e) => e as Error): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw failed(e);
  }
  try {
    writeChunks(chunks, (s) => {
      const bytes = Buffer.from(s);
      try {
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
      } catch (e) {
        throw failed(e);
      }
    });
  } finally {
    closeSync(fd);
  }
}
