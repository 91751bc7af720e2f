// Area mechanisms of issue 13's area half (rounds 13–15): each test states a rule that carries to
// unseen text, on invented sentences.
import { describe, expect, it } from 'vitest';
import { assignAreas, headingAreas } from '../../src/extract/areas.js';

const own = (text: string) => assignAreas(text, []).areas;

describe('money beside three areas of the sentence', () => {
  it('takes the weakest area\'s place when money is said more strongly', () => {
    const a = own('Tilskuddet dekker ikke utgiftene til barnehage, skole og omsorg.');
    expect(a).toHaveLength(3);
    expect(a).toContain('okonomi');
  });
  it('does not displace the third area when money is no stronger', () => {
    const a = own('Staten finansierer utprøving av psykisk helsearbeid for barn og unge.');
    expect(a).not.toContain('okonomi');
    expect(a).toEqual(expect.arrayContaining(['helse', 'innovasjon']));
  });
  it('says which words gave the money area', () => {
    const r = assignAreas('Tilskuddet dekker ikke utgiftene til barnehage, skole og omsorg.', []);
    expect(Object.keys(r.areaTerms).sort()).toEqual([...r.areas].sort());
    expect(r.areaTerms.okonomi!.join(' ')).toMatch(/utgiftene/u);
  });
});

describe('look-alike words of another area', () => {
  it('wage growth is the economy, not working life; wages themselves stay arbeid', () => {
    expect(own('Innslagspunktet bør bare justeres med lønnsveksten.')).not.toContain('arbeid');
    expect(own('Lønn og arbeidstid for de ansatte må avtales sentralt.')).toContain('arbeid');
  });
  it('a kindergarten teacher is kindergarten, not school, unless education is named', () => {
    expect(own('Det er for få barnehagelærere.')).toEqual(['barnehage']);
    expect(own('Flere må ta barnehagelærerutdanning.')).toEqual(expect.arrayContaining(['barnehage', 'utdanning']));
    expect(own('Skolen trenger flere lærere.')).toContain('utdanning');
  });
  it('the pedagogue norm and child-welfare pedagogues are not education', () => {
    expect(own('Kommunene må få tid til å oppfylle pedagognormen.')).not.toContain('utdanning');
    expect(own('Det mangler erfarne barnevernspedagoger.')).not.toContain('utdanning');
  });
  it('training of staff and elected officials is not the education area', () => {
    expect(own('KS vil tilby opplæring for ledere og tillitsvalgte.')).toEqual(['arbeid']);
    expect(own('Programmet for folkevalgtopplæring bør utvides.')).toEqual(['selvstyre']);
    expect(own('Elevene må få bedre opplæring i lesing.')).toContain('utdanning');
  });
  it('recruiting foster homes is child welfare, not working life', () => {
    expect(own('Staten bør styrke rekrutteringen av fosterhjem.')).toEqual(['barnevern']);
    expect(own('Rekrutteringen av sykepleiere er vanskelig.')).toContain('arbeid');
  });
});

describe('compounds whose other part names another field', () => {
  it('an apprentice company is not business, district psychiatry not district policy', () => {
    expect(own('Flere lærebedrifter må ta inn lærlinger.')).not.toContain('naering');
    expect(own('Bedriftene i regionen trenger arbeidskraft.')).toContain('naering');
    expect(own('De distriktspsykiatriske sentrene må styrkes.')).not.toContain('naering');
  });
  it('record keeping is not health, part-time study is not working life', () => {
    expect(own('KI kan brukes til journalføring i saksbehandlingen.')).not.toContain('helse');
    expect(own('Fastlegen må kunne lese pasientens journal.')).toContain('helse');
    expect(own('Det må bli flere deltidsstudier for assistenter.')).not.toContain('arbeid');
  });
  it('training foster homes and the room under an EEA rule keep to their own areas', () => {
    expect(own('Kommunene skal overta rekruttering og opplæring av fosterhjem.')).toEqual(['barnevern']);
    expect(own('Regjeringen bør nytte handlingsrommet i EØS-avtalen.')).toEqual(['internasjonalt']);
    expect(own('Kommunene trenger større handlingsrom.')).toContain('selvstyre');
  });
  it('room to organise the services is local self-rule', () => {
    const r = assignAreas('Kommunene må få rom til å organisere tjenestene annerledes.', []);
    expect(r.areas).toContain('selvstyre');
    expect(r.areaTerms.selvstyre).toEqual(['rom til å organisere']);
  });
});

