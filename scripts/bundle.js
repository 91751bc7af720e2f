// Bundles the CLI with esbuild into dist/bundle/: one ES module build with code splitting.
// Two entry points, cli.js (src/cli/main.ts, which bin/ks-input.cjs imports) and
// ingest-worker.js (the parsing threads, which src/index/pool.ts starts beside it); every
// `import()` in the source (search, kwic, digest, convert, the worker pool, the Markdown parser,
// chalk…) starts a chunk that only the commands needing it load, and code shared between entries
// and chunks sits in shared chunks. Each source module is in exactly one output file, so module
// state (and a class's identity, for `instanceof`) exists once (tests/e2e/startup.test.ts).
// What esbuild writes is used as written: no rewriting of its output.
// tsc still type-checks and emits dist/ for scripts that import the stages one by one.
//
// The outputs sit two levels below the package folder (dist/bundle/*), as the tsc output does
// (dist/<stage>/*.js), so `packageRoot()` in src/index/location.ts needs no change.
//
// dist/bundle/meta.json is esbuild's metafile: which sources each output holds. The start-up
// tests read it to check what `list` loads.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'bundle');

/**
 * What the dependencies load but this CLI never uses stays out of the start-up path:
 * - commander requires child_process (with net and dgram) only to run executable subcommands,
 *   which we have none of: it gets a stand-in that requires it on first use;
 * - chalk's supports-color imports tty and os to guess a colour level, which render/style.ts
 *   always passes to `new Chalk({ level })` itself: its browser variant (no imports) stands in;
 * - iconv-lite's CJK code tables (400 kB, required only inside the functions of the encodings
 *   that use them; decode.ts needs UTF-8, UTF-16 and Windows-1252) stay in node_modules.
 */
const skipUnused = {
  name: 'skip-unused',
  setup(b) {
    b.onResolve({ filter: /^\.\/tables\/[\w-]+\.json$/ }, (args) =>
      args.importer.includes('/node_modules/iconv-lite/encodings/') ? { path: `iconv-lite/encodings/${args.path.slice(2)}`, external: true } : undefined,
    );
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let cp;\nmodule.exports = { spawn: (...args) => (cp ??= require('node:child_process')).spawn(...args) };\n",
      loader: 'js',
    }));
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('/node_modules/chalk/') ? { path: join(args.resolveDir, 'vendor', 'supports-color', 'browser.js') } : undefined,
    );
  },
};

/**
 * Node's built-ins, imported as ES modules (by the sources and by ES packages such as vfile), are
 * required instead, through the banner's `require`: an ES import of a built-in builds its ES
 * facade, which reads every export, and node:fs's `promises` and `ReadStream` getters alone load
 * the promise API, readline and the stream stack (~5 ms of `list`). A CommonJS stand-in module
 * binds only what the code uses. For the built-ins whose loading costs more than a path that
 * never calls them should pay (node:fs/promises: some thirty internal modules; node:module), the
 * stand-in exports functions that require the module on their first call.
 */
const LAZY_BUILTINS = new Set(['node:fs/promises', 'node:module']);
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    // one stand-in per importing module, which so sits in its importer's output: a stand-in
    // shared by modules in different outputs would be split into a chunk of its own
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'builtin', suffix: `?${relative(root, args.importer)}` } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, async ({ path }) => {
      const req = `require(${JSON.stringify(path)})`;
      if (!LAZY_BUILTINS.has(path)) return { contents: `module.exports = ${req};\n`, loader: 'js' };
      const builtin = await import(path);
      const names = Object.keys(builtin).filter((name) => name !== 'default');
      const lines = names.map((name) =>
        typeof builtin[name] === 'function'
          ? `exports.${name} = (...args) => ${req}.${name}(...args);`
          : `Object.defineProperty(exports, ${JSON.stringify(name)}, { get: () => ${req}.${name}, enumerable: true });`,
      );
      return { contents: `${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', 'ingest-worker': 'src/index/ingest-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS packages (natural, iconv-lite, write-file-atomic, commander) call require() for
  // Node's built-ins, which esbuild leaves to a `require` in scope: an ES module has none of its own
  banner: { js: "import{createRequire as __ksCreateRequire}from'node:module';const require=__ksCreateRequire(import.meta.url);" },
  // write-file-atomic reads __filename: scripts/bundle-shims.js gives the output that holds it its own
  inject: [join(root, 'scripts', 'bundle-shims.js')],
  // the words each literal pre-filter's patterns require, derived by scripts/derive-literals.js
  // (src/nlp/literals.ts parses __KS_LITERALS__, a JSON text; without it, it derives them at load)
  define: { __KS_LITERALS__: JSON.stringify(readFileSync(join(root, 'dist', 'literals.json'), 'utf8').trim()) },
  legalComments: 'none',
  // less source to read and scan at every start; names and syntax stay as written (error names
  // come from class names)
  minifyWhitespace: true,
  metafile: true,
  plugins: [skipUnused, builtinsByRequire],
  logLevel: 'warning',
});

writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile, null, 1) + '\n');

// Drop outputs of earlier builds. A CLI started before this build may still import the chunks
// its cli.js named, so only those older than a few minutes go.
const current = new Set(Object.keys(result.metafile.outputs).map((p) => relative(outdir, join(root, p))));
current.add('meta.json');
const cutoff = Date.now() - 5 * 60 * 1000;
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name);
  if (!current.has(name) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
}
