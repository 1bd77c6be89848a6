/**
 * `npm run drop-in` (after `npm run build`): the files a site copies to use the drop-in builds,
 * and nothing else — no source maps, no type declarations, no npm modules:
 *
 *   dist-drop-in/cookie-consent/                           the folder to copy to the site's root
 *   dist-drop-in/cookie-consent-element-<version>.tar.gz   the same folder as one archive
 *
 * What goes in is found, not listed: the entry files (the classic script, the ES module and the
 * Consent Mode bootstrap), then every file they name that they load on demand — the ES module's
 * imports (the preferences, Consent Mode, one file per language in `i18n/`), the classic script's
 * files loaded by URL beside it (the preferences' classic-script version) — and what those name in turn.
 * A file added to the drop-in builds is picked up without a change here.
 *
 * `node scripts/drop-in.mjs [--out <dir>]` writes somewhere else (the tests use a temporary folder).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** The files a page names in its markup. */
export const ENTRIES = ['cookie-consent.iife.js', 'cookie-consent.bundle.js', 'consent-mode.js'];

/** The shape of a drop-in file's name: `cookie-consent.*.js`, `consent-mode.js`, `i18n/<code>.js`. */
const DROP_IN_NAME = /^(?:cookie-consent\.[\w.-]+\.js|consent-mode\.js|i18n\/[\w-]+\.js)$/;

/** The names of drop-in files that `code`, a file at `from` (relative to dist/), refers to. */
function referencedFiles(code, from) {
  const found = new Set();
  // string literals that end in `.js`: import specifiers ("./i18n/de.js") and the names the
  // classic script resolves against its own URL (`cookie-consent.preferences-dialog.iife.js`)
  for (const [, name] of code.matchAll(/["'`]((?:\.{1,2}\/)?[\w./-]+\.js)["'`]/g)) {
    const path = posix.normalize(posix.join(posix.dirname(from), name));
    if (DROP_IN_NAME.test(path)) found.add(path);
  }
  // the classic script builds a language file's URL from its code (`i18n/${code}.js`): it loads
  // the same language files as the ES module, which names each of them
  if (/[`"']i18n\/\$\{/.test(code)) found.add('i18n/*');
  return found;
}

/** Every drop-in file, relative to dist/, in a stable order. */
export function dropInFiles() {
  for (const entry of ENTRIES) {
    if (!existsSync(join(dist, entry))) throw new Error(`dist/${entry} is missing: run \`npm run build\` first`);
  }
  const files = new Set();
  let languagesByUrl = false;
  const queue = [...ENTRIES];
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file)) continue;
    files.add(file);
    for (const ref of referencedFiles(readFileSync(join(dist, file), 'utf8'), file)) {
      if (ref === 'i18n/*') languagesByUrl = true;
      else if (!existsSync(join(dist, ref))) throw new Error(`dist/${file} loads ${ref}, which the build did not write`);
      else queue.push(ref);
    }
  }
  const languages = [...files].filter((f) => f.startsWith('i18n/'));
  if (languagesByUrl && languages.length === 0) throw new Error('the classic script loads languages, but no build names any');
  return [...files].sort();
}

/** A file as a site serves it: without the comment that points at its source map. */
const withoutSourceMap = (code) => code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * The licence notices a copy of the drop-in files must carry: this package's, and those of Lit
 * and js-cookie, which the drop-in builds contain.
 */
function notices() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const parts = [`${pkg.name} ${pkg.version}\n\n${readFileSync(join(root, 'LICENSE'), 'utf8').trim()}`];
  for (const dep of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'js-cookie']) {
    const dir = join(root, 'node_modules', dep);
    const license = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    parts.push(`${dep} ${version}\n\n${readFileSync(join(dir, license), 'utf8').trim()}`);
  }
  return `The files in this folder contain the following software.\n\n${parts.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/** A POSIX tar archive (ustar) of `entries` ({ name, data } or { name, dir: true }), gzipped. */
export function targz(entries, mtime = Math.floor(Date.now() / 1000)) {
  const blocks = [];
  for (const { name, data, dir } of entries) {
    if (Buffer.byteLength(name) > 100) throw new Error(`name too long for tar: ${name}`);
    const header = Buffer.alloc(512);
    const field = (offset, length, value) => header.write(value, offset, length, 'utf8');
    const octal = (offset, length, value) => field(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
    field(0, 100, name);
    octal(100, 8, dir ? 0o755 : 0o644);
    octal(108, 8, 0); // uid
    octal(116, 8, 0); // gid
    octal(124, 12, dir ? 0 : data.length);
    octal(136, 12, mtime);
    field(148, 8, ' '.repeat(8)); // the checksum counts its own field as spaces
    field(156, 1, dir ? '5' : '0');
    field(257, 8, 'ustar\x0000');
    let sum = 0;
    for (const byte of header) sum += byte;
    field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header);
    if (!dir) blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024)); // two empty blocks end the archive
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

/** Writes the drop-in folder and its archive under `out`; answers their paths. */
export function writeDropIn(out = join(root, 'dist-drop-in')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const folder = join(out, 'cookie-consent');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const entries = [{ name: 'cookie-consent/', dir: true }];
  const files = dropInFiles();
  for (const file of files) {
    const data = Buffer.from(withoutSourceMap(readFileSync(join(dist, file), 'utf8')));
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), data);
  }
  writeFileSync(join(folder, 'LICENSE.txt'), notices());
  // the archive lists each folder before its files
  const written = readdirSync(folder, { recursive: true }).map((f) => f.split('\\').join('/')).sort();
  for (const file of written) {
    const path = join(folder, file);
    if (statSync(path).isDirectory()) entries.push({ name: `cookie-consent/${file}/`, dir: true });
    else entries.push({ name: `cookie-consent/${file}`, data: readFileSync(path) });
  }
  const archive = join(out, `${pkg.name}-${pkg.version}.tar.gz`);
  writeFileSync(archive, targz(entries));
  return { folder, archive, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 ? resolve(process.argv[at + 1]) : undefined;
  try {
    const { folder, archive, files } = writeDropIn(out);
    const size = (f) => statSync(f).size;
    const total = files.reduce((sum, f) => sum + size(join(folder, f)), 0);
    console.log(`drop-in: ${files.length} files (${(total / 1024).toFixed(0)} KiB) in ${relative(process.cwd(), folder)}/`);
    console.log(`drop-in: ${relative(process.cwd(), archive)} (${(size(archive) / 1024).toFixed(0)} KiB)`);
  } catch (error) {
    console.error(`drop-in: ${error.message}`);
    process.exitCode = 1;
  }
}
