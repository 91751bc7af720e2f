// Issue 19, second round (error analysis of the blind sets): nouns of action against their verbs,
// contracted plurals, compounds split only into known parts, nynorsk agent nouns inside
// compounds, synonyms of a query's multi-word phrases, and the sentence that refers back.
import { describe, expect, it } from 'vitest';
import { expandWordWhy, indexTerms, phraseSynonyms, queryForms, relation, splitCompound } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { HEADING_WEIGHT, SECTION_SUBJECT_AFTER, SECTION_SUBJECT_BEFORE, SECTION_SUBJECT_WEIGHT } from '../../src/query/postings.js';
import { whyText } from '../../src/render/index.js';
import { located } from '../helpers/located.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));
/** Level-1 sections with ids 1, 2, … and these titles, each starting on [page, line]. */
const chapters = (...heads: Array<[title: string, line: number, page?: number]>) =>
  heads.map(([title, line, page = 1], i) => ({ id: String(i + 1), level: 1, title, parent: null, page, line }));


describe('nouns of action and their verbs', () => {
  it('finds the verb of a noun, and the noun of a verb, weighted below the word', () => {
    const why = expandWordWhy('kompensasjon', vocab('Kommunene må kompenseres fullt ut. Kompensasjonen er for lav.'));
    expect(why.get('kompenseres')).toMatchObject({ via: 'derived' });
    expect(why.get('kompenseres')!.weight).toBeLessThan(why.get('kompensasjonen')!.weight);
    expect([...expandWordWhy('finansiering', vocab('Arbeidet skal finansieres av staten.')).keys()]).toEqual(['finansieres']);
    expect(queryForms('evaluere')).toContain('evaluering');
  });
  it('reads -ning after a consonant both as -ning and as n + -ing (avlast|ning, samordn|ing)', () => {
    expect([...expandWordWhy('samordning', vocab('Tilsynene skal samordnes.')).keys()]).toEqual(['samordnes']);
    expect([...expandWordWhy('avlastning', vocab('Kommunen avlaster familien.')).keys()]).toEqual(['avlaster']);
    // so a compound whose rest is such a noun splits where the text says its verb
    expect(splitCompound('tilsynssamordning', vocab('Statlige tilsyn skal samordnes.'))).toEqual(['tilsyn', 'samordning']);
  });
  it('finds the contracted plural of an -el noun (mangel → mangler)', () => {
    expect([...expandWordWhy('mangel', vocab('Kommunene mangler sykepleiere.')).keys()]).toEqual(['mangler']);
  });
});

describe('compound parts', () => {
  it('does not split where the rest is no word of the vocabulary', () => {
    expect(splitCompound('motsegn', vocab('et møte om egnede boliger, egnet bolig'))).toBeNull();
    expect(splitCompound('kompensasjon', vocab('kommunens informasjon, en kompetent stab'))).toBeNull();
    expect(splitCompound('rekruttering', vocab('vi vil rekruttere flere, en ring'))).toBeNull();
  });
  it('splits a nynorsk compound by its bokmål parts (lærarnorm → lærer + norm)', () => {
    expect(splitCompound('lærarnorm', vocab('lærerne og normen'))).toEqual(['laerer', 'norm']);
  });
  it('keeps a three-letter stem from matching inside other words (hets is not mulighet)', () => {
    expect(relation('mulighet', 'hets')).toBeNull();
    expect(relation('netthets', 'hets')).not.toBeNull();
  });
});

describe('synonyms of multi-word phrases', () => {
  it('gives each word of a phrase in the table the phrase\'s synonyms', () => {
    const [kunstig, intelligens] = phraseSynonyms(['kunstig', 'intelligens']).map((ms) => ms.map((m) => m.text));
    expect(kunstig).toContain('KI');
    expect(intelligens).toContain('KI');
    expect(phraseSynonyms(['intelligens', 'kunstig']).flat()).toEqual([]);
  });
  it('finds the sentence that says KI for "kunstig intelligens", and explains it', () => {
    const index = buildSearchIndex(located(['Kommunene tar i bruk KI i saksbehandlingen.', 'Veiene må vedlikeholdes.']));
    const hits = search(index, 'kunstig intelligens', { explain: true });
    expect(hits.map((h) => h.located.sentence.id)).toEqual(['1-1']);
    expect(hits[0]!.why!.map((r) => [r.word, r.via, r.synonym])).toEqual([['kunstig', 'synonym', 'KI'], ['intelligens', 'synonym', 'KI']]);
  });
});

