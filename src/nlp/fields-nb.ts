// Fields of kindred nouns for `search` (nlp/search-analyzer.ts fieldSplit): each line names
// things of one kind, co-hyponyms under one hypernym (meals, snow clearing, power supply …), as
// the heads and modifiers of the compounds municipal policy writes. They are not synonyms:
// `lunsj` alone must not find `middag`. A field is used only inside a query compound the corpus
// never writes, for the part of it the corpus lacks, beside the part it has: `skole|lunsj`
// finds `skolemat` and `skulemåltid` (the modifier pins the meaning), `snø|måking` finds
// `brøyting`. Written by field, as a dictionary's semantic classes are, not from any query: keep
// each line to one kind of thing, base forms, bokmål (nynorsk forms come by the spelling rules).
export const FIELDS_NB: readonly string[] = [
  // food and meals
  'måltid, mat, lunsj, frokost, middag, kveldsmat, matpakke, servering, bespisning',
  'matvare, næringsmiddel, dagligvare, råvare, livsmiddel',
  // winter road work and clearing
  'brøyting, måking, snørydding, strøing, sandstrøing, salting, vinterdrift, vintervedlikehold',
  // power and energy supply
  'strøm, kraft, elektrisitet, energi, energiforsyning, kraftforsyning, aggregat, nødstrøm, reservekraft, reservestrøm',
  // water and drainage
  'vann, drikkevann, vannforsyning, avløp, overvann, spillvann',
  // locating and tracking people or things
  'sporing, lokalisering, posisjon, posisjonering, stedfesting',
  // damp and building damage indoors
  'fukt, mugg, sopp, råte, fuktskade, vannskade, inneklima',
  // noise
  'støy, bråk, lyd, larm',
  // passenger transport by vehicle
  'drosje, taxi, buss, minibuss, bil, transport, skyss',
  // permits and licences
  'løyve, tillatelse, bevilling, lisens, konsesjon, godkjenning',
  // charges paid to the municipality
  'gebyr, avgift, egenandel, betaling, vederlag, takst',
  // grants and money from the state
  'tilskudd, støtte, midler, bevilgning, overføring, finansiering',
  // plans and strategies
  'plan, strategi, handlingsplan, veileder, program',
  // reporting and paperwork
  'rapportering, dokumentasjon, registrering, skjema, papirarbeid',
  // housing
  'bolig, leilighet, hus, bustad, husvære, omsorgsbolig',
  // care places and institutions
  'institusjon, sykehjem, omsorgssenter, helsehus, plass, døgnplass, korttidsplass',
  // staff and workers
  'personell, ansatte, arbeidskraft, fagfolk, medarbeidere, bemanning',
  // shortage
  'mangel, knapphet, underskudd, vakanse',
  // danger and hazard from nature
  'fare, risiko, trussel, sårbarhet',
  // landslides and avalanches
  'ras, skred, steinsprang, jordskred, snøskred, leirskred, flom',
  // illness
  'sykdom, sjukdom, smitte, infeksjon, epidemi, lidelse',
  // interpreting and translation
  'tolking, tolk, oversettelse, oversetting, videotolking, skjermtolking',
  // driving and motor traffic
  'kjøring, ferdsel, motorferdsel, trafikk',
  // digital identity and login
  'innlogging, pålogging, autentisering, identifisering, eID',
  // recycling and reuse
  'gjenbruk, ombruk, gjenvinning, resirkulering, reparasjon',
];
