/**
 * What go-yaml (kubectl) refuses at the start of a line, where the `yaml` package reads on.
 *
 * Tabs: go-yaml v2 skips a tab between tokens only in a flow collection or where no simple key may
 * start (scannerc.go, yaml_parser_scan_to_next_token). At the start of a line of block context, and
 * after `-` or `?`, a simple key may start, so a tab there is "found character that cannot start any
 * token" or "found a tab character that violates indentation": kubectl 1.32 refuses `-<TAB>x`,
 * `- <TAB>x`, `?<TAB>x`, and a line of only `  <TAB>` or `  <TAB># note` between two keys, all of
 * which the `yaml` package reads (such a document was audited while `kubectl apply` failed). After a
 * key's `:` a tab is fine (`name:<TAB>a` applies). Inside quoted scalars and flow collections tabs are
 * white space to both; block scalars have their own rule (goyaml.ts checkBlockTabs).
 *
 * A tag or an anchor before a `?` key indicator (`!!map ? hostNetwork`): go-yaml refuses it ("mapping
 * keys are not allowed in this context"), the `yaml` package reads the key (kubectl 1.32).
 *
 * A `...` line: go-yaml ends the document there whatever it is in (documentEnds), and refuses one
 * where a document should start.
 */
import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.ts';

/** From a line's start: spaces, and `-` or `?` each followed by a blank, then a tab. */
const TAB_IN_PREFIX = /^(?: |[-?](?=[ \t]))*\t/gm;
/**
 * From a line's start: a `:` value indicator (after a `?` key), blanks, then a tab. After a complex
 * key's `:` go-yaml allows a simple key (scannerc.go, yaml_parser_fetch_value), so it does not skip a
 * tab there: kubectl 1.32 refuses `? a` then `:<TAB>b`, and reads `a:<TAB>b`.
 */
const TAB_AFTER_VALUE_INDICATOR = /^(?: |[-?](?=[ \t]))*:(?=[ \t])[ ]*\t/gm;
/** From a line's start: indentation and `- ` entries, then tags or anchors, then a `?` key indicator. */
const PROPERTY_BEFORE_KEY = /^[ ]*(?:-[ ]+)*(?:[!&][^ \t\r\n]*[ \t]+)+\?(?=[ \t\r\n]|$)/gm;

const REFUSED = [
  { re: TAB_IN_PREFIX, what: 'a tab at the start of a line, or after a `-` or `?` indicator: go-yaml (kubectl) refuses it there ("found character that cannot start any token"), where a tab is not white space. Use spaces' },
  { re: TAB_AFTER_VALUE_INDICATOR, what: 'a tab after a `:` that gives a `?` key its value: go-yaml (kubectl) refuses it there ("found character that cannot start any token"), where a tab is not white space. Use spaces' },
  { re: PROPERTY_BEFORE_KEY, what: 'a tag or an anchor before a `?` key indicator: go-yaml (kubectl) refuses it ("mapping keys are not allowed in this context"). Write it after the `?`' },
];

/** A chunk whose first line that is not blank or a comment is a `...` line. */
export const FIRST_IS_DOCUMENT_END = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*\.\.\.(?:[ \t\r\n]|$)/;
/** A document end marker line (`...` then a blank or the end of the line). */
const DOCUMENT_END = /^\.\.\.(?=[ \t\r\n]|$)/gm;

/** Whether the fast reader must leave `text` to the `yaml` package path, where refusedLinePrefix looks. */
export function mayRefuseLinePrefix(text: string): boolean {
  return REFUSED.some(({ re }) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}

/**
 * The first thing go-yaml refuses at the start of a line of the chunk `text`, parsed as `docs` (its
 * offset into `text`, and what to say), or undefined. Lines that start inside a quoted scalar, a flow
 * collection or a block scalar are not looked at.
 */
export function refusedLinePrefix(text: string, docs: readonly Document.Parsed[]): { at: number; what: string } | undefined {
  const hits: { at: number; what: string }[] = [];
  for (const { re, what } of REFUSED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ at: m.index + m[0].length - 1, what });
  }
  if (hits.length === 0) return undefined;
  hits.sort((a, b) => a.at - b.at);
  const { visit, isScalar } = yamlLib();
  // tabs are white space inside quoted scalars, flow collections and block scalars (checked on their
  // own); a plain scalar of several lines, in a flow collection too, holds go-yaml's indentation
  // check (yaml_parser_scan_plain_scalar: "found a tab character that violates indentation")
  const exempt: [number, number][] = [];
  const plain: [number, number][] = [];
  for (const doc of docs) {
    visit(doc, (_key, n) => {
      const node = n as { range?: [number, number, number]; type?: string; flow?: boolean } | null;
      const r = node?.range;
      if (!r) return;
      if (isScalar(n) && node!.type === 'PLAIN') plain.push([r[0], r[1]]);
      else if (isScalar(n) || node!.flow === true) exempt.push([r[0], r[2]]);
    });
  }
  const inPlain = inside(plain);
  const inExempt = inside(exempt);
  return hits.find((h) => inPlain(h.at) || !inExempt(h.at));
}

/**
 * For increasing offsets, whether each is inside (not at the start of) one of `ranges`: a sweep, as a
 * hostile chunk may hold many of both.
 */
function inside(ranges: [number, number][]): (h: number) => boolean {
  ranges.sort((a, b) => a[0] - b[0]);
  let j = 0;
  let maxEnd = -1;
  return (h) => {
    for (; j < ranges.length && ranges[j]![0] < h; j++) maxEnd = Math.max(maxEnd, ranges[j]![1]);
    return h < maxEnd;
  };
}

/**
 * `...` lines that end a document to go-yaml in the middle of a value: inside a flow collection or a
 * scalar of several lines (kubectl 1.32: "did not find expected ',' or '}'", "found unexpected
 * document indicator"), where the `yaml` package reads the line as text (their offsets, at most one a
 * chunk); and whether a chunk the `yaml` package cannot read has one (padding it, which indents the
 * line, would make it text: the `...` inside a quoted string that padding mended hid a value).
 */
export function documentEnds(pcs: readonly { text: string; docs: readonly Document.Parsed[]; chunk: { start: number } }[]): { inValues: number[]; inBroken: boolean } {
  const inValues: number[] = [];
  let inBroken = false;
  for (const pc of pcs) {
    const broken = pc.docs.some((d) => d.errors.length > 0);
    DOCUMENT_END.lastIndex = 0;
    let di = 0; // (documents in order, hits in order: one sweep)
    for (let m = DOCUMENT_END.exec(pc.text); m; m = DOCUMENT_END.exec(pc.text)) {
      const h = m.index;
      if (broken) inBroken = true;
      while (di < pc.docs.length && (pc.docs[di]!.range?.[2] ?? Infinity) <= h) di++;
      const r = pc.docs[di]?.contents?.range;
      if (r !== undefined && r[0] < h && h < r[2]) {
        inValues.push(pc.chunk.start + h);
        break;
      }
    }
  }
  return { inValues, inBroken };
}