describe('the sentence that refers back', () => {
  const index = buildSearchIndex(
    located([
      'Departementet foreslår at statsforvalteren skal kunne fremme innsigelse oftere.',
      'KS går imot denne utvidelsen.',
      'KS går imot nye gebyrer.',
      'Innsigelser bør brukes sjelden.',
    ]),
  );
  it('shares weakly in the match of the sentence before, below every sentence that holds the word', () => {
    const hits = search(index, 'innsigelse', { explain: true });
    expect(hits.map((h) => h.located.sentence.id).sort()).toEqual(['1-1', '1-2', '1-4']);
    expect(hits[2]!.located.sentence.id).toBe('1-2');
    expect(hits[2]!.why!.map((r) => r.via)).toEqual(['context']);
  });
  it('not for a sentence without a word that refers back', () => {
    expect(search(index, 'gebyrer').map((h) => h.located.sentence.id)).toEqual(['1-3']);
  });
});

describe('the subject carried by the section', () => {
  // these pin the first ranking's own shares (postings.ts); feedback (query/feedback.ts) is tested in search-feedback.test.ts
  // two sections: sentences 1–4 in 1, 5–6 in 2
  const texts = [
    'Departementet foreslår regulatoriske sandkasser for kommunene.',
    'Vi mener det er riktig å prøve ut nye løsninger.',
    'Kommunene har mange oppgaver.',
    'KS støtter likevel ikke forslaget om godkjenning av hvert forsøk.',
    'Ordningen med frikommuner bør videreføres.',
    'Forslaget om nye gebyrer er uheldig.',
  ];
  const sentences = located(texts);
  for (const l of sentences.slice(4)) Object.assign(l.sentence, { sectionId: '2', id: `2-${l.index - 3}` });
  const index = buildSearchIndex(sentences);
  it('a general noun in the definite ("forslaget") refers back to a match up to three sentences before', () => {
    const hits = search(index, 'sandkasse', { explain: true, feedback: false });
    expect(hits.map((h) => h.located.sentence.id)).toEqual(['1-1', '1-4']);
    expect(hits[1]!.why).toEqual([{ word: 'sandkasse', via: 'context', terms: ['sandkasser'] }]);
  });
  it('never across a section start', () => {
    expect(search(index, 'godkjenning', { feedback: false }).map((h) => h.located.sentence.id)).toEqual(['1-4']);
  });
});

describe('the subject named by the section heading', () => {
  const sentences = located([
    'Fastlegeordningen er grunnmuren i helsetjenesten.',
    'Mange innbyggere står uten fast lege.',
    'KS ser positivt på at basistilskuddet økes.',
    'Kommunene må få mer fleksibilitet i budsjettene.',
  ]);
  const doc = sentences[0]!.doc;
  doc.sections = chapters(['Fastlegeordningen', 1], ['Økonomi', 9]);
  Object.assign(sentences[3]!.sentence, { sectionId: '2', id: '2-1' });
  const index = buildSearchIndex(sentences);
  it('finds every sentence of the section whose heading names a rare word, below the sentences that say it', () => {
    const hits = search(index, 'fastlegeordninga', { explain: true });
    expect(hits.map((h) => h.located.sentence.id)).toEqual(['1-1', '1-2', '1-3']);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
    // and says so, with the heading's word as the heading writes it
    expect(hits[2]!.why).toEqual([{ word: 'fastlegeordninga', via: 'heading', terms: ['Fastlegeordningen'] }]);
    // a heading that names the word itself lends HEADING_WEIGHT of the word's best score (which
    // the best sentence, in the same section, gained as well)
    expect(hits[2]!.score).toBeCloseTo((HEADING_WEIGHT * hits[0]!.score) / (1 + HEADING_WEIGHT), 6);
  });
  it('not the sentences of another section', () => {
    expect(search(index, 'budsjett').map((h) => h.located.sentence.id)).toEqual(['2-1']);
  });
});

