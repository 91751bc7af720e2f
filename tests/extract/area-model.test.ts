// The learned area model (src/extract/area-model.ts): what it may change, what show says, that
// the committed model is what scripts/train-areas.js generates, and that only ingest loads it.
// The sentences are written for this test; the small models are made up, so the decisions do not
// depend on the trained weights.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaContexts, areaFeatures, refineAreas, type AreaModel } from '../../src/extract/area-model.js';
import { AREA_MODEL } from '../../src/extract/area-model-nb.js';
import { analyzeSentences } from '../../src/extract/index.js';
import type { Section, Sentence } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';
import { traceLoads } from '../helpers/loads.js';
import { tempDir } from '../helpers/cli.js';

/** A made-up model: `kraftutbygging` speaks for klima, a heading on `skole` for utdanning, the inherited topic `barnehage` is unlikely with `plankapasitet`. */
const MODEL: AreaModel = {
  thresholds: { none: 0.4, add: 0.8, remove: 0.3 },
  slugs: ['klima', 'utdanning', 'barnehage'],
  bias: [-2000, -2000, 0],
  weights: {
    'w:kraftutbygging': '4000,0,0',
    'w:plankapasitet': '0,0,-3000',
    'h:skol': '0,1000,0',
  },
};

describe('what the model may change', () => {
  it('adds the main area where the rules found none, and says why', () => {
    const d = refineAreas('KS mener at kraftutbyggingen må skje i samråd med vertskommunene.', [], { own: [], topic: [], areas: [] }, areaContexts([{ sectionId: '1', own: [] }])[0]!, MODEL);
    expect(d.areas).toEqual(['klima']);
    expect(d.added.klima![0]).toMatch(/^classifier 0\.\d\d: kraftutbygging/u);
  });

  it('drops an inherited topic it finds unlikely, never an area of the sentence\'s own words', () => {
    const text = 'Plankapasiteten må styrkes før kraftutbyggingen kan skyte fart.';
    const none = { section: [], previous: [], document: [] };
    const inherited = refineAreas(text, ['Energi og barnehage'], { own: [], topic: ['klima', 'barnehage'], areas: ['klima', 'barnehage'] }, none, MODEL);
    expect(inherited.removed).toEqual(['barnehage']);
    expect(inherited.areas).toEqual(['klima']);
    const own = refineAreas(text, ['Energi og barnehage'], { own: ['barnehage'], topic: ['klima', 'barnehage'], areas: ['klima', 'barnehage'] }, none, MODEL);
    expect(own.removed).toEqual([]);
    expect(own.areas).toEqual(['klima', 'barnehage']);
    // a sentence the rules gave an area keeps one
    expect(refineAreas('Plankapasiteten må styrkes.', ['Barnehage'], { own: [], topic: ['barnehage'], areas: ['barnehage'] }, none, MODEL).areas).toEqual(['barnehage']);
  });

  it('adds a second area only when confident', () => {
    const rules = { own: ['barnehage'], topic: [], areas: ['barnehage'] };
    // P(utdanning) from the heading alone is 0.27: not added beside the rules' area
    expect(refineAreas('Bemanningen må økes.', ['Skole'], rules, { section: [], previous: [], document: [] }, MODEL).areas).toEqual(['barnehage']);
  });

  it('a broad area needs more confidence than another to be added beside the rules\' area', () => {
    // made up: `tilskuddsordning` speaks for okonomi and kultur alike, P 0.73 each
    const model: AreaModel = {
      thresholds: { none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8 } },
      slugs: ['okonomi', 'kultur', 'barnehage'],
      bias: [-2000, -2000, -3000],
      weights: { 'w:tilskuddsordning': '3000,3000,0' },
    };
    const rules = { own: ['barnehage'], topic: [], areas: ['barnehage'] };
    const none = { section: [], previous: [], document: [] };
    expect(refineAreas('Tilskuddsordningen må videreføres.', [], rules, none, model).areas).toEqual(['barnehage', 'kultur']);
    // alone, the broad area is the main one at the ordinary threshold
    expect(refineAreas('Tilskuddsordningen må videreføres.', [], { own: [], topic: [], areas: [] }, none, model).areas).toEqual(['okonomi', 'kultur']);
  });

  // made up: `tilskudd` speaks somewhat for money (P 0.38), `lokalt` for self-government (P 0.65)
  const broadModel: AreaModel = {
    thresholds: { none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8, selvstyre: 0.8 }, broadInherited: 0.5, broadOwnRemove: 0.2 },
    slugs: ['okonomi', 'selvstyre', 'samferdsel', 'barnehage'],
    bias: [-3000, -3000, -3000, -3000],
    weights: { 'w:tilskudd': '2500,0,0,0', 'w:lokalt': '0,3619,0,0', 'w:veg': '0,0,6000,0', 'h:barnehag': '0,0,0,6000' },
  };
  const noContext = { section: [], previous: [], document: [] };

  it('a broad area inherited from the heading stays beside the sentence\'s own topic only where the model reads it', () => {
    // below a heading on money, a sentence on roads: money (P 0.05) is dropped, roads stay
    const roads = refineAreas('Vegene må vedlikeholdes bedre.', ['Finansiering'], { own: ['samferdsel'], topic: ['okonomi'], areas: ['samferdsel', 'okonomi'] }, noContext, broadModel);
    expect(roads.areas).toEqual(['samferdsel']);
    expect(roads.removed).toEqual(['okonomi']);
    // P 0.38 is above `remove` (0.25) but below `broadInherited` (0.5): dropped too
    const grants = refineAreas('Vegene og tilskuddet må sees i sammenheng.', ['Finansiering'], { own: ['samferdsel'], topic: ['okonomi'], areas: ['samferdsel', 'okonomi'] }, noContext, broadModel);
    expect(grants.areas).toEqual(['samferdsel']);
    // with no topic of its own the sentence keeps what it inherited at the ordinary `remove`
    const alone = refineAreas('Tilskuddet må videreføres.', ['Finansiering'], { own: [], topic: ['okonomi'], areas: ['okonomi', 'samferdsel'] }, noContext, broadModel);
    expect(alone.areas).toEqual(['okonomi']);
    // money said in the sentence's own words is kept at any P but the lowest
    const own = refineAreas('Vegene må vedlikeholdes, og tilskuddet økes.', ['Finansiering'], { own: ['samferdsel', 'okonomi'], topic: ['okonomi'], areas: ['samferdsel', 'okonomi'] }, noContext, broadModel);
    expect(own.areas).toEqual(['samferdsel', 'okonomi']);
  });

  it('drops a broad area of the sentence\'s own words only beside another area and where the model finds it unlikely', () => {
    // `fylkeskommunen` gave self-government, but the sentence is about roads: P(selvstyre) 0.05
    const roads = refineAreas('Fylkeskommunen må vedlikeholde vegene.', [], { own: ['samferdsel', 'selvstyre'], topic: [], areas: ['samferdsel', 'selvstyre'] }, noContext, broadModel);
    expect(roads.areas).toEqual(['samferdsel']);
    expect(roads.removed).toEqual(['selvstyre']);
    // where the model reads it (`lokalt`, P 0.65) it stays
    const local = refineAreas('Fylkeskommunen må selv avgjøre lokalt hvilke veger som prioriteres.', [], { own: ['samferdsel', 'selvstyre'], topic: [], areas: ['samferdsel', 'selvstyre'] }, noContext, broadModel);
    expect(local.areas).toEqual(['samferdsel', 'selvstyre']);
    // alone, it is the sentence's area and stays
    expect(refineAreas('Fylkeskommunen må få bestemme.', [], { own: ['selvstyre'], topic: [], areas: ['selvstyre'] }, noContext, broadModel).areas).toEqual(['selvstyre']);
    // an ordinary area of the sentence's own words is never dropped
    expect(refineAreas('Barnehagene må bli flere.', [], { own: ['barnehage', 'samferdsel'], topic: [], areas: ['barnehage', 'samferdsel'] }, noContext, broadModel).areas).toEqual(['barnehage', 'samferdsel']);
  });

  it('keeps any area inherited from the heading beside the sentence\'s own topic only where the model reads it', () => {
    const spillModel: AreaModel = { ...broadModel, thresholds: { ...broadModel.thresholds, inheritedBesideOwn: 0.5 } };
    // below a heading on kindergartens, a sentence on roads: kindergarten (P 0.38 from the heading) is dropped
    const roads = refineAreas('Vegene må vedlikeholdes bedre.', ['Barnehage'], { own: ['samferdsel'], topic: ['barnehage'], areas: ['samferdsel', 'barnehage'] }, noContext, {
      ...spillModel,
      weights: { ...spillModel.weights, 'h:barnehag': '0,0,0,2500' },
    });
    expect(roads.areas).toEqual(['samferdsel']);
    expect(roads.removed).toEqual(['barnehage']);
    // without the threshold it stayed (P 0.38 ≥ remove 0.25)
    const before = refineAreas('Vegene må vedlikeholdes bedre.', ['Barnehage'], { own: ['samferdsel'], topic: ['barnehage'], areas: ['samferdsel', 'barnehage'] }, noContext, {
      ...broadModel,
      weights: { ...broadModel.weights, 'h:barnehag': '0,0,0,2500' },
    });
    expect(before.areas).toEqual(['samferdsel', 'barnehage']);
    // where the model reads the heading's topic (P ≥ 0.5) it stays beside the sentence's own
    expect(refineAreas('Vegene til barnehagene må være trygge.', ['Barnehage'], { own: ['samferdsel'], topic: ['barnehage'], areas: ['samferdsel', 'barnehage'] }, noContext, spillModel).areas).toEqual(['samferdsel', 'barnehage']);
    // a sentence with no topic of its own keeps what it inherited at the ordinary `remove`
    expect(refineAreas('Dette må skje raskt.', ['Barnehage'], { own: [], topic: ['barnehage'], areas: ['barnehage'] }, noContext, { ...spillModel, weights: { ...spillModel.weights, 'h:barnehag': '0,0,0,2500' } }).areas).toEqual(['barnehage']);
  });

  it('reads the sentence, its headings, the rules and the section around it', () => {
    const contexts = areaContexts([
      { sectionId: '1', own: ['helse'] },
      { sectionId: '1', own: [] },
      { sectionId: '2', own: ['bolig'] },
    ]);
    expect(contexts[1]).toEqual({ section: ['helse'], previous: ['helse'], document: ['helse', 'bolig'] });
    expect(contexts[0]!.section).toEqual([]);
    expect(contexts[2]!.previous).toEqual([]);
    const f = areaFeatures('Fastlegeordningen må styrkes.', ['Helse og omsorg'], { own: ['helse'], topic: ['helse'], areas: ['helse'] }, contexts[1]);
    expect(f).toEqual(expect.arrayContaining(['w:fastlegeordning', 'h:hels', 'own:helse', 'top:helse', 'rule:helse', 'main:helse', 'sec:helse', 'prev:helse', 'doc:helse']));
  });
});

