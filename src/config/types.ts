import type { InputLimits } from '../input/types.ts';
import type { Severity, SeverityOrOff } from '../engine/types.ts';

export type RuleSetting = SeverityOrOff | { severity?: SeverityOrOff; options?: Record<string, unknown> };

/** The config file's shape (see schema/leastpriv-config.schema.json). */
export interface ConfigFile {
  profile?: string;
  /** Kubernetes version the Pod Security Standards controls are evaluated for (`v1.37`, the default: the newest policy version). */
  kubeVersion?: string;
  failOn?: Severity | 'none';
  rules?: Record<string, RuleSetting>;
  exclude?: string[];
  gitignore?: boolean;
  limits?: Partial<InputLimits>;
  /** Render kustomizations and Flux Kustomizations before auditing (default true). */
  render?: boolean;
  /** The kustomize to run: `kubectl` (default) or a `kustomize` binary. */
  kustomizeCommand?: string;
}

/** Config after defaults, with the folder relative paths in it are relative to. */
export interface Config {
  profile: string;
  kubeVersion: string;
  failOn: Severity | 'none';
  rules: Record<string, RuleSetting>;
  exclude: string[];
  gitignore: boolean;
  limits: InputLimits;
  render: boolean;
  kustomizeCommand: string;
  /** Where the config file was found, if any. */
  file?: string;
}
