/**
 * mermaid's own parser in Node: mermaid loads DOMPurify, which needs a DOM; happy-dom stands in for
 * the browser's. `parse` resolves for a diagram GitHub would draw and rejects one it would show as an
 * error box.
 */
export async function mermaidParser(): Promise<(text: string) => Promise<unknown>> {
  const { Window } = await import('happy-dom');
  const w = new Window();
  Object.assign(globalThis, { window: w, document: w.document });
  const { default: mermaid } = await import('mermaid');
  return (text) => mermaid.parse(text);
}
