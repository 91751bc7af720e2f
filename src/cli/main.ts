// The process edge: argv, environment, stdout/stderr, exit status.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../index/location.js';
import { run } from './program.js';

/** The version shown by --version, and the tool id (version + source hash) an index records. */
function buildInfo(): { version: string; tool: string } {
  try {
    return JSON.parse(readFileSync(join(packageRoot(), 'dist', 'build-info.json'), 'utf8')) as { version: string; tool: string };
  } catch {
    return { version: '0.0.0', tool: '0.0.0' };
  }
}

export async function main(): Promise<void> {
  // A closed pipe (`ks-input list | head -1`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = await run({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    ...buildInfo(),
  });
  process.exitCode = code;
}
