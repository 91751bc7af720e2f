// The synonym table is read only in the lines whose words begin as a query word does (speed at
// 1,000 documents, issue 19): synonymsOf and phraseSynonyms must answer as a scan of the whole
// table did, for every member of the table, inflected, and for phrases of its members.
import { describe, expect, it } from 'vitest';
import { phraseSynonyms, queryForms, relation, searchForm, synonymsOf, WEIGHT } from '../../src/nlp/search-analyzer.js';
import { isStopword, tokenizeWithOffsets } from '../../src/nlp/norwegian.js';
import { SYNONYMS_NB } from '../../src/nlp/synonyms-nb.js';

// the whole table, as search-analyzer read it before the pre-filter (with the joined compounds)
const member = (text: string) => ({ text: text.trim(), words: tokenizeWithOffsets(text).map((t) => t.text).filter((w) => !isStopword(w)) });
const entries = SYNONYMS_NB.flatMap((line) => {
  const [left, right] = line.split('=>') as [string, string | undefined];
  const from = left.split(',').map(member).filter((m) => m.words.length);
  const to = right === undefined ? from : right.split(',').map(member).filter((m) => m.words.length);
  return from.flatMap((m) => {
    const finds = to.filter((t) => t !== m && t.text !== m.text);
    if (!finds.length) return [];
    // a member of two words also as the compound that joins them (`sirkulærøkonomi`)
    const joined = m.words.length === 2 && m.text.split(/\s+/u).length === 2 && m.words.every((w) => /^[a-z]{3,}$/u.test(searchForm(w)));
    return [{ m, finds }, ...(joined ? [{ m: { text: m.words.join(''), words: [m.words.join('')] }, finds: [m, ...finds] }] : [])];
  });
});
const same = (f: string, m: string) => f === m || (f.length > 3 && m.length > 3 && (relation(f, m) === WEIGHT.word || relation(m, f) === WEIGHT.word));

function scanWord(word: string): string[] {
  const forms = queryForms(word);
  const own = searchForm(word);
  const out = new Map<string, string>();
  for (const e of entries) {
    if (e.m.words.length !== 1) continue;
    const key = searchForm(e.m.words[0]!);
    if (key.slice(0, 3) !== '' && !forms.some((f) => f.slice(0, 3) === key.slice(0, 3))) continue;
    if (!forms.some((f) => f === key || (f.length > 3 && relation(key, f) === WEIGHT.word) || (key.length > 3 && relation(f, key) === WEIGHT.word))) continue;
    for (const m of e.finds) if (!(m.words.length === 1 && searchForm(m.words[0]!) === own)) out.set(m.text, m.text);
  }
  return [...out.values()];
}

function scanPhrase(words: string[]): string[][] {
  const out: string[][] = words.map(() => []);
  const forms = words.map((w) => queryForms(w));
  for (const e of entries) {
    const n = e.m.words.length;
    if (n < 2) continue;
    for (let i = 0; i + n <= words.length; i++) {
      if (!e.m.words.every((mw, k) => forms[i + k]!.some((f) => same(f, searchForm(mw))))) continue;
      for (let k = i; k < i + n; k++) for (const m of e.finds) if (!out[k]!.includes(m.text)) out[k]!.push(m.text);
    }
  }
  return out;
}

const words = [...new Set(entries.flatMap((e) => e.m.words))];

describe('the synonym table read by first letters', () => {
  it('gives every member word, and its definite form, the synonyms a whole scan gives', () => {
    for (const w of words) {
      expect(synonymsOf(w).map((m) => m.text), w).toEqual(scanWord(w));
      expect(synonymsOf(`${w}en`).map((m) => m.text), `${w}en`).toEqual(scanWord(`${w}en`));
    }
  });
  it('gives every phrase of the table, with a word before and after it, what a whole scan gives', () => {
    for (const e of entries.filter((x) => x.m.words.length > 1)) {
      const q = ['kommunene', ...e.m.words, 'trenger'];
      expect(phraseSynonyms(q).map((ms) => ms.map((m) => m.text)), q.join(' ')).toEqual(scanPhrase(q));
    }
  });
  it('finds no phrase synonyms for one word, nor for words of no phrase', () => {
    expect(phraseSynonyms(['barnehagebemanning'])).toEqual([[]]);
    expect(phraseSynonyms(['handlingsplan', 'eldreomsorg'])).toEqual([[], []]);
    expect(phraseSynonyms(['kunstig', 'intelligens'])[0]!.map((m) => m.text)).toContain('KI');
  });
});
