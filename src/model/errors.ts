// Errors that carry their exit status (SPEC: 1 nothing found, 2 usage, 3 data).
// The CLI prints `message` as one line on stderr and exits with `exitCode`; no stack trace.

/** Marks a KsInputError made by any copy of this module. */
const BRAND = Symbol.for('ks-input.error');

export class KsInputError extends Error {
  /** a subclass's exit status, which names its kind */
  static readonly exitCode: number | undefined = undefined;
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `instanceof` by brand and exit status: the CLI's bundle and each lazily loaded command's
   * hold a copy of this module (scripts/bundle.js), and a UsageError thrown by one must still
   * be a UsageError to the other, or it would end as an internal error instead of status 2.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !(value as { [BRAND]?: boolean })[BRAND]) return false;
    return this.exitCode === undefined || (value as KsInputError).exitCode === this.exitCode;
  }
}

/** Bad arguments: unknown option, area, kind, bad regular expression, bad number. Exit 2. */
export class UsageError extends KsInputError {
  static override readonly exitCode = 2;
  constructor(message: string) {
    super(message, 2);
  }
}

/** Unreadable, binary or empty input, corrupt or newer index, unwritable location. Exit 3. */
export class DataError extends KsInputError {
  static override readonly exitCode = 3;
  constructor(message: string) {
    super(message, 3);
  }
}

/** A lookup that found nothing, such as an unknown id in `show`. Exit 1. */
export class NotFoundError extends KsInputError {
  static override readonly exitCode = 1;
  constructor(message: string) {
    super(message, 1);
  }
}
