// list and grep read the index a few documents at a time (open.ts rowBatches). If another ingest
// replaces the catalogue meanwhile and prunes the files ours named, a document is read in its
// new version, one removed is skipped, and nothing is read twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index/open.js';
import type { StatementRows } from '../../src/index/store.js';
import { cli, tempDir } from '../helpers/cli.js';

const doc = (topic: string, extra = '') => `# ${topic}\n\nKS mener at staten må finansiere ${topic}.\n\nRegjeringen bør styrke ${topic}.${extra}\n`;

async function texts(batches: AsyncIterable<StatementRows[]>) {
  const out: string[] = [];
  for await (const batch of batches) for (const { doc: d, rows, decode } of batch) for (const row of rows) out.push(`${d.id}: ${decode(row).text}`);
  return out;
}

describe('reading rows while another ingest replaces the index', () => {
  it('reads a replaced document in its new version and skips a removed one', async () => {
    const dir = tempDir();
    const [a, b, c] = ['a', 'b', 'c'].map((n) => join(dir, `${n}.md`));
    writeFileSync(a!, doc('helse'));
    writeFileSync(b!, doc('skole'));
    writeFileSync(c!, doc('veier'));
    const idx = join(dir, 'idx');
    expect(cli(['ingest', a!, b!, c!, '--index', idx, '-q']).code).toBe(0);
    const tool = (JSON.parse(readFileSync(join(idx, 'catalog.json'), 'utf8')) as { tool: string }).tool;
    const index = await openIndex({ dir: idx, origin: 'option' }, { tool, notify: () => undefined, cwd: dir });

    // another ingest: a changed, c gone (its files pruned, as are a's old ones)
    writeFileSync(a!, doc('helse', ' Staten må betale mer.'));
    expect(cli(['ingest', a!, b!, '--index', idx, '-q']).code).toBe(0);

    expect(await texts(index.rowBatches(undefined, {}))).toEqual([
      'a: KS mener at staten må finansiere helse.',
      'a: Regjeringen bør styrke helse.',
      'a: Staten må betale mer.',
      'b: KS mener at staten må finansiere skole.',
      'b: Regjeringen bør styrke skole.',
    ]);
  });
});
