// The raw-text normalizer on small documents written for the test: headings of different kinds,
// another wrap width, numbered headings, list points, a body line without its final period.
import type { Heading, List, Paragraph, Root, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, stringifyMarkdown } from '../../src/markdown/markdown.js';
import { headingNumberDepth, normalizeRawText } from '../../src/normalize/raw-text.js';
import { segmentDocument } from '../../src/segment/document.js';

const textOf = (node: Heading | Paragraph) => (node.children[0] as Text).value;
const headingsOf = (root: Root) =>
  root.children.flatMap((b) => (b.type === 'heading' ? [{ depth: b.depth, line: b.position!.start.line, title: textOf(b) }] : []));

// Wrapped at about 100 characters (the seed wraps at about 115), trailing spaces, page marks.
const NUMBERED = [
  ' Innledning og formål', //                                                                     1
  'Dette dokumentet beskriver hvordan kommunene arbeider med økonomi, helse og digitalisering i en ny  ',
  'tid. Teksten er brutt ved om lag hundre tegn, slik som PDF-uttrekk pleier å være når de kommer fra et ',
  'Word-dokument. KS mener at staten må fullfinansiere nye oppgaver som legges til kommunesektoren.  ',
  '   ', //                                                                                          5
  '',
  '2 Økonomi',
  '',
  '2.1 Inntekter',
  'Kommunene har behov for forutsigbare rammer, og inntektssystemet må gi likeverdige tjenester over hele', // 10
  'Norge og Svalbard',
  'Dette er en ny setning som slutter med punktum, og den er ganske lang slik at den fyller linjen helt.',
  '  ',
  '2.2 Skatt',
  'Eiendomsskatten er en viktig inntektskilde for mange kommuner, og den må videreføres på dagens nivå.', // 15
  ' 3 Helse og omsorg',
  'KS ber regjeringen om å:',
  '1. Styrke fastlegeordningen',
  '2. Bygge ut legevakten i distriktene, slik at innbyggerne får et godt tilbud også om natten og i',
  'helgene', //                                                                                     20
  '3. Satse på e-helse',
  'Dette gjelder hele landet og alle kommuner, store som små, uansett hvor de ligger i landet vårt i dag.',
].join('\n');