describe('the subject discussed across a section', () => {
  // section 1 speaks of rental housing in two sentences and goes on about it without naming it;
  // section 2 names it once, in passing; section 3 not at all
  const sentences = located([
    'Tilskuddet til utleieboliger er kraftig redusert.',
    'Husbanken ga tilskudd til færre utleieboliger enn året før.',
    'Nedgangen står ikke i forhold til behovet.',
    'Kommunen bygger skoler, veier og utleieboliger.',
    'Skolene trenger nye lokaler.',
    'Budsjettet er stramt.',
  ]);
  const doc = sentences[0]!.doc;
  doc.sections = chapters(['Del 1', 1], ['Del 2', 6], ['Del 3', 11]);
  sentences.forEach((l, i) => Object.assign(l.sentence, { sectionId: i < 3 ? '1' : i < 5 ? '2' : '3', id: i < 3 ? `1-${i + 1}` : i < 5 ? `2-${i - 2}` : '3-1' }));
  const index = buildSearchIndex(sentences);
  const hits = search(index, 'utleieboliger', { explain: true, feedback: false });
  it('finds the section\'s other sentences, below those that name the subject, and says why', () => {
    expect(hits.map((h) => h.located.sentence.id)).toEqual(['1-1', '1-2', '2-1', '1-3']);
    expect(hits[3]!.why).toEqual([{ word: 'utleieboliger', via: 'section', terms: ['utleieboliger'] }]);
    // SECTION_SUBJECT_WEIGHT of the section's best score, which that sentence gained as well
    expect(hits[3]!.score).toBeCloseTo((SECTION_SUBJECT_WEIGHT * hits[0]!.score) / (1 + SECTION_SUBJECT_WEIGHT), 6);
    expect(whyText(hits[3]!.why!)).toContain('other sentences of its section');
  });
  it('ranks a sentence of that section above one that names the subject in passing elsewhere', () => {
    expect(hits.findIndex((h) => h.located.sentence.id === '1-2')).toBeLessThan(hits.findIndex((h) => h.located.sentence.id === '2-1'));
  });
  it('not from a section that names it once, nor in a document of one section', () => {
    expect(hits.map((h) => h.located.sentence.id)).not.toContain('2-2');
    const single = buildSearchIndex(located(['Tilskuddet til utleieboliger er redusert.', 'Flere utleieboliger trengs.', 'Nedgangen er stor.']));
    expect(search(single, 'utleieboliger', { feedback: false })).toHaveLength(2);
  });
});

describe('the subject discussed in part of a long section', () => {
  // one section of twelve sentences: the first four about the budget, then two naming rental
  // housing (5 and 6), then more about it, then about the budget again
  const texts = [
    'Rammetilskuddet øker med 2 milliarder kroner.',
    'Veksten skal dekke demografi og pensjon.',
    'Handlingsrommet blir lite.',
    'Kommunene må prioritere stramt.',
    'Tilskuddet til utleieboliger er kraftig redusert.',
    'Husbanken ga tilskudd til færre utleieboliger enn året før.',
    'Nedgangen står ikke i forhold til behovet.',
    'Det bør økes.',
    'Ventelistene blir lengre.',
    'Skatteinngangen er usikker.',
    'Renten er høy.',
    'Kommunene må bygge opp fond.',
  ];
  const sentences = located(texts);
  const doc = sentences[0]!.doc;
  doc.sections = chapters(['Økonomi', 1], ['Annet', 30, 2]);
  sentences.forEach((l, i) => Object.assign(l.sentence, { sectionId: '1', id: `1-${i + 1}` }));
  // a second section, so the document has sections to tell apart
  const more = located(['Annet arbeid.']);
  Object.assign(more[0]!, { doc });
  Object.assign(more[0]!.sentence, { sectionId: '2', id: '2-1' });
  const index = buildSearchIndex([...sentences, ...more]);
  const ids = search(index, 'utleieboliger', { feedback: false }).map((h) => h.located.sentence.id);
  it(`reaches ${SECTION_SUBJECT_BEFORE} sentences before the first that names it and ${SECTION_SUBJECT_AFTER} after the last`, () => {
    expect(ids.slice(0, 2).sort()).toEqual(['1-5', '1-6']);
    expect(ids.slice(2).sort()).toEqual(['1-3', '1-4', '1-7', '1-8', '1-9']);
  });
});

