// End-to-end: the built CLI spawned as a user would run it (issue 2's and 3's commands).
import { appendFileSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, expectAll, ingestFiles, ndjson, ROOT, runCwd, SEED, tempDir } from '../helpers/cli.js';

interface SectionRec { id: string; doc: string; level: number; title: string; parent: string | null; page: number; line: number; sentences: number }
interface SentenceRec { id: string; doc: string; kind: string | null; kinds: string[]; demand: boolean; areas: string[]; page: number; lines: [number, number]; text: string; sectionId: string; chapter: string; section: string | null }

const ESC = '\u001b[';

describe('sections', () => {
  it('lists the bundled document as 8 chapters, 32 sections and 8 sub-sections', () => {
    const out = cli(['sections', '--format', 'ndjson']);
    expect(out.code).toBe(0);
    const recs = ndjson<SectionRec>(out.stdout);
    expect(recs.filter((r) => r.level === 1)).toHaveLength(8);
    expect(recs.filter((r) => r.level === 2)).toHaveLength(32);
    expect(recs.filter((r) => r.level === 3)).toHaveLength(8);
    expect(recs[0]).toMatchObject({ id: '1', level: 1, parent: null, page: 1, line: 1 });
    const sub = recs.find((r) => r.line === 418)!;
    expect(sub).toMatchObject({ level: 3, parent: recs.find((r) => r.line === 416)!.id });
  });

  it('gives one title a line for jq and one tab-separated record a line for cut', () => {
    const tsv = cli(['sections', '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(tsv).toHaveLength(48);
    for (const line of tsv) expect(line.split('\t')).toHaveLength(7);
    const withHeader = cli(['sections', '--format', 'tsv', '--header']).stdout.split('\n');
    expect(withHeader[0]).toBe('id\tlevel\tpage\tsentences\tstatements\tdemands\ttitle');
  });

  it('prints json as one array that holds the same records as ndjson', () => {
    const json = JSON.parse(cli(['sections', '--format', 'json']).stdout) as SectionRec[];
    expect(json).toEqual(ndjson(cli(['sections', '--format', 'ndjson']).stdout));
  });

  it('is plain text when piped: no escape codes, one record a line', () => {
    const out = cli(['sections']);
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(48);
  });
});

describe('colour', () => {
  it('FORCE_COLOR turns colour on even in a pipe, --no-color turns it off again', () => {
    const forced = cli(['show', '2.5'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    expect(cli(['sections'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    const off = cli(['show', '2.5', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
  });

  it('NO_COLOR and TERM=dumb keep output plain', () => {
    expect(cli(['show', '2.5'], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['show', '2.5'], { env: { NO_COLOR: undefined, TERM: 'dumb' } }).stdout).not.toContain(ESC);
  });
});

describe('show', () => {
  it("prints a section's sentences with page and source lines", () => {
    const out = cli(['show', '2.5', '--format', 'ndjson']);
    expect(out.code).toBe(0);
    const recs = ndjson<SentenceRec>(out.stdout);
    expect(recs.length).toBeGreaterThan(5);
    expectAll(recs, (r) => r.sectionId === '2.5');
    const crossing = recs.find((r) => r.text.startsWith('Detaljerte statlige krav'))!;
    expect(crossing).toMatchObject({ page: 2, lines: [113, 115] });
    expect(crossing.text).toContain('den enkelte ansatte til slutt må bruke tid på.');
  });

  it('shows one sentence with its neighbours, cues and area terms', () => {
    const out = cli(['show', '2.5-3', '--format', 'json']);
    const [rec] = JSON.parse(out.stdout) as Array<SentenceRec & { before: string; after: string; cues: unknown[]; areaTerms: object }>;
    expect(rec!.id).toBe('2.5-3');
    expect(rec!.before).toMatch(/^Dette er viktig/u);
    expect(rec!.after).toMatch(/^Et mål om mer brukerrettet tid/u);
    // a sentence that is no statement: no cues; its area from its own words, which are named
    expect(rec!.kind).toBeNull();
    expect(rec!.cues).toEqual([]);
    expect(rec!.areas[0]).toBe('selvstyre');
    expect(rec!.areaTerms).toHaveProperty('selvstyre');
    expect((rec!.areaTerms as Record<string, string[]>).selvstyre!.length).toBeGreaterThan(0);
    // a statement names the cue that gave its kind
    const statement = ndjson<SentenceRec & { cues: Array<{ kind: string }> }>(cli(['show', ndjson<{ id: string }>(cli(['list', '--kind', 'krav', '--format', 'ndjson']).stdout)[0]!.id, '--format', 'ndjson']).stdout)[0]!;
    expect(statement.cues.map((c) => c.kind)).toContain('krav');
  });

  it('exits 1 with one line for an unknown id', () => {
    const out = cli(['show', '99.9-9']);
    expect(out.code).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('99.9-9');
    expect(out.stdout).toBe('');
  });
});

describe('convert', () => {
  it('derives Markdown headings that ingest back into the same outline', () => {
    const out = cli(['convert', SEED]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines.filter((l) => /^# /u.test(l))).toHaveLength(8);
    expect(lines.filter((l) => /^## /u.test(l))).toHaveLength(32);
    expect(lines.filter((l) => /^### /u.test(l))).toHaveLength(8);
    expect(out.stdout).toContain('e-helseløsningene');

    const dir = tempDir();
    writeFileSync(join(dir, 'seed.md'), out.stdout);
    const index = join(dir, 'idx');
    expect(cli(['ingest', join(dir, 'seed.md'), '--index', index, '-q']).code).toBe(0);
    const fromMd = ndjson<SectionRec>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout);
    const fromTxt = ndjson<SectionRec>(cli(['sections', '--format', 'ndjson']).stdout);
    expect(fromMd.map((s) => [s.id, s.level, s.title])).toEqual(fromTxt.map((s) => [s.id, s.level, s.title]));
  });
});

const SMALL_TXT = ' Helse og omsorg\nKS mener at fastlegeordningen må styrkes. Regjeringen bør sikre flere leger.\n \n';
const SMALL_MD = '# Notat\n\n## Skole\n\nKS ønsker flere lærere i skolen.\n\n- Staten må fullfinansiere reformen.\n- Kommunene bør få mer frihet.\n';

describe('ingest', () => {
  it('indexes exactly the documents named, with document-qualified ids, stable across re-ingest', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.md');
    writeFileSync(a, SMALL_TXT);
    writeFileSync(b, SMALL_MD);
    const index = join(dir, 'idx');
    const first = cli(['ingest', a, b, '--index', index]);
    expect(first.code).toBe(0);
    const ids = () => ndjson<SentenceRec>(cli(['show', 'a:1', 'b:1', '--index', index, '--format', 'ndjson']).stdout).map((r) => r.id);
    const before = ndjson<SectionRec>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout);
    expect(before.map((s) => s.id)).toEqual(['a:1', 'b:1']);
    expect(ids()).toEqual(['a:1-1', 'a:1-2', 'b:1-1', 'b:1-2', 'b:1-3']);
    // a short id that two documents hold is refused; a qualified one is not
    expect(cli(['show', '1', '--index', index]).code).toBe(1);
    expect(cli(['ingest', a, b, '--index', index, '-q']).code).toBe(0);
    expect(ndjson<SectionRec>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout)).toEqual(before);

    // the index then holds exactly the documents named; --add keeps the others
    cli(['ingest', a, '--index', index, '-q']);
    expect(ndjson<SectionRec>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout).map((s) => s.doc)).toEqual(['a']);
    cli(['ingest', b, '--add', '--index', index, '-q']);
    expect(new Set(ndjson<SectionRec>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout).map((s) => s.doc))).toEqual(new Set(['a', 'b']));
  });

  it('writes to .ks-input in the current folder when no index is named, and queries use it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notat.md'), SMALL_MD);
    expect(cli(['ingest', 'notat.md', '-q'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, '.ks-input', 'catalog.json'))).toBe(true);
    const secs = ndjson<SectionRec>(cli(['sections', '--format', 'ndjson'], { cwd: dir }).stdout);
    expect(secs.map((s) => s.title)).toEqual(['Skole']);
    // KS_INPUT_INDEX names an index too
    const env = cli(['sections', '--format', 'ndjson'], { env: { KS_INPUT_INDEX: join(dir, '.ks-input') } });
    expect(ndjson<SectionRec>(env.stdout).map((s) => s.title)).toEqual(['Skole']);
  });

  it('never answers from stale data: a changed source is re-indexed first', () => {
    const dir = tempDir();
    const file = join(dir, 'notat.md');
    writeFileSync(file, SMALL_MD);
    const index = join(dir, 'idx');
    cli(['ingest', file, '--index', index, '-q']);
    appendFileSync(file, '\n## Bolig\n\nKS ønsker flere boliger.\n');
    const out = cli(['sections', '--index', index, '--format', 'ndjson']);
    expect(ndjson<SectionRec>(out.stdout).map((s) => s.title)).toEqual(['Skole', 'Bolig']);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli(['sections', '--index', index, '-q']).stderr).toBe('');
  });

  it('an edit that keeps the size is seen too: the source\'s time changed', () => {
    const dir = tempDir();
    const file = join(dir, 'notat.md');
    writeFileSync(file, SMALL_MD);
    const index = join(dir, 'idx');
    cli(['ingest', file, '--index', index, '-q']);
    const edited = SMALL_MD.replace('Skole', 'Vei  ');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(SMALL_MD));
    writeFileSync(file, edited);
    const later = new Date(Date.now() + 10_000);
    utimesSync(file, later, later);
    const out = cli(['sections', '--index', index, '--format', 'ndjson']);
    expect(ndjson<SectionRec>(out.stdout).map((s) => s.title)).toEqual(['Vei']);
  });

  it('show: a short id in several documents asks to qualify it; one in a single document is found', () => {
    const { index } = ingestFiles({
      'a.md': '# A\n\n## Helse\n\nKS mener regjeringen må styrke fastlegeordningen.\n',
      'b.md': '# B\n\n## Skole\n\nKS mener staten bør styrke skolen.\n\n## Vei\n\nKS ønsker flere veier.\n',
    });
    const both = cli(['show', '1-1', '--index', index]);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/'1-1' is in 2 documents; qualify it, e\.g\. a:1-1/u);
    const one = cli(['show', '2-1', '--index', index, '--format', 'ndjson']);
    expect(one.code, one.stderr).toBe(0);
    expect(ndjson<{ id: string; text: string }>(one.stdout)[0]).toMatchObject({ id: 'b:2-1', text: 'KS ønsker flere veier.' });
    expect(ndjson<{ id: string }>(cli(['show', 'a:1-1', '--index', index, '--format', 'ndjson']).stdout)[0]!.id).toBe('a:1-1');
  });

  it('refuses a missing file with exit 3 and one line', () => {
    const dir = tempDir();
    const out = cli(['ingest', join(dir, 'nope.txt'), '--index', join(dir, 'idx')]);
    expect(out.code).toBe(3);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('nope.txt');
  });
});

describe('usage errors', () => {
  it('an unknown option exits 2 with one line and no stack trace', () => {
    const out = cli(['list', '--frobnicate']);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).not.toMatch(/\bat .*\.js:\d+/u);
  });

  it('an unknown command exits 2 and suggests the closest', () => {
    const out = cli(['lst']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('list');
  });

  it('a bad format, kind or limit exits 2', () => {
    expect(cli(['list', '--format', 'xml']).code).toBe(2);
    expect(cli(['list', '--kind', 'kravv']).code).toBe(2);
    expect(cli(['list', '--limit', '0']).code).toBe(2);
    expect(cli(['list', '--limit', '-3']).code).toBe(2);
    expect(cli(['list', '--page', 'x']).code).toBe(2);
  });

  it('an empty --area, --kind, --actor or --doc (an unset shell variable) is a usage error, not "found nothing"', () => {
    for (const [flag, says] of [['--area', /empty --area/u], ['--kind', /empty --kind/u], ['--actor', /empty --actor/u], ['--doc', /empty --doc/u]] as const) {
      for (const command of ['list', 'grep', 'search']) {
        const args = command === 'list' ? [command, flag, ''] : [command, 'bør', flag, ''];
        const out = cli(args);
        expect(out.code, `${args.join(' ')}: ${out.stderr}`).toBe(2);
        expect(out.stderr.trim().split('\n')).toHaveLength(1);
        expect(out.stderr).toMatch(says);
      }
    }
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('pipes', () => {
  it('list | head -1: output far past the pipe buffer stops quietly at the closed pipe', () => {
    for (const args of [['grep', '', '--all-sentences', '--format', 'json'], ['list', '--kind', 'all', '--format', 'json']]) {
      const whole = cli(args).stdout;
      expect(Buffer.byteLength(whole)).toBeGreaterThan(96 * 1024); // a pipe holds 64 KB
      const quoted = args.map((a) => `'${a}'`).join(' ');
      const out = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" ${quoted} | head -1 | wc -l`], {
        cwd: runCwd(),
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      });
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
      expect(out.stdout.trim()).toBe('1');
    }
  });

  it('a closed pipe ends the program quietly', () => {
    const ids = ndjson<SectionRec>(cli(['sections', '--format', 'ndjson']).stdout).map((s) => s.id);
    const out = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" show ${ids.join(' ')} --format json | head -c 100 >/dev/null`], {
      cwd: runCwd(),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });
});
