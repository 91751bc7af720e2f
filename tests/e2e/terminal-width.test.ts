// `areas` and `sections` run in a real pseudo-terminal (util-linux `script`) of 60, 80 and 120
// columns, as a user at a terminal sees them: no line is wider than the terminal, so none wraps.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { displayWidth } from '../../src/render/style.js';

const SCRIPT = '/usr/bin/script';
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** The lines `ks-input args…` shows on a terminal `columns` wide (escape sequences removed). */
function onTerminal(args: string[], columns: number, color: boolean): string[] {
  const command = `stty cols ${columns} rows 60 && ${quote(process.execPath)} ${[BIN, ...args].map(quote).join(' ')}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', ...(color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) };
  const out = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], { env, encoding: 'utf8', input: '' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/gu, '')
    .split(/\r?\n/u)
    .filter((l) => l.length > 0);
}

if (!existsSync(SCRIPT)) console.warn(`skipping the terminal-width tests: ${SCRIPT} (util-linux) is missing`);

describe.skipIf(!existsSync(SCRIPT))('areas and sections on a terminal', () => {
  for (const columns of [60, 80, 120]) {
    it(`areas fits ${columns} columns`, () => {
      for (const color of [false, true]) {
        const lines = onTerminal(['areas'], columns, color);
        expect(lines).toHaveLength(18); // a header and the 17 areas, a row each
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      }
    });

    it(`sections fits ${columns} columns`, () => {
      const lines = onTerminal(['sections'], columns, false);
      expect(lines.length).toBeGreaterThan(40);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      expect(lines.join('\n')).not.toMatch(/\b1 (demands|sentences)\b/u);
    });
  }

  it('areas shows bars at 120 columns, and cuts nothing a wide terminal has room for', () => {
    expect(onTerminal(['areas'], 120, false).slice(1).some((l) => l.includes('█'))).toBe(true);
    expect(onTerminal(['sections'], 200, false).join('\n')).not.toContain('…');
  });
});
