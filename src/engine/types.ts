/**
 * Core types shared by the engine, the rules and the reporters.
 * Layering: cli → engine → rules → reporters; this file is the vocabulary they share.
 */
import type { SourceFile, K8sObject } from '../input/types.ts';

export type Severity = 'error' | 'warning' | 'note';
export type SeverityOrOff = Severity | 'off';
/** The `file` of findings that belong to no file: a crash in a rule's whole-model check. */
export const MODEL_FILE = '(model)';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/** A path into a Kubernetes object: map keys and sequence indexes, e.g. spec.template.spec.containers.0. */
export type ObjPath = readonly (string | number)[];

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units of the line
}

export interface Region {
  start: Position;
  end: Position;
}

export interface Suppression {
  kind: 'annotation' | 'comment' | 'baseline';
  justification: string;
  /** Where the suppression is written. */
  location?: { file: string; line: number };
}

export interface Finding {
  /** Stable rule code, e.g. LP101. */
  code: string;
  /** Kebab-case rule name, e.g. exec-subresource-verb-mismatch. */
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** Repo-relative or absolute path as given; '-' for stdin (shown as <stdin>), or `--stdin-name`; MODEL_FILE for none. */
  file: string;
  region: Region;
  /** The object the finding is about; absent for file-level diagnostics (YAML syntax errors). */
  object?: ObjectRef;
  /** Path into the object that the rule reported; the region is where it (or its nearest parent) is. */
  path?: ObjPath;
  /** Extra facts a reporter may show (justification text, the container name, …). */
  data?: Record<string, string>;
  suppressed?: Suppression;
  /** An edit that fixes the finding with no judgement needed (present when the audit was asked for edits). */
  fix?: TextFix;
  /** Edits that need a person's judgement. */
  suggestions?: TextFix[];
  /**
   * With `reportOnly` (audit --context DIR FILE...): set on a finding located outside the files named
   * whose cause involves them (it goes away without them): those files.
   */
  involves?: string[];
  /**
   * Other places of the same root cause (SARIF `relatedLocations`, JSON `related`): the findings of
   * rules that yield to this one (rule meta `yieldsTo`), folded in here instead of reported apart.
   */
  related?: RelatedLocation[];
  /** Hash of rule + object identity + path + message data: stable when unrelated lines move. */
  fingerprint: string;
}

/** One replacement in a file's text (offsets in UTF-16 code units of the text without its BOM). */
export interface TextEdit {
  file: string;
  /** [start, end) of the text replaced; start === end is an insertion. */
  range: [number, number];
  /** The same span as lines and 1-based columns (end exclusive). */
  region: Region;
  text: string;
}

export interface TextFix {
  description: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  file: string;
  region: Region;
  /** What is there: the folded finding's rule and message. */
  message: string;
  /** The rule whose finding was folded in here. */
  code: string;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** 0-based index of the YAML document in its file. */
  documentIndex: number;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface AuditSummary {
  files: number;
  documents: number;
  objects: number;
  skipped: SkippedFile[];
  /** Files that held YAML/JSON but no Kubernetes object (Helm values, kustomization.yaml, CI files…). */
  nonKubernetes: number;
  /** Those files, by name (JSON `nonKubernetesFiles`, SARIF notifications, text with --verbose). */
  nonKubernetesFiles: string[];
  /** Objects in the files reported on: `objects`, or with `reportOnly` the objects of those files. */
  objectsReported: number;
  findings: Record<Severity, number>;
  suppressed: number;
}

export interface AuditResult {
  findings: Finding[];
  summary: AuditSummary;
  /**
   * Every file read, for reporters that list files or print code frames. `audit()` keeps the text
   * of files that findings, suppressions or objects of the model point into; the others are listed
   * with an empty text (nothing is reported in them).
   */
  sources: Map<string, SourceFile>;
  /** Rules that were on during the run, for SARIF's tool.driver.rules. */
  rules: RuleDescriptor[];
}

/** What reporters need to know about a rule (metadata without code). */
export interface RuleDescriptor {
  code: string;
  name: string;
  severity: Severity;
  category: string;
  description: string;
  fullDescription: string;
  helpMarkdown: string;
  helpText: string;
  helpUri: string;
  tags: string[];
  securitySeverity: number;
}

export type { K8sObject, SourceFile };
