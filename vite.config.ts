import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import minifyLiterals from 'rollup-plugin-minify-template-literals';

/**
 * The dev server (`npm start`) serves the built drop-in files under `/dist/` byte for byte, as
 * any web server would. Vite would otherwise rewrite the classic script's `import()` of a
 * language file into an `import` of its client, which a classic script cannot run: the
 * configurator's snippet (`demo/configurator.html`) loads `/dist/cookie-consent.iife.js`.
 */
function serveDistAsBuilt(): Plugin {
  const root = resolve('dist');
  return {
    name: 'serve-dist-as-built',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
        const file = resolve(`.${path}`);
        if (!path.startsWith('/dist/') || !file.endsWith('.js') || !file.startsWith(root + sep) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * `npm start` prints the server's root as its address: the root leads to the demo, as the
 * built demo's folder does (`vite.demo.config.ts`).
 */
function rootToDemo(): Plugin {
  return {
    name: 'root-to-demo',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!['/', '/index.html'].includes((req.url ?? '').split(/[?#]/)[0]!)) return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

/**
 * The library builds, chosen by `--mode`:
 * - default: the npm ES modules, one file per source file, lit and js-cookie external;
 * - `bundle`: `dist/cookie-consent.bundle.js`, a self-contained minified ES module; what it loads
 *   on demand sits beside it: the preferences and the Consent Mode integration
 *   (`cookie-consent.<part>.js`) and the languages other than English (`i18n/<code>.js`);
 * - `iife`: `dist/cookie-consent.iife.js`, the same as a classic script exposing `window.CookieConsent`;
 * - `preferences-iife`: `dist/cookie-consent.preferences-dialog.iife.js`, the preferences as a
 *   classic script that the classic script runs on demand (its twin of the ES build's chunk);
 * - `consent-mode`: `dist/consent-mode.js`, the tiny classic Google Consent Mode bootstrap for `<head>`.
 * The dev server (`npm start`) serves `demo/` from the TypeScript sources.
 */
export default defineConfig(({ mode }) => {
  const dropIn = mode === 'bundle' || mode === 'iife';
  const classic = mode === 'iife' || mode === 'consent-mode' || mode === 'preferences-iife';
  const entries: Record<string, [string, string]> = {
    'consent-mode': ['src/consent-mode/consent-mode.ts', 'consent-mode.js'],
    'preferences-iife': ['src/components/cookie-consent/preferences-classic.ts', 'cookie-consent.preferences-dialog.iife.js'],
  };
  const own = Object.hasOwn(entries, mode);
  const [entry, fileName] = own ? entries[mode]! : ['src/drop-in/drop-in.ts', `cookie-consent.${mode}.js`];
  const minified = dropIn || own;
  return {
    resolve: {
      // the classic script cannot split into chunks: it loads the ES build's language files and
      // Consent Mode integration by URL, and runs the preferences' classic twin
      alias:
        mode === 'iife'
          ? [
              { find: /^(.*)\/load-strings\.js$/, replacement: '$1/load-strings-url.js' },
              { find: /^(.*)\/load-consent-mode\.js$/, replacement: '$1/load-consent-mode-url.js' },
              { find: /^(.*)\/load-preferences\.js$/, replacement: '$1/load-preferences-url.js' },
              { find: /^(.*)\/own-script\.js$/, replacement: '$1/own-script-classic.js' },
            ]
          : [],
    },
    // the drop-in builds also minify the CSS and HTML inside Lit's css`` and html`` literals: ours
    // only, as Lit ships minified (the plugin skips, with a warning, any file that mentions
    // `unsafeCSS`, which Lit's own files define)
    plugins: [rootToDemo(), serveDistAsBuilt(), ...(dropIn || mode === 'preferences-iife' ? [minifyLiterals({ include: 'src/**/*.ts' })] : [])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !minified,
      sourcemap: true,
      minify: minified,
      lib: minified
        ? {
            entry,
            formats: [classic ? 'iife' : 'es'],
            name: 'CookieConsent',
            fileName: () => fileName,
          }
        : {
            entry: [
              'src/index.ts', 'src/define.ts', 'src/core.ts', 'src/integrations/google-consent-mode.ts',
              // the React component (with the JSX types of the bare tags), and the types-only Vue and
              // Svelte declarations: empty modules, so that a plain import resolves too
              'src/frameworks/react.ts', 'src/frameworks/vue.ts', 'src/frameworks/svelte.ts',
            ],
            formats: ['es'],
          },
      rolldownOptions: {
        // the npm modules keep named imports: inlining a constant from another module leaves a
        // bare `import './x.js'` behind, which the package's `sideEffects` tells bundlers to drop
        optimization: minified ? undefined : { inlineConst: false },
        // (react: the app's own, a peer; @lit/react: a dependency, which only `./react.js` imports)
        external: minified ? [] : [/^lit($|\/)/, /^@lit\//, 'js-cookie', /^react($|\/)/],
        // code that an on-demand part shares with the bundle would stay in the bundle, which then
        // exports it, instead of going to a third file that the first paint would wait for (none
        // does today: the preferences take Lit from the element, so that the classic script can
        // load their classic twin)
        preserveEntrySignatures: 'allow-extension',
        output: minified
          ? {
              minify: true,
              // V8 (Chrome 136+) compiles every function of a file that starts with this comment on
              // the thread that streams it in, instead of on the main thread at each first call:
              // the entry runs at once on every page (≈ 2 ms less main-thread time to the banner,
              // and the click's code is ready). Not on the parts loaded on demand.
              postBanner: (chunk) => (chunk.isEntry && dropIn ? '//# allFunctionsCalledOnLoad' : ''),
              // languages in dist/i18n/<code>.js (the classic script loads them by that URL);
              // the parts loaded on demand beside the bundle
              chunkFileNames: ({ name }) =>
                /^[a-z]{2}$/.test(name) ? 'i18n/[name].js' : `cookie-consent.${name.replace(/\.\w+$/, '')}.js`,
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
