/** What goyaml.ts and go-scalars.ts throw where kubectl's reading of a document fails or cannot be reproduced. */

/** kubectl (go-yaml or sigs.k8s.io/yaml) refuses the document: nothing of it is applied. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
  }
}

/** kubectl's reading of the document cannot be reproduced exactly (or is not even deterministic). */
export class AmbiguousError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
  }
}

/** Over a configured limit (aliases): reported as input-not-auditable, at the alias that went over. */
export class LimitError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
  }
}
