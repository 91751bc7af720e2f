// The learned fallback (src/extract/fallback.ts): where it decides, what it says in `show`, and
// that the committed model is what scripts/train-fallback.js generates. The sentences are
// written for this test, not taken from the annotated documents the model was trained on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/classify.js';
import { fallbackApplies, fallbackGate, fallbackKind, probability, fallbackFeatures } from '../../src/extract/fallback.js';
import { FALLBACK_MODEL } from '../../src/extract/fallback-model-nb.js';
import { analyzeSentences } from '../../src/extract/index.js';
import type { Section, Sentence } from '../../src/model/types.js';
import { cli, ingestFiles, ROOT, tempDir } from '../helpers/cli.js';
import { traceLoads } from '../helpers/loads.js';

const alone = { first: false, afterStatement: false };

describe('the fallback decides only on cue-less sentences where KS speaks, or with the sector as subject', () => {
  it.each([
    '– Med dette budsjettet blir tilbudet i skolen dårligere for mange elever, sier KS-lederen.',
    'Hun viser til at mange små kommuner allerede har kuttet i tilbudet.',
    'Dahl sier at kommunene gjør så godt de kan med de midlene de har.',
  ])('a KS statement without a cue: %s', (text) => {
    expect(classify(text).kind).toBeNull();
    const decision = fallbackKind(text, alone);
    expect(decision?.kind).toBe('bekymring');
    expect(decision!.probability).toBeGreaterThanOrEqual(FALLBACK_MODEL.threshold);
    expect(decision!.words.length).toBeGreaterThan(0);
  });

  it.each([
    // no KS voice and no judgement by structure (JUDGEMENT_MARKER): description stays with the rules
    'Ordningen har virket i fem år uten store endringer.',
    // another speaker quoted or reported
    '– Dette er en god dag for kommunene, sier statsråden.',
    'Departementet viser til at ordningen har virket i fem år.',
  ])('not read: %s', (text) => {
    expect(fallbackGate(text)).toBeNull();
    expect(fallbackApplies(text)).toBe(false);
    expect(fallbackKind(text, alone)).toBeNull();
  });

  it.each([
    'Vi ser at tilskuddet ikke holder tritt med lønnsveksten.',
    'Vi opplever at fristene er for korte for grundige vedtak.',
  ])('the sector as subject, judging without a cue: %s', (text) => {
    expect(classify(text).kind).toBeNull();
    expect(fallbackGate(text)).toBe('own');
    const decision = fallbackKind(text, alone);
    expect(decision?.kind).toBe('bekymring');
    expect(decision!.probability).toBeGreaterThanOrEqual(FALLBACK_MODEL.ownThreshold);
  });

  it.each([
    // the sector as subject, but describing: below the higher threshold for such sentences
    'Kommunene har ansvaret for over 40 000 kilometer vei.',
    'Vi har i dag 356 kommuner.',
    'KS deltok på møtet i departementet i mars.',
    // `Vi viser til …` is a reference, not a named speaker
    'Vi viser til at partene har laget en felles veileder.',
  ])('read as the sector speaking, and left alone: %s', (text) => {
    expect(fallbackGate(text)).toBe('own');
    expect(fallbackKind(text, alone)).toBeNull();
  });

  it.each([
    'Rammen gir ikke rom for å ansette flere lærere.',
    'Et slikt tilbud er lite verdt for dem som bor langt unna.',
  ])('a judgement by negation or degree, in no other voice: %s', (text) => {
    expect(classify(text).kind).toBeNull();
    expect(fallbackGate(text)).toBe('judged');
    const decision = fallbackKind(text, alone);
    expect(decision?.kind).toBe('bekymring');
    expect(decision!.probability).toBeGreaterThanOrEqual(FALLBACK_MODEL.judgedThreshold!);
  });

  it.each([
    // descriptions deny and count too: read at the highest threshold, and left alone
    'Mange kommuner har i dag for få fosterhjem.',
    'Loven stiller ikke krav om egne lokaler.',
    'Direktoratet har ikke publisert tallene for 2023 ennå.',
    'Ordningen ble innført i 2019 og omfatter ikke private aktører.',
  ])('a negation or degree that describes: %s', (text) => {
    expect(fallbackGate(text)).toBe('judged');
    expect(fallbackKind(text, alone)).toBeNull();
  });

  it('asks most of a judgement by structure', () => {
    expect(FALLBACK_MODEL.judgedThreshold).toBeGreaterThan(FALLBACK_MODEL.ownThreshold);
    expect(fallbackGate('Ordningen har virket i fem år.')).toBeNull();
  });

  it('asks more of the sector as subject than of KS speaking', () => {
    expect(FALLBACK_MODEL.ownThreshold).toBeGreaterThan(FALLBACK_MODEL.threshold);
    expect(fallbackGate('– Tilbudet blir dårligere, sier KS-lederen.')).toBe('speech');
  });

  it('weighs what is said: a quote that only reports a date stays below the threshold more than a complaint does', () => {
    const p = (text: string) => probability(FALLBACK_MODEL.statement, fallbackFeatures(text, alone));
    expect(p('– Pengene strekker ikke på langt nær til, og tilbudet blir dårligere, sier KS-lederen.')).toBeGreaterThan(
      p('– Møtet holdes i Oslo 12. mars klokken 10, sier KS-lederen.'),
    );
  });
});

