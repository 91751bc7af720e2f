// Small synthetic indexes for the digest tests: documents whose kinds, areas and pages the test
// sets by hand, written with the index store, so the tests do not depend on extraction.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIndex } from '../../src/index/store.js';
import type { AnalyzedSentence, IndexedDocument, Kind, Section } from '../../src/model/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

export interface Line {
  sectionId: string;
  kind: Kind | null;
  areas: string[];
  page: number | null;
  line: number;
  text: string;
}

/** A sentence with ids numbered per section, as the segmenter numbers them. */
export function sentences(lines: Line[]): AnalyzedSentence[] {
  const ordinals = new Map<string, number>();
  return lines.map((l) => {
    const ordinal = (ordinals.get(l.sectionId) ?? 0) + 1;
    ordinals.set(l.sectionId, ordinal);
    return {
      id: `${l.sectionId}-${ordinal}`,
      sectionId: l.sectionId,
      ordinal,
      page: l.page,
      lines: [l.line, l.line],
      text: l.text,
      kind: l.kind,
      kinds: l.kind ? [l.kind] : [],
      areas: l.areas,
      actors: [],
      figures: [],
      cues: [],
      areaTerms: {},
    };
  });
}

export const METACHARS = 'KS krever at *alle* kommuner får __mer__ [penger](http://x.no) <b>nå</b> # ikke `kode` \\ | og 1. ledd & ![bilde](y.png) ~~ut~~.';

export const HEALTH_SECTIONS: Section[] = [
  { id: '1', level: 1, title: 'Helse og omsorg i kommunene', parent: null, page: 1, line: 1 },
  { id: '1.1', level: 2, title: 'Fastlegeordningen', parent: '1', page: 1, line: 10 },
  { id: '1.1.1', level: 3, title: 'Legevakt', parent: '1.1', page: 2, line: 30 },
  { id: '2', level: 1, title: 'Kommuneøkonomi', parent: null, page: 3, line: 50 },
  { id: '2.1', level: 2, title: 'Skatt og inntekter', parent: '2', page: 3, line: 55 },
];

export const HEALTH_LINES: Line[] = [
  { sectionId: '1', kind: 'krav', areas: ['helse'], page: 1, line: 3, text: 'Staten må fullfinansiere fastlegeordningen og legevakten.' },
  { sectionId: '1', kind: null, areas: ['helse'], page: 1, line: 5, text: 'Regjeringen vil styrke helsetjenesten.' },
  { sectionId: '1.1', kind: 'anbefaling', areas: ['helse', 'okonomi'], page: 1, line: 12, text: 'KS anbefaler at fastlegene får bedre rammer og flere fastleger rekrutteres.' },
  { sectionId: '1.1', kind: 'onske', areas: ['helse'], page: 2, line: 20, text: METACHARS },
  { sectionId: '1.1', kind: 'stotte', areas: ['helse'], page: 2, line: 22, text: 'KS støtter forslaget om en fastlegereform.' },
  { sectionId: '1.1.1', kind: 'krav', areas: ['helse'], page: 2, line: 32, text: 'Legevakten må ha nok leger, og legevaktene må samordnes med fastlegene.' },
  { sectionId: '2', kind: 'bekymring', areas: ['okonomi'], page: 3, line: 51, text: 'KS er bekymret for at skatteinntektene svikter.' },
  { sectionId: '2.1', kind: 'krav', areas: ['okonomi', 'helse'], page: 3, line: 57, text: 'Skatteandelen må økes, og inntektssystemet må gi rom for omsorgstjenestene.' },
  { sectionId: '2.1', kind: 'anbefaling', areas: ['okonomi'], page: 3, line: 60, text: 'Eiendomsskatten bør fortsatt være et lokalt valg for kommunene.' },
  { sectionId: '2.1', kind: null, areas: [], page: 3, line: 62, text: 'Skatteinntektene varierer mellom kommunene.' },
];

export const NOTES_SECTIONS: Section[] = [
  { id: '1', level: 1, title: 'Bolig', parent: null, page: null, line: 1 },
];

export const NOTES_LINES: Line[] = [
  { sectionId: '1', kind: 'krav', areas: ['bolig'], page: null, line: 12, text: 'Husbanken må få større låneramme.' },
  { sectionId: '1', kind: 'onske', areas: ['bolig', 'helse'], page: null, line: 14, text: 'KS ønsker flere omsorgsboliger.' },
  { sectionId: '1', kind: 'anbefaling', areas: ['bolig'], page: null, line: 16, text: 'Husbanken bør finansiere omsorgsboliger i distriktene.' },
];

export interface FixtureDoc {
  id: string;
  title: string;
  pages: number | null;
  sections: Section[];
  lines: Line[];
}

export const HEALTH_DOC: FixtureDoc = { id: 'ks-test', title: 'KS-innspill om helse (test)', pages: 3, sections: HEALTH_SECTIONS, lines: HEALTH_LINES };
export const NOTES_DOC: FixtureDoc = { id: 'notater', title: 'Notater', pages: null, sections: NOTES_SECTIONS, lines: NOTES_LINES };

/** The tool id the built CLI records in an index; an index by another tool would be rebuilt. */
function builtTool(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'dist', 'build-info.json'), 'utf8')) as { tool: string }).tool;
}

/** Write an index holding `docs` into a new temporary folder; returns its path. */
export async function fixtureIndex(docs: FixtureDoc[] = [HEALTH_DOC]): Promise<string> {
  const dir = tempDir('ks-input-digest-');
  const entries = docs.map((d) => {
    // a real source file, so the index is fresh for the CLI and never re-ingested
    const path = join(dir, `${d.id}.md`);
    writeFileSync(path, `# ${d.title}\n\nsynthetic fixture: sentences are in the index only\n`);
    const info = statSync(path);
    const doc: IndexedDocument = {
      id: d.id,
      title: d.title,
      path,
      hash: `${d.id}-fixture-hash-0000000000`,
      format: 'markdown',
      pages: d.pages,
      sections: d.sections,
      sentences: sentences(d.lines),
    };
    return { doc, stat: { size: info.size, mtimeMs: info.mtimeMs } };
  });
  await writeIndex(join(dir, 'index'), entries, builtTool());
  return join(dir, 'index');
}
