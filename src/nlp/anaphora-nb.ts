// Words by which a Norwegian sentence points back at the one before it: "KS går imot denne
// utvidelsen", "En slik ordning vil …", "Dette er svært alvorlig …". `search` lets a sentence
// holding one share, weakly, in the match of the sentence just before it (query/postings.ts), so
// a query finds the sentence that says what KS thinks of the thing the sentence before names.
// Demonstratives only: a definite noun (`Ordningen bør …`) refers back too, but also starts
// sentences that name something new.
export const REFERRING_WORDS_NB: readonly string[] = ['denne', 'dette', 'disse', 'slik', 'slike', 'slikt'];