describe('in the pipeline and in show', () => {
  it('gives the kind with a classifier cue, and leaves sentences with cues to the rules', () => {
    const texts = ['– Med dette budsjettet blir tilbudet i skolen dårligere for mange elever, sier KS-lederen.', 'KS mener at staten må dekke kostnadene.'];
    const sentences: Sentence[] = texts.map((text, i) => ({ id: `1-${i + 1}`, sectionId: '1', ordinal: i + 1, page: null, lines: [i + 1, i + 1], text }));
    const sections: Section[] = [{ id: '1', level: 1, title: 'Skole', parent: null, page: null, line: 1 }];
    const [quoted, ruled] = analyzeSentences(sentences, sections);
    expect(quoted!.kind).toBe('bekymring');
    expect(quoted!.cues).toEqual([expect.objectContaining({ cue: 'classifier', kind: 'bekymring' })]);
    expect(ruled!.kind).toBe('krav');
    expect(ruled!.cues.some((c) => c.cue === 'classifier')).toBe(false);
    // the rules alone (training, evaluation)
    expect(analyzeSentences(sentences, sections, { fallback: null })[0]!.kind).toBeNull();
  });

  it('show says the classifier decided, with its probability and words', () => {
    const { index } = ingestFiles({
      'pressemelding.md': '# Skolebudsjettet\n\n## Reaksjoner\n\nKS har lagt fram sin analyse av budsjettet.\n\n– Med dette budsjettet blir tilbudet i skolen dårligere for mange elever, sier KS-lederen.\n',
    });
    const out = cli(['show', '1-2', '--index', index]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/kind from {2}bekymring \(classifier 0\.\d\d: [^)]+\)/u);
  });
});

describe('the committed model', () => {
  it('is what scripts/train-fallback.js generates from the annotated documents', () => {
    const out = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train-fallback.js'), '--stdout'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(ROOT, 'src', 'extract', 'fallback-model-nb.ts'), 'utf8'));
  }, 180_000);

  it('has a threshold and weights for both decisions', () => {
    expect(FALLBACK_MODEL.threshold).toBeGreaterThan(0);
    expect(FALLBACK_MODEL.threshold).toBeLessThan(1);
    expect(Object.keys(FALLBACK_MODEL.statement.weights).length).toBeGreaterThan(100);
    expect(Object.keys(FALLBACK_MODEL.kind.weights).length).toBeGreaterThan(100);
  });
});

describe('loaded only to analyse documents', () => {
  it('list and search do not load the model', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs?: Record<string, unknown> }> };
    const chunk = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs ?? {}).includes('src/extract/fallback-model-nb.ts'))?.[0];
    expect(chunk).toBeDefined();
    for (const args of [['list', '--area', 'helse'], ['search', 'fastlege']]) {
      const run = traceLoads(args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.files.length).toBeGreaterThan(1);
      expect(run.files).not.toContain(join(ROOT, chunk!));
    }
    // while an ingest does (so the file names compared are the ones traceLoads reports)
    const ingest = traceLoads(['ingest', join(ROOT, 'examples', 'innspill-2025.md'), '--index', join(tempDir(), 'idx'), '-q']);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.files).toContain(join(ROOT, chunk!));
  }, 60_000);
});
