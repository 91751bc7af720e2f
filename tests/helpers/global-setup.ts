// Build the bundled corpus' index once before the tests, so parallel test files never race to
// build it.
import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './cli.js';

export default function setup(): void {
  const out = spawnSync(process.execPath, [BIN, 'sections', '-q'], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`could not build the bundled index: ${out.stderr}`);
}
