// Words by which a Norwegian sentence points back at what its paragraph is about: "KS går imot
// denne utvidelsen", "En slik ordning vil …", "Dette er svært alvorlig …", and the definite form
// of a general noun that names the subject again without its words ("Ordningen bør utvides",
// "KS støtter ikke forslaget"). `search` lets a sentence holding one share, weakly, in the match
// of a sentence shortly before it in the same section (query/postings.ts), so a query finds what
// KS thinks of the thing the paragraph names.
export const REFERRING_WORDS_NB: readonly string[] = [
  // demonstratives
  'denne', 'dette', 'disse', 'slik', 'slike', 'slikt',
  // general nouns, definite (bokmål and nynorsk): they take their meaning from what came before;
  // a definite noun naming a thing of its own (`barnehagen`) does not, so only these
  'ordningen', 'ordninga', 'ordningene', 'ordningane',
  'forslaget', 'forslagene', 'forslaga',
  'tilskuddet', 'tilskotet',
  'modellen', 'modellane', 'modellene',
  'strategien', 'strategiane',
  'reformen',
  'endringen', 'endringa', 'endringene', 'endringane',
  'løsningen', 'løysinga', 'løsningene', 'løysingane',
  'innføringen', 'innføringa',
  'vedtaket',
  'hendelsen', 'hendinga',
  'reduksjonen',
  'omleggingen', 'omlegginga',
  'utfordringen', 'utfordringa',
  'teknologien',
  'tiltaket', 'tiltakene', 'tiltaka',
  'satsingen', 'satsinga',
  'avtalen', 'avtalene', 'avtalane',
  'normen', 'normene', 'normane',
  'programmet',
  'planen',
  'lovforslaget',
  'regelverket',
  'kravet', 'kravene', 'krava',
  'ansvaret',
  'mangelen',
];
