// The extraction stage on held-out documents (tests/fixtures/heldout, built by build.py there):
// KS-style texts written for this test, on topics and in phrasings the seed does not have, and
// annotated sentence by sentence before the rules were looked at. The whole pipeline runs
// (normalize or parse → segment → extract) and statement and demand F1 are computed with exact
// sentence-text matching (the scorer in ../shared/eval matches fuzzily; exact is stricter).
//
// Floors: issue 3 asks for 0.92 statement and demand F1 on the dev slice and "only a little lower"
// on unseen text. The pooled floor is that 0.92; a single document of ~20 statements may be a
// little lower (0.85: about three mistakes). Before the held-out work the pooled figures were
// 0.908 statement / 0.959 demand F1 (h4 alone 0.765 / 0.880), see score-before.txt. h5 was written
// after the rules were changed on h1–h4, as a second blind check: 0.818 / 0.769 on first run.
// h6–h8 were written blind after that round (first run pooled 0.922 statement / 0.944 demand F1,
// area F1 0.895; h6 alone 0.857 / 0.889) and the rules were then changed on them, so they too are
// now development data; the same floors hold for them. h9 was written blind after the h6–h8
// changes: first run 0.913 statement / 0.971 demand F1, area F1 0.875 (score-before.txt); the
// rules were then changed on it too (enn forutsatt, dekker ikke, integrering), so the next blind
// document is the next honest estimate. Issue 13 added h10–h23 in four blind rounds (first runs
// in score-before.txt: pooled statement F1 0.81–0.85, demand F1 0.84–0.94, area F1 0.82–0.91);
// the rules were changed on each round, so they are development data now too, held by the same
// floors and by a pooled area micro-F1 floor (issue 13 asks for 0.90). h24–h35 (rounds 5–8, longer
// documents) joined the same way; h36–h41 (round 9) too, with floors of their own (ROUND9).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import type { SourceText } from '../../src/model/types.js';
import { classifyLines } from '../../src/normalize/raw-text.js';

