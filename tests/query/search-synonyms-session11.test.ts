// Issue 19, session 11: the synonym table's groups for gravferd, helsesykepleier, LAR, e-ID,
// natur, folketall and valg, and nynorsk stems read as bokmål (røyste, åtak, -gjeving, spreiing).
import { describe, expect, it } from 'vitest';
import { queryForms, searchForm, synonymsOf } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const texts = (word: string) => synonymsOf(word).map((m) => m.text);

describe('the field\'s groups of session 11', () => {
  it('knows old and new titles and terms of the same thing', () => {
    expect(texts('helsesøstrene')).toContain('helsesykepleier');
    expect(texts('begravelse')).toContain('gravferd');
    expect(texts('gravsteiner')).toContain('gravminne');
    expect(texts('substitusjonsbehandling')).toEqual(expect.arrayContaining(['LAR', 'legemiddelassistert rehabilitering']));
    expect(texts('IKS')).toEqual(expect.arrayContaining(['interkommunalt selskap', 'interkommunale selskap']));
    expect(texts('eID')).toContain('digital identitet');
    expect(texts('avfolking')).toContain('nedgang i folketallet');
    expect(texts('arbeidsmigrasjon')).toContain('arbeidsinnvandring');
  });
  it('knows the words of arbeid, rus, digital inclusion, anskaffelser and brann', () => {
    expect(texts('arbeidstrening')).toContain('arbeidspraksis');
    expect(texts('arbeidsinkludering')).toContain('utenfor arbeidslivet');
    expect(texts('brukermedvirkning')).toContain('erfaringskonsulent');
    expect(texts('barnepsykiatri')).toContain('BUP');
    expect(texts('digitalt')).toEqual([]); // a phrase is looked up word by word (phraseSynonyms)
    expect(texts('overtredelsesgebyr')).toContain('bøter');
    expect(texts('brannforebygging')).toContain('feiing');
    expect(texts('pilotering')).toContain('utprøving');
  });
  it('keeps one-way groups one way', () => {
    // naturfare finds flom, flom does not find naturfare; naturskade is not widened to every flood
    expect(texts('naturfare')).toContain('flom');
    expect(texts('flom')).not.toContain('naturfare');
    expect(texts('naturskade')).not.toContain('skredsikring');
    expect(texts('alkohol')).not.toContain('rusmisbruk');
    expect(texts('fysisk aktivitet')).toEqual([]);
    expect(texts('aktive')).not.toContain('stillesitting');
  });
  it('ranks a sentence that says it in other words, and --explain names the member', () => {
    const index = buildSearchIndex(located(['Kommunen har ansatt to nye helsesykepleiere i skolen.', 'Skolen har fått nye lærere.']));
    const hits = search(index, 'helsesøster', { explain: true });
    expect(hits[0]!.located.sentence.text).toMatch(/^Kommunen har ansatt to nye helsesykepleiere/u);
    expect(hits[0]!.why![0]).toMatchObject({ word: 'helsesøster', via: 'synonym', synonym: 'helsesykepleier' });
  });
});

describe('nynorsk stems of session 11', () => {
  it('reads røyste, åtak, -gjeving and spreiing as stemme, angrep, -givning and spredning', () => {
    expect(queryForms('røysterett')).toContain(searchForm('stemmerett'));
    expect(queryForms('dataåtak')).toContain(searchForm('dataangrep'));
    expect(queryForms('rådgjeving')).toContain(searchForm('rådgivning'));
    expect(queryForms('askespreiing')).toContain(searchForm('askespredning'));
    expect(queryForms('ikttryggleik')).toContain(searchForm('iktsikkerhet'));
    expect(queryForms('eierstyring')).toContain(searchForm('eigarstyring'));
  });
  it('finds the -re plural of an -er neuter (hinder → hindre), not a verb of an -el noun', () => {
    expect(queryForms('reisehinder')).toContain(searchForm('reisehindre'));
    expect(queryForms('teater')).toContain('teatre');
    expect(queryForms('mangel')).not.toContain('mangle');
    const index = buildSearchIndex(located(['Det finnes mange hindre for pendlere.', 'Pendlere får nye busser.']));
    expect(search(index, 'hinder')[0]!.located.sentence.text).toMatch(/^Det finnes mange hindre/u);
  });
  it('finds the bokmål sentence for a nynorsk query word', () => {
    const index = buildSearchIndex(located(['Flere kommuner ble rammet av dataangrep i fjor.', 'Kommunen har fått nye datamaskiner.']));
    expect(search(index, 'dataåtak')[0]!.located.sentence.text).toMatch(/^Flere kommuner ble rammet/u);
  });
});
