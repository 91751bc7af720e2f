// A streamed result (list, grep over a large index) is written a batch at a time; what it
// writes must be byte-equal to the same records rendered whole.
import { describe, expect, it } from 'vitest';
import type { CommandResult, SentenceBatch } from '../../src/commands/result.js';
import type { SectionRecord, SentenceRecord } from '../../src/query/records.js';
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

describe('streamed sections (a batch is one document\'s)', () => {
  const section = (doc: string, n: number): SectionRecord => ({
    id: `${doc}:${n}`, doc, level: 1 + (n % 2), title: `Del ${n}`, parent: null, page: n, line: n, sentences: n, statements: n % 3, demands: n % 2,
  });
  const docsOf = (sizes: number[]) => sizes.map((size, k) => Array.from({ length: size }, (_, i) => section(`d${k}`, i + 1)));
  async function streamed(sizes: number[], format: Format, header = false, style = PLAIN_STYLE) {
    async function* batches() {
      for (const batch of docsOf(sizes)) yield batch;
    }
    const out = output({ type: 'section-stream', batches: batches(), tree: true }, { format, style, header });
    let text = '';
    for await (const chunk of out.chunks) text += chunk;
    return { text, found: out.found() };
  }
  const wholeSections = (sizes: number[], format: Format, header = false) => {
    const lines = render({ type: 'sections', records: docsOf(sizes).flat(), tree: true }, { format, style: PLAIN_STYLE, header });
    return lines.length ? `${lines.join('\n')}\n` : '';
  };
  for (const format of ['text', 'tsv', 'json', 'ndjson'] as const) {
    it.each([[3, 0, 2], [2], [0], []])(`${format}: documents %j write what the whole would`, async (...sizes) => {
      const { text, found } = await streamed(sizes, format);
      expect(text).toBe(wholeSections(sizes, format));
      expect(found).toBe(sizes.some((n) => n > 0));
    });
  }
  it('text on a terminal: several documents are headed by their ids, one is not; piped, no heading lines', async () => {
    const terminal = await makeStyle(true, { isTTY: true, columns: 80, env: {} });
    expect((await streamed([2, 1], 'text', false, terminal)).text.split('\n').filter((l) => /^d\d$/u.test(l))).toEqual(['d0', 'd1']);
    expect((await streamed([2], 'text', false, terminal)).text).not.toMatch(/^d0$/mu);
    expect((await streamed([2, 1], 'text')).text).not.toMatch(/^d\d$/mu);
  });
  it('tsv --header: one header, also when there are no sections', async () => {
    expect((await streamed([2, 2], 'tsv', true)).text).toBe(wholeSections([2, 2], 'tsv', true));
    expect((await streamed([], 'tsv', true)).text).toBe(wholeSections([], 'tsv', true));
  });
  it('10,000 documents of sections: no spread overflows the stack', async () => {
    const sizes = Array.from({ length: 10_000 }, () => 20);
    const lines = render({ type: 'sections', records: docsOf(sizes).flat(), tree: true }, { format: 'text', style: PLAIN_STYLE, header: false });
    expect(lines).toHaveLength(10_000 * 20); // piped: one record a line, no document headings
  });
});

// kwic streams its concordance lines a few documents at a time (issue 18); on a terminal its
// columns align over every line, so the text is rendered once all are read
describe('streamed concordance', () => {
  const hit = (n: number): SentenceRecord => ({
    ...record(n),
    id: `doc-${'x'.repeat(n % 3)}${n}:1.${n}-1`,
    page: n * 7,
    left: `${'venstre '.repeat(n % 4)}ord`,
    match: n % 2 ? 'fastlege' : 'fastlegene',
    right: `høyre ${'æ'.repeat(n)}`,
  });
  async function* hitsOf(sizes: number[]): AsyncGenerator<SentenceBatch> {
    let n = 0;
    for (const size of sizes) yield { records: Array.from({ length: size }, () => hit(++n)) };
  }
  const style = { ...PLAIN_STYLE, width: 60 };
  const shapes = [[3, 0, 2, 1], [1], [4, 4], [0, 0], []];
  for (const format of ['text', 'tsv', 'csv', 'json', 'ndjson'] as const) {
    for (const header of [false, true]) {
      it.each(shapes)(`${format}${header ? ' with header' : ''}: batches %j write what the whole would`, async (...sizes) => {
        for (const s of [PLAIN_STYLE, style]) {
          const out = output({ type: 'sentence-stream', view: 'kwic', batches: hitsOf(sizes) }, { format, style: s, header });
          let text = '';
          for await (const chunk of out.chunks) text += chunk;
          const records = Array.from({ length: sizes.reduce((a, b) => a + b, 0) }, (_, i) => hit(i + 1));
          const lines = render({ type: 'sentences', view: 'kwic', records }, { format, style: s, header });
          expect(text).toBe(lines.length ? `${lines.join('\n')}\n` : '');
          expect(out.found()).toBe(records.length > 0);
        }
      });
    }
  }

  it('text: the match starts in one column across batches', async () => {
    const out = output({ type: 'sentence-stream', view: 'kwic', batches: hitsOf([2, 3]) }, { format: 'text', style: PLAIN_STYLE, header: false });
    let text = '';
    for await (const chunk of out.chunks) text += chunk;
    const columns = text.trimEnd().split('\n').map((line) => line.search(/fastlege/u));
    expect(columns).toHaveLength(5);
    expect(new Set(columns).size).toBe(1);
  });
});
