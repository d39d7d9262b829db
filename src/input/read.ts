/**
 * Reading one input (file or stdin) as text, as kubectl decodes it (UTF-8 with invalid bytes as
 * U+FFFD, or UTF-16 with a BOM), refusing what cannot be audited with a reason: too large, binary
 * (NUL bytes), UTF-32, unreadable. Nothing here throws.
 */
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { InputDiagnostic } from './parse.ts';
import { newSource } from './parse.ts';
import type { SourceFile } from './types.ts';
import { readBounded } from './read-bounded.ts';

export { readBounded };

export type ReadResult = { source: SourceFile } | { diagnostic: InputDiagnostic; text?: string };

/** `exact`: the size is known (a regular file); a stream is only known to be over the limit. */
function tooLarge(path: string, size: number, max: number, exact = true): ReadResult {
  const what = exact ? `file is ${size} bytes` : `input is more than ${max} bytes`;
  const message = `${what}, over the ${max}-byte limit; not audited (limit: maxFileSize)`;
  return { diagnostic: { code: 'input-not-auditable', file: path, message, range: [0, 1] } };
}

/** `stream`: the bytes were read from a stream (readBounded), so more may have followed them. */
export function decode(path: string, bytes: Uint8Array, maxFileSize: number, stream = false): ReadResult {
  const fail = (message: string, at = 0, text?: string): ReadResult => ({
    diagnostic: { code: 'input-not-auditable', file: path, message, range: [at, at + 1] },
    ...(text !== undefined ? { text } : {}),
  });
  if (bytes.length > maxFileSize) return tooLarge(path, bytes.length, maxFileSize, !stream);
  // kubectl's file visitor decodes through unicode.BOMOverride (golang.org/x/text): a UTF-16 BOM
  // switches to UTF-16 (unpaired surrogates become U+FFFD, as TextDecoder does), anything else is
  // UTF-8. A UTF-32 LE BOM (FF FE 00 00) starts like UTF-16 LE, so kubectl reads NUL characters
  // and go-yaml refuses the file ("control characters are not allowed"); UTF-32 BE has no BOM it knows.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    if (le && bytes[2] === 0 && bytes[3] === 0) return fail('UTF-32 text: kubectl reads it as UTF-16 and cannot decode it (NUL characters); not audited. Save it as UTF-8');
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
    const nul16 = text.indexOf('\0');
    if (nul16 !== -1) return fail(`NUL character in UTF-16 text (at character ${nul16}): kubectl cannot decode it; not audited`, nul16, text);
    return { source: newSource(path, text) };
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return fail('UTF-32 text: kubectl cannot decode it; not audited. Save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(`binary file (NUL byte at offset ${nul}); not audited`);
  // isUtf8 validates in one native pass; decoding valid UTF-8 through Buffer is then exact and
  // faster than a fatal TextDecoder.
  if (!isUtf8(bytes)) {
    // kubectl's fallback decoder (golang.org/x/text encoding/unicode, UTF8.NewDecoder, behind
    // BOMOverride) writes U+FFFD for each invalid sequence, the same sequences as the WHATWG decoder
    // (compared with kubectl 1.32 on truncated, overlong, surrogate and out-of-range sequences), and
    // applies the file: `caf<0xE9>` is `caf\uFFFD` to it, in YAML and JSON alike. So is it here.
    return { source: newSource(path, new TextDecoder('utf-8').decode(bytes)) };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { source: newSource(path, text) };
}

/**
 * One buffer reused for every file up to REUSED bytes (decoding copies the text out of it; pages
 * never written to cost no memory). With a new buffer per file, peak RSS on the real corpus (2,500
 * files, 38.8 MB) was 10–13 MB higher (152 vs 139–142 MB, medians of 7–9 runs) for the same
 * instruction count, most likely because glibc's malloc raises its mmap threshold to the size of
 * each large block freed (mallopt(3), M_MMAP_THRESHOLD), so later buffers came from its heap and
 * stayed with the process (bench/RESULTS.md, finding 19).
 */
const REUSED = 4 * 1024 * 1024;
let shared: Buffer | undefined;
function readBuffer(size: number): Buffer {
  return size > REUSED ? Buffer.allocUnsafeSlow(size) : (shared ??= Buffer.allocUnsafeSlow(REUSED));
}

/**
 * `stdinName`: the path stdin's findings are reported under (`--stdin-name`); '-' when not given.
 * `stdin(max)`: reads standard input, at most `max + 1` bytes (readBounded) — more tells that it is
 * over the limit.
 */
export function readInput(path: string, cwd: string, maxFileSize: number, stdin?: (max: number) => Uint8Array, stdinName = '-'): ReadResult {
  if (path === '-') {
    try {
      const bytes = stdin ? stdin(maxFileSize) : readBounded(0, maxFileSize);
      return decode(stdinName, bytes, maxFileSize, true);
    } catch (e) {
      return { diagnostic: { code: 'input-not-auditable', file: stdinName, message: `cannot read standard input: ${(e as Error).message}`, range: [0, 1] } };
    }
  }
  let fd: number | undefined;
  try {
    fd = openSync(resolve(cwd, path), 'r');
    const st = fstatSync(fd);
    // A FIFO, device or socket named on the command line (`<(kubectl kustomize …)`, /dev/stdin): its
    // size says nothing, so it is read as a stream, up to the limit.
    if (!st.isFile()) return decode(path, readBounded(fd, maxFileSize), maxFileSize, true);
    const size = st.size;
    if (size > maxFileSize) return tooLarge(path, size, maxFileSize);
    const buf = readBuffer(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decode(path, buf.subarray(0, off), maxFileSize);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      diagnostic: { code: 'input-not-auditable', file: path, message: `cannot read file: ${code ?? (e as Error).message}`, range: [0, 1] },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
