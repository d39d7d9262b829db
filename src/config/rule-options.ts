/**
 * Rule options checked against the JSON Schema each rule declares (`meta.optionsSchema`, ESLint's
 * `meta.schema`). The config schema itself is checked by a validator ajv generates at build time;
 * rule schemas live in the rules' code, so they are checked here with the subset of JSON Schema they
 * use: type, enum, const, properties, required, additionalProperties, items, minItems, maxItems,
 * uniqueItems, pattern, minLength, minimum, maximum, description. A keyword outside it throws
 * (test/rule-options.test.ts holds every rule's schema to the subset, and this checker to ajv).
 */

export type Schema = Record<string, unknown>;

const KEYWORDS = new Set(['type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems', 'pattern', 'minLength', 'minimum', 'maximum', 'description', 'default']);

export function unsupportedKeywords(schema: Schema): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema)) {
    if (!KEYWORDS.has(k)) out.push(k);
    if (k === 'properties') for (const s of Object.values(v as Record<string, Schema>)) out.push(...unsupportedKeywords(s));
    if ((k === 'items' || k === 'additionalProperties') && typeof v === 'object' && v !== null) out.push(...unsupportedKeywords(v as Schema));
  }
  return out;
}

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const typeMatches = (want: string, v: unknown) => typeOf(v) === want || (want === 'number' && typeof v === 'number');
const shown = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

export interface OptionProblem {
  /** Dotted path below `options`, '' for the options themselves. */
  path: string;
  message: string;
  /** additionalProperties: false: the unknown key and the keys allowed. */
  unknownKey?: { key: string; allowed: string[] };
}

/** The first problem of `value` against `schema`, or undefined. */
export function checkOptions(schema: Schema, value: unknown, path = ''): OptionProblem | undefined {
  const bad = unsupportedKeywords(schema);
  if (bad.length) throw new Error(`rule options schema uses unsupported keyword(s): ${bad.join(', ')}`);
  const at = (p: string, k: string | number) => (p ? `${p}.${k}` : String(k));
  if (typeof schema.type === 'string' && !typeMatches(schema.type, value)) return { path, message: `must be ${schema.type === 'array' ? 'a list' : schema.type === 'object' ? 'a mapping' : `a ${schema.type}`}, not ${typeOf(value) === 'array' ? 'a list' : typeOf(value) === 'object' ? 'a mapping' : `${typeOf(value)} ${shown(value)}`}` };
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) return { path, message: `must be one of ${schema.enum.map(shown).join(', ')}, not ${shown(value)}` };
  if ('const' in schema && schema.const !== value) return { path, message: `must be ${shown(schema.const)}` };
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) return { path, message: `must be at least ${schema.minLength} characters` };
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return { path, message: `must match ${schema.pattern}, not ${shown(value)}` };
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return { path, message: `must be at least ${schema.minimum}` };
    if (typeof schema.maximum === 'number' && value > schema.maximum) return { path, message: `must be at most ${schema.maximum}` };
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return { path, message: `must have at least ${schema.minItems} item(s)` };
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return { path, message: `must have at most ${schema.maxItems} item(s)` };
    if (schema.uniqueItems === true) {
      const seen = new Set<string>();
      for (const v of value) {
        const k = JSON.stringify(v);
        if (seen.has(k)) return { path, message: `must not repeat ${shown(v)}` };
        seen.add(k);
      }
    }
    if (schema.items && typeof schema.items === 'object') {
      for (let i = 0; i < value.length; i++) {
        const p = checkOptions(schema.items as Schema, value[i], at(path, i));
        if (p) return p;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required as string[] | undefined) ?? []) if (!(r in obj)) return { path, message: `needs the key '${r}'` };
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) {
        const p = checkOptions(props[k]!, v, at(path, k));
        if (p) return p;
      } else if (schema.additionalProperties === false) {
        return { path: at(path, k), message: 'is not an option of this rule', unknownKey: { key: k, allowed: Object.keys(props) } };
      } else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
        const p = checkOptions(schema.additionalProperties as Schema, v, at(path, k));
        if (p) return p;
      }
    }
  }
  return undefined;
}
