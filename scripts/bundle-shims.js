// Injected by scripts/bundle.js into the bundled modules that use `__filename` (write-file-atomic,
// a CommonJS package, names its temporary files with it): the output file's own.
export const __filename = import.meta.filename;
