// The Norwegian sentence splitter: every abbreviation SPEC/NORWEGIAN.md lists, and the traps.
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS_NEVER_FINAL, ABBREVIATIONS_SOMETIMES_FINAL } from '../../src/normalize/abbreviations-nb.js';
import { splitSentences } from '../../src/segment/sentences.js';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

/** NORWEGIAN.md "Where sentences end", in its order. */
const SPEC_ABBREVIATIONS = [
  'bl.a.', 'f.eks.', 'm.fl.', 'mv.', 'm.m.', 'o.l.', 'osv.', 'jf.', 'ca.', 'nr.', 'kap.', 'pkt.', 'pr.',
  'kr.', 'mill.', 'mrd.', 'dvs.', 'iht.', 'evt.', 'ift.', 'mht.', 'vedr.', 'inkl.', 'ekskl.', 'eks.',
  'e.g.', 'ev.', 'St.meld.', 'Prop.',
];
/** These may end a sentence (`… tilskudd mv. Neste setning.`). */
const MAY_END = new Set(['m.fl.', 'mv.', 'm.m.', 'o.l.', 'osv.']);

describe('abbreviation table', () => {
  it('holds every abbreviation of NORWEGIAN.md, each in exactly one list', () => {
    const never = new Set(ABBREVIATIONS_NEVER_FINAL);
    const sometimes = new Set(ABBREVIATIONS_SOMETIMES_FINAL);
    for (const abbr of SPEC_ABBREVIATIONS) {
      expect(never.has(abbr) !== sometimes.has(abbr), abbr).toBe(true);
      expect(sometimes.has(abbr), abbr).toBe(MAY_END.has(abbr));
    }
  });
});

describe.each(SPEC_ABBREVIATIONS)('abbreviation %s', (abbr) => {
  it('does not end a sentence before a lower-case word', () => {
    const text = `Kommunene har ${abbr} behov for mer frihet. Neste setning kommer her.`;
    expect(split(text)).toEqual([
      `Kommunene har ${abbr} behov for mer frihet.`,
      'Neste setning kommer her.',
    ]);
  });

  it('does not end a sentence at the start of a text either', () => {
    const text = `${abbr[0]!.toUpperCase()}${abbr.slice(1)} behov for frihet. Neste.`;
    expect(split(text)).toHaveLength(2);
  });

  if (MAY_END.has(abbr)) {
    it('ends a sentence when it stands last and a capital follows', () => {
      const text = `Staten gir tilskudd ${abbr} Neste setning begynner her.`;
      expect(split(text)).toEqual([`Staten gir tilskudd ${abbr}`, 'Neste setning begynner her.']);
    });
  } else {
    it('does not end a sentence before a capital or a number', () => {
      for (const after of ['Husbanken', 'KS', '250 000 kroner', '3', 'Norges forskningsråd', '«Hurdalsplattformen»']) {
        const text = `Det gjelder ${abbr} ${after} og mer. Neste setning.`;
        expect(split(text), text).toEqual([`Det gjelder ${abbr} ${after} og mer.`, 'Neste setning.']);
      }
    });
  }
});

