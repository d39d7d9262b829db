/**
 * The `oidc` auth-provider of a kubeconfig user, which kubectl still honours (client-go
 * plugin/pkg/client/auth/oidc/oidc.go; the gcp and azure providers were removed in 1.26): the
 * id-token is sent as the bearer token while it is valid, "valid" meaning its JWT `exp` is more
 * than 10 seconds away (idTokenExpired, expiryDelta). kubectl refreshes an expired one with the
 * refresh-token at the issuer's token endpoint and writes the new tokens into the kubeconfig;
 * verify writes nothing, so it says how to get a fresh one instead (any kubectl command refreshes
 * it).
 */
import type { Connection } from './types.ts';

export type OidcConfig = NonNullable<Connection['oidc']>;

/** How the auth-provider's config is checked when the kubeconfig is read (newOIDCAuthProvider). */
export function oidcConfig(config: Record<string, unknown>, where: string): OidcConfig | string {
  const get = (k: string): string | undefined => (typeof config[k] === 'string' && config[k] !== '' ? (config[k] as string) : undefined);
  if (!get('idp-issuer-url')) return 'Must provide idp-issuer-url';
  if (!get('client-id')) return 'Must provide client-id';
  const idToken = get('id-token');
  return { ...(idToken ? { idToken } : {}), refreshable: get('refresh-token') !== undefined, where };
}

/** Seconds before `exp` at which client-go stops using an id-token. */
const EXPIRY_DELTA_MS = 10_000;

/** The id-token to send, or why there is none (an Error's message, naming the user). */
export function oidcBearer(cfg: OidcConfig, now: number = Date.now()): { token: string } | { error: string } {
  const refresh = cfg.refreshable
    ? 'kubectl would refresh it with the refresh-token and write the new one into the kubeconfig, which verify does not do (it writes nothing): run any kubectl command with this context first (kubectl version), then verify'
    : 'No valid id-token, and cannot refresh without refresh-token (kubectl); log in again to get one';
  if (!cfg.idToken) return { error: `${cfg.where} (auth-provider oidc) has no id-token: ${refresh}` };
  const parts = cfg.idToken.split('.');
  if (parts.length !== 3) return { error: `${cfg.where} (auth-provider oidc): the id-token is not a valid JWT` };
  let exp: unknown;
  try {
    exp = (JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  } catch {
    return { error: `${cfg.where} (auth-provider oidc): the id-token's claims cannot be read (not base64url JSON)` };
  }
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return { error: `${cfg.where} (auth-provider oidc): the id-token has no numeric exp claim` };
  if (now + EXPIRY_DELTA_MS < Math.trunc(exp) * 1000) return { token: cfg.idToken };
  return { error: `${cfg.where} (auth-provider oidc): the id-token expired at ${new Date(Math.trunc(exp) * 1000).toISOString()}; ${refresh}` };
}
