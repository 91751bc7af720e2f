// The tool id an index records (scripts/tool-id.js) covers what shapes analysis: the analysis
// stages' sources and the versions of the packages they use, transitively. An index whose id
// differs from the CLI's is rebuilt.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolId } from '../../scripts/tool-id.js';
import { cli, ROOT, SEED, tempDir } from '../helpers/cli.js';

const idOf = (root: string) => (toolId(root) as { tool: string }).tool;

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const manifest = (name: string, version: string, dependencies: Record<string, string> = {}) => JSON.stringify({ name, version, dependencies });

/** A package folder in little: analysis sources that use natural, whose stemmer uses a helper package. */
function fakePackage(): string {
  const root = tempDir('ks-input-tool-id-');
  write(root, 'package.json', manifest('ks-input', '1.0.0'));
  write(root, 'src/nlp/norwegian.ts', "import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_no.js';\nimport type { Root } from 'mdast';\n");
  write(root, 'src/extract/cues-nb.ts', "export const CUES = ['må'];\n");
  write(root, 'src/render/style.ts', "import chalk from 'chalk';\n");
  write(root, 'node_modules/natural/package.json', manifest('natural', '8.1.1', { 'stem-helper': '^1.0.0' }));
  write(root, 'node_modules/stem-helper/package.json', manifest('stem-helper', '1.0.0'));
  write(root, 'node_modules/chalk/package.json', manifest('chalk', '5.6.2'));
  return root;
}

describe('the tool id', () => {
  it('changes with the stemmer version, a version it depends on, and an analysis source', () => {
    const root = fakePackage();
    const before = idOf(root);
    expect(before).toMatch(/^1\.0\.0\+[0-9a-f]{12}$/u);
    expect(idOf(root)).toBe(before);

    write(root, 'node_modules/natural/package.json', manifest('natural', '8.2.0', { 'stem-helper': '^1.0.0' }));
    const newStemmer = idOf(root);
    expect(newStemmer).not.toBe(before);

    write(root, 'node_modules/stem-helper/package.json', manifest('stem-helper', '1.0.1'));
    const newHelper = idOf(root);
    expect(newHelper).not.toBe(newStemmer);

    write(root, 'src/extract/cues-nb.ts', "export const CUES = ['må', 'bør'];\n"); // another rule table
    const newRules = idOf(root);
    expect(newRules).not.toBe(newHelper);

    // what only reads an index (a renderer and the packages it uses) leaves the id as it is
    write(root, 'src/render/style.ts', "import chalk from 'chalk';\nexport const x = 1;\n");
    write(root, 'node_modules/chalk/package.json', manifest('chalk', '5.7.0'));
    expect(idOf(root)).toBe(newRules);
  });

  it('names the packages the analysis uses, the parser and stemmer among them', () => {
    const { dependencies } = toolId(ROOT) as { dependencies: string[] };
    const names = dependencies.map((d) => d.slice(0, d.lastIndexOf('@')));
    for (const name of ['natural', 'remark-parse', 'unified', 'micromark', 'iconv-lite', '@eslint-community/regexpp']) expect(names).toContain(name);
    expect(names).not.toContain('chalk');
    expect(names).not.toContain('commander');
    const natural = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'natural', 'package.json'), 'utf8')) as { version: string };
    expect(dependencies).toContain(`natural@${natural.version}`);
  });

  it('is what the build wrote, and an index with another id is rebuilt', () => {
    const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'build-info.json'), 'utf8')) as { tool: string };
    expect(built.tool).toBe(idOf(ROOT));
    const dir = tempDir('ks-input-tool-stale-');
    const index = join(dir, 'index');
    expect(cli(['ingest', SEED, '--index', index, '-q']).code).toBe(0);
    const catalogPath = join(index, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as { tool: string };
    expect(catalog.tool).toBe(built.tool);
    // as an index made by a build with another stemmer version would say
    writeFileSync(catalogPath, JSON.stringify({ ...catalog, tool: `${built.tool.split('+')[0]}+000000000000` }));
    const out = cli(['list', '--area', 'helse', '--format', 'tsv', '--index', index]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^ks-input: updat(?:ed|ing) the index in /u);
    expect((JSON.parse(readFileSync(catalogPath, 'utf8')) as { tool: string }).tool).toBe(built.tool);
    // and once rebuilt it is fresh: no second update
    expect(cli(['list', '--area', 'helse', '--format', 'tsv', '--index', index]).stderr).toBe('');
  });
});
