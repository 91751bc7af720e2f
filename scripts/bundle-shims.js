// Injected by scripts/bundle.js into the bundled CommonJS modules that need them.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// write-file-atomic names its temporary files with __filename: the output file's own.
export const __filename = fileURLToPath(import.meta.url);

// iconv-lite requires its CJK code tables (400 kB of JSON, none of which decode.ts needs) from
// beside its own files when an encoding that uses them is first used: they stay in node_modules.
let iconvLite;
export function requireFromIconvLite(id) {
  iconvLite ??= createRequire(createRequire(import.meta.url).resolve('iconv-lite/encodings/dbcs-data.js'));
  return iconvLite(id);
}
