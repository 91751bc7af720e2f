// The 17 policy areas (SPEC "Areas"): slug, Norwegian label, English alias and vocabulary.
// Vocabulary terms are matched on stems and at compound boundaries by extract/areas.ts.

export interface AreaDef {
  slug: string;
  label: string;
  english: string;
  /** words and phrases that put a sentence in this area */
  terms: readonly string[];
}

export const AREAS: readonly AreaDef[] = [
  { slug: 'okonomi', label: 'Kommuneøkonomi', english: 'economy', terms: [] },
  { slug: 'selvstyre', label: 'Lokalt selvstyre og statlig styring', english: 'governance', terms: [] },
  { slug: 'digitalisering', label: 'Digitalisering', english: 'digital', terms: [] },
  { slug: 'innovasjon', label: 'Innovasjon og forskning', english: 'innovation', terms: [] },
  { slug: 'klima', label: 'Klima, natur og miljø', english: 'climate', terms: [] },
  { slug: 'naering', label: 'Nærings- og distriktsutvikling', english: 'business', terms: [] },
  { slug: 'samferdsel', label: 'Samferdsel', english: 'transport', terms: [] },
  { slug: 'helse', label: 'Helse og omsorg', english: 'health', terms: [] },
  { slug: 'eldre', label: 'Eldre', english: 'elderly', terms: [] },
  { slug: 'bolig', label: 'Bolig', english: 'housing', terms: [] },
  { slug: 'arbeid', label: 'Arbeidsliv og inkludering', english: 'work', terms: [] },
  { slug: 'utdanning', label: 'Skole og utdanning', english: 'education', terms: [] },
  { slug: 'barnehage', label: 'Barnehage', english: 'kindergarten', terms: [] },
  { slug: 'barnevern', label: 'Barn, unge og barnevern', english: 'children', terms: [] },
  { slug: 'beredskap', label: 'Beredskap', english: 'preparedness', terms: [] },
  { slug: 'internasjonalt', label: 'Europa og internasjonalt', english: 'international', terms: [] },
  { slug: 'anskaffelser', label: 'Offentlige anskaffelser', english: 'procurement', terms: [] },
];
