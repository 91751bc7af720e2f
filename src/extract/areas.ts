// Areas of a sentence: the sentence's own words first, its section's topic second (SPEC).
import { bokmalReading } from '../nlp/bokmal-reading.js';
import { compileVocabulary, type TermMatch } from '../nlp/compound.js';
import { foldForLiterals, LiteralFilter } from '../nlp/literals.js';
import { nbRegex } from '../nlp/norwegian.js';
import { AREA_IGNORE, AREA_PATTERNS, AREAS, CONSEQUENCES_HEADING, FALSE_ENDINGS, FALSE_FRIENDS } from './areas-nb.js';

const MAX_AREAS = 3;
/** An area needs this much evidence from one text (one ordinary term, or two weak ones). */
const MIN_SCORE = 1;

const ORDER = new Map(AREAS.map((a, i) => [a.slug, i]));

/** `slug:term` of the words that make their area a second one (money: areas-nb.ts, `~`). */
const SECOND_TERMS = new Set(AREAS.flatMap((a) => a.vocabulary.filter((t) => t.second).map((t) => `${a.slug}:${t.term}`)));

/** The compiled vocabulary of all areas: built once, at module load. */
export const AREA_MATCHER = compileVocabulary(
  AREAS.flatMap((a) =>
    a.vocabulary.map((t) => ({
      key: a.slug,
      term: t.term,
      weight: t.w ?? 1,
      caseSensitive: t.cs ?? false,
      position: t.pos ?? 'any',
    })),
  ),
  FALSE_FRIENDS,
);

/**
 * The words AREA_IGNORE and AREA_PATTERNS need (nlp/literals.ts): one scan of a text skips the
 * patterns that cannot match it, which is nearly all of them.
 */
const PATTERN_WORDS = new LiteralFilter([...AREA_IGNORE, ...AREA_PATTERNS.map((p) => p.pattern)]);

/**
 * Blank out misleading phrases (AREA_IGNORE), keeping offsets; with which of AREA_PATTERNS can
 * match the result (indices into AREA_PATTERNS, shifted by AREA_IGNORE.length). The text is NFC
 * already (scoreAreas normalises it before the bokmål reading, whose tables are NFC).
 */
function blank(text: string): { blanked: string; candidates: Uint8Array } {
  let t = text;
  let candidates = PATTERN_WORDS.scan(foldForLiterals(t));
  for (let k = 0; k < AREA_IGNORE.length; k++) {
    if (!candidates[k]) continue;
    const before = t;
    t = t.replace(AREA_IGNORE[k]!, (m) => ' '.repeat(m.length));
    if (t !== before) candidates = PATTERN_WORDS.scan(foldForLiterals(t));
  }
  return { blanked: t, candidates };
}

/** One area's evidence in a text. */
export interface AreaScore {
  slug: string;
  score: number;
  /** the words that gave it, in text order, each once */
  words: string[];
  /** offset of its first match, for ordering ties */
  first: number;
  /** only second-area words gave it (money beside a topic): it follows the topic */
  second: boolean;
}

/**
 * Score every area on a text. A word inside a longer phrase match (`økonomisk handlingsrom`)
 * counts only for the phrase. Each distinct term counts once.
 */