describe('areas that frame a subject', () => {
  // the document's title, the topic of last resort (index.ts headingChains)
  const title = [{ title: 'Høring om offentlige anskaffelser', areas: headingAreas('Høring om offentlige anskaffelser'), lastResort: true }];
  it('a sentence on European rules alone takes the title\'s topic beside internasjonalt', () => {
    expect(assignAreas('Norge bør ikke innføre strengere regler enn direktivene krever.', title).areas).toEqual(['internasjonalt', 'anskaffelser']);
  });
  it('a sentence naming a subject of its own does not take the title\'s topic', () => {
    expect(assignAreas('Barnehagene i Danmark er gode.', title).areas).toEqual(['barnehage', 'internasjonalt']);
  });
});

describe('field vocabulary said otherwise', () => {
  it('nynorsk tenders, the acronym KI, industry, other countries', () => {
    expect(own('Fylka vil lage felles malar for slike anbod.')).toEqual(['anskaffelser']);
    // testing it is innovation as well (areas-nb.ts: `tester`)
    expect(own('Kommunene tester KI i saksbehandlingen.')).toEqual(['innovasjon', 'digitalisering']);
    expect(own('Kiosken i Kirkenes er stengt.')).not.toContain('digitalisering');
    expect(own('Nye industrietableringer styrker regionen.')).toEqual(['naering']);
    expect(own('Kommunene rekrutterer sykepleiere fra andre land.')).toContain('internasjonalt');
  });
});

describe('field vocabulary of rounds 16–17 (general words of the field, SPEC area table)', () => {
  it('exercises and civil protection are beredskap, never the tail of myndighetsutøvelse', () => {
    expect(own('Kravene til øvelser må samordnes.')).toContain('beredskap');
    expect(own('Kommunene øver etter sivilbeskyttelsesloven.')).toContain('beredskap');
    expect(own('KI kan brukes i myndighetsutøvelse.')).not.toContain('beredskap');
  });
  it('the municipality as an authority is selvstyre; the state\'s bodies (plural, named) are not', () => {
    expect(own('Kommunens rolle som barnehagemyndighet bør styrkes.')).toContain('selvstyre');
    expect(own('Koordinatoren bør få myndighet til å fatte vedtak.')).toContain('selvstyre');
    expect(own('KS vil samarbeide med nasjonale myndigheter.')).not.toContain('selvstyre');
    expect(own('KS vil samarbeide med Nasjonal sikkerhetsmyndighet.')).not.toContain('selvstyre');
  });
  it('EEA surveillance, state aid and cross-border programmes are internasjonalt; EFTA only as the acronym', () => {
    expect(own('ESA kan ta saken til EFTA-domstolen.')).toContain('internasjonalt');
    expect(own('Interreg-midler bør kunne brukes langs kysten.')).toContain('internasjonalt');
    expect(own('Grensen for bagatellmessig støtte bør heves.')).toContain('internasjonalt');
    expect(own('Evalueringen bekrefter at lærerkreftene brukes godt.')).not.toContain('internasjonalt');
  });
  it('common solutions, the coast\'s industries, health workers, drop-out, leisure, relief', () => {
    expect(own('Nasjonale fellesløsninger som Altinn må videreutvikles.')).toContain('digitalisering');
    expect(own('Kommunene har satt av areal til havbruk.')).toContain('naering');
    expect(own('Mangelen på helsefagarbeidere er stor.')).toContain('arbeid');
    expect(own('Oppfølgingstjenesten må styrkes.')).toContain('utdanning');
    expect(own('Fritidskortet bør bli varig.')).toContain('barnevern');
    expect(own('Pårørende bør få fleksibel avlastning.')).toContain('helse');
    expect(own('Kommunene trenger risikoavlastning.')).not.toContain('helse');
  });
});

describe('look-alikes and school transport', () => {
  it('a crisis centre is not preparedness; a crisis is', () => {
    expect(own('Krisesentrene må få bedre muligheter til å ta imot barn.')).not.toContain('beredskap');
    expect(own('Kommunen må ha en plan for krisen.')).toContain('beredskap');
  });
  it('school transport and the way to school are samferdsel', () => {
    expect(own('Reglane om farleg skuleveg må bli tydelegare.')).toContain('samferdsel');
    expect(own('Staten må dekke meirkostnadene ved utsleppsfri skuleskyss.')).toContain('samferdsel');
  });
});
