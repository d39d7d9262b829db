/**
 * Plain data shared by the live client: where the API server is, how to trust it and who we are.
 * Built from a kubeconfig (kubeconfig.ts) or the in-cluster service account; used by http.ts and
 * the WebSocket exec client.
 */

export interface ExecPluginConfig {
  /** client.authentication.k8s.io/v1 or v1beta1 */
  apiVersion: string;
  command: string;
  args: string[];
  env: { name: string; value: string }[];
  /** 'Never' | 'IfAvailable' | 'Always' (v1 requires it; we never attach a TTY either way). */
  interactiveMode?: string;
  provideClusterInfo?: boolean;
  /** Shown when the command is not found (EKS, GKE and AKS kubeconfigs say how to install theirs). */
  installHint?: string;
  /** Directory the kubeconfig came from: a relative command is resolved against it, as kubectl does. */
  baseDir: string;
}

export interface Impersonation {
  user: string;
  groups: string[];
}

/** The proxy requests go through, and where it was set ("HTTPS_PROXY", "proxy-url of cluster …"). */
export interface ProxySetting {
  url: string;
  source: string;
  /** Set by the kubeconfig's proxy-url (which an exec plugin's cluster information carries). */
  kubeconfig?: boolean;
}

export interface Connection {
  /** https://host:port (no trailing slash), possibly with a path prefix. */
  server: string;
  /** Where the settings came from, for messages: "context kind-dev in /home/x/.kube/config". */
  origin: string;
  ca?: Buffer;
  insecureSkipTLSVerify: boolean;
  tlsServerName?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  token?: string;
  tokenFile?: string;
  exec?: ExecPluginConfig;
  /** auth-provider oidc (oidc.ts): the id-token, whether a refresh-token exists, the user for messages. */
  oidc?: { idToken?: string; refreshable: boolean; where: string };
  impersonate?: Impersonation;
  /**
   * The namespace kubectl applies an object without metadata.namespace to: the context's
   * `namespace`, else `default` (client-go tools/clientcmd DirectClientConfig.Namespace); in a
   * cluster, POD_NAMESPACE, else the service account's namespace file, else `default`
   * (inClusterClientConfig.Namespace). Unset in connections built by hand: `default`.
   */
  namespace?: string;
  /**
   * The proxy kubectl would use for this server (kubeconfig proxy-url, else the environment:
   * proxy.ts); unset: connect directly.
   */
  proxy?: ProxySetting;
  /** Per-request timeout, ms. */
  timeoutMs: number;
}

/** metav1.Status as the API server returns it on errors (and on the exec status channel). */
export interface KubeStatus {
  kind?: 'Status';
  apiVersion?: string;
  metadata?: Record<string, unknown>;
  status?: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    /** StatusCause: its Go field Type is serialised as "reason". */
    causes?: { reason?: string; message?: string; field?: string }[];
  };
}