const DIR = join(__dirname, '..', 'fixtures', 'heldout');
const DOCS = [
  'h1-horing-helse.txt',
  'h2-statsbudsjett.txt',
  'h3-fylke-samferdsel.md',
  'h4-horing-plan.txt',
  'h5-barnehage-blind.txt',
  'h6-opplaering-blind.txt',
  'h7-klima-beredskap-blind.txt',
  'h8-digitalisering-blind.txt',
  'h9-kommuneprop-blind.txt',
  // issue 13 (build_blind2.py, build_blind3.py): written and annotated blind, first runs in score-before.txt
  'h10-horing-styring-blind.txt',
  'h11-pressemelding-okonomi-blind.txt',
  'h12-landsting-arbeid-blind.md',
  'h13-budsjett-samferdsel-blind.txt',
  'h14-horing-innovasjon-blind.txt',
  'h15-horing-bolig-blind.txt',
  'h16-pressemelding-oppvekst-blind.txt',
  'h17-horing-klimatilpasning-blind.txt',
  'h18-budsjett-helse-blind.txt',
  'h19-landsting-lokaldemokrati-blind.txt',
  'h20-pressemelding-transport-blind.txt',
  'h21-horing-boligsosial-blind.txt',
  'h22-horing-datadeling-blind.txt',
  'h23-pressemelding-laerling-blind.md',
  // issue 13, rounds 5–8 (build_blind5.py … build_blind10.py): blind at their first runs, development data since
  'h24-budsjett-2028-blind.txt',
  'h25-horing-fosterhjem-blind.md',
  'h26-landsting-distrikt-blind.txt',
  'h27-horing-opplaering-blind.md',
  'h28-pressemelding-eldre-blind.md',
  'h29-horing-anskaffelser-blind.txt',
  'h30-horing-tilsyn-blind9.txt',
  'h31-landsting-uttalelser-blind9.md',
  'h32-budsjett-fylke-blind9.txt',
  'h33-horing-psykiskhelse-blind10.md',
  'h34-innspill-oppvekst-blind10.txt',
  'h35-pressemelding-digitalisering-blind10.txt',
];
// issue 13, round 9 (build_blind11.py, build_blind12.py): blind at their first run (score-before.txt),
// development data since the learned area model (trained on h1–h41) and the demand-precision rules
// of that round; held by floors of their own at what they reach, below the older documents' floors
const ROUND9 = [
  'h36-horing-arealenergi-blind11.txt',
  'h37-innspill-kommuneprop-blind11.md',
  'h38-pressemelding-integrering-blind11.txt',
  'h39-landsting-fraasegner-blind12.md',
  'h40-horing-fellesloesninger-blind12.txt',
  'h41-brev-barnehagekultur-blind12.txt',
];
const ROUND9_FLOORS = { document: 0.78, pooledStatement: 0.87, pooledDemand: 0.91, area: 0.7 };
/** Sentences of round 9 the segmenter still splits or joins otherwise than written (`verdi A eller B. Det …`, `2. september 2028`): not to grow. */
const ROUND9_UNSEGMENTED: Record<string, number> = { 'h36-horing-arealenergi-blind11.txt': 2 };
// issue 13, rounds 10 and 11 (build_blind13.py, build_blind14.py): blind at their first run
// (pooled 0.843 statement / 0.932 demand F1, 0.858 area micro-F1, score-before.txt), development
// data since the rules of round 11 were written on their kinds of miss; floors of their own, a
// little below what they reach
const ROUND10 = [
  'h42-horing-beredskap-blind13.txt',
  'h43-innspill-fylkesbudsjett-blind13.md',
  'h44-pressemelding-barnevern-blind13.txt',
  'h45-landsting-lokaldemokrati-blind14.md',
  'h46-horing-planbygg-nynorsk-blind14.txt',
  'h47-innspill-kommuneprop-blind14.txt',
];
const ROUND10_FLOORS = { document: 0.84, pooledStatement: 0.91, pooledDemand: 0.94, area: 0.85 };
/** Sentences of rounds 10–11 the segmenter joins to a heading line above them that it does not take for a heading (`Kronikk: …`): not to grow. */
const ROUND10_UNSEGMENTED: Record<string, number> = { 'h44-pressemelding-barnevern-blind13.txt': 1 };
// issue 13, rounds 12 and 13 (build_blind15.py, build_blind16.py): blind at their first run
// (pooled 0.910 statement / 0.943 demand F1, score-before.txt), development data since the
// evaluative lexicon (evaluation-nb.ts) and the skal-fact and lead-in rules of round 12, measured
// on them; floors of their own, a little below what they reach (this test's matching: statement
// 0.952, demand 0.971, areas 0.876; each document ≥ 0.92)
const ROUND11 = [
  'h48-horing-helseomsorg-blind15.txt',
  'h49-landsting-oppvekst-blind15.md',
  'h50-pressemelding-fylke-blind15.txt',
  'h51-budsjett-kommune-blind16.txt',
  'h52-horing-beredskap-nynorsk-blind16.txt',
  'h53-innspill-arbeidsgiver-blind16.md',
];
const ROUND11_FLOORS = { document: 0.88, pooledStatement: 0.93, pooledDemand: 0.95, area: 0.85 };
/** Sentences of rounds 12–13 the segmenter splits or joins otherwise than written (a date `3. februar 2034`, `Meld. St. 12`): not to grow. */
const ROUND11_UNSEGMENTED: Record<string, number> = {
  'h48-horing-helseomsorg-blind15.txt': 1,
  'h51-budsjett-kommune-blind16.txt': 1,
  'h52-horing-beredskap-nynorsk-blind16.txt': 1,
};
// issue 13, h54–h59 (build_blind17.py, build_blind18.py; the README's round 12): blind at their first run (pooled 0.897
// statement / 0.906 demand F1, 0.903 area micro-F1 by score.py, score-before.txt), development data
// since the cues and area constructions of round 13 were written on the kinds of miss of h48–h59;
// floors of their own, a little below what they reach (this test's matching: statement 0.983,
// demand 0.972, areas 0.912; each document ≥ 0.88)
const ROUND12 = [
  'h54-horing-vannavlop-blind17.txt',
  'h55-landsting-eldreomsorg-blind17.md',
  'h56-pressemelding-digital-blind17.txt',
  'h57-budsjett-rnb-blind18.txt',
  'h58-horing-areal-nynorsk-blind18.txt',
  'h59-innspill-barnunge-blind18.md',
];
const ROUND12_FLOORS = { document: 0.86, pooledStatement: 0.96, pooledDemand: 0.95, area: 0.89 };
/** Sentences of h54–h59 the segmenter splits otherwise than written (a date `3. mars 2034`): not to grow. */
const ROUND12_UNSEGMENTED: Record<string, number> = { 'h58-horing-areal-nynorsk-blind18.txt': 1 };

