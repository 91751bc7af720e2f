// Errors that carry their exit status (SPEC: 1 nothing found, 2 usage, 3 data).
// The CLI prints `message` as one line on stderr and exits with `exitCode`; no stack trace.
// The bundle holds each module once (scripts/bundle.js), so plain `instanceof` knows the kind of
// an error thrown by a lazily loaded command.

export class KsInputError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad arguments: unknown option, area, kind, bad regular expression, bad number. Exit 2. */
export class UsageError extends KsInputError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Unreadable, binary or empty input, corrupt or newer index, unwritable location. Exit 3. */
export class DataError extends KsInputError {
  constructor(message: string) {
    super(message, 3);
  }
}

/** A lookup that found nothing, such as an unknown id in `show`. Exit 1. */
export class NotFoundError extends KsInputError {
  constructor(message: string) {
    super(message, 1);
  }
}
