/**
 * `prepare`: builds `dist/` (`npm run build`) where npm runs it without a `prepack` before:
 *
 * - `npm ci` / `npm install` in a clone, so that a fresh clone has the drop-in files and the
 *   npm modules the framework examples import;
 * - an install from git (`npm install <git url>`): npm installs the clone's dependencies, runs
 *   `prepare`, then packs what `files` lists, and `dist/` is not in git.
 *
 * `npm pack` and `npm publish` run `prepack` (the same build) and then `prepare`: no second build.
 * Without the dev dependencies (`npm ci --omit=dev`) there is nothing to build with: skipped.
 *
 * The build's own output (a line per file written) is shown only when it fails: an install
 * prints one line for it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (['pack', 'publish'].includes(process.env.npm_command ?? '')) {
  process.exit(0); // prepack built dist/
}
if (!existsSync(join(root, 'node_modules', 'vite'))) {
  console.log('prepare: dev dependencies not installed; dist/ not built');
  process.exit(0);
}
const started = performance.now();
const npm = process.env.npm_execpath;
const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
if (result.status !== 0) {
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  console.error(`prepare: \`npm run build\` failed${result.error ? `: ${result.error.message}` : ''}`);
  process.exit(result.status || 1);
}
console.log(`prepare: built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
