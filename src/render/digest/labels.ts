// The words a digest is written with, per language: a data table, so the builder holds no
// prose. Norwegian (bokmål) is the default; `--lang en` switches labels, never the documents'
// own text (sentences and headings stay as the document wrote them).
import { AREAS } from '../../extract/areas-nb.js';
import type { Kind } from '../../model/types.js';

export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const GROUPINGS = ['section', 'area', 'kind'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface Labels {
  /** the title's first part; the scope follows after a colon */
  title: string;
  /** scope of a digest over every area */
  allAreas: string;
  source: string;
  sources: string;
  /** "14 sider" */
  pages: (n: number) => string;
  /** "12 utsagn" */
  statements: (n: number) => string;
  date: string;
  summary: string;
  total: string;
  /** first column of the summary table, per grouping */
  group: Record<Grouping, string>;
  kinds: Record<Kind, string>;
  /** group of statements with no area, in an area digest */
  noArea: string;
  /** said in an area digest where a statement stands under more than one area */
  severalAreas: string;
  /** citation prefixes: page, or line for documents without pages */
  page: string;
  line: string;
  keyTerms: string;
  /** the HTML report's table of contents, chart and statements' areas */
  contents: string;
  chart: string;
  /** the chart's description: what a bar is, per grouping */
  chartCaption: Record<Grouping, string>;
  /** added to the caption when the chart shows only the groups with most statements */
  chartTop: (shown: number, of: number) => string;
  areas: string;
}

const NB: Labels = {
  title: "KS' krav og innspill",
  allAreas: 'alle områder',
  source: 'Kilde',
  sources: 'Kilder',
  pages: (n) => `${n} ${n === 1 ? 'side' : 'sider'}`,
  statements: (n) => `${n} utsagn`,
  date: 'Dato',
  summary: 'Oversikt',
  total: 'Sum',
  group: { section: 'Seksjon', area: 'Område', kind: 'Type' },
  kinds: { krav: 'Krav', anbefaling: 'Anbefaling', onske: 'Ønske', bekymring: 'Bekymring', stotte: 'Støtte', tilsagn: 'Tilsagn' },
  noArea: 'Uten område',
  severalAreas: 'Et utsagn står under hvert av sine områder, så noen står flere steder.',
  page: 's.',
  line: 'l.',
  keyTerms: 'Kjennetegnende ord',
  contents: 'Innhold',
  chart: 'Fordeling',
  chartCaption: {
    section: 'Utsagn per seksjon og type',
    area: 'Utsagn per område og type (hvert utsagn under sitt første område)',
    kind: 'Utsagn per type',
  },
  chartTop: (shown, of) => `: de ${shown} av ${of} med flest utsagn`,
  areas: 'Områder',
};

const EN: Labels = {
  title: "KS' demands and input",
  allAreas: 'all areas',
  source: 'Source',
  sources: 'Sources',
  pages: (n) => `${n} ${n === 1 ? 'page' : 'pages'}`,
  statements: (n) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
  date: 'Date',
  summary: 'Summary',
  total: 'Total',
  group: { section: 'Section', area: 'Area', kind: 'Kind' },
  kinds: { krav: 'Requirement', anbefaling: 'Recommendation', onske: 'Wish', bekymring: 'Concern', stotte: 'Support', tilsagn: 'Commitment' },
  noArea: 'No area',
  severalAreas: 'A statement stands under each of its areas, so some appear more than once.',
  page: 'p.',
  line: 'l.',
  keyTerms: 'Key terms',
  contents: 'Contents',
  chart: 'Distribution',
  chartCaption: {
    section: 'Statements per section and kind',
    area: 'Statements per area and kind (each statement under its first area)',
    kind: 'Statements per kind',
  },
  chartTop: (shown, of) => `: the ${shown} of ${of} with the most statements`,
  areas: 'Areas',
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? EN : NB;
}

/** English names of the areas for headings (AREAS' `english` is a one-word alias for `--area`). */
const AREA_NAMES_EN: Record<string, string> = {
  okonomi: 'Municipal finances',
  selvstyre: 'Local self-government and state control',
  digitalisering: 'Digitalisation',
  innovasjon: 'Innovation and research',
  klima: 'Climate, nature and environment',
  naering: 'Business and regional development',
  samferdsel: 'Transport',
  helse: 'Health and care',
  eldre: 'Older people',
  bolig: 'Housing',
  arbeid: 'Working life and inclusion',
  utdanning: 'School and education',
  barnehage: 'Kindergartens',
  barnevern: 'Children, youth and child welfare',
  beredskap: 'Preparedness',
  internasjonalt: 'Europe and international affairs',
  anskaffelser: 'Public procurement',
};

/** An area's name in the digest's language; an unknown slug stands as it is. */
export function areaName(slug: string, lang: Lang): string {
  const area = AREAS.find((a) => a.slug === slug);
  if (!area) return slug;
  if (lang === 'nb') return area.label;
  return AREA_NAMES_EN[slug] ?? area.english.charAt(0).toUpperCase() + area.english.slice(1);
}
