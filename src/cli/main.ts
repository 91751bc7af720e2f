// The process edge: argv, environment, stdout/stderr, exit status.
import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../index/location.js';
import { type Io, run } from './program.js';

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
    stderr.write(`ks-input: internal error: ${message}\n`);
  } catch {
    // stderr is gone too
  }
  process.exit(70);
}

/**
 * stdout or stderr. A pipe, a socket (what a parent's spawn() gives for 'pipe') or a file is
 * written with fs.writeSync: process.stdout's getter loads net and the stream stack (~3 ms of a
 * query's start-up, issue 7) to do the same, as Node writes to pipes and files synchronously on
 * Linux and macOS. A terminal or anything else still goes through process.stdout or
 * process.stderr, as does the rest of the output once a write says EAGAIN (the other end made
 * the pipe non-blocking).
 */
function output(fd: 1 | 2, stream: () => NodeJS.WriteStream, onError: (error: NodeJS.ErrnoException) => void): Io['stdout'] {
  let direct = false;
  try {
    const stat = fstatSync(fd);
    direct = (stat.isFIFO() || stat.isSocket() || stat.isFile()) && process.platform !== 'win32';
  } catch {
    // not open, or not ours to look at: the stream decides
  }
  let handled: NodeJS.WriteStream | undefined;
  const viaStream = () => {
    if (!handled) {
      handled = stream();
      handled.on('error', onError);
    }
    return handled;
  };
  if (!direct) {
    return {
      write: (text) => viaStream().write(text),
      get isTTY() {
        return viaStream().isTTY;
      },
      get columns() {
        return viaStream().columns;
      },
    };
  }
  return {
    write(text) {
      if (!direct) {
        viaStream().write(text);
        return;
      }
      let written = 0;
      try {
        // a string straight to the kernel: encoded in C++, about half the cost of Buffer.from
        // on a query's megabytes of Norwegian text; a blocking pipe or file takes it all
        written = writeSync(fd, text);
      } catch (error) {
        const errno = error as NodeJS.ErrnoException;
        if (errno.code !== 'EAGAIN') {
          onError(errno);
          return;
        }
      }
      if (written === Buffer.byteLength(text, 'utf8')) return;
      // cut short (a signal, or EAGAIN from a pipe the other end made non-blocking): the rest by bytes
      const bytes = Buffer.from(text, 'utf8');
      let done = written;
      while (done < bytes.length) {
        try {
          done += writeSync(fd, bytes, done, bytes.length - done);
        } catch (error) {
          const errno = error as NodeJS.ErrnoException;
          if (errno.code === 'EAGAIN') {
            direct = false;
            viaStream().write(bytes.subarray(done));
            return;
          }
          onError(errno);
          return;
        }
      }
    },
  };
}

let stderr: Io['stderr'] = { write: (text) => process.stderr.write(text) };

export async function main(): Promise<void> {
  // A closed pipe (`ks-input list | head -1`) is not an error: stop quietly.
  const stdout = output(1, () => process.stdout, (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    crash(error);
  });
  stderr = output(2, () => process.stderr, () => undefined); // nowhere left to report to
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const code = await run({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout,
    stderr,
    ...buildInfo(),
  });
  process.exitCode = code;
}