describe('numbered headings, list points, a line without its period', () => {
  const n = normalizeRawText(NUMBERED);
  const seg = segmentDocument(n.root, n.pageOfLine, 'Test');

  it('counts the pages from the page marks', () => {
    expect(n.pages).toBe(2);
    expect(n.pageOfLine[15]).toBe(1);
    expect(n.pageOfLine[16]).toBe(2);
  });

  it('numbered headings take the depth of their number', () => {
    expect(headingsOf(n.root)).toEqual([
      { depth: 1, line: 1, title: 'Innledning og formål' },
      { depth: 1, line: 7, title: '2 Økonomi' },
      { depth: 2, line: 9, title: '2.1 Inntekter' },
      { depth: 2, line: 14, title: '2.2 Skatt' },
      { depth: 1, line: 16, title: '3 Helse og omsorg' },
    ]);
    expect(seg.sections.map((s) => [s.id, s.level, s.parent, s.page])).toEqual([
      ['1', 1, null, 1],
      ['2', 1, null, 1],
      ['2.1', 2, '2', 1],
      ['2.2', 2, '2', 1],
      ['3', 1, null, 2],
    ]);
  });

  it('a body line without final period that continues a sentence is no heading, and ends it', () => {
    expect(headingsOf(n.root).map((h) => h.line)).not.toContain(11);
    const s = seg.sentences.filter((x) => x.sectionId === '2.1');
    expect(s.map((x) => x.lines)).toEqual([[10, 11], [12, 12]]);
    expect(s[0]!.text.endsWith('over hele Norge og Svalbard')).toBe(true);
  });

  it('list points after a colon are a list, each point its own sentence, wrapped points joined', () => {
    const list = n.root.children.find((b): b is List => b.type === 'list');
    expect(list?.ordered).toBe(true);
    expect(list?.start).toBe(1);
    expect(list?.children).toHaveLength(3);
    const s = seg.sentences.filter((x) => x.sectionId === '3');
    expect(s.map((x) => [x.text, x.lines])).toEqual([
      ['KS ber regjeringen om å:', [17, 17]],
      ['Styrke fastlegeordningen', [18, 18]],
      ['Bygge ut legevakten i distriktene, slik at innbyggerne får et godt tilbud også om natten og i helgene', [19, 20]],
      ['Satse på e-helse', [21, 21]],
      ['Dette gjelder hele landet og alle kommuner, store som små, uansett hvor de ligger i landet vårt i dag.', [22, 22]],
    ]);
  });

  it('converts to Markdown that gives back the same structure and sentences', () => {
    const md = stringifyMarkdown(n.root);
    expect(md).toMatch(/^# Innledning og formål$/mu);
    expect(md).toMatch(/^## 2\.1 Inntekter$/mu);
    expect(md).toMatch(/^1\. Styrke fastlegeordningen$/mu);
    const back = segmentDocument(parseMarkdown(md), null, 'Test');
    expect(back.sections.map((s) => [s.id, s.title])).toEqual(seg.sections.map((s) => [s.id, s.title]));
    expect(back.sentences.map((s) => s.text)).toEqual(seg.sentences.map((s) => s.text));
  });
});

// Bare headings (no numbers), a run of three, a heading after body text, and double spacing.
const BARE = [
  'Velferd i hele landet',
  '',
  'Helse og omsorg',
  '',
  'Fastleger',
  'Fastlegeordningen er under press i mange kommuner. Det er behov for flere leger i distriktene og for',
  '',
  'bedre rekruttering. Staten må ta et større ansvar for utdanningen av nye leger i hele landet vårt.',
  '',
  'Legevakt',
  'Legevakten må styrkes. KS vil bidra til at legevakten blir bedre organisert i regionene våre nå.',
  '   ',
  'Skole',
  'Skolen er viktig for alle barn. Lærerne gjør en stor jobb hver eneste dag i hele landet vårt nå.',
  '   ',
  'Alle barn trenger gode barnehager – det fordrer bedre regelverk',
  'Barnehagene er en viktig del av velferden. Regelverket må bli enklere for alle kommunene i landet.',
].join('\n');

describe('bare headings: runs step down, a heading after body text keeps the deepest level', () => {
  const n = normalizeRawText(BARE);
  const seg = segmentDocument(n.root, n.pageOfLine, 'Test');

  it('finds the headings and their levels', () => {
    expect(headingsOf(n.root)).toEqual([
      { depth: 1, line: 1, title: 'Velferd i hele landet' },
      { depth: 2, line: 3, title: 'Helse og omsorg' },
      { depth: 3, line: 5, title: 'Fastleger' },
      { depth: 3, line: 10, title: 'Legevakt' },
      { depth: 3, line: 13, title: 'Skole' },
      { depth: 3, line: 16, title: 'Alle barn trenger gode barnehager – det fordrer bedre regelverk' },
    ]);
    expect(seg.sections.map((s) => s.id)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.1.3', '1.1.4']);
  });

  it('a double-spaced paragraph stays one paragraph and its sentence spans the empty line', () => {
    const para = n.root.children.find((b) => b.type === 'paragraph')!;
    expect([para.position!.start.line, para.position!.end.line]).toEqual([6, 8]);
    const s = seg.sentences.find((x) => x.text.startsWith('Det er behov for flere leger'));
    expect(s?.lines).toEqual([6, 8]);
    expect(s?.text).toBe('Det er behov for flere leger i distriktene og for bedre rekruttering.');
  });
});

describe('what is not a heading', () => {
  const headingLines = (lines: string[]) => headingsOf(normalizeRawText(lines.join('\n')).root).map((h) => h.line);
  const FULL = 'Kommunene har et stort ansvar for velferden og må få gode rammer fra staten for å kunne løse dette';

  it('a line ending in a preposition or conjunction continues on the next line', () => {
    expect(headingLines(['Tittel', 'Dette er en setning.', 'Kommunene og fylkeskommunene skal samarbeide med', 'Staten om dette.'])).toEqual([1]);
  });

  it('a line ending in a verb continues on the next line unless empty lines set it off', () => {
    // "… der folk er" closes a relative clause: a mellomtittel of its own between empty lines
    // (each after a full-width line, which sets the wrap width)
    expect(headingLines(['Tittel', FULL + '.', '', 'Kommunene må være til stede der folk er', '', 'Nye tjenester kommer.'])).toEqual([1, 4]);
    // without the empty line after it, or after an unfinished line, it continues
    expect(headingLines(['Tittel', FULL + '.', '', 'Kommunene mener at tilbudet er', 'Viktig for mange.'])).toEqual([1]);
    expect(headingLines(['Tittel', FULL, '', 'Kommunene mener at tilbudet er', '', 'Viktig for mange.'])).toEqual([1]);
    // a short one set off so may end in a particle (`Hele landet må med`); a long one is a
    // double-spaced paragraph's line, and no line ending in a preposition is a heading otherwise
    expect(headingLines(['Tittel', FULL + '.', '', 'Hele landet må med', '', 'Staten om dette.'])).toEqual([1, 4]);
    expect(headingLines(['Tittel', FULL + '.', '', 'Kommunene har lenge bedt om et bedre og mer forutsigbart samarbeid med', '', 'Staten om dette.'])).toEqual([1]);
    expect(headingLines(['Tittel', FULL + '.', 'Kommunene skal samarbeide med', '', 'Staten om dette.'])).toEqual([1]);
  });

  it('the rows of a table laid out in columns are sentences of their own, not a run of headings', () => {
    const lines = [
      'Tittel',
      FULL + '.',
      'Tabellen viser tilskuddene i millioner kroner.',
      '',
      'Tilskudd                      2030      2031',
      'Skolemat                       120       140',
      'Fritidskort                     60        80',
      '',
      'Til sammen øker tilskuddene med 40 millioner kroner.',
    ];
    expect(headingLines(lines)).toEqual([1]);
    const n = normalizeRawText(lines.join('\n'));
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts).toContain('Skolemat 120 140');
    expect(texts).toContain('Fritidskort 60 80');
    expect(texts).toContain('Til sammen øker tilskuddene med 40 millioner kroner.');
  });

  it('the lines of a fact box (label: figure) are sentences of their own, not headings nested ever deeper', () => {
    const lines = [
      'Tittel',
      FULL + '.',
      '',
      'Nøkkeltall for vegnettet',
      '',
      'Kilometer fylkesvei i alt: 44 000',
      'Bruer med behov for utbedring: ca. 1 200',
      'Etterslep i vedlikeholdet: 80 milliarder kroner',
      '',
      'Kontakt: kommunikasjonsavdelingen.',
    ];
    expect(headingLines(lines)).toEqual([1, 4]);
    const n = normalizeRawText(lines.join('\n'));
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts).toContain('Kilometer fylkesvei i alt: 44 000');
    expect(texts).toContain('Bruer med behov for utbedring: ca. 1 200');
    expect(texts).toContain('Etterslep i vedlikeholdet: 80 milliarder kroner');
  });

  it('one line of a paragraph with a colon and a figure stays in its paragraph', () => {
    const lines = ['Tittel', FULL, 'Det gjelder særlig to forhold: de 12', 'kommunene med flest innbyggere og de minste.'];
    expect(headingLines(lines)).toEqual([1]);
    const n = normalizeRawText(lines.join('\n'));
    expect(segmentDocument(n.root, n.pageOfLine, 'Test').sentences).toHaveLength(1);
  });

  it('a byline under a title (a name, a comma, a role) is body text, not a heading', () => {
    const lines = ['Kronikk: Skolen skal være åpen for alle', '', 'Kari Nordmann-Lie, styreleder i KS', '', FULL + '.', FULL + '.'];
    expect(headingLines(lines)).toEqual([1]);
    expect(headingLines(['Tittel', '', 'Per Olav Hansen, fylkesleiar i KS Vestland', '', FULL + '.'])).toEqual([1]);
    // a heading naming places is still a heading
    expect(headingLines(['Tittel', FULL + '.', '', 'Bodø, Tromsø og Alta', '', FULL + '.'])).toEqual([1, 4]);
  });

  it('a letter\'s closing block: the formula, each name and each role are lines of their own', () => {
    const lines = [
      'Tittel', FULL + '.', '   ',
      'Med vennlig hilsen', 'Kari Nordmann', 'styreleder', '', 'Per Hansen', 'administrerende direktør',
      '   ', FULL + '.',
    ];
    expect(headingLines(lines)).toEqual([1]);
    const n = normalizeRawText(lines.join('\n'));
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts.slice(1, 6)).toEqual(['Med vennlig hilsen', 'Kari Nordmann', 'styreleder', 'Per Hansen', 'administrerende direktør']);
    // past the break, body text joins its lines again
    expect(texts[6]).toBe(FULL + '.');
    // nynorsk, and a paragraph that merely mentions greetings is left alone
    const nn = normalizeRawText(['Tittel', FULL + '.', '   ', 'Med venleg helsing', 'Ola Nordmann', 'fylkesleiar'].join('\n'));
    expect(segmentDocument(nn.root, nn.pageOfLine, 'Test').sentences.map((x) => x.text).slice(1)).toEqual(['Med venleg helsing', 'Ola Nordmann', 'fylkesleiar']);
    const body = normalizeRawText(['Tittel', 'Vi sender en hilsen til alle som har bidratt i arbeidet med', 'meldingen.'].join('\n'));
    expect(segmentDocument(body.root, body.pageOfLine, 'Test').sentences).toHaveLength(1);
  });

  it('a letterhead, an address and a box of facts — short lines broken by hand — are lines of their own, not headings nested ever deeper', () => {
    const lines = [
      ' Kommunenes organisasjon', 'Postboks 12 Sentrum, 0101 Oslo', 'Kulturdepartementet', 'Postboks 1 Dep', '   ',
      'Saksbehandler: Kari Nordmann', 'Dato: 1.2.2040', 'Vår referanse: 40/12', '   ',
      'Oslo, 1. februar 2040', '   ',
      'Høringssvar – forslag til en ny lov om bibliotek, arkiv og museer i kommunene og fylkeskommunene, med forskrifter', '',
      '1. Innledning', FULL + '.', '   ',
      'Fakta om bibliotekene', 'Om lag 700 bibliotek i alt', 'Åpent 60 timer i uka i snitt', 'Tre av fire har meråpent', '   ',
      FULL + '.',
    ];
    const n = normalizeRawText(lines.join('\n'));
    // the title after the letterhead (longer than a heading inside the text may be) and the numbered chapter
    expect(headingsOf(n.root).map((h) => h.title)).toEqual([lines[11], '1. Innledning']);
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    for (const line of [...lines.slice(1, 4), 'Saksbehandler: Kari Nordmann', 'Oslo, 1. februar 2040', 'Fakta om bibliotekene', 'Tre av fire har meråpent']) expect(texts).toContain(line);
    expect(texts).toContain('Kommunenes organisasjon');
  });

  it('two short lines, or short lines ending in punctuation, stay what they were', () => {
    // a chapter heading and its section heading directly under it
    expect(headingLines(['Tittel', FULL + '.', '', 'Økonomi', 'Inntektssystemet', FULL + '.'])).toEqual([1, 4, 5]);
    // short sentences, each ending in a period, are body text
    const n = normalizeRawText(['Tittel', 'Det er kort.', 'Dette også.', 'Og dette.'].join('\n'));
    expect(segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text)).toEqual(['Det er kort.', 'Dette også.', 'Og dette.']);
  });

  it('a heading before a quote that opens with a dash is a heading; a dateline alone is not', () => {
    const lines = ['Pressemelding: Kommunene trenger kjøkken', '', 'Oslo, 6. oktober 2040', '   ', FULL + '.', '   ', 'Nye stillinger', '', '– Vi trenger flere kokker, sier styrelederen.', '   '];
    const n = normalizeRawText(lines.join('\n'));
    expect(headingsOf(n.root).map((h) => h.title)).toEqual(['Pressemelding: Kommunene trenger kjøkken', 'Nye stillinger']);
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts).toContain('Oslo, 6. oktober 2040');
    expect(texts).toContain('– Vi trenger flere kokker, sier styrelederen.');
  });

  it('lettered points (a), b), c)) are sentences of their own, with or without a final period', () => {
    const lines = ['Tittel', FULL + ':', '', 'a) barn under ett år får plass i august', 'b) barn over ett år får plass i januar', 'c) resten venter', '', FULL + '.'];
    const n = normalizeRawText(lines.join('\n'));
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts).toContain('a) barn under ett år får plass i august');
    expect(texts).toContain('b) barn over ett år får plass i januar');
    expect(texts).toContain('c) resten venter');
  });

  it('an abbreviation before a capital does not make a title two sentences', () => {
    const lines = ['KS om Meld. St. 14 Idrett for alle', '', FULL + '.'];
    expect(headingLines(lines)).toEqual([1]);
  });

  it('a capitalised line after a full-width unfinished line continues its sentence', () => {
    expect(headingLines(['Tittel', FULL, 'Kommunesektoren', 'Neste setning er her.'])).toEqual([1]);
  });

  it('a line ending in a period, a comma or a colon is body text', () => {
    expect(headingLines(['Tittel', 'Dette er kort.', 'Dette er også kort,', 'Og dette:', 'Slutt her.'])).toEqual([1]);
  });

  it('a line holding two sentences is body text', () => {
    expect(headingLines(['Tittel', 'Dette er kort. Og kort', 'Slutt her.'])).toEqual([1]);
  });

  it('a line before a lower-case line is body text', () => {
    expect(headingLines(['Tittel', 'Kommunene', 'er viktige.'])).toEqual([1]);
  });

  it('a point after a colon is a list item even when it looks like a numbered heading', () => {
    expect(headingLines(['Tittel', 'Tiltakene er:', '1. Styrke kommunene', '2. Redusere byråkratiet'])).toEqual([1]);
  });

  it('consecutive points after a finished sentence are a list, not a run of headings', () => {
    const n = normalizeRawText(['Tittel', 'Tre tiltak foreslås.', '1. Styrke kommunene', '2. Redusere byråkratiet', '3. Mer tillit'].join('\n'));
    expect(headingsOf(n.root).map((h) => h.line)).toEqual([1]);
    const seg = segmentDocument(n.root, n.pageOfLine, 'T');
    expect(seg.sentences.map((s) => s.text)).toEqual(['Tre tiltak foreslås.', 'Styrke kommunene', 'Redusere byråkratiet', 'Mer tillit']);
  });

  it('dash points whose wrapped lines hang under their text are one list, a point an item', () => {
    const n = normalizeRawText(
      ['Tittel', 'Landstinget krev at:', '   ', '', '- staten tek ansvaret for å kartleggje naturen, og gjer', '  karta gratis.', '- kommunane får pengar til', '  restaurering.', '- motsegner blir færre.'].join('\n'),
    );
    const list = n.root.children.find((b) => b.type === 'list');
    expect(list && list.type === 'list' ? list.children.map((item) => textOf(item.children[0] as Paragraph)) : []).toEqual([
      'staten tek ansvaret for å kartleggje naturen, og gjer karta gratis.',
      'kommunane får pengar til restaurering.',
      'motsegner blir færre.',
    ]);
  });

  it('bullet points are list items', () => {
    const n = normalizeRawText(['Tittel', 'KS mener:', '- Mer frihet', '• Færre krav'].join('\n'));
    expect(n.root.children.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list']);
  });
});