export function scoreAreas(text: string): AreaScore[] {
  // nynorsk read as bokmål, the language of the vocabulary; the words shown as written
  const reading = bokmalReading(text.normalize('NFC'));
  const { blanked, candidates } = blank(reading.text);
  const matches = AREA_MATCHER.matchText(blanked).filter((m) => !FALSE_ENDINGS[m.term]?.test(m.word.toLowerCase()));
  const phrases = matches.filter((m) => /\s/u.test(m.word));
  const kept = matches.filter(
    (m) => !phrases.some((p) => p !== m && p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start),
  );
  // one word counts once per area, with its strongest term (`statlige` is `statlig` or `statlige`, not both)
  const best = new Map<string, TermMatch<string>>();
  for (const m of kept as Array<TermMatch<string>>) {
    const k = `${m.key}@${m.start}`;
    const prev = best.get(k);
    if (!prev || m.weight > prev.weight || (m.weight === prev.weight && m.end > prev.end)) best.set(k, m);
  }
  const by = new Map<string, { terms: Map<string, number>; words: string[]; first: number; second: boolean }>();
  for (const m of best.values()) {
    const e = by.get(m.key) ?? { terms: new Map<string, number>(), words: [], first: m.start, second: true };
    e.terms.set(m.term, Math.max(e.terms.get(m.term) ?? 0, m.weight));
    if (!SECOND_TERMS.has(`${m.key}:${m.term}`)) e.second = false;
    const word = reading.writtenSlice(m.start, m.end);
    if (!e.words.includes(word)) e.words.push(word);
    e.first = Math.min(e.first, m.start);
    by.set(m.key, e);
  }
  // constructions that name an area without a vocabulary word (`kommunene selv kan bestemme`)
  for (let k = 0; k < AREA_PATTERNS.length; k++) {
    if (!candidates[AREA_IGNORE.length + k]) continue;
    const p = AREA_PATTERNS[k]!;
    p.pattern.lastIndex = 0;
    const m = p.pattern.exec(blanked);
    if (!m) continue;
    const e = by.get(p.slug) ?? { terms: new Map<string, number>(), words: [], first: m.index, second: p.second ?? false };
    // a money construction keeps its area a second one, like the money words
    if (!p.second) e.second = false;
    e.terms.set(p.name, Math.max(e.terms.get(p.name) ?? 0, p.weight));
    const word = reading.writtenSlice(m.index, m.index + m[0].length).trim().replace(/\s+/gu, ' ');
    if (!e.words.includes(word)) e.words.push(word);
    e.first = Math.min(e.first, m.index);
    by.set(p.slug, e);
  }
  return [...by.entries()]
    .map(([slug, e]) => ({ slug, score: [...e.terms.values()].reduce((a, b) => a + b, 0), words: e.words, first: e.first, second: e.second }))
    .sort((a, b) => b.score - a.score || a.first - b.first || ORDER.get(a.slug)! - ORDER.get(b.slug)!);
}

/** Areas of a heading: those with enough evidence, best first. */
export function headingAreas(title: string): AreaScore[] {
  return scoreAreas(title).filter((a) => a.score >= MIN_SCORE);
}

export interface AreaResult {
  areas: string[];
  areaTerms: Record<string, string[]>;
  /** the areas of the sentence's own words, and of its section's topic (for the learned area model, area-model.ts) */
  own: string[];
  topic: string[];
}

/**
 * Areas of a sentence given the areas of its headings, nearest heading first (section, then
 * chapter). The sentence's own areas come first (ties go to the section's topic), money words
 * (a second area, `~` in areas-nb.ts) after the topic. The section's topic is inherited only
 * where the sentence has no topic of its own, or where it plainly continues the section's subject
 * (`Dette …`, `Ordningen …`, `En slik norm …`): a sentence whose own words point elsewhere keeps
 * to them (issue 13: statements on refugees' work below `Bosetting av flyktninger` are not bolig).
 */
