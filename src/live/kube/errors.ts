/**
 * Every way talking to the API server can fail, named. The incident's client said
 * "WebSocket connection failed (empty error)" for a 403; here a failure always carries its kind,
 * the HTTP status when there was one, and the API server's own Status message.
 */
import { STATUS_CODES } from 'node:http';
import type { KubeStatus } from './types.ts';

export type LiveErrorKind =
  | 'dns'
  | 'refused'
  | 'reset'
  | 'tls-unknown-ca'
  | 'tls-name-mismatch'
  | 'tls-expired'
  | 'tls'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'http'
  | 'protocol'
  | 'credentials'
  | 'config'
  /** A proxy between verify and the API server refused or failed (proxy.ts): never the API server's answer. */
  | 'proxy';

export class LiveError extends Error {
  override name = 'LiveError';
  constructor(
    readonly kind: LiveErrorKind,
    message: string,
    readonly httpStatus?: number,
    readonly kubeStatus?: KubeStatus,
    /** What was being attempted, e.g. "exec in pod ns/name". */
    readonly context?: string,
  ) {
    super(message);
  }
}

const TLS_UNKNOWN_CA = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
]);

/** Classify a socket/TLS error from node:https or ws into a LiveError naming its cause. */
export function fromNetworkError(err: unknown, server: string): LiveError {
  if (err instanceof LiveError) return err;
  const e = err as NodeJS.ErrnoException & { reason?: string };
  const code = e.code ?? '';
  const detail = e.message || code || 'unknown error';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new LiveError('dns', `cannot resolve the API server host in ${server} (DNS: ${code})`);
  if (code === 'ECONNREFUSED') return new LiveError('refused', `connection to ${server} refused: nothing listens there (${detail})`);
  if (code === 'ECONNRESET' || code === 'EPIPE') return new LiveError('reset', `connection to ${server} was reset (${detail})`);
  if (code === 'ETIMEDOUT') return new LiveError('timeout', `connection to ${server} timed out`);
  if (TLS_UNKNOWN_CA.has(code)) {
    return new LiveError('tls-unknown-ca', `TLS: the certificate of ${server} is signed by an unknown authority (${code}); set certificate-authority(-data) for this cluster`);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new LiveError('tls-name-mismatch', `TLS: the certificate of ${server} is not valid for this name (${e.reason ?? detail}); fix the server URL or set tls-server-name`);
  }
  if (code === 'CERT_HAS_EXPIRED') return new LiveError('tls-expired', `TLS: the certificate of ${server} has expired`);
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|ssl|tls/i.test(detail)) {
    return new LiveError('tls', `TLS handshake with ${server} failed: ${detail}`);
  }
  return new LiveError('protocol', `request to ${server} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`);
}

function kindForStatus(code: number): LiveErrorKind {
  if (code === 401) return 'unauthorized';
  if (code === 403) return 'forbidden';
  if (code === 404) return 'not-found';
  if (code === 400) return 'bad-request';
  // 407 Proxy Authentication Required comes from a proxy only (RFC 9110 15.5.8).
  if (code === 407) return 'proxy';
  return 'http';
}

/** Parse a response body as metav1.Status when it is one. */
export function parseStatus(body: string): KubeStatus | undefined {
  try {
    const v = JSON.parse(body) as KubeStatus;
    return v && v.kind === 'Status' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An HTTP failure as "403 Forbidden: <the API server's message>", falling back to the raw body,
 * and never to an empty string.
 */
export function fromHttpResponse(code: number, body: string, what: string): LiveError {
  const status = parseStatus(body);
  const text = status?.message || body.trim().slice(0, 1000) || '(empty response body)';
  const reason = STATUS_CODES[code] ?? 'HTTP error';
  return new LiveError(kindForStatus(code), `${code} ${reason}: ${text}`, code, status, what);
}
