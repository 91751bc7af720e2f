// Unit tests of the alignment (src/query/align.ts) and of naming a pair's change
// (src/query/changes.ts), on made-up sentences and on the answer keys of the benchmark pairs in
// tests/fixtures/compare/ (alignment alone, without extraction).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  align,
  compoundParts,
  contentWords,
  PAIR_THRESHOLD,
  profiles,
  rarity,
  sameContentWords,
  sequenceSimilarity,
  sequenceWords,
  similarity,
  wordKey,
} from '../../src/query/align.js';
import { modalStrength, pairChange } from '../../src/query/changes.js';
import { ROOT } from '../helpers/cli.js';

const key = (w: string) => wordKey(contentWords(w)[0]!);

describe('word keys', () => {
  it('give inflections of a word one key', () => {
    expect(new Set(['kommune', 'kommunen', 'kommunene', 'kommunes'].map(key)).size).toBe(1);
    expect(new Set(['barnehage', 'barnehagen', 'barnehager', 'barnehagene'].map(key)).size).toBe(1);
    expect(key('styrkes')).toBe(key('styrket'));
  });

  it('make spelling variants and synonyms one', () => {
    expect(key('fylkesveger')).toBe(key('fylkesveier'));
    expect(key('økes')).toBe(key('styrkes'));
    expect(key('opprette')).toBe(key('etablere'));
    expect(key('kostnader')).toBe(key('utgifter'));
  });

  it('keep different words apart', () => {
    expect(key('skole')).not.toBe(key('skatt'));
    expect(key('barnehage')).not.toBe(key('barnevern'));
  });

  it('leave out stopwords, numbers and words of modality', () => {
    expect(contentWords('KS mener at regjeringen må sikre 2 500 nye plasser i 2027.')).toEqual(['regjeringen', 'sikre', 'nye', 'plasser']);
  });
});

describe('compound parts', () => {
  it('split a compound where its parts stand as words among the texts', () => {
    const known = new Set(['fastleg', 'ordning'].map(wordKey));
    expect(compoundParts('fastlegeordningen', known).sort()).toEqual(['fastleg', 'ordning']);
  });

  it('give nothing when no part is a known word', () => {
    expect(compoundParts('fastlegeordningen', new Set(['skole']))).toEqual([]);
  });

  it('let a compound meet its parts written apart', () => {
    const [a, b, c] = profiles([
      'Fastlegeordningen må styrkes.',
      'Ordningen med fastleger må styrkes.',
      'Skolehelsetjenesten må styrkes.',
    ]);
    const idf = rarity([a!, b!, c!]);
    expect(similarity(a!, b!, idf)).toBeGreaterThan(similarity(a!, c!, idf));
  });
});

