// Fault injection: the built CLI on generated bad inputs, broken indexes and bad usage. Every
// failure is its exit status and one `ks-input:` line on stderr; the index stays usable.
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, tempDir } from '../helpers/cli.js';
import { expectErrorLines, expectIndexAnswers, expectOneLineError, generatedDoc } from './util.js';
import { sentencesFileOf, statementsFileOf } from '../../src/index/store.js';

const ROOT_USER = process.getuid?.() === 0;

let dir: string;
let index: string;
let good: string;

beforeAll(() => {
  dir = tempDir('ks-rel-faults-');
  chmodSync(dir, 0o777);
  index = join(dir, 'idx');
  good = join(dir, 'good.txt');
  writeFileSync(good, generatedDoc(1, 200));
  const out = cli(['ingest', '-q', '--index', index, good]);
  expect(out.code, out.stderr).toBe(0);
});

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A bad ingest into the good index: exit 3, one line naming the file, index untouched. */
function refused(path: string, reason: RegExp, arg = path) {
  const out = cli(['ingest', '--index', index, arg]);
  expectOneLineError(out, 3, reason);
  expect(out.stderr).toContain(arg.split('/').pop()!);
  expect(expectIndexAnswers(index)).toEqual(['good']);
}

describe('bad inputs: exit 3, one line naming the file and the reason', () => {
  it('empty file', () => refused(file('empty.txt', ''), /empty file/u));
  it('whitespace only', () => refused(file('blank.txt', '  \n\t\n   \r\n'), /white space/u));
  it('binary (NUL bytes)', () => refused(file('bin.txt', Buffer.from('PK\u0003\u0004\u0000\u0000abc')), /binary/u));
  it('random bytes', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    refused(file('random.txt', bytes), /binary/u);
  });
  it('control characters only', () => refused(file('ctrl.txt', '\u0001\u0002\u0003\u0004\u0005\u0006 a\n'), /binary/u));
  it('missing path', () => refused(join(dir, 'nope.txt'), /no such file/u));
  it('a device, not a file', () => {
    const out = cli(['ingest', '--index', index, '/dev/zero']);
    expectOneLineError(out, 3, /\/dev\/zero: not a regular file/u);
  });
  it('unreadable file', (context) => {
    if (ROOT_USER && !asNobodyOrSkip(context.skip)) return;
    const path = file('secret.txt', generatedDoc(2, 50));
    chmodSync(path, 0o000);
    const out = ROOT_USER ? asNobody(['ingest', '--index', join(dir, 'nobody-idx'), path]) : cli(['ingest', '--index', index, path]);
    expectOneLineError(out, 3, /secret\.txt: cannot read \(permission denied\)/u);
    expect(expectIndexAnswers(index)).toEqual(['good']);
  });
  it('a 5 MB line is refused quickly', () => {
    const path = file('longline.txt', 'Kommunene må få mer penger. '.repeat(190_000));
    const t = Date.now();
    refused(path, /line 1 is \d+ characters long/u);
    expect(Date.now() - t).toBeLessThan(10_000);
  });
  it('a 100 MB file is refused by size, without reading it', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, 'x');
    truncateSync(path, 100 * 1024 * 1024);
    const t = Date.now();
    refused(path, /100\.0 MB is larger than the 10 MB limit/u);
    expect(Date.now() - t).toBeLessThan(5_000);
  });
  it('a 1 MB document is indexed in bounded time', () => {
    const text = Array.from({ length: 12 }, (_, i) => generatedDoc(i + 10)).join('\n');
    const path = file('big.txt', text);
    const t = Date.now();
    const out = cli(['ingest', '-q', '--index', join(dir, 'big-idx'), path]);
    expect(out.code, out.stderr).toBe(0);
    expect(Date.now() - t).toBeLessThan(30_000);
  });
});

