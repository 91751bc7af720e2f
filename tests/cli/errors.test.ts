// Errors keep their kind, and so their exit status, across copies of errors.ts: the CLI's
// CommonJS bundle and each lazily loaded command's ES module hold one each (scripts/bundle.js).
import { describe, expect, it } from 'vitest';
import { DataError, KsInputError, NotFoundError, UsageError } from '../../src/model/errors.js';
import { cli } from '../helpers/cli.js';

/** An error as another copy of errors.ts makes it: the same brand, another class. */
function fromAnotherCopy(exitCode: number): Error {
  const error = new Error('from a lazily loaded command');
  Object.defineProperty(error, Symbol.for('ks-input.error'), { value: true });
  return Object.assign(error, { exitCode });
}

describe('error kinds', () => {
  it('are known by instanceof within one copy', () => {
    const usage = new UsageError('bad');
    expect(usage).toBeInstanceOf(KsInputError);
    expect(usage).toBeInstanceOf(UsageError);
    expect(usage).toBeInstanceOf(Error);
    expect(usage).not.toBeInstanceOf(DataError);
    expect(usage.name).toBe('UsageError');
    expect(new NotFoundError('none').exitCode).toBe(1);
  });

  it('are known by instanceof across copies, by brand and exit status', () => {
    expect(fromAnotherCopy(2)).toBeInstanceOf(KsInputError);
    expect(fromAnotherCopy(2)).toBeInstanceOf(UsageError);
    expect(fromAnotherCopy(2)).not.toBeInstanceOf(DataError);
    expect(fromAnotherCopy(3)).toBeInstanceOf(DataError);
    expect(new Error('plain')).not.toBeInstanceOf(KsInputError);
    expect(Object.assign(new Error('no brand'), { exitCode: 2 })).not.toBeInstanceOf(UsageError);
  });

  it('thrown by a lazily loaded command end as one line with their exit status', () => {
    for (const args of [['search', 'fastlege', '--area', 'helsx'], ['digest', '--area', 'helsx'], ['kwic', 'fastlege', '--area', 'helsx']]) {
      const out = cli(args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toBe("ks-input: unknown area 'helsx'; did you mean helse?\n");
    }
  });
});
