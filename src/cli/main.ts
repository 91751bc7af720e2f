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

/** The last resort: whatever escaped run() still ends as one line on stderr, never a stack trace. */
function crash(error: unknown): never {
  const message = (error instanceof Error ? error.message : String(error)).replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim();
  try {
    process.stderr.write(`ks-input: internal error: ${message}\n`);
  } catch {
    // stderr is gone too
  }
  process.exit(70);
}

export async function main(): Promise<void> {
  // A closed pipe (`ks-input list | head -1`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    crash(error);
  });
  process.stderr.on('error', () => undefined); // nowhere left to report to
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
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
