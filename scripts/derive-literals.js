// Writes dist/literals.json: the words each cue, actor, area and figure pattern requires
// (src/nlp/literals.ts), derived once here from the tsc output instead of at the start of
// every ingest. scripts/bundle.js defines __KS_LITERALS__ with it. Runs after tsc, before the
// bundle.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// loading the extract stage builds its filters, which derive (and record) every pattern's words
await import(join(root, 'dist', 'extract', 'index.js'));
const { derivedLiterals } = await import(join(root, 'dist', 'nlp', 'literals.js'));
if (derivedLiterals.size === 0) throw new Error('derive-literals: the extract stage built no literal filter');
writeFileSync(join(root, 'dist', 'literals.json'), `${JSON.stringify(Object.fromEntries(derivedLiterals))}\n`);
