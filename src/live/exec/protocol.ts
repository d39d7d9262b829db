/**
 * The remote command stream protocol as the API server speaks it over WebSocket.
 *
 * Sources (kubernetes/kubernetes):
 * - staging/src/k8s.io/apimachinery/pkg/util/remotecommand/constants.go: subprotocols
 *   v5.channel.k8s.io (adds a CLOSE signal) and v4.channel.k8s.io (adds exit codes); stream ids
 *   0 stdin, 1 stdout, 2 stderr, 3 error/status, 4 resize, 255 close; reason NonZeroExitCode with
 *   cause type ExitCode.
 * - staging/src/k8s.io/apimachinery/pkg/util/httpstream/wsstream/conn.go: each binary message is
 *   one byte of channel number followed by the payload.
 * - staging/src/k8s.io/client-go/tools/remotecommand/v4.go (errorDecoderV4): the status channel
 *   carries a JSON metav1.Status; Success means exit 0, Failure + NonZeroExitCode carries the exit
 *   code as the message of the ExitCode cause, any other Failure is an error with its message.
 *   A cause's type is serialised as "reason" (apimachinery pkg/apis/meta/v1 StatusCause); kubectl
 *   rejects a status whose cause says "type" ("no ExitCode cause given"), as the fidelity test shows.
 * - staging/src/k8s.io/client-go/tools/remotecommand/websocket.go: a CLOSE signal is the two bytes
 *   [255, stream id].
 */
import type { KubeStatus } from '../kube/types.ts';

export const PROTOCOL_V5 = 'v5.channel.k8s.io';
export const PROTOCOL_V4 = 'v4.channel.k8s.io';
/** Preference order offered in Sec-WebSocket-Protocol. */
export const EXEC_PROTOCOLS = [PROTOCOL_V5, PROTOCOL_V4] as const;

export const STREAM_STDIN = 0;
export const STREAM_STDOUT = 1;
export const STREAM_STDERR = 2;
export const STREAM_ERROR = 3;
export const STREAM_RESIZE = 4;
export const STREAM_CLOSE = 255;

export const NON_ZERO_EXIT_CODE_REASON = 'NonZeroExitCode';
export const EXIT_CODE_CAUSE_TYPE = 'ExitCode';

export interface Frame {
  channel: number;
  data: Buffer;
}

export function encodeFrame(channel: number, data: Buffer | string): Buffer {
  const payload = typeof data === 'string' ? Buffer.from(data) : data;
  return Buffer.concat([Buffer.from([channel]), payload]);
}

export function decodeFrame(msg: Buffer): Frame | undefined {
  if (msg.length === 0) return undefined;
  return { channel: msg[0]!, data: msg.subarray(1) };
}

export type ExitStatus =
  | { kind: 'exited'; code: number }
  | { kind: 'failure'; message: string; reason?: string };

/** Interpret the JSON Status of the error channel (see errorDecoderV4). */
export function decodeExitStatus(payload: Buffer | string): ExitStatus {
  const text = payload.toString();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'failure', message: `status channel protocol error: not JSON: ${text.slice(0, 200)}` };
  }
  // Read, not trusted: anything but an object (null, a number) is a protocol error, and so is a
  // causes that is not a list; a TypeError here would be thrown from a WebSocket event handler.
  if (!isObject(parsed)) return { kind: 'failure', message: `status channel protocol error: not a Status object: ${text.slice(0, 200)}` };
  const status = parsed as KubeStatus;
  if (status.status === 'Success') return { kind: 'exited', code: 0 };
  if (status.status === 'Failure' && status.reason === NON_ZERO_EXIT_CODE_REASON) {
    // metav1.StatusCause serialises its Type field as "reason" (json:"reason,omitempty").
    const causes: unknown[] = isObject(status.details) && Array.isArray(status.details.causes) ? status.details.causes : [];
    const cause = causes.filter(isObject).find((c) => c.reason === EXIT_CODE_CAUSE_TYPE);
    const code = typeof cause?.message === 'string' ? Number.parseInt(cause.message, 10) : Number.NaN;
    if (!Number.isInteger(code) || code < 0 || code > 255) {
      return { kind: 'failure', message: `status channel protocol error: NonZeroExitCode without a valid ${EXIT_CODE_CAUSE_TYPE} cause` };
    }
    return { kind: 'exited', code };
  }
  return {
    kind: 'failure',
    message: (typeof status.message === 'string' && status.message) || `status channel: ${text.slice(0, 200)}`,
    ...(typeof status.reason === 'string' ? { reason: status.reason } : {}),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The Status the server writes on the error channel for an exit code (used by the test server). */
export function exitStatusFor(code: number, command: readonly string[]): KubeStatus {
  if (code === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command [${command.join(' ')}], exit code ${code}`,
    reason: NON_ZERO_EXIT_CODE_REASON,
    details: { causes: [{ reason: EXIT_CODE_CAUSE_TYPE, message: String(code) }] },
  };
}
