// Writes dist/build-info.json: the package version plus a hash of the sources, so an index built
// by different extraction rules is recognised as stale even when the version number is the same.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const hash = createHash('sha256');
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.ts')) hash.update(path.slice(root.length)).update(readFileSync(path));
  }
};
walk(join(root, 'src'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(root, 'dist', 'build-info.json'), JSON.stringify({ version, tool: `${version}+${hash.digest('hex').slice(0, 12)}` }) + '\n');
