// A multi-document index for the scale tests: shuffled copies of the seed (the same words in many
// documents) and three held-out documents, ingested by the CLI, with every document read whole.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { readCatalog, readDocument } from '../../src/index/store.js';
import type { IndexedDocument } from '../../src/model/types.js';
import { cli, ROOT, SEED, tempDir } from './cli.js';

export async function multiDocumentIndex(copies: number): Promise<{ index: string; docs: IndexedDocument[] }> {
  const work = tempDir();
  const corpus = join(work, 'corpus');
  generateCorpus(SEED, corpus, copies);
  mkdirSync(corpus, { recursive: true });
  for (const name of ['h1-horing-helse.txt', 'h2-statsbudsjett.txt', 'h4-horing-plan.txt']) {
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'heldout', name), join(corpus, name));
  }
  const index = join(work, 'index');
  const ingest = cli(['ingest', corpus, '--index', index, '-q']);
  expect(ingest.code, ingest.stderr).toBe(0);
  const catalog = (await readCatalog(index))!;
  return { index, docs: await Promise.all(catalog.documents.map((e) => readDocument(index, e))) };
}