/** Dice over plain lower-cased words: what "sharing fewer than half its words" means. */
function plainDice(a: string, b: string): number {
  const wa = sequenceWords(a);
  const wb = sequenceWords(b);
  const left = [...wb];
  let shared = 0;
  for (const w of wa) {
    const at = left.indexOf(w);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

// A made-up section: four demands on one theme, and a later version of it.
const OLD = [
  'Staten må sørge for at det finnes tilstrekkelig med institusjonsplasser av god kvalitet.',
  'Kommunene bør få økte midler til å rekruttere fosterhjem i nærmiljøet.',
  'Det er behov for en ny evaluering av de økonomiske virkemidlene i barnevernsreformen.',
  'KS ber om at ettervernet i barnevernet finansieres gjennom rammetilskuddet.',
];
const NEW = [
  'Det er et statlig ansvar å sikre nok institusjonsplasser med høy kvalitet i hele landet.',
  'KS anbefaler at kommunene tilføres flere ressurser til rekruttering av fosterhjem lokalt.',
  'Barnevernsreformens økonomiske virkemidler må evalueres på nytt.',
  'Staten må gi kommunene tilgang til psykologer for barn i barnevernet.',
];

describe('similarity and alignment', () => {
  it('finds a reworded statement that shares fewer than half of its words', () => {
    expect(plainDice(OLD[0]!, NEW[0]!)).toBeLessThan(0.5);
    const { pairs } = align(OLD, NEW);
    expect(pairs.find((p) => p.old === 0)?.new).toBe(0);
  });

  it('pairs each reworded demand with its counterpart, and not two different demands of one section', () => {
    const { pairs } = align(OLD, NEW);
    expect(pairs.map((p) => [p.old, p.new]).sort()).toEqual([[0, 0], [1, 1], [2, 2]]);
    // the ettervern demand was dropped, the psychologists demand is new: both in the same section, not paired
    expect(pairs.some((p) => p.old === 3 || p.new === 3)).toBe(false);
  });

  it('pairs one-to-one, whatever the order of the new document', () => {
    const order = [2, 0, 3, 1];
    const { pairs } = align(OLD, order.map((i) => NEW[i]!));
    expect(pairs.map((p) => [p.old, order[p.new]]).sort()).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(new Set(pairs.map((p) => p.new)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.old)).size).toBe(pairs.length);
  });

  it('gives a statement and itself similarity 1, and nothing in common 0', () => {
    const all = profiles([OLD[0]!, OLD[0]!, 'Bredbånd til alle husstander.']);
    const idf = rarity(all);
    expect(similarity(all[0]!, all[1]!, idf)).toBeCloseTo(1, 6);
    expect(similarity(all[0]!, all[2]!, idf)).toBe(0);
  });

  it('makes no pair below the threshold', () => {
    const { pairs } = align(OLD, NEW);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
    expect(align(OLD, NEW, 1.01).pairs).toEqual([]);
  });
});

describe('what became of a pair', () => {
  const side = (kind: Parameters<typeof pairChange>[0]['kind'], text = '') => ({ kind, text });

  it('moves along krav > anbefaling > onske, and to or from a kind that is no demand', () => {
    expect(pairChange(side('anbefaling'), side('krav'), 1)).toBe('strengthened');
    expect(pairChange(side('krav'), side('onske'), 1)).toBe('weakened');
    expect(pairChange(side('bekymring'), side('krav'), 0.3)).toBe('strengthened');
    expect(pairChange(side('anbefaling'), side('stotte'), 0.3)).toBe('weakened');
  });

  it('reads a changed modal verb when the kind is the same (`KS mener at … bør` → `… må`)', () => {
    expect(modalStrength('Vi mener at dette bør gjøres.')).toBe(2);
    expect(modalStrength('Det må gjøres.')).toBe(3);
    expect(modalStrength('Ordningen bygges ut.')).toBe(0);
    expect(pairChange(side('anbefaling', 'Vi mener at X bør brukes.'), side('anbefaling', 'Vi mener at X må brukes.'), 0.9)).toBe('strengthened');
    expect(pairChange(side('krav', 'X må brukes.'), side('krav', 'Vi mener at X bør brukes.'), 0.9)).toBe('weakened');
  });

  it('calls the same words in nearly the same order repeated, other words or another order reworded', () => {
    const [a, b, c, d] = profiles([
      'Nye oppgaver og reformer skal fullfinansieres fra 2026.',
      'Nye oppgaver og reformer skal fullfinansieres fra 2027.',
      'Reformer og nye oppgaver skal fullfinansieres fra 2027.',
      'Nye oppgaver og reformer skal finansieres fullt ut fra 2027.',
    ]).map((p) => p);
    const seq = (x: typeof a, y: typeof a) => sequenceSimilarity(sequenceWords(x!.text), sequenceWords(y!.text));
    expect(pairChange(side('krav'), side('krav'), seq(a, b), sameContentWords(a!, b!))).toBe('repeated');
    expect(pairChange(side('krav'), side('krav'), seq(a, c), sameContentWords(a!, c!))).toBe('reworded');
    expect(pairChange(side('krav'), side('krav'), seq(a, d), sameContentWords(a!, d!))).toBe('reworded');
  });

  it('measures the share of a word sequence unchanged', () => {
    expect(sequenceSimilarity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(sequenceSimilarity(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(0.75);
    expect(sequenceSimilarity([], [])).toBe(1);
  });
});

interface Key {
  pairs: Array<{ a: string; b: string; class: string }>;
  dropped: Array<{ a: string }>;
  new: Array<{ b: string }>;
}

describe('the benchmark pairs, aligned from their answer keys alone', () => {
  const dir = join(ROOT, 'tests', 'fixtures', 'compare');
  const names = readdirSync(dir).filter((f) => f.endsWith('.key.json'));
  it('has pairs to test', () => expect(names.length).toBeGreaterThanOrEqual(2));
  for (const name of names) {
    it(`${name}: pairs every key pair and leaves the new and dropped statements alone`, () => {
      const k = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Key;
      // the new document in another order than the old: alignment must not lean on order
      const olds = [...k.pairs.map((p) => p.a), ...k.dropped.map((d) => d.a)];
      const news = [...k.new.map((n) => n.b), ...k.pairs.map((p) => p.b).reverse()];
      const { pairs } = align(olds, news);
      const right = pairs.filter((p) => p.old < k.pairs.length && news[p.new] === k.pairs[p.old]!.b).length;
      const precision = right / pairs.length;
      const recall = right / k.pairs.length;
      expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
