/**
 * The exec stream on the server side, as the API server speaks it after a WebSocket upgrade:
 * stdout on channel 1, stderr on 2, then a metav1.Status on channel 3 (Success, or Failure with
 * reason NonZeroExitCode and an ExitCode cause), then a normal close. With v5, a client's
 * [255, channel] CLOSE frame is accepted. The process is killed when the client goes away.
 */
import type { ChildProcess } from 'node:child_process';
import type WebSocket from 'ws';
import { STREAM_CLOSE, STREAM_ERROR, STREAM_STDERR, STREAM_STDOUT, encodeFrame, exitStatusFor } from '../../../src/live/exec/protocol.ts';

export interface StreamFaults {
  /** Close the TCP connection after the first output frame, without a status. */
  dropMidStream?: boolean;
  /** Send one binary message of this many bytes right after the upgrade (a hostile server). */
  oversizedMessage?: number;
  /** Answer these commands (argv joined by spaces) with this stdout and exit 0, without running them. */
  output?: Record<string, string>;
}

export function pumpExec(ws: WebSocket, child: ChildProcess, command: readonly string[], faults: StreamFaults = {}): void {
  let dropped = false;
  const kill = (): void => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const send = (channel: number, data: Buffer): void => {
    if (dropped || ws.readyState !== ws.OPEN) return;
    ws.send(encodeFrame(channel, data));
    if (faults.dropMidStream) {
      dropped = true;
      ws.terminate();
      kill();
    }
  };
  child.stdout?.on('data', (d: Buffer) => send(STREAM_STDOUT, d));
  child.stderr?.on('data', (d: Buffer) => send(STREAM_STDERR, d));
  ws.on('message', (data: Buffer) => {
    if (data[0] === STREAM_CLOSE) return; // v5 CLOSE of stdin: we never read stdin
  });
  ws.on('close', kill);
  child.on('error', (err) => {
    if (ws.readyState !== ws.OPEN) return;
    const status = { metadata: {}, status: 'Failure', message: `failed to start command: ${err.message}`, reason: 'InternalError', code: 500 };
    ws.send(encodeFrame(STREAM_ERROR, JSON.stringify(status)));
    ws.close(1000);
  });
  child.on('close', (code, signal) => {
    if (dropped || ws.readyState !== ws.OPEN) return;
    const exit = code ?? (signal ? 128 + 9 : 1);
    ws.send(encodeFrame(STREAM_ERROR, JSON.stringify(exitStatusFor(exit, command))));
    ws.close(1000);
  });
}
