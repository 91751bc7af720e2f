// Everyday frictions (issue 17), tried as a user would: filters that name what no document has
// are usage errors naming the closest ones; area names people use; a chapter without text of
// its own shows its sections; a query that finds nothing on a terminal says what it searched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, expectAll, ingestFiles, ndjson, ROOT, runCwd, tempDir } from '../helpers/cli.js';

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

describe('scripts: csv and --fields', () => {
  it('csv is RFC 4180: quoted fields where they hold a comma or quote, CRLF line ends, header with --header', () => {
    const out = cli(['list', '--area', 'helse', '--format', 'csv', '--header']);
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe('id,kind,areas,page,section,text');
    expect(lines.at(-1)).toBe('');
    const tsv = cli(['list', '--area', 'helse', '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(lines.length - 2).toBe(tsv.length);
    // a field with a comma is quoted, and parses back to the tsv's field
    const withComma = lines.findIndex((l, i) => i > 0 && /,"[^"]*,[^"]*"/u.test(l));
    expect(withComma).toBeGreaterThan(0);
    const parsed = parseCsvLine(lines[withComma]!);
    expect(parsed).toEqual(tsv[withComma - 1]!.split('\t'));
  });

  it('--fields picks columns from the record, in the order given, for tsv and csv', () => {
    const out = cli(['list', '--area', 'helse', '--format', 'tsv', '--fields', 'sectionId,id,lines,kinds']);
    expect(out.code, out.stderr).toBe(0);
    const records = ndjson<{ id: string; sectionId: string; lines: number[]; kinds: string[] }>(cli(['list', '--area', 'helse', '--format', 'ndjson']).stdout);
    expect(out.stdout.trimEnd().split('\n')).toEqual(records.map((r) => [r.sectionId, r.id, r.lines.join(','), r.kinds.join(',')].join('\t')));
    const csv = cli(['sections', '--format', 'csv', '--fields', 'id,title', '--header']).stdout.split('\r\n');
    expect(csv[0]).toBe('id,title');
    expect(csv[1]).toMatch(/^1,/u);
  });

  it('an unknown field or --fields with text output is a usage error', () => {
    const bad = cli(['list', '--format', 'csv', '--fields', 'id,nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown field 'nope' for --fields; fields: id, kind.*sectionId/u);
    const text = cli(['list', '--fields', 'id']);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--fields chooses the columns of --format tsv or csv/u);
  });
});

/** One CSV record (RFC 4180) into its fields. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') (value += '"'), (i += 2);
        else if (line[i] === '"') break;
        else value += line[i++];
      }
      fields.push(value);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

describe('digest refuses formats it does not write', () => {
  it.each(['tsv', 'csv', 'json', 'ndjson'])('--format %s is a usage error pointing to list', (format) => {
    const out = cli(['digest', '--format', format]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(new RegExp(`digest writes Markdown .* not ${format}; for records use \`ks-input list --format ${format}\``, 'u'));
  });
});

describe('piped sections over several documents', () => {
  it('one record a line, each id carrying its document, no bare document lines', () => {
    const { index } = ingestFiles({
      'a.md': '# A\n\n## Helse\n\nKS mener regjeringen må styrke fastlegeordningen.\n',
      'b.md': '# B\n\n## Skole\n\nKS mener staten bør styrke skolen.\n',
    });
    const lines = cli(['sections', '--index', index]).stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['a:1', 'b:1']);
    for (const line of lines) expect(line.split('\t')).toHaveLength(6);
  });
});

describe('my documents beside the bundled one', () => {
  it('ingest --bundled FILE makes ./.ks-input with both, and docs lists them in every format', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.md'), '# Mitt innspill\n\n## Vei\n\nKS mener staten må bygge flere fylkesveier.\n');
    const ingest = cli(['ingest', '--bundled', 'mine.md'], { cwd: dir });
    expect(ingest.code, ingest.stderr).toBe(0);
    const docs = ndjson<{ id: string; title: string; format: string; pages: number | null; statements: number; demands: number; source: string; indexed: string }>(
      cli(['docs', '--format', 'ndjson'], { cwd: dir }).stdout,
    );
    expect(docs.map((d) => d.id)).toEqual(['ks-2021', 'mine']);
    expect(docs[0]).toMatchObject({ format: 'text', pages: 14 });
    expect(docs[0]!.statements).toBeGreaterThan(100);
    expect(docs[1]).toMatchObject({ title: 'Mitt innspill', format: 'markdown', pages: null, statements: 1, demands: 1, source: join(dir, 'mine.md') });
    expect(Date.parse(docs[1]!.indexed)).toBeGreaterThan(Date.now() - 10 * 60_000);
    // piped text and tsv: one document a line
    const tsv = cli(['docs', '--format', 'tsv', '--header'], { cwd: dir }).stdout.trimEnd().split('\n');
    expect(tsv[0]).toBe('id\tformat\tpages\tstatements\tdemands\tindexed\tsource\ttitle');
    expect(tsv.slice(1).map((l) => l.split('\t')[0])).toEqual(['ks-2021', 'mine']);
    expect(cli(['docs'], { cwd: dir }).stdout.trimEnd().split('\n')).toHaveLength(2);
    // and the queries there answer from both
    const samferdsel = ndjson<{ doc: string }>(cli(['list', '--area', 'samferdsel', '--format', 'ndjson'], { cwd: dir }).stdout);
    expect(new Set(samferdsel.map((r) => r.doc))).toEqual(new Set(['ks-2021', 'mine']));
  });

  it('a file in which nothing was found is indexed with a warning naming it', () => {
    const dir = tempDir();
    const passwd = join(dir, 'passwd');
    writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n');
    const out = cli(['ingest', passwd, '--index', join(dir, 'idx')]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/warning: .*passwd: no statements found .*is it a KS document\?/u);
    expect(cli(['ingest', passwd, '--index', join(dir, 'idx2'), '-q']).stderr).toBe('');
  });
});

describe('kwic --exact', () => {
  it('finding nothing as a word, says how many sentences hold it inside longer words', () => {
    const out = cli(['kwic', '--exact', 'fastlege']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/'fastlege' stands nowhere as a word of its own; \d+ sentences? hold it inside longer words.*fastlegeordningen.*without --exact/u);
    expect(cli(['kwic', '--exact', 'fastlege', '-q']).stderr).toBe('');
  });
});

describe('long ingests on a terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  // the first 24 held-out documents (h1–h24): enough for many progress updates; a fixed set, so
  // the test does not slow down as rounds of documents are added (their folder also holds
  // score-before.txt, no document)
  const held = join(tempDir(), 'docs');
  mkdirSync(held);
  const source = join(ROOT, 'tests', 'fixtures', 'heldout');
  const early = (n: string) => /^h(\d+)-.*\.(txt|md)$/u.exec(n)?.[1] !== undefined && Number(/^h(\d+)-/u.exec(n)![1]) <= 24;
  for (const name of readdirSync(source).filter(early)) copyFileSync(join(source, name), join(held, name));
  const inTerminal = (args: string[], cwd: string) =>
    spawnSync('script', ['-qec', `stty cols 100; ${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')}`, '/dev/null'], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', TERM: 'xterm' },
      encoding: 'utf8',
    });

  it.skipIf(!hasScript)('show one progress line updated in place, then the summary; a line per document only with --verbose', () => {
    const dir = tempDir();
    const out = inTerminal(['ingest', held, '--index', join(dir, 'idx')], dir);
    expect(out.status, out.stdout).toBe(0);
    const screen = out.stdout;
    expect(screen).toMatch(/\r\u001b\[Kks-input: \d+\/\d+ documents analysed, 0:\d\d spent/u);
    expect(screen).toMatch(/indexed \d+ document\(s\) in .* \(\d+ parsed, 0 unchanged\)/u);
    expect(screen).not.toMatch(/h1-horing-helse\t/u);
    const verbose = inTerminal(['ingest', held, '--index', join(dir, 'idx2'), '--verbose'], dir);
    expect(verbose.stdout).toMatch(/h1-horing-helse\s+\d+ sections/u);
  });

  it('piped: a line per document (records for scripts), no progress line', () => {
    const dir = tempDir();
    const out = cli(['ingest', held, '--index', join(dir, 'idx')]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(8);
    expect(lines[0]).toMatch(/^h1-horing-helse\t\d+ sections/u);
  });
});

describe('search of stopwords only', () => {
  it('says the query holds only stopwords, with exit 2, and points to grep', () => {
    const out = cli(['search', 'og', 'i']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/'og i' holds only stopwords \(og, i\), which search ignores.*ks-input grep -w og/u);
    expect(cli(['search', 'og', 'fastlege']).code).toBe(0); // a content word beside them is fine
  });
});
