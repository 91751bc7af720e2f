// Build the bundled corpus' index once before the tests, so parallel test files never race to
// build it; and give the run a temporary folder of its own (TMPDIR, which the test workers
// inherit and os.tmpdir() reads), removed when the run ends, so the hundreds of folders the
// tests make do not pile up in the machine's /tmp.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './cli.js';

export default function setup(): () => void {
  const out = spawnSync(process.execPath, [BIN, 'sections', '-q'], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`could not build the bundled index: ${out.stderr}`);
  const runDir = mkdtempSync(join(tmpdir(), 'ks-input-tests-'));
  chmodSync(runDir, 0o755); // as /tmp lets every user through: a test runs the CLI as nobody
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
