/**
 * The CLI's stdout and stderr. A pipe or a file (a pre-commit hook, CI, `| jq`, `> report.sarif`) is
 * written with `fs.writeSync` on its descriptor: setting up `process.stdout` for a pipe loads Node's
 * stream and socket modules, ~6 ms of every run that a one-file audit feels (bench/RESULTS.md,
 * finding 23). A character device (a terminal, /dev/null) keeps the stream: a Windows console needs
 * it for text that is not ASCII. Both write synchronously, as Node's own stdout does for files and,
 * on Linux, for pipes and terminals, so nothing is left to drain at exit.
 */
import { fstatSync, writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Whether `fd` is a terminal or another character device (then written through process.stdout/stderr). */
function characterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true; // (closed or odd: the stream decides, as before)
  }
}

/**
 * A writer for fd 1 or 2. When the reader has gone (EPIPE: `leastpriv … | head`), the rest is
 * dropped and the run ends with its own exit code; on the stream, `onBrokenPipe` runs (its error
 * comes later). A non-blocking descriptor that is full (EAGAIN) is waited for.
 */
export function stdioWriter(fd: 1 | 2, onBrokenPipe: () => void): { write: (s: string) => void; isTTY: () => boolean; synchronous: boolean } {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (characterDevice(fd)) {
    let listening = false;
    return {
      write: (s) => {
        const st = stream();
        if (!listening) {
          listening = true;
          st.on('error', (e: NodeJS.ErrnoException) => {
            if (e.code === 'EPIPE') onBrokenPipe();
            else throw e;
          });
        }
        st.write(s);
      },
      isTTY: () => Boolean(stream().isTTY),
      // (a terminal's stream writes asynchronously on Windows)
      synchronous: false,
    };
  }
  let gone = false;
  return {
    write: (s) => {
      if (gone) return;
      const buf = Buffer.from(s, 'utf8');
      let off = 0;
      while (off < buf.length) {
        try {
          off += writeSync(fd, buf, off, buf.length - off);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 5);
            continue;
          }
          if (code === 'EPIPE') {
            gone = true;
            return;
          }
          throw e;
        }
      }
    },
    // (a pipe, a file or a socket is never a terminal)
    isTTY: () => false,
    // (every write is done when write returns)
    synchronous: true,
  };
}
