// Bundles the CLI with esbuild into dist/bundle/, in two parts (issue 7, figures 1 and 2):
// - cli.cjs, one CommonJS file with the light commands (list, show, sections, areas, grep,
//   ingest) and all they use: bin/ks-input.cjs requires it, so those commands start without
//   Node's ES module loader, which alone costs some 35 internal modules (~8 ms, 6% of `list`);
// - one ES module per lazily imported module (`import()` in the source: search, kwic, digest,
//   convert, the worker pool, the Markdown parser, chalk) and chunks of the code they share,
//   loaded only by the commands that need them; and, on its own, ingest-worker.js for the
//   parsing threads.
// The two parts each hold a copy of the code they share (errors, index, records): nothing that
// crosses between them depends on the identity of a class but the errors, whose `instanceof`
// knows its kind across copies (src/model/errors.ts).
// tsc still type-checks and emits dist/ for scripts that import the stages one by one.
//
// The outputs sit two levels below the package folder (dist/bundle/*), as the tsc output does
// (dist/<stage>/*.js), so `packageRoot()` in src/index/location.ts needs no change.
//
// dist/bundle/meta.json is esbuild's metafile: which sources each output holds. The start-up test
// reads it to check that `list` loads nothing holding unified, remark or natural's stemmer.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'bundle');

const REQUIRE_BANNER = [
  "import { createRequire as __ksCreateRequire } from 'node:module';",
  'const require = __ksCreateRequire(import.meta.url);',
].join('\n');
// dropped after the build from the outputs that name neither (all but write-file-atomic's)
const FILENAME_BANNER = [
  "import { fileURLToPath as __ksFileURLToPath } from 'node:url';",
  'const __filename = __ksFileURLToPath(import.meta.url), __dirname = __ksFileURLToPath(new URL(".", import.meta.url));',
].join('\n');

// the words each literal pre-filter's patterns require, derived by scripts/derive-literals.js
// (src/nlp/literals.ts reads __KS_LITERALS__; without it, it derives them at load). Defined
// only in the ES module builds, which hold the extract stage: esbuild makes a defined object a
// module of its own, and cli.cjs, which never uses it, would call its initialiser from each of
// its modules.
const withLiterals = { __KS_LITERALS__: readFileSync(join(root, 'dist', 'literals.json'), 'utf8').trim() };

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages (natural, iconv-lite, write-file-atomic) call require() for Node's
  // built-ins and write-file-atomic hashes __filename; an ES module has neither of its own.
  banner: { js: [REQUIRE_BANNER, FILENAME_BANNER].join('\n') },
  legalComments: 'none',
  // Less source to read and scan at every start (the CLI's entry 158 -> 85 kB when it was an
  // ES module, list ~4% faster). Names and syntax stay as written (error names come from class
  // names).
  minifyWhitespace: true,
  metafile: true,
  plugins: [skipUnused],
  logLevel: 'warning',
};

/**
 * In the CommonJS build, every `import()` becomes an import of an ES module entry of its own
 * (`./search.js`), built by the second build: so what a command imports lazily stays out of
 * cli.cjs. Records the entries found.
 */
const lazyEntries = new Map(); // output name -> source path
const splitAtDynamicImports = {
  name: 'split-at-dynamic-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.resolving) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
      if (resolved.errors.length) return { errors: resolved.errors };
      const name = /^[\w-]+$/u.test(args.path) ? args.path : basename(resolved.path).replace(/\.[cm]?[jt]s$/u, '');
      if (lazyEntries.has(name) && lazyEntries.get(name) !== resolved.path) {
        return { errors: [{ text: `two lazily imported modules named ${name}: ${lazyEntries.get(name)} and ${resolved.path}` }] };
      }
      lazyEntries.set(name, resolved.path);
      return { path: `./${name}.js`, external: true };
    });
  },
};

const cli = await build({
  ...common,
  plugins: [splitAtDynamicImports, skipUnused],
  entryPoints: { cli: 'src/cli/main.ts' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // CommonJS has require and __filename of its own; import.meta.url is this file's URL
  banner: { js: 'const __ksImportMeta={url:require("node:url").pathToFileURL(__filename).href};' },
  define: { 'import.meta': '__ksImportMeta' },
});
const results = [
  cli,
  ...(await Promise.all([
    // the lazily imported modules, one entry each, and chunks of what they share
    build({ ...common, define: withLiterals, entryPoints: Object.fromEntries(lazyEntries), splitting: true, chunkNames: 'chunk-[hash]' }),
    // The worker thread's entry, in one file beside the chunks (where pool.ts looks for it). Built
    // on its own, so that no code the commands share with it is split out into chunks that
    // every command then loads one by one.
    build({ ...common, define: withLiterals, entryPoints: { 'ingest-worker': 'src/index/ingest-worker.ts' } }),
  ])),
];
const metafile = {
  inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)),
  outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)),
};