describe('traps', () => {
  it.each([
    ['kap. 3', 'Dette står i kap. 3 i meldingen. Neste setning.'],
    ['pkt. 4.2', 'Se pkt. 4.2 nedenfor for detaljer. Neste setning.'],
    ['nr. 5', 'Det gjelder vedtak nr. 5 fra i fjor. Neste setning.'],
    ['1. mars', 'Fristen er 1. mars hvert år. Neste setning.'],
    ['26. april 2019', 'Avtalen ble signert 26. april 2019 i Oslo. Neste setning.'],
    ['1. januar', 'Loven gjelder fra 1. januar neste år. Neste setning.'],
    ['3. ledd', 'Det følger av § 5 3. ledd i loven. Neste setning.'],
    ['2. konsultasjonsmøte', 'Saken ble tatt opp i 2. konsultasjonsmøte med staten. Neste setning.'],
    ['kr 250 000', 'Tilskuddet er på kr 250 000 per skole. Neste setning.'],
    ['kr. 250 000', 'Tilskuddet er på kr. 250 000 per skole. Neste setning.'],
    ['500 000 with no-break space', 'Tilskuddet er på 500\u00a0000 per grunnskole. Neste setning.'],
    ['NOU 2020:15', 'Utvalget la fram NOU 2020:15 i fjor. Neste setning.'],
    ['50 %', 'Andelen er 50 % av utgiftene. Neste setning.'],
    ['2,5 prosent', 'Veksten er 2,5 prosent i år. Neste setning.'],
    ['2022-2025', 'Planen gjelder for 2022-2025 og skal evalueres. Neste setning.'],
    ['2021–25', 'Planen gjelder for 2021–25 og skal evalueres. Neste setning.'],
    ['66/34', 'Fordelingen er 66/34 mellom stat og kommune. Neste setning.'],
    ['1 Gigabit/sekund', 'Alle skal ha 1 Gigabit/sekund innen 2025. Neste setning.'],
    ['[..]', 'Plattformen sier at «kommunene [..] skal få mer frihet». Neste setning.'],
    ['[...] before a capital', 'Plattformen sier at «kommunene skal [...] Staten skal bidra». Neste setning.'],
    ['St.meld. nr. 12', 'Dette ble omtalt i St.meld. nr. 12 (2020–2021). Neste setning.'],
    ['Prop. 1 S', 'Se Prop. 1 S (2021–2022) for tallene. Neste setning.'],
    ['initial', 'Utredningen ble ledet av K. Hansen fra KS. Neste setning.'],
    ['s. 7 (a page)', 'Dette står på s. 7 i notatet. Neste setning.'],
  ])('%s does not split', (_name, text) => {
    const sentences = split(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toBe('Neste setning.');
  });

  it('a unit per second ends a sentence before a capital: `100 Mbit/s.` + `Regjeringen …`', () => {
    const text = 'Mange mangler bredbånd med minst 100 Mbit/s. Regjeringen har som mål at alle skal ha det. Vind på 30 m/s. Neste setning.';
    expect(split(text)).toEqual([
      'Mange mangler bredbånd med minst 100 Mbit/s.',
      'Regjeringen har som mål at alle skal ha det.',
      'Vind på 30 m/s.',
      'Neste setning.',
    ]);
  });

  it('`kr.` after an amount may end a sentence before a capital; before an amount it never does', () => {
    expect(split('Utgiftene var om lag 95 mrd. kr. Under 3 pst. av dette gikk til kommunene. Prisen er 500 kr. Neste setning.')).toEqual([
      'Utgiftene var om lag 95 mrd. kr.',
      'Under 3 pst. av dette gikk til kommunene.',
      'Prisen er 500 kr.',
      'Neste setning.',
    ]);
    expect(split('Tilskuddet er kr. 250 000 per skole. Neste setning.')).toHaveLength(2);
  });

  it('a note\'s number opens a sentence of its own in a list of notes: `… 2065. [2] Anslaget …`', () => {
    expect(split('[1] Tall fra Nav, 2065. [2] Anslaget bygger på lønnsveksten. [3] Egne beregninger.')).toEqual([
      '[1] Tall fra Nav, 2065.',
      '[2] Anslaget bygger på lønnsveksten.',
      '[3] Egne beregninger.',
    ]);
  });

  it('a quote ending inside guillemets ends the sentence: «… ekstremhendelser.» Neste', () => {
    const text = 'Plattformen sier at «kommunene må forberede seg på ekstremhendelser.» Neste setning starter her.';
    expect(split(text)).toEqual([
      'Plattformen sier at «kommunene må forberede seg på ekstremhendelser.»',
      'Neste setning starter her.',
    ]);
  });

  it('a sentence may start with a guillemet', () => {
    expect(split('Dette er slutt. «Sitat her» sa hun.')).toEqual(['Dette er slutt.', '«Sitat her» sa hun.']);
  });

  it('numbered points `1. Styrke …` start a new sentence', () => {
    const text = 'KS anbefaler to tiltak. 1. Styrke kommuneøkonomien. 2. Redusere detaljstyringen.';
    expect(split(text)).toEqual([
      'KS anbefaler to tiltak.',
      '1. Styrke kommuneøkonomien.',
      '2. Redusere detaljstyringen.',
    ]);
  });

  it('lettered points `b) …` after a finished sentence start a new sentence; inside one they do not', () => {
    const text = 'a) Barn født før mars får plass i april. b) Barn født senere får plass i august. c) Resten venter.';
    expect(split(text)).toEqual(['a) Barn født før mars får plass i april.', 'b) Barn født senere får plass i august.', 'c) Resten venter.']);
    expect(split('Midlene fordeles etter a) folketall og b) areal.')).toEqual(['Midlene fordeles etter a) folketall og b) areal.']);
  });

  it('a dateline before a press release\'s first sentence is a unit of its own', () => {
    expect(split('KS, Oslo 4.5.2031 Regjeringen la i dag fram forslaget.')).toEqual(['KS, Oslo 4.5.2031', 'Regjeringen la i dag fram forslaget.']);
    expect(split('Tromsø, tysdag 7. mars 2030: Fylka ventar framleis på svar.')).toEqual(['Tromsø, tysdag 7. mars 2030:', 'Fylka ventar framleis på svar.']);
    expect(split('Mo i Rana 12.03.2030 – Kommunene får mer ansvar.')).toEqual(['Mo i Rana 12.03.2030 –', 'Kommunene får mer ansvar.']);
    // a date inside a sentence, or a place and a date that are the sentence's subject, stay in it
    expect(split('Oslo 1. mai ble en merkedag for kommunene.')).toEqual(['Oslo 1. mai ble en merkedag for kommunene.']);
    expect(split('Fra 1. januar 2031 Kommunene i Agder får nye oppgaver.')).toHaveLength(1);
  });

  it('numbered points after a colon start a new sentence', () => {
    const text = 'KS ber regjeringen om å: 1. Styrke kommuneøkonomien. 2. Redusere detaljstyringen.';
    expect(split(text)).toEqual([
      'KS ber regjeringen om å:',
      '1. Styrke kommuneøkonomien.',
      '2. Redusere detaljstyringen.',
    ]);
  });

  it('`jf. kapittel 3.2.` ends a sentence', () => {
    const text = 'Dette er omtalt tidligere, jf. kapittel 3.2. Neste setning.';
    expect(split(text)).toEqual(['Dette er omtalt tidligere, jf. kapittel 3.2.', 'Neste setning.']);
  });

  it('a number ends a sentence before a new one starting with a capital', () => {
    expect(split('Veksten var på 3,5 prosent i 2021. Det er mye.')).toEqual(['Veksten var på 3,5 prosent i 2021.', 'Det er mye.']);
  });

  it('splits at ! ? and …', () => {
    expect(split('Er dette riktig? Ja! Det er det… Slik er det.')).toEqual([
      'Er dette riktig?',
      'Ja!',
      'Det er det…',
      'Slik er det.',
    ]);
  });

  it('a sentence may start with a number or §', () => {
    expect(split('Dette er slutt. 2022 blir et godt år. § 3 gjelder.')).toEqual([
      'Dette er slutt.',
      '2022 blir et godt år.',
      '§ 3 gjelder.',
    ]);
  });

  it('does not split a word ending in an abbreviation (boundaries)', () => {
    // `kr.` inside `ekskr.`? no: `avd.` is an abbreviation, `Bavd.` is not; the abbreviation must be a word.
    expect(split('Vi har kontrakt. Neste.')).toEqual(['Vi har kontrakt.', 'Neste.']);
    expect(split('Dette gir mer. Neste.')).toEqual(['Dette gir mer.', 'Neste.']);
    expect(split('Det er forskjellige tiltak inkl. Husbanken. Neste.')).toEqual([
      'Det er forskjellige tiltak inkl. Husbanken.',
      'Neste.',
    ]);
  });

  it('words that look like abbreviations end a sentence before a capital (ord, min, art)', () => {
    expect(split('Reformen må bli mer enn ord. Et første steg er enkelt.')).toEqual(['Reformen må bli mer enn ord.', 'Et første steg er enkelt.']);
    expect(split('Saken er av en annen art. Den krever mer.')).toEqual(['Saken er av en annen art.', 'Den krever mer.']);
    expect(split('Det skal være min. 3 plasser, jf. art. 5 i forordningen.')).toEqual(['Det skal være min. 3 plasser, jf. art. 5 i forordningen.']);
    expect(split('Møtet er et ord. møte i styret.')).toEqual(['Møtet er et ord. møte i styret.']);
  });

  it('spans are trimmed and cover the text in order', () => {
    const text = '  Første setning.   Andre setning!  ';
    const spans = splitSentences(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Første setning.', 'Andre setning!']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  });

  it('the empty and blank texts have no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });
});
