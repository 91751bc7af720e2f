// Synonyms of Norwegian public-policy vocabulary for `search` (nlp/search-analyzer.ts): words
// and phrases of the field that mean the same or nearly, so a query finds a sentence that says
// it in other words. A query word that is a member of a group (or an inflection of one) also
// searches the group's other members, weighted below the word itself; `search --explain` names
// the member that matched.
//
// The format is Solr's synonym file, as Elasticsearch's synonym filter takes it:
//   `a, b, c`      equivalent: each finds the others
//   `a, b => c, d` one-way: a or b finds c and d (c and d do not find a or b)
// Members are written in base form (inflections, compounds and spelling variants are found as
// for any query word); a member of several words (`deling av data`) matches a sentence that has
// all its words that are not stopwords. Keep each group to one meaning: a near synonym that
// drifts (`tilskudd`/`støtte`) costs precision on every query that names it.
export const SYNONYMS_NB: readonly string[] = [
  // arbeid og inkludering
  'arbeidsledighet, ledighet, arbeidsløshet, utenforskap, utenfor arbeid',
  'sysselsetting, yrkesdeltakelse, arbeidsdeltakelse',
  'heltid, heltidsstilling, hele stillinger, full stilling, heltidskultur',
  'ansatte, tilsette, medarbeidere, arbeidstakere',
  'personellmangel, mangel på personell, arbeidskraftmangel, mangel på arbeidskraft, mangel på fagfolk, bemanningsutfordringer, rekrutteringsutfordringer',
  'helsepersonell => lege, sykepleier, helsefagarbeider, jordmor, psykolog, fysioterapeut',
  'lærer, pedagog',
  'lærling, lærlingplass, læreplass, lærekandidat',
  'integrering, inkludering',
  'bosetting, bosette',
  // helse og omsorg
  'eldreomsorg, omsorg for eldre, omsorgstjeneste for eldre, eldretjeneste, pleie og omsorg',
  'sykehjem, sykehjemsplass, omsorgsplass, heldøgns omsorg',
  'hjemmetjeneste, hjemmesykepleie, hjemmebaserte tjenester',
  'fastlege, allmennlege, fast lege',
  'legevakt, øyeblikkelig hjelp, akuttmedisin',
  'spesialisthelsetjeneste, sykehus, helseforetak',
  'samhandling, helsefellesskap, samarbeid mellom kommuner og sykehus',
  'psykisk uhelse, psykiske plager, psykiske lidelser',
  'rusmisbruk, rusavhengighet, rusproblemer',
  'velferdsteknologi, digital hjemmeoppfølging',
  // oppvekst og utdanning
  'skolestruktur, skolenedleggelse, legge ned skole',
  'frafall, fullføre videregående, fullføring',
  'skolemiljø, psykososialt miljø, mobbing',
  'spesialundervisning, spesialpedagogisk hjelp',
  'barnehageplass, plass i barnehage',
  // økonomi
  'kommuneøkonomi, kommunenes økonomi, økonomien i kommunene',
  'rammetilskudd, rammeoverføring, rammefinansiering',
  'øremerking, øremerket tilskudd',
  'fullfinansiering, fullfinansiere, full kompensasjon, kompensere fullt ut',
  'innkjøp, anskaffelse, kjøp, anskaffe',
  'leverandør, tilbyder',
  // digitalisering
  'datadeling, deling av data, dele data, datautveksling, informasjonsdeling, deling av opplysninger, deling av informasjon, deling av helseopplysninger, gjenbruk av opplysninger, gjenbruk av data',
  'kunstig intelligens, KI, AI, maskinlæring',
  'digitalisering, digital omstilling, digital transformasjon',
  'informasjonssikkerhet, digital sikkerhet, cybersikkerhet, IT-sikkerhet, datasikkerhet',
  'digital kompetanse, IT-kompetanse, IKT-kompetanse',
  'bredbånd, fiber, høyhastighetsnett',
  'fellesløsning, felles løsning',
  // samferdsel, klima og miljø
  'ladeinfrastruktur, ladestasjon, ladepunkt, lading, hurtiglader, ladeplass',
  'elbil, elektrisk bil',
  'kollektivtransport, kollektivtrafikk, kollektivtilbud',
  'vedlikeholdsetterslep, etterslep, forfall',
  'klimagassutslipp, klimautslipp, utslipp av klimagasser',
  'klimatilpasning, klimatilpassing, tilpasning til klimaendringer',
  'skred, ras, jordskred',
  'beredskap, krisehåndtering, kriseberedskap',
  'naturmangfold, biologisk mangfold',
  // bolig
  'bolig, bustad, husvære',
  'bostøtte, bustøtte',
  // forvaltning og styring
  'statsforvalter, fylkesmann',
  'innsigelse, motsegn',
  'selvstyre, lokaldemokrati',
  'folkevalgt, lokalpolitiker, politiker, kommunestyrerepresentant',
  'interkommunalt samarbeid, samarbeid mellom kommuner, kommunesamarbeid',
  'forsøk, forsøksordning, prøveordning, pilot, utprøving',
  'rapporteringskrav, rapporteringsplikt, dokumentasjonskrav',
  'handlingsplan, tiltaksplan',
  'distrikt, bygd, utkant',
  'frivillighet, frivillige organisasjoner, frivillig sektor, lag og foreninger',
  'ungdom, unge',
  'innbygger, befolkning',
  'uttalelse, høringssvar, fråsegn',
];