// issue 13, rounds 13–15 (build_blind19.py … build_blind24.py): blind at their first run of
// session 8's code (score-before.txt); rounds 13–14 development data since session 9 read them for
// the area words, round 15 read by no developer in session 9; floors of their own, a little below
// what the final code of session 9 reaches, raised in session 10 (below).
const ROUND13 = [
  'h60-horing-anskaffelser-blind19.txt',
  'h61-hovedstyre-eldrebolig-blind19.md',
  'h62-pressemelding-barnehage-blind19.txt',
  'h63-horing-naering-nynorsk-blind20.txt',
  'h64-innspill-kompetanse-blind20.md',
  'h65-kommuneprop-beredskap-blind20.txt',
];
const ROUND14 = [
  'h66-horing-psykiskhelse-rus-blind21.txt',
  'h67-pressemelding-fylkesvei-blind21.txt',
  'h68-statsbudsjett-eldre-blind21.txt',
  'h69-landsting-distrikt-nynorsk-blind22.txt',
  'h70-innspill-digital-sikkerhet-blind22.md',
  'h71-horing-larere-fagarbeidere-blind22.txt',
];
const ROUND15 = [
  'h72-horing-kommuneloven-blind23.txt',
  'h73-pressemelding-helse-blind23.txt',
  'h74-statsbudsjett-fylke-nynorsk-blind23.txt',
  'h75-landsting-klima-energi-blind24.md',
  'h76-innspill-integrering-oppvekst-blind24.md',
  'h77-horing-innkjop-ki-data-blind24.txt',
];
// Raised in session 10 after the concessive turn, judged claims and the word classes of critique
// written on rounds 13–15's kinds of miss (this test's matching then: statement 0.984 / 0.973 /
// 0.984, demand 0.987 / 0.969 / 0.974, areas 0.933 / 0.921 / 0.918; each document ≥ 0.94).
const LATEST_FLOORS = { document: 0.9, pooledStatement: 0.96, pooledDemand: 0.95, area: 0.9 };
/** Sentences of rounds 13–15 the segmenter splits or joins otherwise than written (a date `10. januar 2035` after a verb, a dash quote, h68's two): not to grow. */
const LATEST_UNSEGMENTED: Record<string, number> = {
  'h60-horing-anskaffelser-blind19.txt': 1,
  'h67-pressemelding-fylkesvei-blind21.txt': 1,
  'h68-statsbudsjett-eldre-blind21.txt': 2,
  'h77-horing-innkjop-ki-data-blind24.txt': 1,
};
// issue 13, rounds 16–18 (build_blind25.py … build_blind30.py): blind at their first runs of
// session 9's and session 10's code (score-before.txt); development data since;
// floors of their own, a little below what session 10's code reaches.
const ROUND16 = [
  'h78-horing-plan-strandsone-blind25.txt',
  'h79-pressemelding-vold-barn-blind25.txt',
  'h80-landsting-skule-barnehage-nynorsk-blind25.txt',
  'h81-rnb-kommuneokonomi-blind26.txt',
  'h82-innspill-frivillighet-folkehelse-blind26.md',
  'h83-hovedstyre-eos-blind26.txt',
];
const ROUND17 = [
  'h84-horing-helseberedskap-legevakt-blind27.txt',
  'h85-pressemelding-unge-utenfor-blind27.txt',
  'h86-statsbudsjett-distrikt-nynorsk-blind27.txt',
  'h87-landsting-eldre-bolig-blind28.txt',
  'h88-innspill-digitalisering-ki-blind28.md',
  'h89-horing-barnehage-finansiering-blind28.txt',
];
const ROUND18 = [
  'h90-horing-spesialundervisning-blind29.txt',
  'h91-pressemelding-utskrivningsklare-blind29.txt',
  'h92-landsting-klima-vindkraft-nynorsk-blind29.txt',
  'h93-kommuneprop-bolig-bosetting-blind30.txt',
  'h94-innspill-innovasjon-anskaffelser-blind30.md',
  'h95-horing-barnevern-fosterhjem-blind30.txt',
];
const NEWEST_FLOORS = { document: 0.8, pooledStatement: 0.92, pooledDemand: 0.93, area: 0.84 };
/**
 * Sentences of rounds 16–18 the segmenter splits or joins otherwise than written (a lead-in's
 * colon before a capital, `fire forhold: Skattesvikten må …`; a date `6. og 7. februar 2040`): not to grow.
 */
