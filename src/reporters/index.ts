import type { ChunkedReporter, Reporter } from './types.ts';
import { textChunks, textReporter } from './text.ts';
import { jsonReportChunks, jsonReporter } from './json.ts';
import { sarifChunks, sarifReporter } from './sarif.ts';
import { githubReporter } from './github.ts';
import { junitReporter } from './junit.ts';
import { compactChunks, compactReporter } from './compact.ts';
import { htmlReporter } from './html.ts';

export const REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  compact: compactReporter,
  html: htmlReporter,
  // ESLint's name for its default formatter, findings grouped by file: leastpriv's text is that, with code frames.
  stylish: textReporter,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;

/** Each format in pieces, for writing as it is made: the same text as REPORTERS. */
export const REPORT_CHUNKS: Record<FormatName, ChunkedReporter> = {
  text: textChunks,
  json: jsonReportChunks,
  sarif: sarifChunks,
  github: (result, opts) => [githubReporter(result, opts)],
  junit: (result, opts) => [junitReporter(result, opts)],
  compact: compactChunks,
  html: (result, opts) => [htmlReporter(result, opts)],
  stylish: textChunks,
};
