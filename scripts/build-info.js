// Writes dist/build-info.json: the package version (--version) and the tool id an index records,
// which covers the analysis sources and the versions of the packages they use (scripts/tool-id.js),
// so an index built by other rules or another stemmer is recognised as stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolId } from './tool-id.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version, tool } = toolId(root);
writeFileSync(join(root, 'dist', 'build-info.json'), `${JSON.stringify({ version, tool })}\n`);
