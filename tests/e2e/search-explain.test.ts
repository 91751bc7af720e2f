// search --explain as a user runs it (issue 19): over documents with nynorsk and bokmål text,
// each result says which query word, part, spelling variant or synonym matched it, in text and
// json; without the flag nothing changes.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../helpers/cli.js';

interface Why { word: string; via: string; terms: string[]; synonym?: string; parts?: string[] }
interface Rec { id: string; text: string; score: number; why?: Why[] }

describe('search --explain', () => {
  let index = '';
  beforeAll(() => {
    const dir = join(tempDir('ks-explain-'), 'dokumenter med æøå');
    mkdirSync(dir, { recursive: true });
    for (const f of ['s1-velferd-og-omstilling.md', 's2-nynorsk-vestland.md']) cpSync(join(ROOT, 'tests', 'fixtures', 'search-blind', f), join(dir, f));
    index = join(dir, 'index');
    expect(cli(['ingest', dir, '--index', index, '-q']).code).toBe(0);
  });
  const json = (...args: string[]) => JSON.parse(cli(['search', ...args, '--index', index, '--format', 'json']).stdout) as Rec[];

  it('json: a why per result naming the word and how it matched', () => {
    const recs = json('sykehjem', 'kirke', '--explain');
    expect(recs.length).toBeGreaterThan(0);
    const vias = recs.flatMap((r) => r.why!.map((w) => `${w.word}:${w.via}:${w.terms.join('+')}`));
    expect(vias).toContain('kirke:variant:kyrkjene');
    expect(vias.some((v) => /^sykehjem:variant:sjukeheim/u.test(v))).toBe(true);
  });
  it('names the parts of a split query compound and the synonym that matched', () => {
    const parts = json('barnehagebemanning', '--explain')[0]!;
    expect(parts.id).toMatch(/:1-[15]$/u);
    expect(parts.why).toEqual([expect.objectContaining({ word: 'barnehagebemanning', via: 'parts', parts: ['barnehage', 'bemanning'] })]);
    const synonym = json('ladeinfrastruktur', '--explain');
    expect(synonym.some((r) => r.why!.some((w) => w.via === 'synonym' && /^lad/u.test(w.synonym ?? '')))).toBe(true);
  });
  it('text: the reason is the last field of a piped line', () => {
    const out = cli(['search', 'kirke', '--explain', '--index', index, '--limit', '1']);
    expect(out.code).toBe(0);
    const fields = out.stdout.trim().split('\t');
    expect(fields[fields.length - 1]).toBe('why: kirke: variant → kyrkjene');
  });
  it('says when a sentence was found by its section\'s heading', () => {
    // s1's section 5 is headed "Forsøk og fornyelse"; no sentence of it says "fornyelse"
    const recs = json('fornyelse', '--explain');
    expect(recs.map((r) => r.id.replace(/^.*:/u, ''))).toEqual(['5-1', '5-2', '5-3']);
    expect(recs.every((r) => r.why!.length === 1 && r.why![0]!.via === 'heading' && r.why![0]!.terms.join() === 'fornyelse')).toBe(true);
    const out = cli(['search', 'fornyelse', '--explain', '--index', index, '--limit', '1']);
    expect(out.stdout.trim().split('\t').at(-1)).toBe('why: fornyelse: the section heading → fornyelse');
  });
  it('without --explain, records carry no why', () => {
    expect(json('kirke').every((r) => r.why === undefined)).toBe(true);
  });
});
