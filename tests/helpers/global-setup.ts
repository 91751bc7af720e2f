// Build the bundled corpus' index once before the tests, so parallel test files never race to
// build it; and give the run a temporary folder of its own (TMPDIR, which the test workers
// inherit and os.tmpdir() reads), removed when the run ends, so the hundreds of folders the
// tests make do not pile up in the machine's /tmp.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './cli.js';

export default function setup(): () => void {
  // The suite does not depend on the shell it runs from: the user's own KS_INPUT_* settings
  // (an index, workers, a lock timeout) are not the tests' (the test workers inherit this env).
  for (const name of Object.keys(process.env)) if (name.startsWith('KS_INPUT_')) delete process.env[name];
  const runDir = mkdtempSync(join(tmpdir(), 'ks-input-tests-'));
  chmodSync(runDir, 0o755); // as /tmp lets every user through: a test runs the CLI as nobody
  // from a folder of its own: a `.ks-input/` in the repository (which `ks-input ingest` makes
  // there) would otherwise be the index every query answers from
  const out = spawnSync(process.execPath, [BIN, 'sections', '-q'], { cwd: runDir, env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`could not build the bundled index: ${out.stderr}`);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