describe('several inputs, folders', () => {
  it('one bad file among good ones: the others are indexed, exit 3 at the end', () => {
    const a = file('multi-a.txt', generatedDoc(3, 100));
    const b = file('multi-b.txt', generatedDoc(4, 100));
    const bad = file('multi-bad.txt', Buffer.from([0, 1, 2, 3]));
    const idx = join(dir, 'multi-idx');
    const out = cli(['ingest', '--index', idx, a, bad, b, join(dir, 'multi-missing.txt')]);
    expect(out.code).toBe(3);
    const lines = expectErrorLines(out, 2);
    expect(lines[0]).toMatch(/multi-missing\.txt: cannot read \(no such file\)/u);
    expect(lines[1]).toMatch(/multi-bad\.txt: binary/u);
    expect(expectIndexAnswers(idx)).toEqual(['multi-a', 'multi-b']);
  });
  it('a folder means its .txt, .md, .pdf, .html and .docx files, no others', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), generatedDoc(5, 100));
    writeFileSync(join(folder, 'two.md'), '# To\n\n## Økonomi\n\nKommunene må få mer penger.\n');
    writeFileSync(join(folder, 'skip.odt'), 'PK\u0003\u0004\u0000');
    writeFileSync(join(folder, 'notes.json'), '{}');
    const idx = join(dir, 'folder-idx');
    const out = cli(['ingest', '-q', '--index', idx, folder]);
    expect(out.code, out.stderr).toBe(0);
    expect(expectIndexAnswers(idx)).toEqual(['one', 'two']);
  });
  it('a folder without documents is a data error', () => {
    const folder = join(dir, 'nothing');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.odt'), 'x');
    expectOneLineError(cli(['ingest', '--index', join(dir, 'nothing-idx'), folder]), 3, /no \.txt, \.md, \.pdf, \.html or \.docx files/u);
  });
});

describe('encodings and line ends give the same document', () => {
  const sample = () => generatedDoc(6, 120);
  const variants: Record<string, () => Buffer> = {
    'utf8.txt': () => Buffer.from(sample()),
    'utf8bom.txt': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample())]),
    'utf16le.txt': () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample(), 'utf-16le')]),
    'utf16be.txt': () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample(), 'utf-16be')]),
    'cp1252.txt': () => iconv.encode(sample().replace(/\n/gu, '\r\n'), 'windows-1252'),
    'latin1.txt': () => iconv.encode(sample(), 'latin1'),
    'crlf.txt': () => Buffer.from(sample().replace(/\n/gu, '\r\n')),
    'cr.txt': () => Buffer.from(sample().replace(/\n/gu, '\r')),
  };
  const sectionsOf = (path: string) => {
    const idx = join(dir, `enc-${path.split('/').pop()}`);
    const out = cli(['ingest', '-q', '--index', idx, path]);
    expect(out.code, out.stderr).toBe(0);
    const s = cli(['sections', '--index', idx, '--format', 'ndjson']);
    expect(s.code, s.stderr).toBe(0);
    return s.stdout.split('\n').filter(Boolean).map((l) => {
      const { title, line, page, sentences } = JSON.parse(l) as Record<string, unknown>;
      return { title, line, page, sentences };
    });
  };
  let expected: ReturnType<typeof sectionsOf>;
  beforeAll(() => {
    expected = sectionsOf(file('enc-ref.txt', sample()));
    expect(expected.some((s) => /ø|æ|å/u.test(String(s.title)))).toBe(true);
  });
  it.each(Object.keys(variants))('%s', (name) => {
    const got = sectionsOf(file(name, variants[name]!()));
    // Latin-1 has no en dash: iconv wrote `?` for it
    const want = name === 'latin1.txt' ? expected.map((s) => ({ ...s, title: String(s.title).replace(/–/gu, '?') })) : expected;
    expect(got).toEqual(want);
  });
});

