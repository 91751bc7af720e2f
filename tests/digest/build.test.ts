// The digest's mdast builder, grouping and key terms, on hand-made records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexedDocument } from '../../src/model/types.js';
import { sentenceRecord } from '../../src/query/records.js';
import { buildDigest, citation, type DigestItem, type DigestModel, type Grouping, groupItems, type Lang, renderDigest, statementItem } from '../../src/render/digest/index.js';
import { oneLine } from '../../src/render/digest/build.js';
import { countTerms, keyTerms, logLikelihood } from '../../src/render/digest/keyterms.js';
import { stringifyMarkdown } from '../../src/markdown/markdown.js';
import { stem } from '../../src/nlp/norwegian.js';
import { HEALTH_DOC, METACHARS, NOTES_DOC, type FixtureDoc, sentences } from './fixture.js';
import { headings, lintMarkdown, listItems, nodes, parse, plain, tables } from './markdown.js';

function indexed(d: FixtureDoc): IndexedDocument {
  return { id: d.id, title: d.title, path: `/nowhere/${d.id}.md`, hash: 'h', format: 'markdown', pages: d.pages, sections: d.sections, sentences: sentences(d.lines) };
}

/** The statements of the documents as the digest command collects them (kind filter: statements). */
function itemsOf(docs: IndexedDocument[], keep: (item: DigestItem) => boolean = () => true): DigestItem[] {
  const multi = docs.length > 1;
  return docs.flatMap((doc) =>
    doc.sentences.map((sentence, index) => ({ located: { doc, sentence, index }, record: sentenceRecord({ doc, sentence, index }, multi) })),
  ).filter((i) => i.record.kind !== null && keep(i));
}

function model(items: DigestItem[], by: Grouping, lang: Lang = 'nb', areas: string[] | null = null): DigestModel {
  const multi = new Set(items.map((i) => i.located.doc.id)).size > 1;
  return {
    lang,
    by,
    scope: { areas, sections: [] },
    kinds: ['krav', 'anbefaling', 'onske', 'bekymring', 'stotte', 'tilsagn'],
    sources: [...new Map(items.map((i) => [i.located.doc.id, i.located.doc])).values()].map((d) => ({
      id: d.id, title: d.title, pages: d.pages, statements: items.filter((i) => i.located.doc === d).length,
    })),
    groups: groupItems(items, { by, lang, multi, areas }),
  };
}

const kindLabel = (text: string) => text.slice(0, text.indexOf(':'));

describe('statement bullets', () => {
  it('round-trip a sentence full of Markdown metacharacters as text', () => {
    const [item] = itemsOf([indexed(HEALTH_DOC)], (i) => i.record.text === METACHARS);
    const markdown = stringifyMarkdown({ type: 'root', children: [{ type: 'list', ordered: false, children: [statementItem(item!.record, 'nb')] }] });
    const root = parse(markdown);
    const items = listItems(root);
    expect(items).toHaveLength(1);
    expect(plain(items[0]!)).toBe(`Ønske: ${METACHARS} (s. 2, 1.1-2)`);
    // no image, html, code, emphasis or strikethrough crept in; the address is an explicit link
    expect(nodes(items[0]!).map((n) => n.type)).toEqual(['listItem', 'paragraph', 'strong', 'text', 'text', 'link', 'text', 'text']);
    expect(nodes(items[0]!).find((n) => n.type === 'link')).toMatchObject({ url: 'http://x.no' });
  });

  it('round-trip any text built from metacharacters and words', () => {
    const piece = fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '#', '`', '\\', '|', '!', '~', '&', '-', '+', '=', '1.', ':', 'http://ks.no', 'www.ks.no', ' ', 'KS', 'må', 'æøå', '&amp;', '<br>', '\n', '\t', '"', "'", '$', '{', '}', '@', 'post@ks.no', 'a-b', '.', ',', '»', 'https://ks.no/a_b?c=1');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(oneLine(text) !== '');
        const [base] = itemsOf([indexed(HEALTH_DOC)]);
        const record = { ...base!.record, text };
        const markdown = stringifyMarkdown({ type: 'root', children: [{ type: 'list', ordered: false, children: [statementItem(record, 'en')] }] });
        const items = listItems(parse(markdown));
        expect(items).toHaveLength(1);
        expect(plain(items[0]!)).toBe(`Requirement: ${oneLine(text)} (p. 1, 1-1)`);
        for (const node of nodes(items[0]!)) expect(['listItem', 'paragraph', 'strong', 'text', 'link']).toContain(node.type);
      }),
      { numRuns: 500 },
    );
  });

  it('cite the page, or the line for a document without pages', () => {
    const [paged] = itemsOf([indexed(HEALTH_DOC)]);
    const [unpaged] = itemsOf([indexed(NOTES_DOC)]);
    expect(citation(paged!.record, 'nb')).toBe('s. 1, 1-1');
    expect(citation(paged!.record, 'en')).toBe('p. 1, 1-1');
    expect(citation(unpaged!.record, 'nb')).toBe('l. 12, 1-1');
  });
});