export function assignAreas(text: string, headings: ReadonlyArray<{ title: string; areas: AreaScore[]; lastResort?: boolean }>): AreaResult {
  const topic = headings.find((h) => h.areas.length > 0);
  const topicSlugs = topic?.areas.map((a) => a.slug) ?? [];
  const own = scoreAreas(text)
    .filter((a) => a.score >= MIN_SCORE)
    .sort(
      (a, b) =>
        Number(a.second) - Number(b.second) ||
        b.score - a.score ||
        rank(topicSlugs, a.slug) - rank(topicSlugs, b.slug) ||
        a.first - b.first,
    );
  const areaTerms: Record<string, string[]> = {};
  const areas: string[] = [];
  const second: AreaScore[] = [];
  // the topic the sentence inherits (for the area model): its section's, and a subject from above (below)
  const inherited = [...topicSlugs];
  for (const a of own) {
    if (a.second) second.push(a);
    else if (areas.length < MAX_AREAS) {
      areas.push(a.slug);
      areaTerms[a.slug] = a.words;
    }
  }
  // What a heading is about: its main area and the areas coordinated with it (`Eldre og bolig`),
  // not an area in a prepositional qualifier (`Anskaffelser i oppvekstsektoren`, `Finansiering av
  // innovasjon`). A sentence with no topic of its own takes them all; one that refers back to the
  // section's subject takes its main one, unless it names one of the heading's areas itself or
  // the heading has two coordinated topics (the sentence's words then say which).
  const fromOwnWords = areas.length;
  const topical = areas.filter((a) => !FRAME_AREAS.has(a));
  // The document's title is the topic of last resort (index.ts headingChains): it is given to a
  // sentence with no topic of its own, never beside one the sentence names (issue 13, kind 4: a
  // press release titled on child welfare does not make its section on refugees' work child welfare)
  const spillsTitle = topic?.lastResort === true && topical.length > 0;
  if (topic && !spillsTitle && (topical.length === 0 || !topic.areas.some((a) => areas.includes(a.slug)))) {
    const topics = topic.areas.filter((a, i) => i === 0 || !QUALIFIER_BEFORE.test(topic.title.slice(0, a.first)));
    const byPlace = [...topics].sort((a, b) => a.first - b.first);
    const multiTopic = byPlace.some((a, i) => i > 0 && COORDINATOR.test(topic.title.slice(byPlace[i - 1]!.first, a.first)));
    // no evidence at all: every topic; money or another area of its own: the main topic, unless
    // the heading has two coordinated topics (the sentence does not say which)
    const fromTopic = areas.length === 0 && second.length === 0 ? topics : multiTopic ? [] : topics.slice(0, 1);
    for (const a of fromTopic) {
      if (areas.length >= MAX_AREAS || areas.includes(a.slug)) continue;
      areas.push(a.slug);
      areaTerms[a.slug] = a.words.map((w) => `${w} (${topic.title})`);
    }
    // Money beside its subject, one heading up: a section headed by money alone (`Pensjonspåslag`,
    // `Ny modell for driftstilskudd`) in a chapter or document about a service speaks of that
    // service's money, so a sentence about money only takes the main subject of the next heading
    // above (issue 13: `barnehage` beside money). Not European rules: a
    // section on Nordic experience is about that experience (tried: h60–h95 gold disagrees), nor
    // a section on a proposal's consequences (CONSEQUENCES_HEADING)
    if (topical.length === 0 && topic.areas.every((a) => a.slug === 'okonomi') && !areas.some((a) => a !== 'okonomi') && !CONSEQUENCES_HEADING.test(topic.title)) {
      // the next heading up that has areas, if its main one is a subject (a chapter on the economy,
      // `God kommuneøkonomi – frihet til …`, is no service: its qualifiers are not given)
      const above = headings.slice(headings.indexOf(topic) + 1).find((h) => h.areas.length > 0);
      const subject = above?.areas[0] && !FRAME_AREAS.has(above.areas[0].slug) ? above.areas[0] : undefined;
      if (above && subject && areas.length < MAX_AREAS) {
        areas.push(subject.slug);
        areaTerms[subject.slug] = subject.words.map((w) => `${w} (${above.title})`);
        inherited.push(subject.slug);
      }
    }
  }
  for (const a of second) {
    if (areas.includes(a.slug)) continue;
    if (areas.length >= MAX_AREAS) {
      // Money said with more evidence than the weakest of three areas of the sentence's own words
      // (`dekke de økte utgiftene i barnehage, skole og omsorg`, `kompensasjonen … lønnskostnader`)
      // is what the sentence is about: it takes that area's place rather than being crowded out
      // (issue 13). Money no stronger than the third area leaves it (`staten finansierer et
      // program for utprøving …` stays innovasjon).
      const weakest = own.find((o) => o.slug === areas[areas.length - 1]);
      if (fromOwnWords < MAX_AREAS || second.indexOf(a) > 0 || !weakest || a.score <= weakest.score) continue;
      const dropped = areas.pop()!;
      delete areaTerms[dropped];
    }
    areas.push(a.slug);
    areaTerms[a.slug] = a.words;
  }
  return { areas, areaTerms, own: own.map((a) => a.slug), topic: inherited };
}

/**
 * Areas that frame a subject rather than name one: money (okonomi) and European rules
 * (internasjonalt: `strengere nasjonale regler enn direktivene`, `EØS-terskelen` in a consultation
 * on procurement are about procurement under EU law). A sentence whose own areas are only these
 * still takes the topic of last resort, the document's title (issue 13: the topic was lost
 * beside European rules); money was such an area already.
 */
const FRAME_AREAS = new Set(['okonomi', 'internasjonalt']);

/** Words that join two topics in a heading (`Eldre og bolig`, `Klima, miljø`, `Transport – næring`). */
const COORDINATOR = nbRegex('\\s(?:og|eller|samt|&)\\s|[,–—]', 'iu');

/** A preposition (and up to two modifiers) right before a heading word: the word qualifies the topic. */
const QUALIFIER_BEFORE = nbRegex('\\b(?:i|for|av|innen|innenfor|på|til|mot|med|om|blant|hos|fra|ved|under)\\s+(?:\\p{L}+\\s+){0,2}$', 'iu');

function rank(list: string[], slug: string): number {
  const i = list.indexOf(slug);
  return i < 0 ? list.length : i;
}