describe('hyphen joining', () => {
  const joined = (lines: string[]) =>
    normalizeRawText(['Tittel', ...lines].join('\n')).root.children.flatMap((b) => (b.type === 'paragraph' ? [textOf(b)] : []));

  it.each([
    [['Det gjelder nasjonale e-', 'helseløsninger som er viktige.'], 'Det gjelder nasjonale e-helseløsninger som er viktige.'],
    [['Det som står i EØS-', 'avtalen gjelder.'], 'Det som står i EØS-avtalen gjelder.'],
    [['Det er Kommunal-', 'og distriktsdepartementet som er ansvarlig.'], 'Det er Kommunal- og distriktsdepartementet som er ansvarlig.'],
    [['Det gjelder helse-', 'eller omsorgstjenester.'], 'Det gjelder helse- eller omsorgstjenester.'],
    [['Det gjelder de siste årene -', 'ikke minst nå.'], 'Det gjelder de siste årene - ikke minst nå.'],
    [['Det gjelder forholdet til EU-', 'Kommisjonen.'], 'Det gjelder forholdet til EU-Kommisjonen.'],
    [['Det gjelder hele Nord-', 'Norge.'], 'Det gjelder hele Nord-Norge.'],
    [['Planen gjelder for 2022-', '2025 og mer.'], 'Planen gjelder for 2022-2025 og mer.'],
    [['Det gjelder bygg-', '«og» anlegg.'], 'Det gjelder bygg- «og» anlegg.'],
    // a word the layout divided is one word again, without its hyphen
    [['Planen for over-', 'gangen er god.'], 'Planen for overgangen er god.'],
    [['Foreldrene må få an-', 'ledning til å uttale seg.'], 'Foreldrene må få anledning til å uttale seg.'],
    [['Dette gjelder ikke-', 'statlige aktører.'], 'Dette gjelder ikke-statlige aktører.'],
    [['Det gjelder nye tv-', 'kanaler.'], 'Det gjelder nye tv-kanaler.'],
    [['Det gjelder helse-', 'Norge.'], 'Det gjelder helse-Norge.'],
  ])('%j → %s', (lines, expected) => {
    expect(joined(lines)).toEqual([expected]);
  });

  it('records the source line of every joined line', () => {
    const n = normalizeRawText(['Tittel', 'Dette er en lang setning om e-', 'helse og mye mer.', 'Slutt.'].join('\n'));
    const seg = segmentDocument(n.root, n.pageOfLine, 'T');
    expect(seg.sentences.map((s) => [s.text, s.lines])).toEqual([
      ['Dette er en lang setning om e-helse og mye mer.', [2, 3]],
      ['Slutt.', [4, 4]],
    ]);
  });

  it('records the source lines of a sentence after a divided word', () => {
    const n = normalizeRawText(['Tittel', 'Planen for over-', 'gangen er god. Den neste setningen', 'slutter her.'].join('\n'));
    const seg = segmentDocument(n.root, n.pageOfLine, 'T');
    expect(seg.sentences.map((s) => [s.text, s.lines])).toEqual([
      ['Planen for overgangen er god.', [2, 3]],
      ['Den neste setningen slutter her.', [3, 4]],
    ]);
  });
});

