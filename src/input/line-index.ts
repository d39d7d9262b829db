/**
 * Line starts of a file, for offset → line:column. The same contract as the `yaml` package's
 * LineCounter (which the fallback parser fills through `addNewLine`), without loading that package:
 * lines and columns are 1-based, and a line starts after every `\n`. Filled from the text on first
 * use: most files of a run never need a position.
 */
export class LineIndex {
  #starts: number[] = [];
  #text: string | undefined;

  /** `text`: the file text to index on first use (not given when a parser fills the index). */
  constructor(text?: string) {
    this.#text = text;
  }

  get lineStarts(): number[] {
    if (this.#text !== undefined) this.#fill(this.#text);
    return this.#starts;
  }

  readonly addNewLine = (offset: number): number => {
    this.#text = undefined;
    return this.#starts.push(offset);
  };

  /** Fills the index from the text, unless something (the `yaml` parser) already did. */
  #fill(text: string): void {
    this.#text = undefined;
    const starts = this.#starts;
    if (starts.length > 0) return;
    starts.push(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }

  /** 1-based line and column of an offset; line 0 when the index is empty. */
  readonly linePos = (offset: number): { line: number; col: number } => {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}
