// The pipeline's declared order is sound: for each kind of source, every stage needs only what
// earlier stages provide, and each stage's module exists where it says.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../src/index/analyze.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

describe('PIPELINE', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`is in a sound order for ${format} sources`, () => {
      const available = new Set<string>();
      for (const stage of PIPELINE.filter((s) => !('for' in s) || s.for === format)) {
        for (const need of stage.requires) expect(available, `${stage.name} needs ${need}`).toContain(need);
        stage.provides.forEach((p) => available.add(p));
      }
      expect(available).toContain('index');
    });
  }

  it('names modules that exist', () => {
    for (const stage of PIPELINE) expect(existsSync(join(SRC, `${stage.module}.ts`)), stage.module).toBe(true);
  });
});
