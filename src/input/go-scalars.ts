/**
 * Step 2 of reading YAML as kubectl does (goyaml.ts), for scalars: what go-yaml v2's resolve.go makes
 * of a plain or tagged scalar (YAML 1.1 booleans, Go's integers and floats, timestamps as strings,
 * `!!binary`), for the `yaml` package path (goDocumentValue) and the fast reader alike.
 */
import { DecodeError } from './go-errors.ts';


const TAG = 'tag:yaml.org,2002:';
const STR = TAG + 'str';
const BOOL = TAG + 'bool';
export const INT = TAG + 'int';
const FLOAT = TAG + 'float';
const NULL = TAG + 'null';
const TIMESTAMP = TAG + 'timestamp';
const BINARY = TAG + 'binary';
export const MERGE = TAG + 'merge';

const RESOLVE_MAP = new Map<string, [unknown, string]>();
for (const [v, tag, l] of [
  [true, BOOL, ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']],
  [false, BOOL, ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']],
  [null, NULL, ['', '~', 'null', 'Null', 'NULL']],
  [NaN, FLOAT, ['.nan', '.NaN', '.NAN']],
  [Infinity, FLOAT, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']],
  [-Infinity, FLOAT, ['-.inf', '-.Inf', '-.INF']],
  ['<<', MERGE, ['<<']],
] as const) {
  for (const s of l) RESOLVE_MAP.set(s, [v, tag]);
}

/** resolve.go's hint table: S sign, D digit, M in the map, `.` float. */
function hint(s: string): string {
  if (s === '') return 'N';
  const c = s[0]!;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseInt/ParseUint/big.Int SetString with base 0, after go-yaml removed underscores. */
const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|([0-9]+))$/;

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * go-yaml's integer: strconv.ParseInt(plain, 0, 64), else strconv.ParseUint(plain, 0, 64), which
 * takes no sign; past those ranges it is no integer (resolve() then tries a float, which a decimal
 * is, and a hex, octal or binary number is not: it stays a string). kubectl 1.32 reads
 * `0x10000000000000000` and `-0x8000000000000001` as strings and `0xFFFFFFFFFFFFFFFF` as a number.
 * The value is a JavaScript number: exact up to 2^53, rounded past it (model/shape.ts refuses such a
 * number where leastpriv reads one).
 */
function goInt(plain: string): number | undefined {
  const m = GO_INT.exec(plain);
  if (!m) return undefined;
  const [, sign, hex, oct, bin, legacyOct, dec] = m;
  const digits = hex ? '0x' + hex : oct ? '0o' + oct : bin ? '0b' + bin : legacyOct ? '0o' + legacyOct : dec!;
  // (0 itself matches as decimal: `0` alone has no legacy-octal digits)
  const v = BigInt(digits);
  if (sign === '-' ? v > INT64_MAX + 1n : v > (sign === '+' ? INT64_MAX : UINT64_MAX)) return undefined;
  return sign === '-' ? -Number(v) : Number(v);
}

function goFloat(s: string): number | undefined {
  const v = parseFloat(s);
  // Go's ParseFloat returns ErrRange past the largest float: go-yaml then leaves the scalar a string
  return Number.isFinite(v) ? v : undefined;
}

/**
 * go-yaml's timestamp check (parseTimestamp): the formats it tries with time.Parse. Only a tagged
 * `!!timestamp` depends on it: an untagged timestamp stays the string it is written as.
 */
const TIMESTAMP_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/;
function isTimestamp(s: string): boolean {
  const m = TIMESTAMP_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  const h = Number(m[4] ?? m[7] ?? 0);
  const mi = Number(m[5] ?? m[8] ?? 0);
  const se = Number(m[6] ?? m[9] ?? 0);
  return h < 24 && mi < 60 && se < 60;
}

/** [value, resolved tag] of a plain scalar as go-yaml's resolve(tag, in) gives them (`tag` '' for none). */
function resolve(tag: string, s: string): [unknown, string] {
  const h = hint(s);
  if (h !== '' && tag !== STR && tag !== BINARY) {
    const hit = RESOLVE_MAP.get(s);
    if (hit) return hit;
    if (h === '.') {
      if (DOT_FLOAT.test(s)) {
        const f = goFloat(s);
        if (f !== undefined) return [f, FLOAT];
      }
    } else if (h === 'D' || h === 'S') {
      if ((tag === '' || tag === TIMESTAMP) && isTimestamp(s)) return [s, TIMESTAMP];
      const plain = s.replace(/_/g, '');
      const i = goInt(plain);
      if (i !== undefined) return [i, INT];
      if (YAML_STYLE_FLOAT.test(plain)) {
        const f = goFloat(plain);
        if (f !== undefined) return [f, FLOAT];
      }
    }
  }
  return [s, STR];
}

/** An untagged plain scalar, as go-yaml resolves it (timestamps stay strings: go-yaml v2 decode.go). */
export function goResolvePlain(s: string): unknown {
  return resolve('', s)[0];
}

const RESOLVABLE = new Set([STR, BOOL, INT, FLOAT, NULL, TIMESTAMP]);

const short = (tag: string) => (tag.startsWith(TAG) ? '!!' + tag.slice(TAG.length) : tag);

/** Go's base64.StdEncoding.DecodeString (it skips CR and LF), then the bytes as sigs.k8s.io/yaml's JSON writes a string. */
function binary(s: string, at: number): string {
  const b64 = s.replace(/[\r\n]/g, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64)) {
    throw new DecodeError('!!binary value contains invalid base64 data', at);
  }
  return new TextDecoder('utf-8').decode(Buffer.from(b64, 'base64'));
}

/**
 * A scalar's value as go-yaml decodes it into interface{}: `tag` is its explicit tag (long form) or
 * undefined, `plain` whether it is a plain scalar (else quoted or block: a string unless tagged).
 */
export function goScalar(source: string, tag: string | undefined, plain: boolean, at = 0): unknown {
  return goScalarTagged(source, tag, plain, at)[0];
}

/** goScalar's value and the tag it resolved to (a float key is written differently from an int key). */
export function goScalarTagged(source: string, tag: string | undefined, plain: boolean, at = 0): [unknown, string] {
  if (tag === undefined || tag === '!') {
    // `!` (non-specific) leaves a plain scalar implicit in go-yaml, but resolve() gets the tag `!`,
    // which is not resolvable: the text itself
    if (tag === '!' || !plain) return [source, STR];
    const r = resolve('', source);
    return r[1] === TIMESTAMP ? [source, STR] : r;
  }
  if (tag === BINARY) return [binary(source, at), STR];
  if (!RESOLVABLE.has(tag)) return [source, STR]; // local tags, !!map, !!seq on a scalar, unknown !!x: the text
  const [v, rtag] = resolve(tag, source);
  if (tag === STR || rtag === TIMESTAMP) return [source, STR];
  if (rtag === tag) return [v, rtag];
  if (tag === FLOAT && rtag === INT) return [v, FLOAT];
  throw new DecodeError(`cannot decode ${short(rtag)} \`${source}\` as a ${short(tag)}`, at);
}

/** Whether a plain scalar resolves to an int (JSON keys: sigs.k8s.io/yaml writes float keys another way). */
export function goResolvesToInt(s: string): boolean {
  return resolve('', s)[1] === INT;
}
