// Everyday frictions (issue 17), tried as a user would: filters that name what no document has
// are usage errors naming the closest ones; area names people use; a chapter without text of
// its own shows its sections; a query that finds nothing on a terminal says what it searched.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli, expectAll, ndjson, runCwd } from '../helpers/cli.js';

describe('a filter that cannot match is a usage error naming what there is', () => {
  it.each([
    [['list', '--doc', 'nope'], /no document 'nope' in the index; the index holds ks-2021/u],
    [['list', '--doc', 'ks-20'], /no document 'ks-20' in the index; did you mean ks-2021/u],
    [['areas', '--doc', 'nope'], /no document 'nope'/u],
    [['list', '--section', '9.9'], /--section '9\.9': no section has that id; did you mean .*2\.9/u],
    [['list', '--chapter', '99'], /--chapter '99': no chapter has that id/u],
    [['list', '--chapter', 'helse'], /no chapter has that title; section 5\.1 .* use --section 'helse'/u],
    [['list', '--page', '99'], /no page 99: the document has 14 pages/u],
    [['grep', 'bør', '--section', '9.9'], /no section has that id/u],
    [['search', 'fastlege', '--chapter', '99'], /no chapter has that id/u],
    [['kwic', 'fastlege', '--section', '9.9'], /no section has that id/u],
    [['digest', '--chapter', '99'], /no chapter has that id/u],
  ])('%j', (args, message) => {
    const out = cli(args);
    expect(out.code, out.stderr).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });

  it('a section that exists but holds nothing asked for is still "found nothing" (exit 1), not an error', () => {
    const out = cli(['list', '--section', '1', '--kind', 'tilsagn', '--area', 'anskaffelser']);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
  });
});

describe('area names people use', () => {
  it.each([
    ['omsorg', 'helse'],
    ['natur', 'klima'],
    ['distrikt', 'naering'],
    ['skole', 'utdanning'],
    ['Barnehage', 'barnehage'],
  ])('--area %s is %s', (name, slug) => {
    const out = cli(['list', '--area', name, '--kind', 'all', '--format', 'ndjson']);
    expect(out.code, out.stderr).toBe(0);
    expectAll(ndjson<{ areas: string[] }>(out.stdout), (r) => r.areas.includes(slug));
  });

  it('an ambiguous word lists the candidates', () => {
    const out = cli(['list', '--area', 'bar']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/ambiguous area 'bar': could be barnehage, barnevern/u);
  });
});

describe('show of a chapter', () => {
  it('with no sentences of its own shows its sections\' sentences, in order', () => {
    const sections = ndjson<{ id: string; parent: string | null; sentences: number }>(cli(['sections', '--format', 'ndjson']).stdout);
    const chapter = sections.find((s) => s.parent === null && s.sentences === 0 && sections.some((c) => c.parent === s.id));
    expect(chapter, 'a chapter without text of its own').toBeDefined();
    const out = cli(['show', chapter!.id, '--format', 'ndjson']);
    expect(out.code, out.stderr).toBe(0);
    const recs = ndjson<{ sectionId: string }>(out.stdout);
    const children = sections.filter((s) => s.id.startsWith(`${chapter!.id}.`));
    expect(recs.length).toBe(children.reduce((n, s) => n + s.sentences, 0));
    expect([...new Set(recs.map((r) => r.sectionId))]).toEqual(children.filter((s) => s.sentences > 0).map((s) => s.id));
  });
});

describe('finding nothing on a terminal', () => {
  // a real terminal: script(1) gives the command a pty
  const onTerminal = (args: string[]) =>
    spawnSync('script', ['-qec', [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], {
      cwd: runCwd(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', TERM: 'xterm' },
      encoding: 'utf8',
    });
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('says in one line what it searched: documents, index, filters', () => {
    const out = onTerminal(['list', '--match', 'zzzqqq', '--area', 'helse']);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/nothing found in 1 document of the index .* with --area "helse" .*--match "zzzqqq"/u);
  });

  it('piped, it prints nothing at all: the exit status says it', () => {
    const out = cli(['list', '--match', 'zzzqqq']);
    expect(out.code).toBe(1);
    expect(out.stdout + out.stderr).toBe('');
  });
});