describe('in the pipeline', () => {
  it('areaTerms name the classifier for an area it added; the rules alone without it', () => {
    const sentences: Sentence[] = [{ id: '1-1', sectionId: '1', ordinal: 1, page: null, lines: [1, 1], text: 'KS mener at kraftutbyggingen må skje i samråd med vertskommunene.' }];
    const sections: Section[] = [{ id: '1', level: 1, title: 'Innspill', parent: null, page: null, line: 1 }];
    const [s] = analyzeSentences(sentences, sections, { areaModel: MODEL });
    expect(s!.areas).toContain('klima');
    expect(s!.areaTerms.klima![0]).toMatch(/^classifier/u);
    expect(analyzeSentences(sentences, sections, { areaModel: null })[0]!.areas).not.toContain('klima');
  });
});

describe('the committed model', () => {
  it('is what scripts/train-areas.js generates from the annotated documents', () => {
    const out = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train-areas.js'), '--stdout'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(readFileSync(join(ROOT, 'src', 'extract', 'area-model-nb.ts'), 'utf8'));
  }, 300_000);

  it('has thresholds and a weight row per feature for every area', () => {
    expect(AREA_MODEL.slugs.length).toBeGreaterThanOrEqual(15);
    expect(AREA_MODEL.bias).toHaveLength(AREA_MODEL.slugs.length);
    const rows = Object.values(AREA_MODEL.weights);
    expect(rows.length).toBeGreaterThan(500);
    for (const row of rows.slice(0, 50)) expect(row.split(',')).toHaveLength(AREA_MODEL.slugs.length);
    expect(AREA_MODEL.thresholds.remove).toBeLessThan(AREA_MODEL.thresholds.add);
  });
});

describe('loaded only to analyse documents', () => {
  it('is loaded by ingest, which applies it by default (extract/index.ts), and not by list or search', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs?: Record<string, unknown> }> };
    const chunk = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs ?? {}).includes('src/extract/area-model-nb.ts'))?.[0];
    expect(chunk).toBeDefined();
    for (const args of [['list', '--area', 'helse'], ['search', 'fastlege']]) {
      const run = traceLoads(args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.files).not.toContain(join(ROOT, chunk!));
    }
    const ingest = traceLoads(['ingest', join(ROOT, 'examples', 'innspill-2025.md'), '--index', join(tempDir(), 'idx'), '-q']);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.files).toContain(join(ROOT, chunk!));
  }, 60_000);
});
