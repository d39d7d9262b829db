/**
 * Multi-line quoted scalars and flow collections whose continuation lines are indented no deeper
 * than the block they sit in, as Argo Workflows' examples write shell scripts:
 *
 *       args: ["
 *         go build -v .
 *       "]
 *
 * The YAML spec wants those lines indented past the parent block, and the `yaml` package holds to
 * it ("Missing closing quote"); go-yaml, which kubectl, kustomize and the API server use, does not
 * check indentation inside flow context and reads the value as intended (checked with kubectl
 * kustomize and kubectl create --dry-run on such a file). To read what Kubernetes reads, a file
 * whose parse fails is parsed once more with those continuation lines padded one column past the
 * block; the padded text is used only when it has fewer broken documents and every padded line is
 * inside a quoted scalar or a flow collection of its parse (parse.ts, paddedInsideFlow). Line numbers do not change,
 * and columns only on the padded lines, which are inside a scalar value.
 */

/** Spaces to add at the start of lines (by 0-based line index) so flow continuations are indented past their block. */
function pads(text: string): Map<number, number> {
  const lines = text.split('\n');
  const out = new Map<number, number>();
  let inDouble = false;
  let inSingle = false;
  let depth = 0;
  let open = 0; // indentation of the line where the current quote or flow collection began
  let blockScalar = -1; // indentation of a block scalar's header line while inside its content
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const indent = /^ */.exec(line)![0].length;
    const blank = line.trim() === '';
    if (blockScalar >= 0) {
      if (blank || indent > blockScalar) continue;
      blockScalar = -1;
    }
    const inside = inDouble || inSingle || depth > 0;
    if (inside && !blank && indent <= open) out.set(li, open + 1 - indent);
    if (!inside) open = indent;
    let prev = ''; // last significant character on this line, to tell where a value starts
    for (let i = indent; i < line.length; i++) {
      const c = line[i]!;
      if (inDouble) {
        if (c === '\\') i++;
        else if (c === '"') inDouble = false;
        prev = c;
        continue;
      }
      if (inSingle) {
        if (c === "'" && line[i + 1] === "'") i++;
        else if (c === "'") inSingle = false;
        prev = c;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
      const valueStart = startsValue(prev, depth, line[i - 1]);
      if (valueStart && c === '"') inDouble = true;
      else if (valueStart && c === "'") inSingle = true;
      else if ((c === '[' || c === '{') && (valueStart || depth > 0)) depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
      else if (depth === 0 && valueStart && (c === '|' || c === '>') && blockHeader(line, i)) {
        blockScalar = indent;
        break;
      }
      prev = c;
    }
  }
  return out;
}

/**
 * Whether a character after `prev` (the last one that is not white space; `before` the one right
 * before it) starts a value, as go-yaml's scanner tells: at the start of a line; after `:`, `-` or
 * `?` followed by white space (`a:"b`, `a-"b` are plain scalars in block context); after `[`, `{`,
 * `,` or `:` inside a flow collection (go-yaml v2 takes `:` there as a value indicator even without
 * a space: scannerc.go, yaml_parser_fetch_next_token). A quote anywhere else is text: taken for an
 * open quote, it padded the lines after it into the key before them (`a,"b:` then `privileged:
 * true`: a child of `a,"b` to the `yaml` package, a sibling to kubectl 1.32).
 */
function startsValue(prev: string, depth: number, before: string | undefined): boolean {
  if (prev === '') return true;
  const spaced = before === ' ' || before === '\t';
  if (depth > 0) return prev === '[' || prev === '{' || prev === ',' || prev === ':' || (prev === '?' && spaced);
  return (prev === ':' || prev === '-' || prev === '?') && spaced;
}

/**
 * Whether `line` from `i` (a `|` or `>`) is a block scalar header: indicators (`-`, `+`, digits), then
 * only white space or a comment. A scan, not a regexp on `line.slice(i)`: that copied the rest of the
 * line at every `|` of a line like `-|-|-|…`, quadratic on one long line.
 */
function blockHeader(line: string, i: number): boolean {
  let k = i + 1;
  while (k < line.length && (line[k] === '-' || line[k] === '+' || (line[k]! >= '0' && line[k]! <= '9'))) k++;
  while (k < line.length && /\s/.test(line[k]!)) k++;
  if (k === line.length) return true;
  if (line[k] !== '#') return false;
  // a comment to the end of the line (`.` in the regexp this replaces: no CR, LS or PS before trailing space)
  let e = line.length;
  while (e > k && /\s/.test(line[e - 1]!)) e--;
  for (let j = k; j < e; j++) {
    const c = line.charCodeAt(j);
    if (c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** The text with flow continuation lines padded (see the file comment); the same text when none needs it. */
export function padFlowContinuations(text: string): string {
  return padFlowContinuationLines(text).text;
}

/**
 * padFlowContinuations, and where each padded line's first character that is not a space now is (an
 * offset into the padded text): the caller checks that each is inside a quoted scalar or a flow
 * collection of the padded parse, since this scan only guesses where those are.
 */
export function padFlowContinuationLines(text: string): { text: string; padded: number[] } {
  const p = pads(text);
  if (p.size === 0) return { text, padded: [] };
  const padded: number[] = [];
  let at = 0;
  const lines = text.split('\n').map((line, i) => {
    const n = p.get(i);
    const out = n === undefined ? line : ' '.repeat(n) + line;
    if (n !== undefined) padded.push(at + /^ */.exec(out)![0].length);
    at += out.length + 1;
    return out;
  });
  return { text: lines.join('\n'), padded };
}
