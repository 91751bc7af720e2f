// Figures quoted in a sentence (SPEC): amounts, quantities, periods, ratios, percentages:
// `1 milliard kroner per år`, `500 000 per grunnskole`, `1 Gigabit/sekund`, `2022-2025`, `66/34`,
// `100 %`, `kr 300 000`, `2,5 prosent`. Lone years (`i 2021`) and ordinals (`26. april`) are not figures.
import { foldForLiterals, LiteralFilter } from '../nlp/literals.js';
import { nbRegex } from '../nlp/norwegian.js';

/** Units and scale words that belong to a number. */
const UNITS = [
  'milliarder', 'milliard', 'mrd\\.?', 'millioner', 'million', 'mill\\.?', 'tusen', 'kroner', 'kr\\.?', 'NOK', 'euro',
  'prosentpoeng', 'prosent', '%', 'Gigabit\\/sekund', 'Gbit\\/s', 'Mbit\\/s', 'Megabit\\/sekund', 'år', 'måneder', 'uker', 'dager', 'timer',
  'årsverk', 'plasser', 'stillinger', 'kommuner', 'fylkeskommuner', 'innbyggere', 'personer', 'barn', 'elever',
];
const UNIT = `(?:${UNITS.join('|')})`;
const NUMBER = '\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const PER = '(?:\\s+(?:per|pr\\.?|i)\\s+(?:år|måned|uke|dag|innbygger|elev|barn|plass|grunnskole|skole|kommune|time|person|\\p{L}+skole))';

export const FIGURE = nbRegex(
  [
    // periods and ranges: 2022-2025, 2021–25, 2021 – 2022, 0–24
    `\\b\\d{1,4}\\s*[-–]\\s*\\d{1,4}\\b(?![,.]\\d)`,
    // ratios: 66/34
    `\\b\\d{1,3}\\/\\d{1,3}\\b`,
    // amounts and quantities with a unit: kr 300 000, 1 milliard kroner per år, 100 %
    `(?:\\bkr\\.?\\s*)?(?<![\\d,])(?:${NUMBER})(?:\\s*${UNIT}(?![\\p{L}]))+${PER}?`,
    `\\bkr\\.?\\s*(?:${NUMBER})`,
    // a bare number with "per": 500 000 per grunnskole
    `(?<![\\d,])(?:${NUMBER})${PER}`,
    // a bare large number (thousands separator): 500 000
    `(?<![\\d,])\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?`,
  ].join('|'),
  'giu',
);

/** A lone year or ordinal is no figure. */
const LONE_YEAR = /^(?:19|20)\d{2}$/u;

/** What a figure cannot do without (a digit, nlp/literals.ts): most sentences have none. */
const FIGURE_WORDS = new LiteralFilter([FIGURE]);

export function findFigures(text: string): string[] {
  const out: string[] = [];
  const t = text.normalize('NFC');
  if (!FIGURE_WORDS.scan(foldForLiterals(t))[0]) return out;
  for (const m of t.matchAll(FIGURE)) {
    const f = m[0].trim().replace(/\s+/gu, ' ');
    if (LONE_YEAR.test(f)) continue;
    if (/^\d+$/u.test(f)) continue;
    if (!out.includes(f)) out.push(f);
  }
  return out;
}