describe('headingNumberDepth', () => {
  it.each([
    ['2 Økonomi', 1],
    ['2. Økonomi', 1],
    ['2.1 Inntekter', 2],
    ['6.1.2 Skatt', 3],
    ['Økonomi', null],
    ['2021 Et nytt år', null],
    ['2 prosent', null],
  ])('%s → %s', (title, depth) => {
    expect(headingNumberDepth(title)).toBe(depth);
  });
});

// A document's title may be as long as a body line: it stands on the first line, set off by an
// empty line. Inside the text a line that long is body text (a heading is clearly shorter).
describe('a long title on the first line', () => {
  const body = [
    'Kommunal- og distriktsdepartementet sendte forslaget på høring i vinter, og fristen for å svare ',
    'var kort. KS har drøftet forslaget med kommuner og fylkeskommuner i alle deler av landet, og vi ',
    'mener at forslaget må utredes bedre før det legges fram for Stortinget som en lovproposisjon. ',
  ];
  const title = ' Høringssvar – forslag til endringer i kommuneloven om statlig tilsyn, klage og interkommunalt samarbeid';

  it('is a heading when an empty line follows it, and the first sentence starts after it', () => {
    const n = normalizeRawText([title, '', ...body].join('\n'));
    expect(headingsOf(n.root)).toEqual([{ depth: 1, line: 1, title: title.trim() }]);
    const seg = segmentDocument(n.root, n.pageOfLine, 'Test');
    expect(seg.sentences[0]!.text.startsWith('Kommunal- og distriktsdepartementet')).toBe(true);
  });

  it('is a heading when it runs a little past the wrap width too', () => {
    const long = ' Høringssvar fra KS – forslag om lengre arbeidsgiverperiode, nye regler for oppfølging av sykmeldte og bedriftshelsetjeneste';
    expect(long.length).toBeGreaterThan(Math.max(...body.map((l) => l.length)) + 5);
    const n = normalizeRawText([long, '', ...body].join('\n'));
    expect(headingsOf(n.root)).toEqual([{ depth: 1, line: 1, title: long.trim() }]);
  });

  it('is body text when the text runs on without an empty line', () => {
    const n = normalizeRawText([title, ...body].join('\n'));
    expect(headingsOf(n.root)).toEqual([]);
  });

  it('a line as long inside the text stays body text', () => {
    const n = normalizeRawText(['Innledning', '', ...body, '', title.trim(), '', ...body].join('\n'));
    expect(headingsOf(n.root).map((h) => h.title)).toEqual(['Innledning']);
  });
});

