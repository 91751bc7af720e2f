import { mapLimit } from '../index/open.js';
import type { Catalog, CatalogEntry } from '../index/store.js';
import { docFile, documentOf, READ_CONCURRENCY, readWhole, termsFileOf } from '../index/store.js';
import { readSentences, readTerms } from '../index/terms.js';
import { DataError, UsageError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { isStopword } from '../nlp/norwegian.js';
import { parseQuery } from '../nlp/search-analyzer.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { KeptLines, LengthsInOrder, slim, withRead } from '../query/kept-terms.js';
import { type LineFilter, SECTION_HEADINGS, SECTION_STARTS, termSource, type TermSource } from '../index/term-file.js';
import { feedbackSources, structureOfTerms, withFeedback, type SectionStructure } from '../query/feedback.js';
import { addToVocabulary, backoffPass, HeadingsLeftOut, queryProbes, rankSentences, type RankedSentence, secondPass } from '../query/postings.js';
import { type Located, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { hasPhrase, headingOf, reasonsIn } from '../query/search.js';
import { type Context, openIndex } from './context.js';
import { checkSectionTargets } from './targets.js';
import type { CommandResult } from './result.js';

export interface SearchOptions extends FilterOptions {
  limit?: number;
  /** say, per result, which query word, part, variant or synonym matched */
  explain?: boolean;
}

export const DEFAULT_SEARCH_LIMIT = 10;

/** Documents read at once (term files, sentence lines). */

/** `search QUERY…`: ranked full-text search over every sentence (statements or not). */
export async function search(query: string[], options: SearchOptions, context: Context): Promise<CommandResult> {
  const text = query.join(' ').trim();
  if (!text) throw new UsageError('search needs a query: ks-input search WORD…');
  const filter = buildFilter(options, 'sentences');
  const index = await openIndex(context, filter);
  // the number of documents, from the catalogue's header: its entries are not parsed whole (below)
  const multi = index.documents > 1;
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const parsed = parseQuery(text);
  // stopwords are not indexed: a query of nothing else finds nothing, and says why
  if (parsed.phrases.length === 0 && parsed.words.length > 0 && parsed.words.every(isStopword)) {
    throw new UsageError(`'${text}' holds only stopwords (${parsed.words.join(', ')}), which search ignores; give a word that carries meaning, or use \`ks-input grep -w ${parsed.words[0]}\``);
  }
  const probes = queryProbes(parsed);
  const records = await index.read(async (catalog: Catalog) => {
    // of each document only its id and file (issue 18: the catalogue parsed whole was 6.5 MB of
    // objects at 10,000 documents, kept to the end, and grew V8's young generation as it survived
    // its scavenges); a line at a time when it is not parsed yet. The entries of the hits shown
    // are read again (entriesOf). A retry after another ingest gets the new catalogue whole.
    const whole = catalog !== index.catalog;
    const entries = new EntryRefs();
    for (const e of whole ? catalog.documents : index.entries()) if (!filter.docs || filter.docs.includes(e.id)) entries.push(e.id, e.file);
    const entriesOf = (wanted: ReadonlySet<string>) => entriesById(whole ? catalog.documents : index.entries(wanted), wanted);
    // Rank over every sentence of the loaded documents (so word weights do not depend on the
    // filters), from their term files; then read the sentences of the best hits, a batch at a
    // time, and keep those the filters (and quoted phrases) admit.
    // every document's sentence lengths weigh the ranking (their mean, folded as they are read),
    // but little else of a document without a matched word is kept: memory stays nearly flat in
    // the number of documents
    const lengths = new LengthsInOrder();
    const keptLines = new KeptLines();
    const order = Array.from({ length: entries.length }, (_, i) => i);
    let sources = await eachTerms(index.dir, entries, probes, undefined, (i, read) => {
      lengths.add(i, read.lengths);
      return slim(read, keptLines);
    });
    // a second pass, for the synonyms and compound parts of the query words the first found
    // rare (whose first parts only the first pass's vocabulary can confirm): only its new probes.
    // (Keeping each file's bytes for it was measured slower: every query then pays for fresh
    // buffers, and a common word's query needs no second pass.)
    // it keeps only the lines some expansion of the query accepts (memory flat in the corpus)
    const { probes: more, keep, leftOut, headingProbes } = secondPass(parsed, sources, probes);
    // of each document's heading line, only the entries a rare word's heading probes can read
    // (the probes of every word the ranking may expand: keptHeadings); should a ranking need
    // another (HeadingsLeftOut), the lines are read again whole
    let headings: string[] | undefined;
    if (more.length) {
      const first = sources;
      headings = headingProbes();
      sources = await eachTerms(index.dir, entries, more, keep, (i, read) => withRead(first[i]!, read, keptLines, headings));
      addToVocabulary(sources, leftOut);
    }
    // a third, only for a query word no sentence holds that the corpus does not split: its parts' lines
    const third = backoffPass(parsed, sources, [...probes, ...more]);
    if (third.probes.length) {
      const before = sources;
      sources = await eachTerms(index.dir, entries, third.probes, third.keep, (i, read) => withRead(before[i]!, read, keptLines, headings));
      // (the new sources' vocabulary is made from their lines: the second pass's left-out forms again)
      addToVocabulary(sources, [...leftOut, ...third.leftOut]);
    }
    const rank = (kept: number) => {
      try {
        return rankSentences(sources, parsed, { explain: options.explain === true, limit: kept, lengths: { average: lengths.average() }, ...(headings ? { headings } : {}) });
      } catch (error) {
        if (error instanceof HeadingsLeftOut) return null;
        throw error;
      }
    };
    // the ranking keeps only the best `kept` hits (memory flat in the corpus); when the filters
    // or the phrases reject so many of them that fewer than `limit` are left, it ranks again
    // keeping more (the hits are the same, in the same order: the first `kept` of all)
    for (let kept = limit; ; kept *= 8) {
      let ranked = rank(kept);
      if (ranked === null) {
        // the heading lines whole, in place (the sources' vocabulary is kept by the array)
        const whole = sources;
        await mapLimit(order, READ_CONCURRENCY, async (i) => {
          const line = (await readTerms(index.dir, entries.at(i), [SECTION_HEADINGS])).lines.get(SECTION_HEADINGS);
          const lines = new Map(whole[i]!.lines);
          if (line) lines.set(SECTION_HEADINGS, line);
          else lines.delete(SECTION_HEADINGS);
          whole[i] = { ...whole[i]!, lines };
        });
        headings = undefined;
        ranked = rank(kept)!;
      }
      const { hits: first, phrases } = ranked;
      // the second ranking (query/feedback.ts): the sentences near the best hits in their
      // sections, from the section starts of the best hits' documents only (read here)
      const structures = new Map<number, SectionStructure>();
      await mapLimit(feedbackSources(first), READ_CONCURRENCY, async (source) => {
        structures.set(source, structureOfTerms(await readTerms(index.dir, entries.at(source), [SECTION_STARTS])));
      });
      const hits = withFeedback(first, (source) => structures.get(source), { explain: options.explain === true });
      const out: SentenceRecord[] = [];
      // batches double: filters that reject most hits are not read 16 sentences at a time
      for (let from = 0, batch = Math.max(limit, 16); from < hits.length && out.length < limit; from += batch, batch *= 2) {
        const slice = hits.slice(from, from + batch);
        const located = await locateHits(index.dir, entries, slice, entriesOf);
        for (let i = 0; i < slice.length && out.length < limit; i++) {
          const l = located[i]!;
          if (phrases.length && !phrases.every((p) => hasPhrase(l.sentence.text, p))) continue;
          if (!matches(filter, l)) continue;
          out.push({ ...sentenceRecord(l, multi), score: Math.round(slice[i]!.score * 1000) / 1000, ...(slice[i]!.why ? { why: reasonsIn(l.sentence.text, slice[i]!.why!, headingOf(l)) } : {}) });
        }
      }
      if (out.length >= limit || first.length < kept) return out;
    }
  });
  if (records.length === 0) await checkSectionTargets(filter, index);
  return { type: 'sentences', view: 'search', records };
}

/**
 * Each document's term lines (readTerms), one document after another, each read dropped before
 * the next is made (issue 18: READ_CONCURRENCY reads awaiting at once, their lines and lengths,
 * survived V8's scavenges, and the young generation grew with the number of documents). The
 * reads are synchronous (readWhole) as readTerms' are; a file that fails is read again by
 * readTerms, for its error.
 */
async function eachTerms<R>(dir: string, entries: EntryRefs, probes: readonly string[], keep: LineFilter | undefined, fn: (i: number, read: TermSource) => R): Promise<R[]> {
  const out = new Array<R>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries.at(i);
    let read: TermSource | null = null;
    try {
      read = termSource(readWhole(docFile(dir, termsFileOf(entry.file))), probes, keep);
    } catch {
      read = null;
    }
    out[i] = fn(i, read ?? (await readTerms(dir, entry, probes, keep)));
  }
  return out;
}

/** The sentences of ranked hits with their documents' sections, read from the sentence lines (where each starts: the term file). */
async function locateHits(dir: string, entries: EntryRefs, hits: RankedSentence[], entriesOf: (ids: ReadonlySet<string>) => Map<string, CatalogEntry>): Promise<Located[]> {
  const bySource = new Map<number, number[]>();
  for (const h of hits) {
    const list = bySource.get(h.source) ?? [];
    list.push(h.sentence);
    bySource.set(h.source, list);
  }
  const docs = new Map<number, { doc: IndexedDocument; lines: Awaited<ReturnType<typeof readSentences>> }>();
  const catalogued = entriesOf(new Set([...bySource.keys()].map((source) => entries.at(source).id)));
  await mapLimit([...bySource], READ_CONCURRENCY, async ([source, sentences]) => {
    const entry = entries.at(source);
    const lines = await readSentences(dir, entry, (await readTerms(dir, entry, [])).offsets(), sentences);
    const whole = catalogued.get(entry.id);
    // (the catalogue changed under us: index.read runs the search again over the new one)
    if (!whole || whole.file !== entry.file) throw new DataError(`index ${dir}: the catalogue changed while searching`);
    docs.set(source, { doc: documentOf(whole, lines.sections), lines });
  });
  return hits.map((h) => {
    const { doc, lines } = docs.get(h.source)!;
    return { doc, sentence: lines.sentences.get(h.sentence)!, index: h.sentence };
  });
}

/** What search keeps of a catalogue entry: the term and sentence files are named by it. */
interface EntryRef {
  id: string;
  file: string;
}

/**
 * The id and file of each document searched, packed in bytes out of the heap, each made into an
 * EntryRef when asked (issue 18: an object and two strings a document, kept to the end, were
 * 1 MB at 10,000 documents, and survived the scavenges as the catalogue was read).
 */
export class EntryRefs {
  private bytes = Buffer.allocUnsafe(1 << 12);
  /** per entry, where its id ends and where its file ends (the next entry starts there) */
  private ends = new Int32Array(2 * 256);
  private used = 0;
  length = 0;

  push(id: string, file: string): void {
    const size = Buffer.byteLength(id) + Buffer.byteLength(file);
    if (this.used + size > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.used + size));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    if (2 * (this.length + 1) > this.ends.length) {
      const bigger = new Int32Array(2 * this.ends.length);
      bigger.set(this.ends);
      this.ends = bigger;
    }
    this.used += this.bytes.write(id, this.used);
    this.ends[2 * this.length] = this.used;
    this.used += this.bytes.write(file, this.used);
    this.ends[2 * this.length + 1] = this.used;
    this.length += 1;
  }

  at(i: number): EntryRef {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no entry ${i}`);
    const start = i === 0 ? 0 : this.ends[2 * i - 1]!;
    const idEnd = this.ends[2 * i]!;
    return { id: this.bytes.toString('utf8', start, idEnd), file: this.bytes.toString('utf8', idEnd, this.ends[2 * i + 1]!) };
  }
}

/** The entries of the wanted ids, from entries read in order (a line at a time: the others are parsed and dropped). */
function entriesById(entries: Iterable<CatalogEntry>, wanted: ReadonlySet<string>): Map<string, CatalogEntry> {
  const out = new Map<string, CatalogEntry>();
  if (wanted.size === 0) return out;
  for (const e of entries) {
    if (!wanted.has(e.id)) continue;
    out.set(e.id, e);
    if (out.size === wanted.size) break;
  }
  return out;
}
