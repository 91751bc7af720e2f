// Data flows one way (README, "Layout of the code"): each folder under src/ is one stage and
// imports only model/ and earlier stages, in the order the README lists them. Read from the
// README and from every import in src/ (static, type-only, re-exports and dynamic import()).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');

/** The stages in the order of the README's Layout section (its code block, one `name/` a line). */
function readmeStages(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Layout of the code'));
  const block = /```\n([\s\S]*?)```/u.exec(section)?.[1] ?? '';
  return [...block.matchAll(/^(\w+)\/\s/gmu)].map((m) => m[1]!);
}

/** Every relative module a source imports, however it imports it. */
function importsOf(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gmu);
  return [...found].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const stageOf = (path: string) => relative(SRC, path).split(sep)[0]!;

/** `file → import` for each import that runs against the stage order. */
function violations(files: Array<{ path: string; code: string }>, order: string[]): string[] {
  const rank = (stage: string) => (stage === 'model' ? -1 : order.indexOf(stage));
  const out: string[] = [];
  for (const { path, code } of files) {
    const from = stageOf(path);
    for (const spec of importsOf(code)) {
      const to = stageOf(resolve(dirname(path), spec));
      if (to === from) continue;
      if (rank(to) === -1 && to !== 'model') out.push(`${relative(ROOT, path)} → ${spec} (${to}/ is no stage)`);
      else if (from === 'model' || rank(to) > rank(from)) out.push(`${relative(ROOT, path)} → ${spec} (${from}/ may not import ${to}/)`);
    }
  }
  return out;
}

const ORDER = readmeStages(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const FILES = sourceFiles(SRC).map((path) => ({ path, code: readFileSync(path, 'utf8') }));

describe('the pipeline order of src/', () => {
  it('is the README layout, which names every stage folder', () => {
    expect(ORDER.slice(0, 2)).toEqual(['source', 'normalize']);
    expect(ORDER.at(-1)).toBe('cli');
    // every folder is a stage, model/ (what all stages share) or declarations only (types/)
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const unlisted = folders.filter((f) => !ORDER.includes(f) && f !== 'model');
    for (const folder of unlisted) expect(sourceFiles(join(SRC, folder)).every((f) => f.endsWith('.d.ts')), folder).toBe(true);
  });

  it('is kept by every import: each stage imports only model/ and earlier stages', () => {
    expect(FILES.length).toBeGreaterThan(60);
    expect(FILES.reduce((n, f) => n + importsOf(f.code).length, 0)).toBeGreaterThan(200);
    expect(violations(FILES, ORDER)).toEqual([]);
  });

  it('finds an import that runs back up the pipeline, in any form', () => {
    const at = (stage: string, code: string) => [{ path: join(SRC, stage, 'x.ts'), code }];
    expect(violations(at('render', "import { type CommandResult, found } from '../commands/result.js';"), ORDER)).toHaveLength(1);
    expect(violations(at('render', "import type { X } from '../commands/result.js';"), ORDER)).toHaveLength(1);
    expect(violations(at('query', "const m = await import('../render/index.js');"), ORDER)).toHaveLength(1);
    expect(violations(at('model', "export { x } from '../query/records.js';"), ORDER)).toHaveLength(1);
    expect(violations(at('segment', "import { y } from '../../src/index/store.js';"), ORDER)).toHaveLength(1);
    expect(violations(at('commands', "import { z } from '../render/index.js';\nimport { w } from '../model/types.js';"), ORDER)).toEqual([]);
  });
});
