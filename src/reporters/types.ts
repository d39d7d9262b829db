import type { FullAuditResult } from '../engine/audit.ts';

export interface ReportOptions {
  /** Colours in text output. */
  color: boolean;
  /** Show suppressed findings in text output. */
  showSuppressed: boolean;
  /** Folder SARIF URIs are relative to. */
  sarifRoot: string;
  /** Working folder the result's relative paths are relative to. */
  cwd: string;
  toolVersion: string;
  /** Text: name every file without Kubernetes objects and every skipped file (--verbose). */
  verbose?: boolean;
}

export type Reporter = (result: FullAuditResult, opts: ReportOptions) => string;

/** A report in pieces, written as they are made (the CLI's --output and stdout): `Reporter`'s text, chunk by chunk. */
export type ChunkedReporter = (result: FullAuditResult, opts: ReportOptions) => Iterable<string>;