// Rule 1b: what a page carries besides the text. Pages open with a line that starts with one
// space; made-up documents, laid out as PDF text extraction leaves them.
describe('page furniture: running headers and footers, page numbers, a table of contents', () => {
  const para = (words: string) => [
    `Kommunene har ansvar for ${words} og må få rammer fra staten som gjør det mulig å gi innbyggerne `,
    'et godt tilbud i hele landet, også der det bor få folk og avstandene er lange mellom tjenestene og ',
    'dem som trenger dem mest.',
  ];
  const textsOf = (lines: string[]) => {
    const n = normalizeRawText(lines.join('\n'));
    return { headings: headingsOf(n.root).map((h) => h.title), sentences: segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((s) => s.text) };
  };

  it('a footer that repeats on every page, numbers aside, is left out: no heading, no sentence', () => {
    const footer = (page: number) => `Høringssvar fra KS om vannforsyning          Side ${page} av 3`;
    const lines = [
      'Vannforsyning i kommunene', '', ...para('vannforsyningen'), '   ', footer(1), '   ', '',
      ' Ledningsnett', '', ...para('ledningsnettet'), '   ', footer(2), '   ', '',
      ' Beredskap', '', ...para('beredskapen'), '   ', footer(3),
    ];
    const { headings, sentences } = textsOf(lines);
    expect(headings).toEqual(['Vannforsyning i kommunene', 'Ledningsnett', 'Beredskap']);
    expect(sentences.some((s) => /Side \d av 3/u.test(s))).toBe(false);
    expect(sentences).toHaveLength(3);
  });

  it('a paragraph runs on across a page number between its lines', () => {
    const [a, b, c] = para('skolene');
    const { sentences } = textsOf(['Skolene', '', a!, b!, '', '- 2 -', '', ` ${c!}`]);
    expect(sentences).toEqual([[a, b, c].map((l) => l!.trim()).join(' ')]);
  });

  it('a line that stands at the edge of one page only is text', () => {
    const lines = ['Tittel', '', ...para('veiene'), '   ', 'Kort om bruene', '', ' Kort om fergene', '', ...para('fergene')];
    expect(textsOf(lines).headings).toContain('Kort om bruene');
  });

  it('a table of contents and its title are left out; the numbered headings stay, one asking a question', () => {
    const lines = [
      'Posisjonsdokument om vann', '', 'Innhold', '', '1 Innledning ............................ 2',
      '2 Hvem skal betale? ....................... 3', '2.1 Gebyrene . . . . . . . . . . . . 3', '   ',
      '1 Innledning', '', ...para('vannet'), '   ', '2 Hvem skal betale?', '', ...para('gebyrene'), '   ', '2.1 Gebyrene', '', ...para('avgiftene'),
    ];
    const { headings, sentences } = textsOf(lines);
    expect(headings).toEqual(['Posisjonsdokument om vann', '1 Innledning', '2 Hvem skal betale?', '2.1 Gebyrene']);
    expect(sentences).toHaveLength(3);
  });
});

