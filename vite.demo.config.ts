import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, defineConfig, type Plugin } from 'vite';

/**
 * `npm run build:demo`: the demo site (`demo/`) as static files in `dist-demo/`, for any web
 * server and any sub-path (`base: './'`: every URL in the output is relative).
 *
 * The output mirrors the project: the pages stay in `dist-demo/demo/` and the library's drop-in
 * files go to `dist-demo/dist/`, so a page's `../dist/consent-mode.js` (and the configurator's
 * snippet, which points at `../dist/cookie-consent.iife.js`) means the same file under
 * `npm start` and in the build. The library's own `vite.config.ts` is not involved; its `dist/`
 * must have been built first (`prebuild:demo` does).
 */

/** Every file under `dir`, as project-relative paths with `/`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'));
}

/** Every demo page is an entry, the configurator's included: a page nobody lists is not built. */
const pages = filesUnder('demo').filter((file) => file.endsWith('.html'));

/**
 * What the pages load in ways Vite does not follow, copied unchanged to the same path:
 * - the drop-in builds (`dist/cookie-consent.*.js`, `dist/i18n/`, `dist/consent-mode.js`): the
 *   Consent Mode bootstrap must stay a classic script in `<head>`, and the configurator's
 *   snippet names the files as a site would host them;
 * - the demo's plain `.js` files, which stand for third-party scripts a site hosts as they are
 *   and which gated markup names in `data-src`.
 */
function copyAsIs(): Plugin {
  const dropIn = /^dist\/(cookie-consent\.[\w.-]+\.js|consent-mode\.js|i18n\/[a-z]{2}(-[A-Z]{2})?\.js)$/;
  return {
    name: 'demo-copy-as-is',
    apply: 'build',
    generateBundle() {
      const files = [
        ...filesUnder('dist').filter((file) => dropIn.test(file)),
        ...filesUnder('demo').filter((file) => file.endsWith('.js')),
      ];
      if (!files.some((file) => file.endsWith('cookie-consent.iife.js'))) {
        this.error('dist/ has no drop-in build: run `npm run build` first');
      }
      for (const fileName of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(fileName) });
      // the folder's own address leads to the demo
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source:
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>cookie-consent-element demo</title>' +
          '<meta http-equiv="refresh" content="0; url=demo/"><p><a href="demo/">The demo</a></p></html>\n',
      });
    },
  };
}

// Vite warns that the classic `<script src="../dist/consent-mode.js">` of each page is not
// bundled: that is the point (it must run first in <head>, as it is), and copyAsIs() ships it.
// So does the site's header script, which must run while the page is parsed.
const logger = createLogger();
const warn = logger.warn.bind(logger);
logger.warn = (message, options) => {
  if (!/(consent-mode|site-chrome)\.js"> in .* can't be bundled/.test(message)) warn(message, options);
};

export default defineConfig({
  base: './',
  customLogger: logger,
  publicDir: false,
  plugins: [copyAsIs()],
  build: {
    target: 'es2022',
    outDir: 'dist-demo',
    emptyOutDir: true,
    rolldownOptions: { input: pages },
  },
});