/** Where a statement stands: once by section or kind, once under each of its areas by area. */
const placesOf = (by: 'section' | 'area' | 'kind', items: ReadonlyArray<{ record: { id: string; areas: readonly string[] } }>) =>
  items.flatMap((i) => (by === 'area' && i.record.areas.length > 1 ? i.record.areas.map(() => i.record.id) : [i.record.id]));

describe('grouping', () => {
  const docs = [indexed(HEALTH_DOC), indexed(NOTES_DOC)];
  const all = itemsOf(docs);

  it.each(['section', 'area', 'kind'] as const)('by %s puts every statement in its group(s) (by area one per area), in document order inside each', (by) => {
    const groups = groupItems(all, { by, lang: 'nb', multi: true, areas: null });
    const ids = groups.flatMap((g) => g.items.map((i) => i.record.id));
    expect([...ids].sort()).toEqual(placesOf(by, all).sort());
    expect(all.some((i) => i.record.areas.length > 1)).toBe(true); // so the area case differs
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    for (const g of groups) {
      const order = g.items.map((i) => all.indexOf(i));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('by section follows the documents, nesting document › chapter › section', () => {
    const groups = groupItems(all, { by: 'section', lang: 'nb', multi: true, areas: null });
    expect(groups.map((g) => g.label)).toEqual([
      'ks-test:1 Helse og omsorg i kommunene', 'ks-test:1.1 Fastlegeordningen', 'ks-test:1.1.1 Legevakt',
      'ks-test:2 Kommuneøkonomi', 'ks-test:2.1 Skatt og inntekter', 'notater:1 Bolig',
    ]);
    expect(groups[2]!.path.map((s) => s.title)).toEqual([
      'KS-innspill om helse (test)', 'ks-test:1 Helse og omsorg i kommunene', 'ks-test:1.1 Fastlegeordningen', 'ks-test:1.1.1 Legevakt',
    ]);
  });

  it('by area follows the areas table and files a statement under each of its areas, or of those asked for', () => {
    const main = groupItems(all, { by: 'area', lang: 'en', multi: true, areas: null });
    expect(main.map((g) => g.label)).toEqual(['Municipal finances', 'Health and care', 'Housing']);
    for (const g of main) {
      const slug = { 'Municipal finances': 'okonomi', 'Health and care': 'helse', Housing: 'bolig' }[g.label]!;
      expect(g.items.map((i) => i.record.id)).toEqual(all.filter((i) => i.record.areas.includes(slug)).map((i) => i.record.id));
    }
    const asked = groupItems(all.filter((i) => i.record.areas.includes('helse')), { by: 'area', lang: 'nb', multi: true, areas: ['helse'] });
    expect(asked.map((g) => g.label)).toEqual(['Helse og omsorg']);
  });

  it('by kind follows the order of strength', () => {
    const groups = groupItems(all, { by: 'kind', lang: 'nb', multi: true, areas: null });
    expect(groups.map((g) => g.label)).toEqual(['Krav', 'Anbefaling', 'Ønske', 'Bekymring', 'Støtte']);
  });
});

describe('the digest tree', () => {
  const items = itemsOf([indexed(HEALTH_DOC)]);

  it.each([
    ['section', 'nb'], ['area', 'nb'], ['kind', 'nb'], ['section', 'en'], ['area', 'en'], ['kind', 'en'],
  ] as const)('by %s in %s: one title, a summary table that adds up, one bullet per statement, clean Markdown', async (by, lang) => {
    const m = model(items, by, lang);
    const markdown = renderDigest(m);
    const root = parse(markdown);
    expect(root).toEqual(expect.objectContaining({ type: 'root' }));
    const hs = headings(root);
    expect(hs.filter((h) => h.depth === 1)).toHaveLength(1);
    expect(plain(hs[0]!)).toBe(lang === 'nb' ? "KS' krav og innspill: alle områder" : "KS' demands and input: all areas");
    // headings step down one level at a time
    for (let i = 1; i < hs.length; i++) expect(hs[i]!.depth).toBeLessThanOrEqual(hs[i - 1]!.depth + 1);
    const bullets = listItems(root).map(plain);
    expect(bullets).toHaveLength(placesOf(by, items).length);
    expect(bullets.map((b) => b.slice(b.lastIndexOf(', ') + 2, -1))).toEqual(m.groups.flatMap((g) => g.items.map((i) => i.record.id)));
    const labels = new Set(Object.values(lang === 'nb' ? { a: 'Krav', b: 'Anbefaling', c: 'Ønske', d: 'Bekymring', e: 'Støtte' } : { a: 'Requirement', b: 'Recommendation', c: 'Wish', d: 'Concern', e: 'Support' }));
    for (const b of bullets) expect(labels).toContain(kindLabel(b));
    const [table] = tables(root);
    // rows: the groups, or by kind the areas (the kinds are the columns); then the total
    const areas = new Set(items.flatMap((i) => i.record.areas));
    expect(table!.children).toHaveLength((by === 'kind' ? areas.size : m.groups.length) + 2);
    const rows = table!.children.map((r) => r.children.map(plain));
    const totals = rows.at(-1)!;
    // the total counts each statement once; rows add up to it where each statement has one row
    expect(totals.at(-1)).toBe(String(items.length));
    const sums = (col: number) => rows.slice(1, -1).reduce((sum, r) => sum + Number(r[col]), 0);
    for (let col = 1; col < totals.length; col++) {
      if (by === 'section') expect(sums(col)).toBe(Number(totals[col]));
      else expect(sums(col)).toBeGreaterThanOrEqual(Number(totals[col])); // a statement counts under each of its areas
    }
    expect(await lintMarkdown(markdown)).toBe('');
  });

  it('names the scope and the source with its counts', () => {
    const helse = itemsOf([indexed(HEALTH_DOC)], (i) => i.record.areas.includes('helse') && ['krav', 'anbefaling', 'onske'].includes(i.record.kind!));
    const m = { ...model(helse, 'section', 'nb', ['helse']), kinds: ['krav', 'anbefaling', 'onske'] as const };
    const root = buildDigest(m);
    expect(plain(root.children[0]!)).toBe("KS' krav og innspill: Helse og omsorg");
    expect(plain(root.children[1]!)).toBe('Kilde: KS-innspill om helse (test) (ks-test, 3 sider). 5 utsagn: krav 3, anbefaling 1, ønske 1.');
    expect(plain(buildDigest({ ...m, lang: 'en' }).children[0]!)).toBe("KS' demands and input: Health and care");
  });

  it('adds a date line only when asked', () => {
    const m = model(items, 'kind');
    expect(renderDigest(m)).not.toMatch(/Dato/u);
    expect(plain(buildDigest({ ...m, date: '2024-05-01' }).children[2]!)).toBe('Dato: 2024-05-01');
  });

  it('puts key terms under their group heading', async () => {
    const m = model(items, 'kind');
    const markdown = renderDigest({ ...m, keyTerms: new Map([[m.groups[0]!.key, ['fastlege', '*legevakt*']]]) });
    const root = parse(markdown);
    const para = root.children.find((n) => n.type === 'paragraph' && plain(n).startsWith('Kjennetegnende ord'));
    expect(plain(para!)).toBe('Kjennetegnende ord: fastlege, *legevakt*');
    expect(listItems(root)).toHaveLength(items.length); // by kind: one bullet per statement
    expect(await lintMarkdown(markdown)).toBe('');
  });
});

describe('key terms', () => {
  it('computes Dunning log-likelihood', () => {
    // a word seen 10 times in 100 words of the group and 10 times in 1000 of the reference
    const expected = 2 * (10 * Math.log(10 / (100 * 20 / 1100)) + 10 * Math.log(10 / (1000 * 20 / 1100)));
    expect(logLikelihood(10, 10, 100, 1000)).toBeCloseTo(expected, 10);
    expect(logLikelihood(5, 50, 100, 1000)).toBeCloseTo(0, 10);
  });

  it("ranks the group's over-used stems first, merges inflections and drops stopwords and numbers", () => {
    const group = ['Fastlegene må få flere fastleger.', 'Fastlegen og legevakten i 2022.', 'Det er viktig med fastlegen.'];
    const rest = ['Skatt og inntekter til kommunene.', 'Kommunene og staten må samarbeide om skatt.', 'Det er viktig med kommunene og staten.', 'Bredbånd til alle i kommunene.'];
    const terms = keyTerms(countTerms(group), countTerms([...group, ...rest]), 5);
    expect(terms[0]).toMatchObject({ stem: stem('fastlegene'), count: 4, term: 'fastlegen' });
    const shown = terms.map((t) => t.term);
    for (const absent of ['det', 'er', 'og', 'med', '2022', 'kommunene', 'viktig']) expect(shown).not.toContain(absent);
    expect(keyTerms(countTerms(group), countTerms([...group, ...rest]), 5)).toEqual(terms);
  });

  it('finds nothing when the group is the whole corpus', () => {
    const texts = ['Fastlegene må få flere fastleger.'];
    expect(keyTerms(countTerms(texts), countTerms(texts), 5)).toEqual([]);
  });
});
