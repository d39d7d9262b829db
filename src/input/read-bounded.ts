/**
 * Reading a stream whose size is not known up front (stdin, a FIFO, a device) with the size limit
 * enforced while reading. Its own module, with nothing but node:fs, so that the CLI's entry point
 * can hand it to the audit without loading the input stage.
 */
import { readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Reads `fd` (a pipe, FIFO, device or terminal: its size is not known up front) to its end, but never
 * more than `max + 1` bytes: the limit is enforced while reading, so `/dev/zero` or an endless pipe
 * costs at most the limit. A non-blocking descriptor that has no data yet (EAGAIN) is waited for.
 */
export function readBounded(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(64 * 1024);
  while (total <= max) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, Math.min(chunk.length, max + 1 - total), null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break; // Windows: end of a pipe
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