describe('the head of a letter: blocks of two short lines', () => {
  const body = 'Vi viser til departementets brev av 3. mars, der KS ble invitert til å gi innspill til arbeidet med en ny plan for vannforsyning.';
  it('the addressee and the reference lines after a letterhead are lines of their own, and the subject line is the title', () => {
    const lines = [
      ' KS', 'Kommunesektorens organisasjon', 'Postboks 1378 Vika, 0114 Oslo', '   ', '',
      'Landbruks- og matdepartementet', 'Postboks 8007 Dep., 0030 Oslo', '   ', '',
      'Deres ref.: 22/101          Vår ref.: 22/00345', 'Saksbehandler: Ola Nordmann          Dato: 1.2.2040', '   ', '',
      'INNSPILL TIL EN NASJONAL PLAN FOR VANNFORSYNING OG AVLØP I KOMMUNENE – KOMMUNESEKTORENS SYN PÅ FORSLAGET', '', body,
    ];
    const n = normalizeRawText(lines.join('\n'));
    expect(headingsOf(n.root).map((h) => h.title)).toEqual([lines[13]]);
    const texts = segmentDocument(n.root, n.pageOfLine, 'Test').sentences.map((x) => x.text);
    expect(texts).toEqual(['KS', lines[1], lines[2], lines[5], lines[6], 'Deres ref.: 22/101 Vår ref.: 22/00345', 'Saksbehandler: Ola Nordmann Dato: 1.2.2040', body]);
  });

  it('the two lines of a cover at the top are lines of their own; two short lines inside the text stay headings', () => {
    const n = normalizeRawText(['KS', 'Posisjonsdokument · mai 2040', '', 'Vann for framtiden', '', body, '', 'Økonomi', 'Gebyrene', body].join('\n'));
    expect(headingsOf(n.root).map((h) => h.title)).toEqual(['Vann for framtiden', 'Økonomi', 'Gebyrene']);
  });
});
