// Writes dist/literals.json: the words each cue, actor, area and figure pattern requires
// (src/nlp/literals.ts), derived once here from the tsc output instead of at the start of
// every ingest. scripts/bundle.js defines __KS_LITERALS__ with it. Runs after tsc, before the
// bundle.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// loading the extract stage builds its filters, which derive (and record) every pattern's words
await import(pathToFileURL(join(root, 'dist', 'extract', 'index.js')).href);
const { derivedLiterals } = await import(pathToFileURL(join(root, 'dist', 'nlp', 'literals.js')).href);
if (derivedLiterals.size === 0) throw new Error('derive-literals: the extract stage built no literal filter');
writeFileSync(join(root, 'dist', 'literals.json'), `${JSON.stringify(Object.fromEntries(derivedLiterals))}\n`);
