// The lean statements file's rows: every statement survives the round trip, and the filter
// tested on a row's bytes agrees with the filter tested on the decoded statement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStatement, encodeStatement, encodeStatementsFile, escapeField, readStatementsFile, rowSearchable, rowText, unescapeField } from '../../src/index/statement-rows.js';
import type { AnalyzedSentence, IndexedDocument, Kind } from '../../src/model/types.js';
import { statsOf } from '../../src/index/store.js';
import { KINDS } from '../../src/model/types.js';

const AREAS = ['helse', 'okonomi', 'digitalisering', 'klima', 'arbeid'];
// text with every character the format must escape, and Norwegian letters
const awkward = fc.array(fc.oneof(fc.string(), fc.constantFrom('\\', '\t', '\n', '\r', '\u001f', '\\t', 'æøå', '«»', ',', '"')), { maxLength: 12 }).map((a) => a.join(''));

const statement = fc.record({
  kinds: fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 3 }),
  areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 3 }),
  sectionId: fc.stringMatching(/^\d+(\.\d+)*$/u),
  ordinal: fc.nat(500),
  page: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  lines: fc.tuple(fc.nat(9000), fc.nat(9000)),
  actors: fc.uniqueArray(fc.constantFrom('regjeringen', 'staten', 'ks'), { maxLength: 2 }),
  figures: fc.array(awkward.filter((f) => f !== ''), { maxLength: 3 }), // a figure is never empty
  text: awkward,
}).map((r): AnalyzedSentence => ({ ...r, id: `${r.sectionId}-${r.ordinal}`, kinds: r.kinds as Kind[], actors: r.actors as AnalyzedSentence['actors'], lines: [r.lines[0], r.lines[1]], kind: r.kinds[0] as Kind, cues: [], areaTerms: {} }));

