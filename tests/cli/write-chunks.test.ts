// How the CLI writes a streamed result: each chunk as it comes, letting events run between.
import { describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/cli/program.js';

describe('writeChunks', () => {
  it('writes each chunk as it comes, in order', async () => {
    const chunks = Array.from({ length: 300 }, (_, i) => `${i}\tKS mener at staten må betale.\n`);
    const writes: string[] = [];
    await writeChunks(chunks, { write: (text) => void writes.push(text) });
    expect(writes).toEqual(chunks);
  });

  it('lets other events run while a long stream is written', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const busy = function* () {
      for (let i = 0; i < 40; i++) {
        const until = Date.now() + 3; // a chunk that takes a while to make, as a document does
        while (Date.now() < until);
        yield `${i}\n`;
      }
    };
    await writeChunks(busy(), { write: () => undefined });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
