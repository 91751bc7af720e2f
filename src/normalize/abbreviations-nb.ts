// Norwegian abbreviations that end in a period. The sentence splitter first splits greedily
// at every `.`, `!`, `?` followed by space and a capital or digit, then merges back the splits
// listed here (parse-latin's habit: split greedily, then merge the exceptions).
// The layout rules of normalize/ read `never` too: an abbreviation's period does not end a title line.
//
// `never`: the abbreviation is always followed by more of the same sentence (a noun, number
//          or name follows `f.eks.`, `jf.`, `kr.`), so a split after it is always merged.
// `sometimes`: it may end a sentence (`… tilskudd mv.` then a new sentence); a split after it
//          is merged only when the next word is not capitalised, which the greedy split
//          already honours, so these are listed for documentation and for the word tokenizer.

export const ABBREVIATIONS_NEVER_FINAL: readonly string[] = [
  'bl.a.', 'f.eks.', 'eks.', 'e.g.', 'i.e.', 'jf.', 'jfr.', 'ca.', 'nr.', 'kap.', 'pkt.', 'pr.',
  'kr.', 'mill.', 'mrd.', 'dvs.', 'iht.', 'evt.', 'ev.', 'ift.', 'mht.', 'vedr.', 'inkl.',
  'ekskl.', 'St.meld.', 'Meld.', 'St.prp.', 'Prop.', 'Innst.', 'ref.', 'tlf.', 'hhv.', 'bl.',
  'f.o.m.', 't.o.m.', 'o.a.', 'ang.', 'adm.', 'avd.', 'dir.', 'prof.', 'dr.', 'sek.', 'gj.sn.',
  'nyn.', 'bokm.', 'vs.', '§§.', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sep.', 'sept.',
  'okt.', 'nov.', 'des.', 'kl.', 'stk.', 'red.', 'resp.', 'utg.', 'vol.',
];

/**
 * Units that never end a sentence before an amount (`kr. 500`) but may after one (`… om lag 95
 * mrd. kr. Under 3 pst. …`): after a number, or after `mill.`/`mrd.` after one, a split before a
 * capital stands.
 */
export const UNITS_FINAL_AFTER_AMOUNT: readonly string[] = ['kr.'];

/**
 * Abbreviations that stand only before a number (`s. 7`, a page): a split after one is merged
 * when a number follows, not when a capital does, where the period ends a unit (`100 Mbit/s.
 * Regjeringen …`).
 */
// `min.` (minimum) and `art.` (artikkel) too: `min` and `art` are also words that end sentences
// (`… etter min mening` is rare, `av en annen art.` is not)
export const ABBREVIATIONS_BEFORE_NUMBER: readonly string[] = ['s.', 'min.', 'art.'];

export const ABBREVIATIONS_SOMETIMES_FINAL: readonly string[] = [
  // `ord.` (ordinær) is followed by a lower-case noun; the word `ord` often ends a sentence (`… mer enn ord.`)
  'ord.',
  'mv.', 'm.v.', 'm.m.', 'o.l.', 'osv.', 'm.fl.', 'etc.', 'mfl.', 'o.s.v.',
];
