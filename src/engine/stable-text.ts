/**
 * Fingerprints never depend on line numbers (fingerprint.ts: an unrelated edit above must not turn
 * a known finding into a new one — a `--baseline` entry, a GitHub code scanning alert). The message
 * is part of a fingerprint, and some messages say where another object is written: a cross-object
 * rule names the role's rule that grants what a binding lacks (`ctx.where`: "rbac/role.yaml:12"), a
 * duplicate key says on which line the key was first set. A comment added above that role changed
 * every such finding's fingerprint. So the text a fingerprint is made from has each such place
 * replaced by what stays when lines move: the file and the object there.
 */
import type { K8sObject } from '../input/types.ts';

/** The `ctx.where` texts of one run, and what each stands for. */
export class WhereTexts {
  /** Each `file:line` text noted, with its stable form. */
  private readonly texts = new Map<string, string>();
  /** The lengths of the texts' file parts, longest first (a handful: a text is found by trying each). */
  private lengths: number[] = [];

  /** `text` (`file:line`, as Positions.where wrote it) names a node of `obj`. */
  note(text: string, obj: K8sObject): void {
    if (this.texts.has(text)) return;
    const colon = text.lastIndexOf(':');
    if (colon < 0) return;
    // (the object, not the path in it: two paths of one object can share a line — flow style, or a
    // missing path placed at its parent — and the first one noted must not decide the form)
    this.texts.set(text, `${text.slice(0, colon)}@${obj.apiVersion}/${obj.kind}/${obj.namespace ?? ''}/${obj.name}`);
    if (!this.lengths.includes(colon)) this.lengths = [...this.lengths, colon].sort((x, y) => y - x);
  }

  /** `message` with every `where` text noted in it replaced by its stable form. */
  stable(message: string): string {
    if (!this.texts.size || !message.includes(':')) return message;
    let out = '';
    let last = 0;
    for (const m of message.matchAll(LINE_END)) {
      const end = m.index + m[0].length;
      // (the longest noted text that ends here, in case one file's path ends another's)
      for (const length of this.lengths) {
        const start = m.index - length;
        if (start < last) continue;
        const stable = this.texts.get(message.slice(start, end));
        if (stable === undefined) continue;
        out += message.slice(last, start) + stable;
        last = end;
        break;
      }
    }
    return last === 0 ? message : out + message.slice(last);
  }
}

/** `:` and a line number, all of its digits. */
const LINE_END = /:\d+(?!\d)/g;

/**
 * An input diagnostic's message without the line numbers it mentions ("first set on line 12"), for
 * its fingerprint: the diagnostic is found by its file and what it says, not where.
 */
export function withoutLines(message: string): string {
  return message.replace(LINE_MENTION, '$1');
}

const LINE_MENTION = /\b(lines?) \d+(?:\s*[-–]\s*\d+)?/g;
