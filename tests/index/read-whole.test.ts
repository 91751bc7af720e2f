// readWhole: one reused buffer, read until a read comes back short.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWhole } from '../../src/index/store.js';
import { tempDir } from '../helpers/cli.js';

describe('readWhole', () => {
  it('reads files small, empty, of exactly the buffer size and larger, each whole', () => {
    const dir = tempDir();
    const sizes = [0, 1, 5000, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17, 10];
    for (const [i, size] of sizes.entries()) {
      const bytes = Buffer.alloc(size, i + 1);
      if (size > 0) bytes[size - 1] = 0x0a;
      const path = join(dir, `f${i}`);
      writeFileSync(path, bytes);
      expect(readWhole(path).equals(bytes), `${size} bytes`).toBe(true);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
