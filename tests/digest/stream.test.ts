// The digest written a document at a time (DigestWriter) is byte for byte the digest rendered
// whole (renderDigest; renderDigestHtml for the page), for every grouping, both languages, with
// key terms, and with a summary table long enough to be written in parts.
import { describe, expect, it } from 'vitest';
import { KINDS, type IndexedDocument } from '../../src/model/types.js';
import { sentenceRecord } from '../../src/query/records.js';
import { type DigestItem, type DigestModel, type Grouping, groupItems, type Lang, countTerms, keyTerms, renderDigest } from '../../src/render/digest/index.js';
import { DigestPage, renderDigestHtml } from '../../src/render/digest/html.js';
import { DigestWriter } from '../../src/render/digest/stream.js';
import { HEALTH_DOC, METACHARS, NOTES_DOC, type FixtureDoc, sentences } from './fixture.js';

function indexed(d: FixtureDoc, id = d.id): IndexedDocument {
  return { id, title: d.title, path: `/nowhere/${id}.md`, hash: 'h', format: 'markdown', pages: d.pages, sections: d.sections, sentences: sentences(d.lines) };
}

const itemsOf = (doc: IndexedDocument, multi: boolean, areas: string[] | null): DigestItem[] =>
  doc.sentences
    .map((sentence, index) => ({ located: { doc, sentence, index }, record: sentenceRecord({ doc, sentence, index }, multi) }))
    .filter((i) => i.record.kind !== null && (!areas || i.record.areas.some((a) => areas.includes(a))));

/** The digest of `docs` both ways: held whole, and written a document at a time. */
async function bothWays(docs: IndexedDocument[], by: Grouping, lang: Lang, areas: string[] | null, terms = 0, partBytes?: number, html = false): Promise<[string, string]> {
  const multi = docs.length > 1;
  const perDoc = docs.map((d) => itemsOf(d, multi, areas));
  const items = perDoc.flat();
  const head = {
    lang,
    by,
    scope: { areas, sections: [] },
    kinds: KINDS,
    sources: docs.map((d, i) => ({ id: d.id, title: d.title, pages: d.pages, statements: perDoc[i]!.length })).filter((s) => s.statements > 0),
  };
  const groups = groupItems(items, { by, lang, multi, areas });
  const model: DigestModel = { ...head, groups };
  if (terms > 0) {
    const corpus = countTerms(docs.flatMap((d) => d.sentences.map((s) => s.text)));
    model.keyTerms = new Map(groups.map((g) => [g.key, keyTerms(countTerms(g.items.map((i) => i.record.text)), corpus, terms).map((t) => t.term)]));
  }
  const writer = new DigestWriter({ by, lang, multi, areas, keyTerms: terms, partBytes, html });
  docs.forEach((d, i) => writer.add(perDoc[i]!, terms > 0 ? d.sentences.map((s) => s.text) : []));
  let streamed = '';
  for await (const part of html ? writer.page(head, DigestPage) : writer.text(head)) streamed += part;
  return [streamed, html ? renderDigestHtml(model) : renderDigest(model)];
}

describe('a digest written a document at a time', () => {
  const docs = [indexed(HEALTH_DOC), indexed(NOTES_DOC), indexed(HEALTH_DOC, 'ks-test-2')];
  for (const by of ['section', 'area', 'kind'] as const) {
    for (const lang of ['nb', 'en'] as const) {
      it(`is the digest rendered whole: by ${by}, ${lang}`, async () => {
        const [streamed, whole] = await bothWays(docs, by, lang, null);
        expect(whole).toContain('## ');
        expect(streamed).toBe(whole);
      });
    }
    it(`is the digest rendered whole: by ${by}, one document, an area, key terms`, async () => {
      for (const [set, areas, terms] of [[docs.slice(0, 1), null, 0], [docs, ['helse'], 0], [docs, null, 5]] as const) {
        const [streamed, whole] = await bothWays([...set], by, 'nb', areas === null ? null : [...areas], terms);
        expect(streamed).toBe(whole);
      }
    });
  }

  it('writes the HTML page as the page rendered whole: every grouping, both languages, an area, key terms', async () => {
    for (const by of ['section', 'area', 'kind'] as const) {
      for (const [set, lang, areas, terms] of [[docs, 'nb', null, 0], [docs, 'en', null, 0], [docs.slice(0, 1), 'nb', null, 0], [docs, 'nb', ['helse'], 0], [docs, 'nb', null, 5]] as const) {
        const [streamed, whole] = await bothWays([...set], by, lang, areas === null ? null : [...areas], terms, undefined, true);
        // the page's contents and chart come before the groups, and every heading has its id
        expect(whole).toMatch(/^<!doctype html>[^]*<nav id="toc"[^]*<svg[^]*<h2 id="summary">[^]*<\/html>\n$/u);
        expect(streamed).toBe(whole);
      }
    }
  });

  it('keeps its text as text (metacharacters) and writes a long summary table in parts, padded as one', async () => {
    expect(HEALTH_DOC.lines.some((l) => l.text === METACHARS) || NOTES_DOC.lines.some((l) => l.text === METACHARS)).toBe(true);
    // by section, a row per section of each document: well over one part of the table
    const many = Array.from({ length: 400 }, (_, i) => indexed(i % 2 ? NOTES_DOC : HEALTH_DOC, `doc-${i}${'x'.repeat(i % 7)}`));
    // the spool read back in parts of 1,000 bytes: each ends at a line's end, none splits a character
    const [streamed, whole] = await bothWays(many, 'section', 'nb', null, 0, 1000);
    expect(whole.split('\n').filter((l) => l.startsWith('|')).length).toBeGreaterThan(1000);
    expect(streamed).toBe(whole);
    // parts shorter than a line (the summary's rows, spooled too, each longer than 40 bytes)
    const [short] = await bothWays(many.slice(0, 300), 'section', 'nb', null, 0, 40);
    expect(short).toBe((await bothWays(many.slice(0, 300), 'section', 'nb', null, 0))[1]);
  });

  it('charts only the 40 groups with the most statements when there are more, and says so; lists them all', async () => {
    const many = Array.from({ length: 30 }, (_, i) => indexed(i % 2 ? NOTES_DOC : HEALTH_DOC, `doc-${i}`));
    const [streamed, whole] = await bothWays(many, 'section', 'nb', null, 0, undefined, true);
    expect(streamed).toBe(whole);
    const svg = /<svg[^]*?<\/svg>/u.exec(whole)![0];
    const counts = [...svg.matchAll(/<g class="mark" data-count="(\d+)">/gu)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(40);
    // every group in the contents and in the summary table; the charted ones have the most statements
    const tbody = /<tbody>([^]*?)<\/tbody>/u.exec(whole)![1]!;
    const groups = [...tbody.matchAll(/<tr>([^]*?)<\/tr>/gu)].map((m) => Number(/(\d+)<\/td>\s*$/u.exec(m[1]!)![1]));
    expect(groups.length - 1).toBeGreaterThan(40); // the last row is the total
    const totals = groups.slice(0, -1).sort((a, b) => b - a);
    expect(Math.min(...counts)).toBe(totals[39]);
    expect(whole).toMatch(new RegExp(`<figcaption>Utsagn per seksjon og type: de 40 av ${groups.length - 1} med flest utsagn</figcaption>`, 'u'));
  });
});
