// A streamed result (list, grep over a large index) is written a batch at a time; what it
// writes must be byte-equal to the same records rendered whole.
import { describe, expect, it } from 'vitest';
import type { CommandResult, SentenceBatch } from '../../src/commands/result.js';
import type { SentenceRecord } from '../../src/query/records.js';
import { type Format, output, render } from '../../src/render/index.js';
import { makeStyle } from '../../src/render/style.js';

const PLAIN_STYLE = await makeStyle(true, { isTTY: false, columns: undefined, env: {} });

const record = (n: number): SentenceRecord => ({
  id: `d:1.${n}-1`, doc: 'd', kind: 'krav', kinds: ['krav'], demand: true, areas: ['helse'], actors: [], figures: n % 2 ? ['5 mrd. kr'] : [],
  chapter: 'Helse', section: null, sectionId: 'd:1', page: n, lines: [n, n], text: `Staten må «betale» \\ ${n}.`,
});

async function* batchesOf(sizes: number[]): AsyncGenerator<SentenceBatch> {
  let n = 0;
  for (const size of sizes) yield { records: Array.from({ length: size }, () => record(++n)) };
}

async function written(sizes: number[], format: Format, only?: 'ids' | 'count', header = false) {
  const result: CommandResult = { type: 'sentence-stream', view: 'list', batches: batchesOf(sizes), only };
  const out = output(result, { format, style: PLAIN_STYLE, header });
  let text = '';
  for await (const chunk of out.chunks) text += chunk;
  return { text, found: out.found() };
}

function whole(sizes: number[], format: Format, only?: 'ids' | 'count', header = false) {
  const total = sizes.reduce((a, b) => a + b, 0);
  const records = Array.from({ length: total }, (_, i) => record(i + 1));
  const lines = render({ type: 'sentences', view: 'list', records, only }, { format, style: PLAIN_STYLE, header });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

describe('streamed output', () => {
  const shapes = [[3, 0, 2, 1], [1], [0, 0], []];
  for (const format of ['text', 'tsv', 'json', 'ndjson'] as const) {
    it.each(shapes)(`${format}: batches %j write what the whole would`, async (...sizes) => {
      const { text, found } = await written(sizes, format);
      expect(text).toBe(whole(sizes, format));
      expect(found).toBe(sizes.some((n) => n > 0));
    });
  }

  it('json: the streamed array parses to every record in order', async () => {
    const { text } = await written([2, 3], 'json');
    expect((JSON.parse(text) as SentenceRecord[]).map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `d:1.${n}-1`));
    expect((await written([], 'json')).text).toBe('[]\n');
  });

  it('tsv --header: one header, also when nothing is found', async () => {
    expect((await written([2, 2], 'tsv', undefined, true)).text).toBe(whole([4], 'tsv', undefined, true));
    expect((await written([2, 2], 'tsv', undefined, true)).text.match(/^id\t/gmu)).toHaveLength(1);
    expect((await written([], 'tsv', undefined, true)).text).toBe('id\tkind\tareas\tpage\tsection\ttext\n');
  });

  it('--count and --only-ids count and list across batches', async () => {
    expect((await written([2, 0, 3], 'text', 'count')).text).toBe('5\n');
    expect((await written([], 'text', 'count')).text).toBe('0\n');
    expect((await written([2, 3], 'text', 'ids')).text).toBe(whole([5], 'text', 'ids'));
  });
});

describe('streamed output with -q', () => {
  it('stops reading at the first batch that found something', async () => {
    let read = 0;
    async function* counted(): AsyncGenerator<SentenceBatch> {
      for (const size of [0, 2, 3, 4]) {
        read++;
        yield { records: Array.from({ length: size }, (_, i) => record(i + 1)) };
      }
    }
    const out = output({ type: 'sentence-stream', view: 'grep', batches: counted() }, { format: 'text', style: PLAIN_STYLE, header: false }, true);
    let text = '';
    for await (const chunk of out.chunks) text += chunk;
    expect(text).toBe('');
    expect(out.found()).toBe(true);
    expect(read).toBe(2);
  });
});
