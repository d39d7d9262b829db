import { goResolvePlain } from '../go-scalars.ts';
/**
 * What the fast reader's parts share: giving up, character codes and indicators, and scalar
 * resolution as YAML 1.1 with go-yaml floats (see ../fast-yaml.ts for the contract).
 */
export function trimEndBlanks(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  return e === s.length ? s : s.slice(0, e);
}

export class GiveUp {
  constructor(readonly why: string) {}
}
export const giveUp = (why: string): never => {
  throw new GiveUp(why);
};

// ---- scalar resolution: YAML 1.1 as the `yaml` package's yaml-1.1 schema, floats as go-yaml ----
// Tag order and tests follow node_modules/yaml/dist/schema/yaml-1.1/*.js; tree.ts narrows floats.
export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const TRUE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
export const FALSE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
export const INT_BIN = /^[-+]?0b[0-1_]+$/;
export const INT_OCT = /^[-+]?0[0-7_]+$/;
export const INT_DEC = /^[-+]?[0-9][0-9_]*$/;
export const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
export const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
export const GO_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
export const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Resolved by tags this reader leaves to the `yaml` package (sexagesimal numbers, timestamps).
export const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
export const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

export function intResolve(str: string, offset: number, radix: number): number {
  const sign = str[0];
  if (sign === '-' || sign === '+') offset += 1;
  const n = parseInt(str.substring(offset).replace(/_/g, ''), radix);
  return sign === '-' ? -1 * n : n;
}

/** Characters that can start a plain scalar that is not a string. */
export function mayResolve(c: number): boolean {
  // - + . 0-9 ~ < N n Y y T t F f O o
  return (
    c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57) || c === 126 || c === 60 ||
    c === 78 || c === 110 || c === 89 || c === 121 || c === 84 || c === 116 || c === 70 || c === 102 || c === 79 || c === 111
  );
}

/**
 * A plain scalar as go-yaml v2 resolves it (goyaml.ts: kubectl's reading; `0o17` and `1_0.5` are
 * numbers, `1:20` and timestamps strings). A merge key is left to the `yaml` package's path.
 */
export function resolvePlain(s: string): unknown {
  if (s.length === 0) return null;
  if (!mayResolve(s.charCodeAt(0))) return s;
  if (s === '<<') giveUp('merge key');
  const v = goResolvePlain(s);
  // (kubectl refuses them: goyaml.ts words the error)
  if (typeof v === 'number' && !Number.isFinite(v)) giveUp('.inf or .nan');
  return v;
}

// ---- the reader ----

export const SP = 32;
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const DQ = 34;
export const SQ = 39;

/** Characters that cannot start a plain scalar here (they are indicators or reserved). */
export function indicator(c: number): boolean {
  // & * ! | > ' " % @ ` ? [ ] { } , #
  return (
    c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 ||
    c === 63 || c === 91 || c === 93 || c === 123 || c === 125 || c === 44 || c === HASH
  );
}

export const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ' };
