// The README's examples, run exactly as printed (issue 17): `ks-input` on the PATH as `npm link`
// puts it there, in a fresh folder holding the files the examples name, one line after another
// (later lines use what earlier ones made: `convert … > input.md`, then `ingest input.md …`).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = readme.split('## Examples')[1]!.match(/```sh\n([\s\S]*?)```/u)![1]!;
const examples = block.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('the README examples, as printed', () => {
  const dir = tempDir();
  const shims = join(dir, '.bin');
  mkdirSync(shims);
  writeFileSync(join(shims, 'ks-input'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(shims, 'ks-input'), 0o755);
  const work = join(dir, 'work');
  mkdirSync(join(work, 'notes'), { recursive: true });
  const held = join(ROOT, 'tests', 'fixtures', 'heldout');
  copyFileSync(join(held, 'h1-horing-helse.txt'), join(work, 'input.txt'));
  copyFileSync(join(held, 'h2-statsbudsjett.txt'), join(work, 'other.txt'));
  copyFileSync(join(held, 'h3-fylke-samferdsel.md'), join(work, 'notes', 'samferdsel.md'));
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
      expect(out.stderr, command).not.toMatch(/command not found|ks-input: (?!.*updat)/u);
      expect(out.status, `${command}\n${out.stderr}`).toBe(0);
    });
  }
});