const NEWEST_UNSEGMENTED: Record<string, number> = {
  'h81-rnb-kommuneokonomi-blind26.txt': 2,
  'h87-landsting-eldre-bolig-blind28.txt': 1,
};
// issue 13, rounds 19 and 20 (build_blind31.py … build_blind34.py): blind at their first runs of
// session 11's code (score-before.txt); development data since; floors a little below what
// session 11's final code reaches (round 19 0.951 / 0.963 / 0.904, round 20 0.932 / 0.968 / 0.871)
// (session 12's kinds of evaluation and offer: round 19 0.967 / 0.980, round 20 0.956 / 0.976 by
// score.py; statement and demand floors raised)
const ROUND19 = [
  'h96-horing-drosje-skoleskyss-blind31.txt',
  'h97-pressemelding-avfall-sirkulaer-blind31.txt',
  'h98-landsting-matberedskap-nynorsk-blind31.txt',
  'h99-statsbudsjett-bygg-investering-blind32.md',
  'h100-hovedstyre-demens-parorende-blind32.txt',
  'h101-horing-tannhelse-nynorsk-blind32.txt',
];
const ROUND20 = [
  'h102-horing-forsvar-totalberedskap-blind33.txt',
  'h103-kronikk-havbruk-kyst-blind33.txt',
  'h104-innspill-gravferd-kirkebygg-blind33.md',
  'h105-hovedstyre-reiseliv-nynorsk-blind34.txt',
  'h106-statsbudsjett-fylkeskommunene-blind34.txt',
  'h107-horing-brannvesen-blind34.txt',
];
const ROUND19_FLOORS = { document: 0.8, pooledStatement: 0.94, pooledDemand: 0.95, area: 0.89 };
const ROUND20_FLOORS = { document: 0.78, pooledStatement: 0.93, pooledDemand: 0.95, area: 0.88 };
/** Sentences of rounds 19–20 the segmenter splits or joins otherwise than written: not to grow. */
const ROUNDS19_20_UNSEGMENTED: Record<string, number> = {};
// issue 13, round 21 (build_blind35.py, build_blind36.py): blind at its first run of session 11's
// final code (0.919 / 0.927 / 0.779 by score.py) and at session 12's merges (final 0.924 / 0.927 /
// 0.794: score-before.txt); development data since; floors a little below the final figures
const ROUND21 = [
  'h108-horing-valglov-blind35.txt',
  'h109-statsbudsjett-grensekommunar-nynorsk-blind35.txt',
  'h110-landsting-barnefattigdom-blind35.md',
  'h111-pressemelding-ungdomskriminalitet-blind36.txt',
  'h112-innspill-hjelpemidler-velferdsteknologi-blind36.md',
  'h113-hovedstyre-valglov-valggjennomforing-blind36.txt',
];
const ROUND21_FLOORS = { document: 0.8, pooledStatement: 0.91, pooledDemand: 0.91, area: 0.77 };
/** Sentences of round 21 the segmenter splits or joins otherwise than written: not to grow. */
const ROUND21_UNSEGMENTED: Record<string, number> = {};
// issue 13, round 22 (build_blind37.py, build_blind38.py): blind at its first run of session 12's
// final rules with the area model retrained on h1–h113 (0.897 / 0.897 / 0.866 by score.py:
// score-before.txt); development data since session 13 wrote the reported-voice frame on it
const ROUND22 = [
  'h114-horing-kulturmiljolov-nynorsk-blind37.txt',
  'h115-innspill-idrett-anlegg-storting-blind37.txt',
  'h116-kronikk-sentrum-stedsutvikling-blind37.md',
  'h117-statsbudsjett-vann-skog-natur-blind38.txt',
  'h118-landsting-fodetilbod-helsestasjon-nynorsk-blind38.md',
  'h119-pressemelding-skolefravaer-blind38.txt',
];
const ROUND22_FLOORS = { document: 0.75, pooledStatement: 0.88, pooledDemand: 0.88, area: 0.84 };
// issue 13, rounds 23 and 24 (build_blind39.py … build_blind42.py): blind at their first runs of
// session 13's merged and final extraction (0.919 / 0.915 / 0.746 and 0.928 / 0.918 / 0.812 by
// score.py: score-before.txt); development data since; floors a little below what they reach
const ROUND23 = [
  'h120-horing-fritidsboliger-bruksendring-blind39.txt',
  'h121-statsbudsjett-internasjonalt-forsking-nynorsk-blind39.txt',
  'h122-landsting-vold-trusler-ansatte-blind39.md',
  'h123-pressemelding-folkevalgte-hets-blind40.txt',
  'h124-hovudstyre-inntektssystem-nynorsk-blind40.txt',
  'h125-innspill-legemidler-eldre-blind40.md',
];
const ROUND24 = [
  'h126-horing-fartskontroll-elsparkesykkel-nynorsk-blind41.txt',
  'h127-statsbudsjett-kultur-museer-blind41.txt',
  'h128-landsting-industri-vertskommuner-blind41.md',
  'h129-pressemelding-sfo-gratis-blind42.txt',
  'h130-hovedstyre-sykefravaer-arbeidsgiverperiode-blind42.txt',
  'h131-innspill-vaksenopplaering-innvandrarar-nynorsk-blind42.md',
];
const ROUND25 = [
  'h132-horing-barnehage-lopende-opptak-blind43.md',
  'h133-kronikk-eldre-einsemd-nynorsk-blind43.txt',
  'h134-notat-storting-bolig-unge-blind43.txt',
  'h135-pressemelding-kortbane-flyplasser-blind44.txt',
  'h136-landsting-barnevernsvakt-institusjon-nynorsk-blind44.md',
  'h137-kommuneprop-klima-grunnforhold-havniva-blind44.txt',
];
const ROUND26 = [
  'h138-horing-smittevern-vaksinasjon-nynorsk-blind45.txt',
  'h139-budsjetthoring-skole-lesing-skjerm-blind45.md',
  'h140-hovedstyre-lokaldemokrati-medvirkning-blind45.txt',
  'h141-pressemelding-veterinaervakt-dyrehelse-nynorsk-blind46.txt',
  'h142-horing-lonnsapenhet-likelonn-blind46.txt',
  'h143-landsting-hete-torke-vannmangel-blind46.md',
];
const ROUND23_FLOORS = { document: 0.75, pooledStatement: 0.88, pooledDemand: 0.88, area: 0.72 };
const ROUND24_FLOORS = { document: 0.75, pooledStatement: 0.88, pooledDemand: 0.88, area: 0.78 };
const ROUND25_FLOORS = { document: 0.7, pooledStatement: 0.88, pooledDemand: 0.84, area: 0.82 };
const ROUND26_FLOORS = { document: 0.75, pooledStatement: 0.92, pooledDemand: 0.92, area: 0.8 };
// issue 13, round 27 (build_blind47.py, build_blind48.py; session 15): blind at its first run on
// 07fa523 (0.918 / 0.907 / 0.813, score-before.txt), then its segmentation defects fixed by kind
// (letterhead and fact-box lines, a dateline alone, a heading before a dash quote); floors under
// what the code reaches, every annotated sentence segmented as written
const ROUND27 = [
  'h144-horing-bruer-kommunale-veger-blind47.txt',
  'h145-landsting-mineraler-vertskommunar-nynorsk-blind47.md',
  'h146-kronikk-eldre-transport-forerkort-blind47.txt',
  'h147-statsbudsjett-funksjonsnedsettelse-bpa-blind48.txt',
  'h148-horing-hjortevilt-viltforvaltning-nynorsk-blind48.md',
  'h149-pressemelding-skolemaltid-blind48.txt',
];
const ROUND27_FLOORS = { document: 0.8, pooledStatement: 0.88, pooledDemand: 0.87, area: 0.78 };
// issue 13, round 28 (build_blind49.py, build_blind50.py; session 16): blind at its first run on
// 274fbeb (0.910 / 0.901 / 0.826, score-before.txt); floors under what the code reaches
const ROUND28 = [
  'h150-hovedstyre-innleie-bemanningsbyraer-blind49.txt',
  'h151-innspill-befolkningsvern-tilfluktsrom-nynorsk-blind49.md',
  'h152-brev-avfallsdeponier-forurenset-grunn-blind49.txt',
  'h153-horing-husleieloven-utleieboliger-blind50.md',
  'h154-pressemelding-posttenester-nynorsk-blind50.txt',
  'h155-posisjonsdokument-jernbane-regiontog-blind50.txt',
];
// a press release's two dash quotes in a row read as a dash list: the first quote's sentence is
// the same without its dash
const ROUND28_UNSEGMENTED = { 'h154-pressemelding-posttenester-nynorsk-blind50.txt': 1 };
const ROUND28_FLOORS = { document: 0.75, pooledStatement: 0.88, pooledDemand: 0.87, area: 0.78 };
const DEMAND = new Set(['krav', 'anbefaling', 'onske']);
const POOLED_FLOOR = 0.92;
const DOC_FLOOR = 0.85;
const AREA_FLOOR = 0.9;
const LATER_AREA_FLOOR = 0.87;

