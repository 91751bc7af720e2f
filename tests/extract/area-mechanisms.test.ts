// Area mechanisms of issue 13's area half (rounds 13–15): each test states a rule that carries to
// unseen text, on invented sentences.
import { describe, expect, it } from 'vitest';
import { assignAreas } from '../../src/extract/areas.js';

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