/**
 * An ES import of a built-in builds its ES facade, which reads every export: node:fs's ReadStream
 * getter alone loads the whole stream stack (~3 ms). The outputs require() them instead, through
 * the banner's `require`, which reads only the exports named (a named import becomes
 * `const { a } = require(...)`), not the facade's every export. esbuild prints such an import as one
 * statement, `import x, { a, b as c } from "node:x";` or `import * as x from "node:x";` (without
 * the spaces when minified), where the module's code begins; any other form stays an import.
 */
const BUILTIN_IMPORT = /(?<=^|[;}\n])import\s*(?:(?<def>[\w$]+)\s*,?\s*)?(?:\*\s*as\s+(?<ns>[\w$]+)|\{(?<named>[\w$\s,]*)\})?\s*from\s*"(?<spec>node:[\w/]+)";/gu;
/**
 * Built-ins whose functions are bound lazily: node:fs/promises loads some thirty internal
 * modules (streams, readline) when first required, ~5 ms that a query reading its files
 * synchronously never needs; node:module loads the ES module loader's core. What the code
 * imports of them are functions, so each becomes a function that requires the module on its
 * first call.
 */
const LAZY_BUILTINS = new Set(['node:fs/promises', 'node:module']);
function requireBuiltins(code) {
  return code.replace(BUILTIN_IMPORT, (...match) => {
    const { def, ns, named, spec } = match.at(-1);
    const req = `require(${JSON.stringify(spec)})`;
    if (LAZY_BUILTINS.has(spec) && !def && !ns) {
      return (named ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((b) => {
        const [name, local = name] = b.split(/\s+as\s+/u);
        return `const ${local}=(...a)=>${req}.${name}(...a);`;
      }).join('');
    }
    const out = [];
    for (const local of [def, ns]) if (local) out.push(`const ${local}=${req};`);
    const bindings = [];
    for (const b of (named ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
      const [name, local = name] = b.split(/\s+as\s+/u);
      if (name === 'default') out.push(`const ${local}=${req};`);
      else bindings.push(name === local ? name : `${name}:${local}`);
    }
    if (bindings.length) out.push(`const{${bindings.join(',')}}=${req};`);
    return out.join('');
  });
}
/** In CommonJS output (`var import_x=require("node:fs/promises");`) the same, with a proxy that requires on first use. */
function requireLazily(code) {
  return code.replace(/\bvar ([\w$]+)\s*=\s*require\("(node:[\w/]+)"\);/gu, (statement, local, spec) =>
    LAZY_BUILTINS.has(spec) ? `var ${local}=new Proxy({},{get:(_,name)=>require(${JSON.stringify(spec)})[name]});` : statement,
  );
}
for (const output of Object.keys(metafile.outputs)) {
  if (output.endsWith('.cjs')) {
    const path = join(root, output);
    const code = readFileSync(path, 'utf8');
    const rewritten = requireLazily(code);
    if (rewritten !== code) writeFileSync(path, rewritten);
  }
  if (!output.endsWith('.js')) continue;
  const path = join(root, output);
  const code = readFileSync(path, 'utf8');
  let rewritten = requireBuiltins(code);
  const body = rewritten.replace(FILENAME_BANNER, '');
  if (body !== rewritten && !/\b(?:__filename|__dirname)\b/u.test(body)) rewritten = body;
  if (rewritten !== code) writeFileSync(path, rewritten);
}

writeFileSync(join(outdir, 'meta.json'), JSON.stringify(metafile, null, 1) + '\n');

// Drop chunks of earlier builds. A CLI started before this build may still import the chunks
// its cli.js named, so only those older than a few minutes go.
const current = new Set(Object.keys(metafile.outputs).map((p) => relative(outdir, join(root, p))));
current.add('meta.json');
const cutoff = Date.now() - 5 * 60 * 1000;
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name);
  if (!current.has(name) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
}
