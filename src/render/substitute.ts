/**
 * Flux post-build variable substitution (`spec.postBuild`): after the build, kustomize-controller
 * replaces `${var}` expressions in each object's YAML with the values of `spec.postBuild.substitute`
 * and of the ConfigMaps and Secrets `substituteFrom` names, the inline ones taking precedence
 * (fluxcd/kustomize-controller docs/spec/v1/kustomizations.md, "Post build variable substitution";
 * fluxcd/pkg/envsubst). Modelled here:
 * - `${var}`, and the defaults `${var:=default}`, `${var:-default}` (unset or empty) and
 *   `${var=default}`, `${var-default}` (unset); an undefined variable without a default becomes
 *   the empty string (Flux without its StrictPostBuildSubstitutions gate);
 * - `$${var}` stays `${var}` as written; `$var` is never substituted;
 * - an object labelled or annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` is left alone;
 * - a value that was one expression and becomes a number or a boolean is one (Flux substitutes in
 *   the YAML text, which it then reads again).
 * The values of `substituteFrom` live in the cluster: with it, only the inline values are
 * substituted (they win anyway) and every other expression stays as written (`complete: false`).
 * Any other expression (`${var:1:2}`, `${var/a/b}`, `${#var}`…) leaves its string as written.
 */
import { isRecord } from '../model/workloads.ts';

export interface Variables {
  values: ReadonlyMap<string, string>;
  /** Every variable's value is known (no substituteFrom): an undefined one is empty. */
  complete: boolean;
}

const DISABLED = 'kustomize.toolkit.fluxcd.io/substitute';
const EXPR = /\$(\$)?\{([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[=-])([^}]*))?\}|\$\{[^}]*\}/g;

/** The string with its expressions substituted, or undefined when one of them cannot be. */
function substituteString(s: string, vars: Variables): string | undefined {
  if (!s.includes('${')) return s;
  let unknown = false;
  const out = s.replace(EXPR, (whole, escaped: string | undefined, name: string | undefined, op: string | undefined, def: string | undefined) => {
    if (escaped) return whole.slice(1);
    if (name === undefined) {
      unknown = true; // an expression not modelled
      return whole;
    }
    const v = vars.values.get(name);
    if (op === ':=' || op === ':-') {
      if (v !== undefined && v !== '') return v;
      if (!vars.complete) return ((unknown = true), whole);
      return def ?? '';
    }
    if (op === '=' || op === '-') {
      if (v !== undefined) return v;
      if (!vars.complete) return ((unknown = true), whole);
      return def ?? '';
    }
    if (v !== undefined) return v;
    if (!vars.complete) return ((unknown = true), whole);
    return '';
  });
  return unknown && !vars.complete ? partial(s, vars) : unknown ? undefined : out;
}

/** With values missing (substituteFrom): only the expressions whose variable is set inline. */
function partial(s: string, vars: Variables): string {
  return s.replace(EXPR, (whole, escaped: string | undefined, name: string | undefined) => {
    if (escaped || name === undefined) return whole;
    const v = vars.values.get(name);
    return v !== undefined && v !== '' ? v : whole;
  });
}

/** A value that was one expression, now a number or a boolean, as the YAML reader takes it. */
function typed(before: string, after: string): unknown {
  if (!/^\$\{[^}]*\}$/.test(before)) return after;
  if (after === 'true' || after === 'false') return after === 'true';
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(after)) return Number(after);
  return after;
}

function walk(v: unknown, vars: Variables, depth: number): unknown {
  if (depth > 100) return v;
  if (typeof v === 'string') {
    const s = substituteString(v, vars);
    return s === undefined || s === v ? v : typed(v, s);
  }
  if (Array.isArray(v)) return v.map((x) => walk(x, vars, depth + 1));
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[substituteString(k, vars) ?? k] = walk(x, vars, depth + 1);
    return out;
  }
  return v;
}

/** The object's value with Flux's substitution applied, or undefined when it changes nothing. */
export function substituteObject(value: Record<string, unknown>, vars: Variables): Record<string, unknown> | undefined {
  const meta = isRecord(value.metadata) ? value.metadata : {};
  for (const m of [meta.labels, meta.annotations]) if (isRecord(m) && m[DISABLED] === 'disabled') return undefined;
  if (!JSON.stringify(value).includes('${')) return undefined;
  return walk(value, vars, 0) as Record<string, unknown>;
}

/**
 * The variables of a Flux Kustomization's `spec.postBuild`, or undefined when it substitutes
 * nothing (Flux substitutes only when a variable or a source is given).
 */
export function variablesOf(postBuild: unknown): Variables | undefined {
  if (!isRecord(postBuild)) return undefined;
  const inline = isRecord(postBuild.substitute) ? postBuild.substitute : {};
  const from = Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : [];
  if (!Object.keys(inline).length && !from.length) return undefined;
  const values = new Map<string, string>();
  for (const [k, v] of Object.entries(inline)) if (v !== null && typeof v !== 'object') values.set(k, String(v));
  return { values, complete: from.length === 0 };
}
