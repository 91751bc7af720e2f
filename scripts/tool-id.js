// The tool id an index records (dist/build-info.json `tool`; src/index/open.ts rebuilds an index
// whose id differs): the package version and a hash of everything that shapes analysis, so that an
// index made by other rules, another stemmer or another parser is rebuilt even when the version
// number is the same:
// - the sources of the stages that write an index (model/ and source/ … index/, the README's
//   Layout order): a change to a query, renderer or command leaves indexes as they are;
// - the name and version (from its package.json) of every package those sources import, and of
//   every package those depend on, transitively (natural's stemmer, remark-parse and micromark,
//   unified, iconv-lite …).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The folders of src/ whose code decides what an index holds. */
export const ANALYSIS_STAGES = ['model', 'source', 'normalize', 'markdown', 'segment', 'nlp', 'extract', 'index'];

function sources(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The packages a source imports at run time (not `import type`, not Node's built-ins). */
function packagesImported(code) {
  const specs = [...code.matchAll(/(?:^\s*import\s+(?!type\s)[^'"]*?from\s*|^\s*import\s*|\bimport\s*\(\s*)['"]([^.'"][^'"]*)['"]/gmu)].map((m) => m[1]);
  return specs.filter((s) => !s.startsWith('node:')).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
}

/** A package's folder as Node would find it from `from` (a folder): node_modules upwards. */
function packageDir(name, from, root) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** `name@version` of the packages named and all they depend on, sorted. */
function dependencyVersions(names, root) {
  const seen = new Map(); // folder -> name@version
  const todo = names.map((name) => [name, root]);
  while (todo.length > 0) {
    const [name, from] = todo.pop();
    const dir = packageDir(name, from, root);
    if (!dir) throw new Error(`tool id: package ${name} (needed from ${relative(root, from) || '.'}) is not installed`);
    if (seen.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(dir, `${name}@${manifest.version}`);
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (packageDir(dep, dir, root)) todo.push([dep, dir]);
      else if (!manifest.optionalDependencies?.[dep]) throw new Error(`tool id: ${dep}, a dependency of ${name}, is not installed`);
    }
  }
  return [...new Set(seen.values())].sort();
}

/** The tool id of the package at `root`, and what it was made of. */
export function toolId(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const hash = createHash('sha256');
  const imported = new Set();
  for (const stage of ANALYSIS_STAGES) {
    for (const path of sources(join(root, 'src', stage))) {
      const code = readFileSync(path);
      hash.update(relative(root, path).split(sep).join('/')).update('\0').update(code).update('\0');
      for (const name of packagesImported(code.toString('utf8'))) imported.add(name);
    }
  }
  const dependencies = dependencyVersions([...imported].sort(), root);
  hash.update(dependencies.join('\n'));
  return { version, tool: `${version}+${hash.digest('hex').slice(0, 12)}`, dependencies };
}
