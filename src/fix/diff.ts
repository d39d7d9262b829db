/**
 * A unified diff (`diff -u`, as `git apply` and `patch -p1` read it) of one file's text before and
 * after the fixes, with 3 lines of context. Lines are compared after the common head and tail are
 * cut off (fixes are local), then by a longest-common-subsequence table over what is left.
 */
const CONTEXT = 3;
/** Above this many cells the changed middle is shown as one replacement (no quadratic table). */
const MAX_TABLE = 4_000_000;

type Op = { t: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((line) => ({ t: ' ', line }));
  if (am.length * bm.length > MAX_TABLE) {
    ops.push(...am.map((line) => ({ t: '-' as const, line })), ...bm.map((line) => ({ t: '+' as const, line })));
  } else {
    // lcs[i][j]: length of the LCS of am[i..] and bm[j..]
    const w = bm.length + 1;
    const lcs = new Uint32Array((am.length + 1) * w);
    for (let i = am.length - 1; i >= 0; i--)
      for (let j = bm.length - 1; j >= 0; j--) lcs[i * w + j] = am[i] === bm[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) {
        ops.push({ t: ' ', line: am[i]! });
        i++;
        j++;
      } else if (i < am.length && (j === bm.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        ops.push({ t: '-', line: am[i++]! });
      } else {
        ops.push({ t: '+', line: bm[j++]! });
      }
    }
  }
  ops.push(...a.slice(a.length - tail).map((line) => ({ t: ' ' as const, line })));
  return ops;
}

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = lineOps(a, b);
  const out = [`--- a/${file}`, `+++ b/${file}`];
  // Group changes into hunks with CONTEXT lines around them.
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k]!.t === ' ') k++;
    if (k >= ops.length) break;
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]!.t !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.t === ' ') next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    let aLine = 1;
    let bLine = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i]!.t !== '+') aLine++;
      if (ops[i]!.t !== '-') bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.t !== '+').length;
    const bCount = hunk.filter((o) => o.t !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@`);
    for (const o of hunk) out.push(o.t + o.line);
    k = end;
  }
  const noEol = (t: string) => t !== '' && !t.endsWith('\n');
  // (a missing final newline is marked as diff does, on the last line of the side that lacks it)
  if (noEol(before) || noEol(after)) {
    const last = out.length - 1;
    if (noEol(after) && out[last]!.startsWith('+')) out.push('\\ No newline at end of file');
    else if (noEol(before) && out[last]!.startsWith('-')) out.push('\\ No newline at end of file');
    else if (noEol(before) && noEol(after) && out[last]!.startsWith(' ')) out.push('\\ No newline at end of file');
  }
  return out.join('\n') + '\n';
}