describe('synonyms of a phrase whose words are common', () => {
  // `nasjonal` in ten sentences or more: searched as itself alone, but the phrase's synonym stays
  const index = buildSearchIndex(located([
    ...Array.from({ length: 12 }, (_, i) => `Et nasjonalt register nummer ${i} er på plass.`),
    'Skredsikring må prioriteres i neste NTP.',
    'Nasjonal transportplan behandles i Stortinget.',
  ]));
  it('a sentence holding the synonym matches every word of the phrase', () => {
    const hits = search(index, 'nasjonal transportplan', { explain: true });
    expect(hits.slice(0, 2).map((h) => h.located.sentence.text)).toEqual(['Nasjonal transportplan behandles i Stortinget.', 'Skredsikring må prioriteres i neste NTP.']);
    expect(hits[1]!.why!.map((r) => [r.word, r.via, r.synonym])).toEqual([['nasjonal', 'synonym', 'NTP'], ['transportplan', 'synonym', 'NTP']]);
  });
});

describe("a compound's parts named apart in its section", () => {
  // two sections: the parts of `fosterhjemsmangel` stand in different sentences of the first;
  // the second holds only `mangel`
  const texts = [
    'Det er stor mangel på fosterhjem.',
    'Fosterhjem krever tett oppfølging.',
    'Mangel på arbeidskraft rammer mange.',
    'Fosterhjem er viktige.',
  ];
  const sentences = located(texts);
  const doc = sentences[0]!.doc;
  doc.sections = chapters(['Barnevern', 1], ['Arbeidsliv', 9]);
  Object.assign(sentences[2]!.sentence, { sectionId: '2', id: '2-1' });
  Object.assign(sentences[3]!.sentence, { sectionId: '3', id: '3-1' });
  doc.sections.push({ id: '3', level: 1, title: 'Annet', parent: null, page: 1, line: 12 });
  const index = buildSearchIndex(sentences);
  it('a sentence holding one part ranks above the same part alone in another section, and says where the other part stood', () => {
    const hits = search(index, 'fosterhjemsmangel', { explain: true });
    expect(hits[0]!.located.sentence.id).toBe('1-1');
    // `Fosterhjem krever …` (mangel in its section) above `Fosterhjem er viktige` (no mangel in its section)
    const ids = hits.map((h) => h.located.sentence.id);
    expect(ids.indexOf('1-2')).toBeLessThan(ids.indexOf('3-1'));
    expect(hits[ids.indexOf('1-2')]!.score).toBeGreaterThan(hits[ids.indexOf('3-1')]!.score);
    expect(hits[ids.indexOf('1-2')]!.why).toEqual([expect.objectContaining({ word: 'fosterhjemsmangel', via: 'parts', terms: ['Fosterhjem'], section: ['mangel'] })]);
    expect(hits[ids.indexOf('3-1')]!.why![0]!.section).toBeUndefined();
    // --explain's text names the parts found in the section
    expect(whyText([{ word: 'fosterhjemsmangel', via: 'parts', terms: ['Fosterhjem'], parts: ['fosterhjem', 'mangel'], section: ['mangel'] }])).toBe('why: fosterhjemsmangel: parts fosterhjem + mangel → Fosterhjem (in its section: mangel)');
  });
  it('a part counts by its section only where the sentence holds another part (no share for a sentence with none)', () => {
    const hits = search(index, 'fosterhjemsmangel');
    expect(hits.map((h) => h.located.sentence.id).sort()).toEqual(['1-1', '1-2', '2-1', '3-1']);
  });
});
