// How the CLI writes a streamed result: blocks into pipes and files, each chunk on a terminal.
import { describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/cli/program.js';

const chunks = Array.from({ length: 300 }, (_, i) => `${i}\tKS mener at staten må betale for reform nummer ${i}.\n`.repeat(20));

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stdout: { isTTY, write: (text: string) => void writes.push(text) } };
}

describe('writeChunks', () => {
  it('into a pipe or file: the same bytes in blocks of about 64 kB, not a write a chunk', async () => {
    const { writes, stdout } = recorder(false);
    await writeChunks(chunks, stdout);
    expect(writes.join('')).toBe(chunks.join(''));
    expect(writes.length).toBeLessThan(chunks.length / 10);
    for (const w of writes.slice(0, -1)) expect(w.length).toBeGreaterThanOrEqual(65536);
  });

  it('on a terminal: each chunk as it comes', async () => {
    const { writes, stdout } = recorder(true);
    await writeChunks(chunks, stdout);
    expect(writes).toEqual(chunks);
  });

  it('writes what it holds when a slow stream has made it wait 20 ms', async () => {
    const { writes, stdout } = recorder(false);
    async function* slow() {
      yield 'first\n';
      await new Promise((resolve) => setTimeout(resolve, 40));
      yield 'second\n';
      await new Promise((resolve) => setTimeout(resolve, 40));
      yield 'third\n';
    }
    await writeChunks(slow(), stdout);
    expect(writes.join('')).toBe('first\nsecond\nthird\n');
    expect(writes.length).toBeGreaterThan(1);
  });
});
