// `--area` resolution and the list filters' parsers.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { resolveArea, resolveAreas } from '../../src/query/areas.js';
import { parseKinds, parsePages } from '../../src/query/filter.js';

describe('resolveArea', () => {
  it.each([
    ['helse', 'helse'],
    ['Helse', 'helse'],
    ['HELSE', 'helse'],
    ['health', 'helse'],
    ['hel', 'helse'],
    ['Helse og omsorg', 'helse'],
    ['helsa', 'helse'],
    ['økonomi', 'okonomi'],
    ['okonomi', 'okonomi'],
    ['Økonomi', 'okonomi'],
    ['economy', 'okonomi'],
    ['Kommuneøkonomi', 'okonomi'],
    ['barnehager', 'barnehage'],
    ['kindergarten', 'barnehage'],
    ['næring', 'naering'],
    ['Nærings- og distriktsutvikling', 'naering'],
    ['EU', 'internasjonalt'],
    ['boliger', 'bolig'],
  ])('%s → %s', (input, slug) => {
    expect(resolveArea(input).slug).toBe(slug);
  });

  it('a typo is a usage error that suggests the closest area', () => {
    expect(() => resolveArea('heelse')).toThrow(UsageError);
    expect(() => resolveArea('heelse')).toThrow(/did you mean helse/u);
    expect(() => resolveArea('utdaning')).toThrow(/utdanning/u);
  });

  it('an ambiguous prefix names the candidates', () => {
    // `b` starts barnehage, barnevern, beredskap, bolig and business
    expect(() => resolveArea('b')).toThrow(/ambiguous area 'b'.*barnehage.*barnevern/u);
  });

  it('a comma list means any of the areas, without duplicates', () => {
    expect(resolveAreas('helse, health,eldre')).toEqual(['helse', 'eldre']);
  });
});

describe('list filter parsers', () => {
  it('kinds: a comma list, all, the demand kinds by default', () => {
    expect([...parseKinds(undefined)!]).toEqual(['krav', 'anbefaling', 'onske']);
    expect([...parseKinds('all')!]).toHaveLength(6);
    expect([...parseKinds('krav,stotte')!]).toEqual(['krav', 'stotte']);
    expect([...parseKinds('Ønske')!]).toEqual(['onske']);
    expect(() => parseKinds('kravv')).toThrow(/unknown kind 'kravv'; did you mean krav/u);
  });

  it('pages: a page or a range; anything else is a usage error', () => {
    expect(parsePages('7')).toEqual([7, 7]);
    expect(parsePages('3-5')).toEqual([3, 5]);
    expect(() => parsePages('5-3')).toThrow(UsageError);
    expect(() => parsePages('x')).toThrow(UsageError);
    expect(() => parsePages('0')).toThrow(UsageError);
  });
});
