// Builds the bundled corpus' index at the end of `npm run build` (so also on `npm install` from a
// clone, through `prepare`), so that the first `ks-input list` does not have to. The index records
// the tool id from dist/build-info.json, so this runs after build-info.js and the bundle; a query
// finds it fresh and reads it. It is a convenience: if it cannot be built here (a read-only
// folder, say), the first query builds it as before, so a failure only warns.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/ks-input.cjs', import.meta.url));
// the bundled index, whatever index the environment or a `.ks-input/` in this folder would name
const env = { ...process.env, NO_COLOR: '1' };
delete env.KS_INPUT_INDEX;
const cwd = fileURLToPath(new URL('../dist/', import.meta.url));
const out = spawnSync(process.execPath, [bin, 'sections', '-q'], { encoding: 'utf8', env, cwd });
if (out.status !== 0) process.stderr.write(`ks-input: the bundled index was not prebuilt (${(out.stderr || out.error?.message || '').trim()}); the first query will build it\n`);
