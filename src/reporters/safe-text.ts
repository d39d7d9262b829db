/**
 * Text from the manifests (names, annotations, justifications, comments, file names, server
 * messages) on its way to a terminal or a CI log. Whoever writes a manifest must not be able to
 * rewrite what the reader sees (ANSI/OSC escapes, a CR that returns to the start of the line,
 * bidirectional overrides, line and paragraph separators) or make the log runner act on it.
 *
 * GitHub's runner reads two kinds of workflow commands in a step's output (actions/runner,
 * src/Runner.Worker/ActionCommandManager.cs and ActionCommand.cs): a line whose text, after leading
 * white space is trimmed (.NET's Char.IsWhiteSpace, which includes NEL and NBSP), starts with `::`,
 * and the legacy form `##[command]` anywhere in a line. So manifest text may not bring its own line
 * breaks, may not start a line with `::`, and may not contain `##[`: a plain `npx leastpriv audit`
 * step must not be able to stop the runner's command processing, mask or set anything.
 */

/** C0 controls and DEL: shown as their Unicode control pictures (one column each, like the original). */
const C0 = /[\u0000-\u001f\u007f]/g;
/**
 * C1 controls (NEL, CSI…), bidirectional marks, embeddings, overrides and isolates, line and
 * paragraph separators, the zero-width space and the BOM, interlinear annotation marks: shown as
 * `\uXXXX`.
 */
const INVISIBLE = /[\u0080-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

const picture = (c: string): string => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0)));
const uEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `##[` with its second `#` as a fullwidth number sign: still readable, no longer a command. */
const LEGACY_COMMAND = /##\[/g;

/** Manifest text made safe for one line of a terminal or log. */
export function safeText(s: string): string {
  return s.replace(C0, picture).replace(INVISIBLE, uEscape).replace(LEGACY_COMMAND, '#\uff03[');
}

/** Leading white space as the runner trims it (.NET Char.IsWhiteSpace), then `::`. */
const COMMAND_START = /^[\s\u0085]*::/;

/** Whether the runner would read this line as a workflow command. */
export const startsCommand = (line: string): boolean => COMMAND_START.test(line);

/**
 * The last guard on a line of a report: one that would start with `::` gets its first colon as a
 * fullwidth colon. Reporters keep manifest text off the start of lines, so this should never fire;
 * it is here so that a mistake cannot turn into a workflow command.
 */
export function guardLine(line: string): string {
  return startsCommand(line) ? line.replace(':', '\uff1a') : line;
}

/** guardLine on every line of a block of text. */
export function guardLines(text: string): string {
  return text.includes('::') ? text.split('\n').map(guardLine).join('\n') : text;
}

/**
 * A file name as a line may start with it: safe text, and `./` in front of a relative name that
 * would start with `::` (or white space then `::`).
 */
export function safeFileName(f: string): string {
  const s = safeText(f);
  return startsCommand(s) ? `./${s}` : s;
}

/**
 * Text output whose lines mix our words with manifest text (can-i, who-can): every line made safe
 * (safeText, which leaves our own words as they are) and guarded against starting a workflow command.
 */
export function safeLines(text: string): string {
  return text.split('\n').map((l) => guardLine(safeText(l))).join('\n');
}
