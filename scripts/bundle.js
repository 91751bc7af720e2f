// Bundles the CLI with Rollup into dist/bundle/: CommonJS files with code splitting (a
// package.json there says so, as the package itself is "type": "module").
// Two entry points, cli.js (src/cli/main.ts, which bin/ks-input.cjs imports) and
// ingest-worker.js (the parsing threads, which src/index/pool.ts starts beside it); every
// `import()` in the source (search, kwic, digest, convert, the worker pool, the Markdown parser,
// chalk…) starts a chunk that only the commands needing it load. Each source module is in exactly
// one output file, so module state (and a class's identity, for `instanceof`) exists once
// (tests/e2e/startup.test.ts). What Rollup writes is used as written, apart from esbuild's
// whitespace minifier.
//
// Why Rollup and not esbuild, which bundled this CLI before: esbuild puts every module that an
// entry and a lazily imported chunk share into a shared chunk of its own, one per set of
// importers, so `list` loaded cli.js and thirteen such chunks, and each ES module file costs a
// query start-up time of its own (issue 16, figure 1). Rollup knows that what a dynamically
// imported chunk shares with the entry that imports it is already loaded, and leaves it in the
// entry: `list` loads two files. CommonJS rather than ES modules: a required file is read and
// compiled at once, where Node's ES module loader first starts itself and then fetches, links and
// evaluates each file in turns of the event loop (callgrind, list --area helse: 615 M
// instructions as ES modules, 595 M as CommonJS; node -e 0 509 M).
//
// The input is tsc's output (dist/<stage>/*.js), which `npm run build` writes first; the outputs
// sit two levels below the package folder (dist/bundle/*), as the tsc output does, so
// `packageRoot()` in src/index/location.ts needs no change.
//
// dist/bundle/meta.json says which sources (src/…/*.ts, node_modules/…) each output holds and
// which outputs it imports, in the shape of esbuild's metafile. The start-up tests read it to
// check what `list` loads.
import commonjs from '@rollup/plugin-commonjs';
import inject from '@rollup/plugin-inject';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { transform } from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'bundle');
const SHIMS = join(root, 'scripts', 'bundle-shims.js');

/**
 * What the dependencies load but this CLI never uses stays out of the start-up path:
 * - commander requires child_process (with net and dgram) only to run executable subcommands,
 *   which we have none of: it gets a stand-in that loads it on first use;
 * - chalk's supports-color imports tty and os to guess a colour level, which render/style.ts
 *   always passes to `new Chalk({ level })` itself: its browser variant (no imports) stands in;
 * - iconv-lite's CJK code tables (400 kB, required only inside the functions of the encodings
 *   that use them; decode.ts needs UTF-8, UTF-16 and Windows-1252) stay in node_modules.
 */
const skipUnused = {
  name: 'skip-unused',
  resolveId(source, importer) {
    if (!importer) return null;
    if (/^(node:)?child_process$/u.test(source) && importer.includes('/node_modules/commander/')) return '\0lazy-child-process';
    if (source === '#supports-color' && importer.includes('/node_modules/chalk/')) {
      return join(importer.slice(0, importer.indexOf('/node_modules/chalk/') + '/node_modules/chalk/'.length), 'source', 'vendor', 'supports-color', 'browser.js');
    }
    return null;
  },
  load(id) {
    if (id !== '\0lazy-child-process') return null;
    return "let cp;\nexport default { spawn: (...args) => (cp ??= process.getBuiltinModule('node:child_process')).spawn(...args) };\n";
  },
};

/**
 * Node's built-ins come from `process.getBuiltinModule` through stand-ins, not as externals:
 * Rollup requires an external at the top of each output that imports it, so node:fs/promises
 * (some thirty internal modules) would load at every start, and an ES import of a built-in builds
 * its ES facade, whose `promises` and `ReadStream` getters load the promise API, readline and the
 * stream stack (~5 ms of `list`). A CommonJS package's `require` of a built-in gets the built-in
 * itself, as `require` would. Each ES module importing a built-in gets a stand-in of its
 * own, which so sits in its importer's output (a stand-in shared by modules in different outputs
 * would be split into a chunk of its own); its functions load the built-in when first called (so
 * node:fs/promises, some thirty internal modules, loads only when a command uses it), anything
 * else when the stand-in is evaluated (marked pure, so an export nobody imports is dropped,
 * getter and all).
 */
