// What a run of the CLI loads: its files (CommonJS and ES modules) and the node built-ins.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BIN, runCwd, tempDir } from './cli.js';

export interface Loads {
  code: number;
  stdout: string;
  stderr: string;
  /** the files loaded, the launcher and cli.cjs (required) first, then the ES modules imported */
  files: string[];
  /** the node built-ins the program loaded (not the preload) */
  builtins: string[];
}

/**
 * Run `ks-input args…` (stdout a pipe) twice: once with a loader hook that records every ES
 * module URL, once with a preload that records the CommonJS files required and the built-ins
 * loaded (apart, as the hook's own thread loads the stream stack).
 */
export function traceLoads(args: string[]): Loads {
  const dir = tempDir('ks-input-loads-');
  const trace = join(dir, 'modules.txt');
  const required = join(dir, 'required.txt');
  const builtins = join(dir, 'builtins.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(trace)}, url + '\\n'); return next(url, context); }\n`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const preload = join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    `const fs = require('fs');\nconst before = new Set(process.moduleLoadList);\nprocess.on('exit', () => {\n  fs.writeFileSync(${JSON.stringify(builtins)}, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n'));\n  fs.writeFileSync(${JSON.stringify(required)}, Object.keys(require.cache).filter((f) => f !== __filename).join('\\n'));\n});\n`,
  );
  writeFileSync(trace, '');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  const out = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { cwd: runCwd(), env, encoding: 'utf8' });
  spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: runCwd(), env, encoding: 'utf8' });
  const modules = readFileSync(trace, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  const files = [...new Set([...readFileSync(required, 'utf8').split('\n').filter(Boolean), ...modules])];
  const loaded = readFileSync(builtins, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  rmSync(dir, { recursive: true, force: true });
  return { code: out.status ?? -1, stdout: out.stdout, stderr: out.stderr, files, builtins: loaded };
}