describe('statement rows', () => {
  it('a field survives escaping, and an escaped field holds no tab, newline or item separator', () => {
    fc.assert(
      fc.property(awkward, (value) => {
        const escaped = escapeField(value);
        expect(escaped).not.toMatch(/[\t\n\r\u001f]/u);
        expect(unescapeField(escaped)).toBe(value);
      }),
    );
  });

  it('a statement survives its row, and its text is read from the row alone', () => {
    fc.assert(
      fc.property(statement, (s) => {
        const row = encodeStatement(s);
        expect(row).not.toContain('\n');
        expect(decodeStatement(row)).toEqual(s);
        expect(rowText(row)).toBe(s.text);
      }),
    );
  });

  it('the byte filter keeps exactly the statements whose kind and an area pass', () => {
    const filter = fc.record({
      kinds: fc.option(fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1 }).map((k) => new Set<string>(k)), { nil: null }),
      areas: fc.option(fc.uniqueArray(fc.constantFrom(...AREAS), { minLength: 1 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 8 }), filter, (statements, f) => {
        const file = readStatementsFile(Buffer.from(encodeStatementsFile('[]', statements)), f);
        const expected = statements.filter((s) => (!f.kinds || f.kinds.has(s.kind!)) && (!f.areas || s.areas.some((a) => f.areas!.includes(a))));
        expect(file?.sectionsJson).toBe('[]');
        expect(file?.rows.map((r) => decodeStatement(r))).toEqual(expected);
      }),
    );
  });

  it('with `contains`, exactly the rows holding the text (and passing kind and area) are kept', () => {
    const filter = fc.record({
      kinds: fc.option(fc.constantFrom(new Set<string>(['krav']), new Set<string>(['krav', 'bekymring'])), { nil: null }),
      areas: fc.option(fc.constantFrom<string[]>(['helse'], ['klima', 'arbeid']), { nil: null }),
      contains: fc.constantFrom('æøå', 'a', ',', '«»', 'krav', 'helse', '1'),
    });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 8 }), filter, (statements, f) => {
        const file = readStatementsFile(Buffer.from(encodeStatementsFile('[{"title":"helse"}]', statements)), f);
        const expected = statements.filter(
          (s) => encodeStatement(s).includes(f.contains) && (!f.kinds || f.kinds.has(s.kind!)) && (!f.areas || s.areas.some((a) => f.areas!.includes(a))),
        );
        expect(file?.rows.map((r) => decodeStatement(r))).toEqual(expected);
        expect(file?.total).toBeNull();
      }),
    );
    expect(rowSearchable('fastlege')).toBe(true);
    for (const text of ['', 'a\\b', 'a\tb', 'a\nb', 'a\u001fb']) expect(rowSearchable(text), JSON.stringify(text)).toBe(false);
  });

  it('a file cut short, or a row without its area field, is refused, not misread', () => {
    const s: AnalyzedSentence = { id: '1-1', sectionId: '1', ordinal: 1, page: 1, lines: [3, 3], text: 'KS mener at staten må betale.', kind: 'krav', kinds: ['krav'], areas: ['okonomi'], actors: [], figures: [], cues: [], areaTerms: {} };
    const whole = encodeStatementsFile('[]', [s, s]);
    expect(readStatementsFile(Buffer.from(whole.slice(0, -5)))).toBeNull();
    expect(readStatementsFile(Buffer.from('[]\nkrav\n'), { areas: ['okonomi'] })).toBeNull();
    expect(decodeStatement('krav\tokonomi\t1-1')).toBeNull();
    // a directory that does not describe the rows: a length off by one, a row more or less
    const [sections, directory, ...rows] = whole.split('\n');
    const dir = JSON.parse(directory!) as { bytes: number[] };
    expect(readStatementsFile(Buffer.from(whole), { areas: ['okonomi'] })?.rows).toHaveLength(2);
    const off = { ...dir, bytes: [dir.bytes[0]! + 1, dir.bytes[1]!] };
    expect(readStatementsFile(Buffer.from([sections, JSON.stringify(off), ...rows].join('\n')), { areas: ['okonomi'] })).toBeNull();
    expect(readStatementsFile(Buffer.from([sections, directory, rows[0], ''].join('\n')), { areas: ['okonomi'] })).toBeNull();
    expect(readStatementsFile(Buffer.from([sections, directory, ...rows.slice(0, -1), rows[0], ''].join('\n')), { areas: ['okonomi'] })).toBeNull();
    // fields: kinds, areas, section id, ordinal, page, first line, last line, actors, figures, text
    const withField = (n: number, value: string) => decodeStatement(encodeStatement(s).split('\t').map((f, i) => (i === n ? value : f)).join('\t'));
    expect(withField(4, 'x')).toBeNull();
    // an empty ordinal or line is no number (Number('') would read it as 0); an empty page is no page
    expect(withField(3, '')).toBeNull();
    expect(withField(5, '')).toBeNull();
    expect(withField(4, '')?.page).toBeNull();
    expect(withField(4, '')?.id).toBe('1-1');
  });

  it('a row of schema 9 or earlier, its id a field of its own, decodes as it did', () => {
    const s: AnalyzedSentence = { id: '2.1-4', sectionId: '2.1', ordinal: 4, page: 3, lines: [40, 41], text: 'Staten må betale.', kind: 'krav', kinds: ['krav'], areas: ['okonomi'], actors: ['staten'], figures: [], cues: [], areaTerms: {} };
    const row = encodeStatement(s);
    expect(row.split('\t')).toHaveLength(10);
    expect(row).not.toContain('2.1-4');
    const old = row.split('\t');
    old.splice(2, 0, '2.1-4');
    expect(decodeStatement(old.join('\t'))).toEqual(s);
    expect(decodeStatement(row)).toEqual(s);
  });
});

describe('document stats', () => {
  it('count statements per area, the areas in one order in every entry (one object shape for JSON.parse)', () => {
    const s = (areas: string[], kind: Kind | null = 'krav'): AnalyzedSentence => ({
      id: '1-1', sectionId: '1', ordinal: 1, page: 1, lines: [1, 1], text: 'x', kind, kinds: kind ? [kind] : [], areas, actors: [], figures: [], cues: [], areaTerms: {},
    });
    const doc = { sections: [], sentences: [s(['okonomi', 'helse']), s(['helse']), s(['barnehage', 'okonomi']), s(['klima'], null)] } as unknown as IndexedDocument;
    const stats = statsOf(doc);
    expect(stats.areas).toEqual({ barnehage: 1, helse: 2, okonomi: 2 });
    expect(Object.keys(stats.areas)).toEqual(['barnehage', 'helse', 'okonomi']);
    expect([stats.sentences, stats.statements]).toEqual([4, 3]);
  });
});
