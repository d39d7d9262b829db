/**
 * Writing a report as it is made: to a stream in pieces of at least 64 KiB, to a file through one
 * reused 256 KiB buffer. A large report (tens of MB of SARIF for a big repository) is never one
 * string in memory (bench/RESULTS.md, finding 15).
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
 *
 * Each chunk is encoded into one reused buffer as it comes: encoding many small flat strings is several
 * times faster than encoding one long concatenated string, which V8 must first flatten (and, when a
 * message holds a character such as →, as two-byte text).
 */
export function writeChunksToFile(path: string, chunks: Iterable<string>, failed: (e: unknown) => Error = (e) => e as Error): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw failed(e);
  }
  const buf = Buffer.allocUnsafe(4 * PIECE);
  let used = 0;
  const flush = (bytes: Uint8Array, length: number) => {
    try {
      for (let off = 0; off < length; ) off += writeSync(fd, bytes, off, length - off);
    } catch (e) {
      throw failed(e);
    }
  };
  try {
    for (const c of chunks) {
      // (UTF-8 takes at most 3 bytes per UTF-16 code unit)
      if (used + 3 * c.length > buf.length) {
        flush(buf, used);
        used = 0;
      }
      if (3 * c.length > buf.length) {
        const big = Buffer.from(c);
        flush(big, big.length);
      } else used += buf.write(c, used);
    }
    flush(buf, used);
  } finally {
    closeSync(fd);
  }
}