describe('hostile text never reaches the terminal raw', () => {
  const hostile = [
    'Overskrift med \u001b[31mrødt\u001b[0m og \u0007bjelle',
    '',
    'Kommunene må få \u001b]0;tittel\u0007mer penger til \u001b[2Jskole. Staten skal\u0008\u0008 betale \u009b31m alt.',
    'Dette er \u202eomvendt\u202c tekst med \u001b[1;1H markør og \u001bc reset.',
    '',
  ].join('\n');
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
  it('in any format', () => {
    const path = file('hostile.txt', hostile);
    const idx = join(dir, 'hostile-idx');
    expect(cli(['ingest', '-q', '--index', idx, path]).code).toBe(0);
    for (const [args, format] of [
      [['list', '--kind', 'all'], 'text'], [['list', '--kind', 'all'], 'tsv'], [['list', '--kind', 'all'], 'ndjson'],
      [['sections'], 'text'], [['sections'], 'tsv'], [['show', '1'], 'text'], [['show', '1-1'], 'json'],
    ] as Array<[string[], string]>) {
      const out = cli([...args, '--index', idx, '--format', format]);
      expect(out.stderr).toBe('');
      expect(out.stdout).not.toMatch(RAW);
      if (args[0] === 'list') expect(out.stdout).toMatch(/Kommunene må få mer penger til skole\./u);
    }
    const md = cli(['convert', path]);
    expect(md.stdout).not.toMatch(RAW);
  });
  it('a file name with escape codes is cleaned in the error line', () => {
    const out = cli(['ingest', '--index', index, join(dir, 'evil\u001b[31m\u0007.txt')]);
    expectOneLineError(out, 3);
    expect(out.stderr).not.toMatch(RAW);
  });
});

describe('the program reads nothing from the current folder it was not told to', () => {
  it('a .env that is a FIFO would hang any reader; a .env setting the index is ignored', () => {
    const cwd = join(dir, 'envcwd');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '.env'), `KS_INPUT_INDEX=${join(dir, 'from-dotenv')}\nNO_COLOR=\n`);
    const out = cli(['sections', '--format', 'ndjson'], { cwd });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toBe('');
    const fifo = join(dir, 'fifocwd');
    mkdirSync(fifo);
    if (spawnSync('mkfifo', [join(fifo, '.env')]).status === 0) {
      const t = Date.now();
      const hung = spawnSync(process.execPath, [BIN, 'list', '--kind', 'all', '--limit', '1'], { cwd: fifo, timeout: 15_000, encoding: 'utf8' });
      expect(hung.signal).toBeNull();
      expect(hung.status).toBe(0);
      expect(Date.now() - t).toBeLessThan(15_000);
    }
  });
});

