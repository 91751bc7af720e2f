// Errors keep their kind, and so their exit status, by plain `instanceof`: the bundle holds
// errors.ts once, shared by the CLI's entry and each lazily loaded command (scripts/bundle.js).
import { describe, expect, it } from 'vitest';
import { DataError, KsInputError, NotFoundError, UsageError } from '../../src/model/errors.js';
import { cli } from '../helpers/cli.js';

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

  it('are known by their class alone: a look-alike with an exit status is not one', () => {
    const lookAlike = Object.assign(new Error('not ours'), { name: 'UsageError', exitCode: 2 });
    expect(lookAlike).not.toBeInstanceOf(KsInputError);
    expect(lookAlike).not.toBeInstanceOf(UsageError);
    expect(new DataError('corrupt')).not.toBeInstanceOf(UsageError);
    expect(new KsInputError('plain', 2)).not.toBeInstanceOf(UsageError);
  });

  it('thrown by a lazily loaded command end as one line with their exit status', () => {
    for (const args of [['search', 'fastlege', '--area', 'helsx'], ['digest', '--area', 'helsx'], ['kwic', 'fastlege', '--area', 'helsx']]) {
      const out = cli(args);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toBe("ks-input: unknown area 'helsx'; did you mean helse?\n");
    }
  });
});