const BUILTIN = '\0builtin:';
const BUILTIN_CJS = '\0builtin-cjs:';
const builtins = {
  name: 'builtins',
  resolveId(source, importer, options) {
    const name = source.startsWith('node:') ? source : builtinModules.includes(source) ? `node:${source}` : undefined;
    if (!name) return null;
    return `${options.custom?.['node-resolve']?.isRequire ? BUILTIN_CJS : BUILTIN}${name}?${importer ? relative(root, importer) : ''}`;
  },
  load(id) {
    if (!id.startsWith(BUILTIN) && !id.startsWith(BUILTIN_CJS)) return null;
    const name = id.slice(id.indexOf(':') + 1, id.indexOf('?'));
    if (id.startsWith(BUILTIN_CJS)) return `export default process.getBuiltinModule(${JSON.stringify(name)});\n`;
    const builtin = process.getBuiltinModule(name);
    const lines = [`let m;\nconst get = () => (m ??= process.getBuiltinModule(${JSON.stringify(name)}));`, 'export default /*#__PURE__*/ get();'];
    for (const key of Object.keys(builtin)) {
      if (!/^[A-Za-z_$][\w$]*$/u.test(key) || key === 'default') continue;
      const descriptor = Object.getOwnPropertyDescriptor(builtin, key);
      const isFunction = descriptor && 'value' in descriptor && typeof descriptor.value === 'function' && !/^[A-Z]/u.test(key);
      lines.push(isFunction ? `export function ${key}(...args) { return get().${key}(...args); }` : `export const ${key} = /*#__PURE__*/ (() => get().${key})();`);
    }
    return { code: `${lines.join('\n')}\n`, moduleSideEffects: false };
  },
};

/** The whitespace-only minifier: less source to read and scan at every start; names stay as written (error names come from class names). */
const minifyWhitespace = {
  name: 'minify-whitespace',
  async renderChunk(code) {
    return (await transform(code, { minifyWhitespace: true, legalComments: 'none', target: 'node20' })).code;
  },
};

const bundle = await rollup({
  input: { cli: join(root, 'dist', 'cli', 'main.js'), 'ingest-worker': join(root, 'dist', 'index', 'ingest-worker.js') },
  // an entry's output may export more than its module does (what lazily loaded chunks import from
  // it): no separate facade file for the entry
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    skipUnused,
    builtins,
    // the words each literal pre-filter's patterns require, derived by scripts/derive-literals.js
    // (src/nlp/literals.ts parses __KS_LITERALS__, a JSON text; without it, it derives them at load)
    replace({ preventAssignment: true, values: { __KS_LITERALS__: JSON.stringify(readFileSync(join(root, 'dist', 'literals.json'), 'utf8').trim()) } }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    // iconv-lite's code tables stay behind the require() calls they are in (see above skipUnused);
    // bundle-shims.js requires them from iconv-lite's own folder
    commonjs({
      ignoreDynamicRequires: true,
      ignore: (id) => /^\.\/tables\/[\w-]+\.json$/u.test(id),
      // a require() of a built-in (or of the child_process stand-in) gives the module itself
      requireReturnsDefault: (id) => id.startsWith(BUILTIN_CJS) || id === '\0lazy-child-process',
    }),
    inject({ include: '**/node_modules/iconv-lite/encodings/dbcs-data.js', require: [SHIMS, 'requireFromIconvLite'] }),
    // write-file-atomic, a CommonJS package, names its temporary files with __filename (after
    // commonjs, which sees a module with an import as an ES module)
    inject({ include: '**/node_modules/write-file-atomic/**', __filename: [SHIMS, '__filename'] }),
    minifyWhitespace,
  ],
  onwarn(warning, warn) {
    // CommonJS packages (natural, mammoth…) and the micromark family have cycles; pdf.js uses `this` at the top
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

const { output } = await bundle.write({ dir: outdir, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js' });
// the package is "type": "module"; the bundle's files are CommonJS
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
await bundle.close();

/** A module id as the start-up tests name it: src/<stage>/<name>.ts for our modules, node_modules/… for packages. */
function sourceName(id) {
  if (id.startsWith(BUILTIN) || id.startsWith(BUILTIN_CJS)) return `builtin:${id.slice(id.indexOf(':') + 1)}`;
  const file = id.replace(/^\0/u, '').replace(/\?.*$/u, ''); // commonjs's helper and proxy modules name their file
  if (!file.startsWith('/')) return file;
  const path = relative(root, file);
  return path.startsWith('dist/') && !path.startsWith('dist/bundle/') ? path.replace(/^dist\//u, 'src/').replace(/\.js$/u, '.ts') : path;
}
const outputs = {};
for (const file of output) {
  if (file.type !== 'chunk') continue;
  const inputs = Object.fromEntries(
    Object.entries(file.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id, m]) => [sourceName(id), { bytesInOutput: m.renderedLength }]),
  );
  outputs[`dist/bundle/${file.fileName}`] = {
    bytes: Buffer.byteLength(file.code),
    inputs,
    imports: [
      ...file.imports.map((path) => ({ path: `dist/bundle/${path}`, kind: 'import-statement' })),
      ...file.dynamicImports.map((path) => ({ path: `dist/bundle/${path}`, kind: 'dynamic-import' })),
    ],
    ...(file.isEntry ? { entryPoint: sourceName(file.facadeModuleId) } : {}),
  };
}
writeFileSync(join(outdir, 'meta.json'), JSON.stringify({ outputs }, null, 1) + '\n');

// Drop outputs of earlier builds. A CLI started before this build may still import the chunks
// its cli.js named, so only those older than a few minutes go.
const current = new Set(output.map((file) => file.fileName));
current.add('meta.json');
current.add('package.json');
const cutoff = Date.now() - 5 * 60 * 1000;
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name);
  if (!current.has(name) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
}
