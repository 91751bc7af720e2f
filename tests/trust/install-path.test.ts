// The build and the main job from a folder whose path has a space and æøå (issue 16, defect 3):
// a URL's pathname taken as a file path gave `%20` and `%C3%B8` there, and `npm install` failed. A copy of the
// sources is built under such a path and run as the README's first line does.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('a clone under …/Bjørn Åsen/Mine dokumenter/', () => {
  it('builds (npm run build, as prepare does) and lists the demands on health', () => {
    const base = tempDir();
    chmodSync(base, 0o700); // as mktemp -d makes it: only its owner may enter
    const clone = join(base, 'Bjørn Åsen', 'Mine dokumenter', 'ks-input');
    mkdirSync(clone, { recursive: true });
    for (const part of readdirSync(ROOT)) {
      if (['node_modules', 'dist', '.git', '.cache', '.ks-input'].includes(part)) continue;
      cpSync(join(ROOT, part), join(clone, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const build = spawnSync('npm', ['run', 'build'], { cwd: clone, env, encoding: 'utf8' });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const info = JSON.parse(readFileSync(join(clone, 'dist', 'build-info.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(info)).not.toMatch(/%20|%C3/u);
    const list = spawnSync(process.execPath, [join(clone, 'bin', 'ks-input.cjs'), 'list', '--area', 'helse', '--format', 'tsv'], { cwd: clone, env, encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    const rows = list.stdout.trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.split('\t')[2]).toMatch(/helse/u);
  }, 240_000);
});