describe('broken indexes', () => {
  let idx: string;
  let catalog: string;
  let docFile: string;
  /** the sentences file, compressed as it is on disk, and its text */
  let docBytes: Buffer;
  let docText: string;
  let statementsFile: string;
  let statementsText: string;
  beforeAll(() => {
    idx = join(dir, 'broken-idx');
    expect(cli(['ingest', '-q', '--index', idx, good]).code).toBe(0);
    catalog = readFileSync(join(idx, 'catalog.json'), 'utf8');
    const entry = (JSON.parse(catalog) as { documents: Array<{ file: string }> }).documents[0]!;
    docFile = join(idx, 'docs', sentencesFileOf(entry.file));
    docBytes = readFileSync(docFile);
    docText = brotliDecompressSync(docBytes).toString('utf8');
    statementsFile = join(idx, 'docs', statementsFileOf(entry.file));
    statementsText = readFileSync(statementsFile, 'utf8');
  });
  const restore = () => {
    writeFileSync(join(idx, 'catalog.json'), catalog);
    writeFileSync(docFile, docBytes);
    writeFileSync(statementsFile, statementsText);
  };
  const withCatalog = (text: string, code: number, pattern: RegExp) => {
    writeFileSync(join(idx, 'catalog.json'), text);
    for (const args of [['list', '--kind', 'all'], ['show', '1-1']]) {
      expectOneLineError(cli([...args, '--index', idx]), code, pattern);
    }
    restore();
    expect(expectIndexAnswers(idx)).toEqual(['good']);
  };
  const edit = (change: (c: Record<string, any>) => void) => {
    const c = JSON.parse(catalog) as Record<string, any>;
    change(c);
    return JSON.stringify(c);
  };
  it('not JSON', () => withCatalog('garbage{', 3, /corrupt.*ks-input ingest/u));
  it('truncated', () => withCatalog(catalog.slice(0, catalog.length / 2), 3, /corrupt.*ks-input ingest/u));
  it('empty catalogue file', () => withCatalog('', 3, /corrupt.*ks-input ingest/u));
  it('missing field', () => withCatalog(edit((c) => delete c.documents[0].file), 3, /corrupt.*ks-input ingest/u));
  it('no documents array', () => withCatalog(edit((c) => delete c.documents), 3, /corrupt.*ks-input ingest/u));
  it('a file name pointing outside the index', () => withCatalog(edit((c) => (c.documents[0].file = '../../../etc/passwd')), 3, /corrupt/u));
  it('newer schema', () => withCatalog(edit((c) => (c.schemaVersion = 999)), 3, /made by a newer ks-input/u));
  // the catalogue as ingest writes it, a document a line: its first line is read alone (store.ts parseCatalogHeader)
  it('first line not a header, documents a line each', () => withCatalog(catalog.replace('{"schemaVersion":', '{"schemaVersion":,'), 3, /corrupt.*ks-input ingest/u));
  it('newer schema, documents a line each', () => withCatalog(catalog.replace(/"schemaVersion":\d+/u, '"schemaVersion":999'), 3, /made by a newer ks-input/u));
  // `show` reads a document's sentences file; `list` reads its lean statements file: both are checked
  it('truncated document file', () => {
    writeFileSync(docFile, docBytes.subarray(0, 300));
    expectOneLineError(cli(['show', '1-1', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('document file with a missing field', () => {
    const [sections, first, ...rest] = docText.split('\n');
    const sentence = JSON.parse(first!) as unknown[]; // a sentence line is an array of its fields (store.ts)
    expect(sentence[4]).toBeTypeOf('string');
    sentence.splice(4, 1); // its text
    writeFileSync(docFile, brotliCompressSync([sections, JSON.stringify(sentence), ...rest].join('\n')));
    expectOneLineError(cli(['show', '1-1', '--index', idx]), 3, /document good is corrupt/u);
    restore();
  });
  it('truncated statements file', () => {
    writeFileSync(statementsFile, statementsText.slice(0, statementsText.length - 20));
    expectOneLineError(cli(['list', '--kind', 'all', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('statements file with a field missing from a row (found when the row is read)', () => {
    const [sections, directory, first, ...rest] = statementsText.split('\n');
    const fields = first!.split('\t');
    fields.splice(8, 1); // the actors: the text is still the last field, so grep reads it
    writeFileSync(statementsFile, [sections, directory, fields.join('\t'), ...rest].join('\n'));
    expectOneLineError(cli(['list', '--kind', 'all', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    expectOneLineError(cli(['grep', '.', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('statements file with a row missing', () => {
    const [sections, directory, , ...rest] = statementsText.split('\n');
    writeFileSync(statementsFile, [sections, directory, ...rest].join('\n'));
    // (a pattern read on every row: a plain word is looked for in the bytes, row counts unchecked)
    expectOneLineError(cli(['grep', 'z+z', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    expectOneLineError(cli(['list', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('statements file with a row in a filtered query that is cut short', () => {
    const [sections, directory, first, ...rest] = statementsText.split('\n');
    writeFileSync(statementsFile, [sections, directory, first!.slice(0, first!.indexOf('\t')), ...rest].join('\n'));
    expectOneLineError(cli(['list', '--area', 'helse', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('statements file whose row directory is garbage, or misses a row', () => {
    const [sections, directory, ...rows] = statementsText.split('\n');
    writeFileSync(statementsFile, [sections, 'garbage', ...rows].join('\n'));
    expectOneLineError(cli(['list', '--area', 'helse', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    const shorter = JSON.parse(directory!) as { bytes: number[]; kind: number[]; area: number[] };
    for (const list of [shorter.bytes, shorter.kind, shorter.area]) list.pop();
    writeFileSync(statementsFile, [sections, JSON.stringify(shorter), ...rows].join('\n'));
    expectOneLineError(cli(['list', '--index', idx]), 3, /document good is corrupt.*ks-input ingest/u);
    restore();
  });
  it('older schema: rebuilt', () => {
    writeFileSync(join(idx, 'catalog.json'), edit((c) => (c.schemaVersion = 0)));
    const out = cli(['sections', '--index', idx, '-q']);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(idx, 'catalog.json'), 'utf8')).schemaVersion).toBe(JSON.parse(catalog).schemaVersion);
    expect(expectIndexAnswers(idx)).toEqual(['good']);
  });
  it('corrupt index re-ingested: repaired', () => {
    writeFileSync(join(idx, 'catalog.json'), 'garbage');
    expect(cli(['ingest', '-q', '--index', idx, good]).code).toBe(0);
    expect(expectIndexAnswers(idx)).toEqual(['good']);
  });
  it('no index at the named place', () => {
    expectOneLineError(cli(['list', '--index', join(dir, 'no-such-idx')]), 3, /no index at .*ks-input ingest/u);
  });
  it('index location not writable: the --index hint', (context) => {
    if (ROOT_USER && !asNobodyOrSkip(context.skip)) return;
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const args = ['ingest', '--index', join(ro, 'idx'), good];
    const out = ROOT_USER ? asNobody(args) : cli(args);
    expectOneLineError(out, 3, /not writable \(permission denied\); name another with --index PATH/u);
  });
  it('index location is a file', () => {
    const path = file('plainfile', 'x');
    expectOneLineError(cli(['ingest', '--index', path, good]), 3, /--index/u);
  });
});

describe('the bundled corpus index is rebuilt when corrupt', () => {
  it('silently (one notice line, nothing with -q), then answers', () => {
    const pkg = join(tempDir('ks-rel-pkg-'), 'ks-input');
    for (const part of ['bin', 'dist', 'corpus', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const run = (args: string[]) => {
      const out = spawnSync(process.execPath, [join(pkg, 'bin', 'ks-input.cjs'), ...args], {
        cwd: pkg,
        env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      return { code: out.status ?? -1, stdout: out.stdout, stderr: out.stderr };
    };
    expect(run(['sections', '-q']).code).toBe(0);
    const cat = join(pkg, '.cache', 'index', 'catalog.json');
    writeFileSync(cat, 'garbage');
    const quiet = run(['sections', '-q']);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    writeFileSync(cat, '{"schemaVersion":1,"documents":[{"id":3}]}');
    const loud = run(['list', '--kind', 'all', '--limit', '1']);
    expect(loud.code, loud.stderr).toBe(0);
    expect(loud.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(loud.stderr).toMatch(/rebuilding the index of the bundled corpus/u);
  });
});

describe('usage errors exit 2, unknown ids 1', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/u],
    [['list', '--frob'], /unknown option '--frob'/u],
    [['list', '--kind', 'wish'], /unknown kind 'wish'/u],
    [['list', '--area', 'zzzz'], /unknown area 'zzzz'/u],
    [['list', '--limit', '0'], /not a positive whole number/u],
    [['list', '--limit', '-3'], /not a positive whole number/u],
    [['list', '--limit', 'ten'], /not a positive whole number/u],
    [['list', '--format', 'xml'], /xml/u],
  ])('%j', (args, pattern) => {
    expectOneLineError(cli([...args, '-q', '--index', index]), 2, pattern);
  });
  it('unknown id', () => expectOneLineError(cli(['show', '99.9-9', '-q', '--index', index]), 1, /99\.9-9/u));
});

/**
 * Why `nobody` cannot run the CLI here, or null: a clone inside a folder only root can enter
 * (as `mktemp -d` makes) is out of its reach. Those tests then skip and say why.
 */
function nobodyCannotRun(): string | null {
  if (!ROOT_USER) return null;
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, 4); require('fs').accessSync(${JSON.stringify(dir)}, 7)`], {
    uid: 65534,
    gid: 65534,
    cwd: '/',
    encoding: 'utf8',
  });
  return probe.status === 0 ? null : `the user nobody cannot reach ${ROOT} or the test folders (${(probe.stderr || String(probe.error)).split('\n')[0]})`;
}

/** A test that runs the CLI as nobody when root: skipped, with its reason printed, where nobody cannot run it. */
function asNobodyOrSkip(skip: (note: string) => void): boolean {
  const why = nobodyCannotRun();
  if (why) {
    console.info(`skipped: ${why}`);
    skip(why);
    return false;
  }
  return true;
}

/** Run the CLI as `nobody` (root ignores file permissions). */
function asNobody(args: string[]) {
  const out = spawnSync(process.execPath, [BIN, ...args], {
    uid: 65534,
    gid: 65534,
    cwd: '/',
    env: { PATH: process.env.PATH, HOME: '/tmp', NO_COLOR: '1', XDG_CACHE_HOME: '/tmp' },
    encoding: 'utf8',
  });
  return { code: out.status ?? -1, stdout: out.stdout, stderr: out.stderr };
}
