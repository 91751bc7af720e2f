// `areas`, `sections` and `compare` run in a real pseudo-terminal (util-linux `script`) of 60, 80
// and 120 columns, as a user at a terminal sees them: no line is wider than the terminal, so none
// wraps.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, runCwd, tempDir } from '../helpers/cli.js';
import { displayWidth } from '../../src/render/style.js';

const SCRIPT = '/usr/bin/script';
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** The lines `ks-input args…` shows on a terminal `columns` wide (escape sequences removed). */
function onTerminal(args: string[], columns: number, color: boolean, statuses = [0]): string[] {
  const command = `stty cols ${columns} rows 60 && ${quote(process.execPath)} ${[BIN, ...args].map(quote).join(' ')}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', ...(color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) };
  const out = spawnSync(SCRIPT, ['-qec', command, '/dev/null'], { cwd: runCwd(), env, encoding: 'utf8', input: '' });
  expect(statuses, out.stderr).toContain(out.status);
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

describe.skipIf(!existsSync(SCRIPT))('compare on a terminal', () => {
  const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'compare', name);
  const index = join(tempDir(), 'indeks');
  // ingested first: the ingest's progress line is not what is measured
  beforeAll(() => expect(cli(['ingest', '--index', index, fixture('budsjett-old.md'), fixture('budsjett-new.md')]).code).toBe(0));
  for (const columns of [60, 80, 120]) {
    it(`compare fits ${columns} columns, the head lines broken between their parts`, () => {
      const lines = onTerminal(['compare', '--index', index, 'budsjett-old', 'budsjett-new', '--all'], columns, false, [0, 1]);
      expect(lines.length).toBeGreaterThan(40);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      expect(lines.filter((l) => l.includes(' → budsjett-new:')).length).toBeGreaterThan(10);
    });
  }
});

describe.skipIf(!existsSync(SCRIPT))('show, kwic and digest on a terminal wrap at spaces', () => {
  // every word on screen is a whole word of the text: none broken in the middle
  const words = (text: string) => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const columns of [60, 80, 120]) {
    it(`show fits ${columns} columns, its labelled lines wrapped at spaces`, () => {
      const lines = onTerminal(['show', '5.1-4'], columns, false);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      const piped = spawnSync(process.execPath, [BIN, 'show', '5.1-4', '--format', 'json'], { cwd: runCwd(), encoding: 'utf8' });
      const record = JSON.parse(piped.stdout)[0] as Record<string, unknown>;
      const known = words(JSON.stringify(record) + ' where areas actors figures kind from lines no statement s');
      for (const w of words(lines.join('\n'))) expect(known.has(w), w).toBe(true);
    });

    it(`kwic fits ${columns} columns, contexts cut at words and marked …`, () => {
      const lines = onTerminal(['kwic', 'kommunene'], columns, false);
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      expect(lines.some((l) => l.includes('…'))).toBe(true);
    });

    it(`digest's paragraphs and bullets fit ${columns} columns (headings and tables as they are: Markdown cannot wrap them)`, () => {
      const lines = onTerminal(['digest', '--area', 'helse'], columns, false);
      for (const line of lines.filter((l) => !/^[|#]/u.test(l))) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      // the same words as the Markdown written to a pipe: wrapping moved spaces only
      const piped = spawnSync(process.execPath, [BIN, 'digest', '--area', 'helse'], { cwd: runCwd(), encoding: 'utf8' }).stdout;
      expect(lines.join(' ').replace(/\s+/gu, ' ').trim()).toBe(piped.replace(/\s+/gu, ' ').trim());
    });
  }
});
