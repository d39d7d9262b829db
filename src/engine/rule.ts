/**
 * The rule API. A rule is pure: it reads the model and reports findings by path and message id;
 * the engine turns paths into positions, applies config and suppressions, and catches what a rule throws.
 * `defineRule` types message ids, so a misspelled id is a compile error.
 */
import type { K8sObject } from '../input/types.ts';
import type { ObjPath, Severity } from './types.ts';
import type { Model } from '../model/model.ts';

export interface RuleDocs {
  /** What the rule flags, one paragraph. */
  whatItDoes: string;
  /** Why it matters: the risk or the failure it prevents. */
  whyItMatters: string;
  /** A manifest that the rule flags. */
  example: string;
  /** The corrected manifest. */
  useInstead: string;
  /** Sources for the facts the rule depends on. */
  references: string[];
  /** Options, suppression or other notes (markdown). */
  notes?: string;
}

export interface RuleMeta<M extends string> {
  /** Stable code, never renumbered or reused: LP0xx input, LP1xx RBAC, LP2xx pod security, LP3xx Pod Security Standards. */
  code: string;
  /** Kebab-case name of the risky pattern. */
  name: string;
  severity: Severity;
  category: 'input' | 'rbac' | 'pod-security' | 'suppression';
  /** Pod Security Standards rules: the Pod Security Admission check they implement (`hostPorts`). */
  control?: string;
  /** One line, for rule lists and SARIF shortDescription. */
  description: string;
  /** CVSS-like 0.0–10.0 score for GitHub code scanning's security severity. */
  securitySeverity: number;
  tags: string[];
  /** Message templates; `{name}` placeholders are filled from the report's data. */
  messages: Record<M, string>;
  /** JSON Schema of the rule's options (validated with the config). */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  docs: RuleDocs;
  /**
   * One finding per root cause: this rule's finding is folded into a finding of one of these rules
   * (codes) that reports the same `cause` (see Report.cause) — it becomes a related location of it
   * instead of a finding of its own. `why` says, in the rule's doc, which finding carries the cause.
   */
  yieldsTo?: { codes: string[]; why: string };
  /** For rules others yield to: what this rule's finding carries for them (shown in its doc). */
  carriesCauseOf?: { codes: string[]; why: string };
}

export interface Report<M extends string> {
  object: K8sObject;
  path: ObjPath;
  messageId: M;
  data?: Record<string, string | number>;
  /** Overrides the rule's configured severity for this finding (rare: scope-scaled rules). */
  severity?: Severity;
  /**
   * An edit that makes the manifest mean what the finding says it should, with no judgement needed
   * (ESLint's `fix`): applied by `audit --fix`.
   */
  fix?: RuleFix;
  /** Edits that need a person's judgement (ESLint's suggestions): applied only when asked (`--suggestions`). */
  suggestions?: RuleFix[];
  /**
   * The root cause this finding is about, as a key shared with the rules it yields to or that yield
   * to it (meta.yieldsTo): `container:<path>`, `capability:<path>`, … within the reported object.
   */
  cause?: string;
}

/**
 * A rule's edit, described by path and new value: the engine (src/fix/) turns it into text edits
 * that leave everything else in the file as it is, and drops it when the result would not parse,
 * would not hold the value, or would be rejected by the API server.
 */
export interface RuleFix {
  /** What the edit does, imperative: "Add `get` to the verbs". */
  description: string;
  edits: RuleEdit[];
}

export type RuleEdit = {
  /** The object edited; the reported object when absent. */
  object?: K8sObject;
  path: ObjPath;
  /** Shown as a YAML comment at the end of the line the edit writes (a placeholder's instructions). */
  comment?: string;
} & ({ set: unknown } | { append: unknown });

export interface RuleContext<M extends string, O> {
  /**
   * The objects cross-object rules read (src/model/model.ts). In `checkObject` it is there for objects
   * of the model (RBAC objects, objects that carry pods); other objects are checked as their file is
   * read, before the model exists, and using it for them is a rule bug (reported as LP004).
   */
  model: Model;
  options: O;
  /** The rule's configured severity for this run (scope-scaled rules lower it for narrower grants). */
  severity: Severity;
  /** The Kubernetes version the run targets (`v1.35`): config `kubeVersion` or `--kube-version`. */
  kubeVersion: string;
  report(r: Report<M>): void;
  /**
   * The YAML comment written for the node at `path`: on its own line, or alone on the line just
   * above. leastpriv's own directives (`leastpriv-ignore`, fixture `expect:` markers) are not comments
   * in this sense. Undefined when there is none.
   */
  commentFor(obj: K8sObject, path: ObjPath): string | undefined;
  /**
   * `file:line` of the node at `path` in an object (or its nearest parent): for messages that point
   * at another object than the one reported, e.g. the role that grants what a binding lacks.
   */
  where(obj: K8sObject, path: ObjPath): string;
  /** Record a privilege that is allowed because a reason is written for it (shown in reports). */
  justified(j: { object: K8sObject; path: ObjPath; privilege: string; reason: string; source: 'annotation' | 'comment' }): void;
}

export interface Rule<M extends string = string, O = Record<string, unknown>> {
  meta: RuleMeta<M>;
  /** Called once per object (rules that look at one object at a time). */
  checkObject?(obj: K8sObject, ctx: RuleContext<M, O>): void;
  /** Called once per run (rules that look across objects: effective RBAC, attack paths). */
  checkModel?(ctx: RuleContext<M, O>): void;
  /**
   * Called once per set of objects that are applied together: the objects of one file audited as
   * written, or of one rendered root (src/render), in their order; `scope` names it (the file, or
   * the root). Objects the API server would reject (`invalid`) are left out.
   */
  checkGroup?(objects: readonly K8sObject[], scope: { name: string; rendered: boolean }, ctx: RuleContext<M, O>): void;
}

export function defineRule<M extends string, O = Record<string, unknown>>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/**
 * A message template, `{name}` for a data value, split once: the text between placeholders at even
 * indexes, the names at odd ones (what `template.replace(/\{(\w+)\}/g, …)` would match, left to right).
 */
const compiled = new Map<string, readonly string[]>();
function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** The template with each `{name}` that `data` has replaced by its value (a name it lacks stays as written). */
export function format(template: string, data: Record<string, string | number> | undefined): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = data?.[parts[i]!];
    out += (v !== undefined ? String(v) : `{${parts[i]}}`) + parts[i + 1]!;
  }
  return out;
}

/** Whether `format(template, data)` is `message`, without making it (stored findings: engine/finding-codec.ts). */
export function formats(template: string, data: Record<string, string | number> | undefined, message: string): boolean {
  const parts = partsOf(template);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    let piece = parts[i]!;
    if (i % 2 === 1) {
      const v = data?.[piece];
      piece = v !== undefined ? String(v) : `{${piece}}`;
    }
    if (!message.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === message.length;
}