interface Gold {
  text: string;
  kind: string;
  kinds_ok: string[];
  areas: string[];
  areas_ok: string[];
  borderline: boolean;
}

interface Counts { tp: number; fp: number; fn: number }
const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

// a list point's number and a Markdown table row's outer pipes are the annotators' layout (the
// segmenter keeps a row's inner ` | ` between cells)
// (and a bold lead-in's asterisks, `**Øving:** Mange …`, are Markdown, not words)
const asSentence = (text: string) =>
  text.replace(/\*\*/gu, '').replace(/^\d{1,2}[.)]\s+/u, '').replace(/^\|\s*(.*?)\s*\|$/u, '$1').replace(/\s+/gu, ' ').trim();

function score(file: string) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const source: SourceText = {
    path: file,
    text,
    hash: createHash('sha256').update(text).digest('hex'),
    format: file.endsWith('.md') ? 'markdown' : 'text',
  } as SourceText;
  const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/u, '.gold.json')), 'utf8')) as {
    statements: Gold[];
    non_statements: string[];
  };
  const doc = analyzeSource(source);
  // the annotators keep a list point's number and a table row's column gaps, which the pipeline
  // reads as a list marker and as layout: compare the sentences without them
  for (const g of gold.statements) g.text = asSentence(g.text);
  gold.non_statements = gold.non_statements.map(asSentence);
  const out = doc.sentences.filter((s) => s.kind !== null);
  const all = new Set(doc.sentences.map((s) => asSentence(s.text)));
  const byText = new Map(gold.statements.map((g) => [g.text, g]));
  const borderline = new Set(gold.statements.filter((g) => g.borderline).map((g) => g.text));
  const outText = new Map(out.map((s) => [asSentence(s.text), s]));

  const statement: Counts = { tp: 0, fp: 0, fn: 0 };
  // areas on statements found, as the shared scorer counts them: a required area found is a hit,
  // one outside the acceptable ones a false alarm, a required one not found a miss
  const areas: Counts = { tp: 0, fp: 0, fn: 0 };
  const demand: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  for (const g of gold.statements) {
    if (g.borderline) continue;
    const o = outText.get(g.text);
    if (o) {
      statement.tp++;
      areas.tp += g.areas.filter((a) => o.areas.includes(a)).length;
      areas.fp += o.areas.filter((a) => !g.areas_ok.includes(a)).length;
      areas.fn += g.areas.filter((a) => !o.areas.includes(a)).length;
      if (g.areas.some((a) => !o.areas.includes(a)) || o.areas.some((a) => !g.areas_ok.includes(a))) {
        errors.push(`areas ${o.areas.join(',')} (gold ${g.areas.join(',')}): ${g.text}`);
      }
    } else {
      statement.fn++;
      errors.push(`missed ${g.kind}: ${g.text}`);
    }
    if (DEMAND.has(g.kind)) {
      if (o && DEMAND.has(o.kind!)) demand.tp++;
      else demand.fn++;
    }
  }
  for (const o of out) {
    if (borderline.has(asSentence(o.text))) continue;
    const g = byText.get(asSentence(o.text));
    if (!g) {
      statement.fp++;
      errors.push(`not a statement (${o.kind}): ${o.text}`);
    }
    if (DEMAND.has(o.kind!) && (!g || !g.kinds_ok.some((k) => DEMAND.has(k)))) demand.fp++;
  }
  // every annotated sentence must be one sentence of the pipeline, else the test measures nothing
  // (a table's delimiter row, `|---|---:|`, holds no words: nothing to segment)
  // (but page furniture, which the plain-text reader leaves out on purpose: running headers and
  // footers, a table of contents)
  const furniture = new Set(
    source.format === 'text' ? classifyLines(text).lines.filter((l) => l.kind === 'furniture').map((l) => asSentence(l.text)) : [],
  );
  const unsegmented = [...gold.statements.map((g) => g.text), ...gold.non_statements].filter(
    (t) => /[\p{L}\d]/u.test(t) && !all.has(t) && !furniture.has(t),
  );
  return { statement, demand, areas, errors, unsegmented };
}

