import type { Reporter } from './types.ts';
import { textReporter } from './text.ts';
import { jsonReporter } from './json.ts';
import { sarifReporter } from './sarif.ts';
import { githubReporter } from './github.ts';
import { junitReporter } from './junit.ts';

export const REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof REPORTERS;
