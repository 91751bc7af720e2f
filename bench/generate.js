// A synthetic corpus for the benchmarks: N documents made from the bundled one, each with its
// paragraphs shuffled by a fixed seed (so every document differs, and runs are repeatable).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Split raw text into paragraphs at lines of spaces (the layout's paragraph ends). */
function paragraphs(text) {
  const out = [];
  let current = [];
  for (const line of text.split('\n')) {
    current.push(line);
    if (line !== '' && line.trim() === '') {
      out.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

export function generateCorpus(seedFile, dir, count, seed = 2021) {
  mkdirSync(dir, { recursive: true });
  const blocks = paragraphs(readFileSync(seedFile, 'utf8'));
  const rand = random(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const order = blocks.slice(1); // the first block (title and opening) stays first
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(rand() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    const text = [blocks[0], ...order].join('\n');
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `doc-${String(i).padStart(4, '0')}.txt`), text);
  }
  return { files: count, bytes };
}
