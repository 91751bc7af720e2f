// Key terms (`--key-terms`): the stems that set a group apart from the rest of the corpus.
//
// Algorithm: every text is cut into words (src/nlp), Norwegian stopwords, numbers and words
// shorter than three letters are dropped, and the rest are stemmed (`fastlegen`, `fastleger` →
// `fastleg`). For each group, each stem's frequency in the group's statements (a of c words) is
// compared with its frequency in the rest of the corpus (b of d words) by Dunning's
// log-likelihood G² = 2·Σ O·ln(O/E). A stem is key when it is over-used in the group (a/c > b/d),
// seen there at least twice, and G² ≥ 3.84 (p < 0.05, one degree of freedom). Terms are ranked by
// G², then by frequency, then alphabetically, so the same index always gives the same terms. A
// stem is shown as its most frequent word form in the group (lower-cased). Besides natural's
// stopwords, the words that signal a kind (modal verbs, `viktig`, `nødvendig`) and a few
// connectives are left out: the bullets already say the kind, and they say nothing of the topic.
import { isStopword, stem, tokenize } from '../../nlp/norwegian.js';

export interface TermCounts {
  /** stem → occurrences */
  stems: Map<string, number>;
  /** stem → word form → occurrences */
  forms: Map<string, Map<string, number>>;
  total: number;
}

export interface KeyTerm {
  stem: string;
  /** the word form shown */
  term: string;
  /** occurrences in the group */
  count: number;
  g2: number;
}

/** A stem seen once in a group says nothing about the group, however rare it is elsewhere. */
export const MIN_COUNT = 2;

/** G² at p < 0.05 with one degree of freedom. */
export const SIGNIFICANT = 3.84;

/** Words that say what kind a statement is, or join clauses, rather than what it is about. */
const NOT_TERMS: ReadonlySet<string> = new Set([
  'bør', 'må', 'skal', 'kan', 'vil', 'viktig', 'viktige', 'nødvendig', 'nødvendige', 'derfor', 'blant', 'grunn', 'innen',
  'også', 'fortsatt', 'videre', 'mer', 'flere', 'økt', 'økte',
]);

function words(text: string): string[] {
  return tokenize(text)
    .map((w) => w.toLocaleLowerCase('nb'))
    .filter((w) => w.length >= 3 && !/^\p{N}+$/u.test(w) && !isStopword(w) && !NOT_TERMS.has(w));
}

export function countTerms(texts: Iterable<string>): TermCounts {
  const counts: TermCounts = { stems: new Map(), forms: new Map(), total: 0 };
  for (const text of texts) {
    for (const word of words(text)) {
      const s = stem(word);
      counts.total += 1;
      counts.stems.set(s, (counts.stems.get(s) ?? 0) + 1);
      let forms = counts.forms.get(s);
      if (!forms) counts.forms.set(s, (forms = new Map()));
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** Dunning's log-likelihood for a word seen a times in c (group) and b times in d (reference). */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const term = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  return 2 * (term(a, e1) + term(b, e2));
}

const byCountThenForm = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb');

/**
 * The `limit` key terms of a group against the rest of the corpus. `corpus` counts every text of
 * the corpus, the group's own among them; the reference is the corpus minus the group.
 */
export function keyTerms(group: TermCounts, corpus: TermCounts, limit: number): KeyTerm[] {
  const c = group.total;
  const d = corpus.total - group.total;
  if (c === 0 || d <= 0) return [];
  const out: KeyTerm[] = [];
  for (const [s, a] of group.stems) {
    const b = Math.max(0, (corpus.stems.get(s) ?? 0) - a);
    if (a < MIN_COUNT || a / c <= b / d) continue;
    const g2 = logLikelihood(a, b, c, d);
    if (g2 < SIGNIFICANT) continue;
    const forms = [...(group.forms.get(s) ?? new Map<string, number>())].sort(byCountThenForm);
    out.push({ stem: s, term: forms[0]?.[0] ?? s, count: a, g2 });
  }
  return out
    .sort((x, y) => y.g2 - x.g2 || y.count - x.count || x.stem.localeCompare(y.stem, 'nb'))
    .slice(0, Math.max(0, limit));
}
