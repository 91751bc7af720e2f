// A file-system error in a few words, for the one-line messages every stage prints. Apart from
// read.ts so that the query path (index/store, cli/program) can name an I/O error without
// loading the decoders (iconv-lite) it never uses.

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    default: return code ?? (error instanceof Error ? error.message : String(error));
  }
}
