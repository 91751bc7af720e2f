// The README's examples, run exactly as printed (issue 17): from a fresh install of the package
// (what `npm pack` makes, unpacked into a temporary node_modules whose .bin goes on the PATH as
// a global install's would), in a fresh folder holding the
// files the examples name, one line after another (later lines use what earlier ones made:
// `convert … > input.md`, then `ingest input.md …`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = readme.split('## Examples')[1]!.match(/```sh\n([\s\S]*?)```/u)![1]!;
const examples = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('the README examples, as printed', () => {
  const dir = tempDir();
  const shims = join(dir, 'install', 'node_modules', '.bin');
  beforeAll(() => {
    // the package as npm would install it: what `npm pack` puts in the tarball, unpacked into a
    // node_modules of its own, its bin linked into .bin; its dependencies are the clone's own
    // (an install would fetch the same versions from the registry: a test stays offline)
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, env, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(dir, pack.stdout.trim().split('\n').at(-1)!);
    const pkg = join(dir, 'install', 'node_modules', 'ks-input');
    mkdirSync(pkg, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1'], { encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    mkdirSync(shims, { recursive: true });
    const bin = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['ks-input']!;
    symlinkSync(join(pkg, bin), join(shims, 'ks-input'));
  }, 120_000);
  const work = join(dir, 'work');
  mkdirSync(join(work, 'notes'), { recursive: true });
  const held = join(ROOT, 'tests', 'fixtures', 'heldout');
  copyFileSync(join(held, 'h1-horing-helse.txt'), join(work, 'input.txt'));
  copyFileSync(join(held, 'h2-statsbudsjett.txt'), join(work, 'other.txt'));
  copyFileSync(join(held, 'h3-fylke-samferdsel.md'), join(work, 'notes', 'samferdsel.md'));
  copyFileSync(join(ROOT, 'tests', 'fixtures', 'formats', 'innspill-writer.pdf'), join(work, 'innspill.pdf'));
  writeFileSync(join(work, 'mine.md'), '# Mitt innspill\n\n## Helse og omsorg\n\nKS mener staten må styrke omsorgstjenestene.\n');

  it('are a dozen or more', () => expect(examples.length).toBeGreaterThan(12));

  for (const line of examples) {
    const command = line.replace(/\s+#.*$/u, '');
    // the programs piped into, outside quoted arguments (`'må (sikres|styrkes)'` is a pattern)
    const unquoted = command.replace(/'[^']*'|"[^"]*"/gu, "''");
    const tools = [...unquoted.matchAll(/\|\s*([\w-]+)/gu)].map((m) => m[1]!);
    const missing = tools.filter((t) => !has(t));
    it.skipIf(missing.length > 0)(`${command}${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
      const out = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
        cwd: work,
        env: { PATH: `${shims}:${process.env.PATH}`, HOME: dir, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(out.stderr, command).not.toMatch(/command not found|ks-input: (?!.*(updat|building the index))/u);
      expect(out.status, `${command}\n${out.stderr}`).toBe(0);
    });
  }
});