// Markdown held-out documents need the parser, which the pipeline loads only on demand
await loadMarkdown();

describe('extraction on held-out KS-style documents', () => {
  const results = DOCS.map((f) => ({ file: f, ...score(f) }));

  for (const r of results) {
    it(`${r.file}: every annotated sentence is segmented as written`, () => {
      expect(r.unsegmented).toEqual([]);
    });
    it(`${r.file}: statement and demand F1 ≥ ${DOC_FLOOR}`, () => {
      expect(f1(r.statement), r.errors.join('\n')).toBeGreaterThanOrEqual(DOC_FLOOR);
      expect(f1(r.demand), r.errors.join('\n')).toBeGreaterThanOrEqual(DOC_FLOOR);
    });
  }

  // Issue 13 asks for area micro-F1 ≥ 0.90 on blind documents; after the rules were changed on
  // h10–h18 they are at about 0.92 (score-before.txt), h1–h23 at about 0.93. The longer documents
  // of rounds 5–8 (h24–h35: first runs 0.69–0.88; after their fixes about 0.90 by score.py, 0.874
  // by this test's exact matching) are held apart, at what they reach, so that the floor of
  // h1–h23 stays what it was.
  const early = results.slice(0, DOCS.indexOf('h24-budsjett-2028-blind.txt'));
  const later = results.slice(early.length);
  for (const [name, some, floor] of [['h1–h23', early, AREA_FLOOR], ['h24–h35', later, LATER_AREA_FLOOR]] as const) {
    it(`${name}: pooled area micro-F1 ≥ ${floor}`, () => {
      const ar = some.map((r) => r.areas).reduce(add);
      expect(f1(ar), some.flatMap((r) => r.errors.filter((e) => e.startsWith('areas'))).join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }

  // rounds 9–21 (h36–h113), each with floors of its own
  const rounds = [
    ['h36–h41', ROUND9, ROUND9_FLOORS, ROUND9_UNSEGMENTED],
    ['h42–h47', ROUND10, ROUND10_FLOORS, ROUND10_UNSEGMENTED],
    ['h48–h53', ROUND11, ROUND11_FLOORS, ROUND11_UNSEGMENTED],
    ['h54–h59', ROUND12, ROUND12_FLOORS, ROUND12_UNSEGMENTED],
    ['h60–h65', ROUND13, LATEST_FLOORS, LATEST_UNSEGMENTED],
    ['h66–h71', ROUND14, LATEST_FLOORS, LATEST_UNSEGMENTED],
    ['h72–h77', ROUND15, LATEST_FLOORS, LATEST_UNSEGMENTED],
    ['h78–h83', ROUND16, NEWEST_FLOORS, NEWEST_UNSEGMENTED],
    ['h84–h89', ROUND17, NEWEST_FLOORS, NEWEST_UNSEGMENTED],
    ['h90–h95', ROUND18, NEWEST_FLOORS, NEWEST_UNSEGMENTED],
    ['h96–h101', ROUND19, ROUND19_FLOORS, ROUNDS19_20_UNSEGMENTED],
    ['h102–h107', ROUND20, ROUND20_FLOORS, ROUNDS19_20_UNSEGMENTED],
    ['h108–h113', ROUND21, ROUND21_FLOORS, ROUND21_UNSEGMENTED],
    ['h114–h119', ROUND22, ROUND22_FLOORS, {}],
    ['h120–h125', ROUND23, ROUND23_FLOORS, {}],
    ['h126–h131', ROUND24, ROUND24_FLOORS, {}],
    ['h132–h137', ROUND25, ROUND25_FLOORS, {}],
    ['h138–h143', ROUND26, ROUND26_FLOORS, {}],
    ['h144–h149', ROUND27, ROUND27_FLOORS, {}],
    ['h150–h155', ROUND28, ROUND28_FLOORS, ROUND28_UNSEGMENTED],
  ] as const;
  for (const [name, files, floors, unsegmented] of rounds) {
    const round = files.map((f) => ({ file: f, ...score(f) }));
    for (const r of round) {
      it(`${r.file}: the annotated sentences are segmented as written (but the known exceptions)`, () => {
        expect(r.unsegmented.length, r.unsegmented.join('\n')).toBeLessThanOrEqual((unsegmented as Record<string, number>)[r.file] ?? 0);
      });
      it(`${r.file}: statement and demand F1 ≥ ${floors.document}`, () => {
        expect(f1(r.statement), r.errors.join('\n')).toBeGreaterThanOrEqual(floors.document);
        expect(f1(r.demand), r.errors.join('\n')).toBeGreaterThanOrEqual(floors.document);
      });
    }
    it(`${name}: pooled statement F1 ≥ ${floors.pooledStatement}, demand F1 ≥ ${floors.pooledDemand}, area micro-F1 ≥ ${floors.area}`, () => {
      const errors = round.flatMap((r) => r.errors).join('\n');
      expect(f1(round.map((r) => r.statement).reduce(add)), errors).toBeGreaterThanOrEqual(floors.pooledStatement);
      expect(f1(round.map((r) => r.demand).reduce(add)), errors).toBeGreaterThanOrEqual(floors.pooledDemand);
      expect(f1(round.map((r) => r.areas).reduce(add)), errors).toBeGreaterThanOrEqual(floors.area);
    });
  }

  it(`pooled statement and demand F1 ≥ ${POOLED_FLOOR}`, () => {
    const st = results.map((r) => r.statement).reduce(add);
    const dm = results.map((r) => r.demand).reduce(add);
    const errors = results.flatMap((r) => r.errors).join('\n');
    expect(f1(st), errors).toBeGreaterThanOrEqual(POOLED_FLOOR);
    expect(f1(dm), errors).toBeGreaterThanOrEqual(POOLED_FLOOR);
  });
});
