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

/** One output of `npm run build` (a `vite build --mode <name>` each). */
interface Output {
  /** The source it is built from. */
  readonly entry: string | string[];
  /** `es` module(s) or a classic `iife` script (exposing `window.CookieConsent`). */
  readonly format: 'es' | 'iife';
  /** Its file in `dist/`; none: the npm modules, one file per source file. */
  readonly file?: string;
  /**
   * The classic script cannot split into chunks: it loads the ES build's language files and
   * Consent Mode integration by URL and runs the classic-script versions of the preferences and the
   * declaration, through these
   * stand-ins for the modules that import them (each beside the module it stands for, named `*-url`
   * or `*-classic`).
   */
  readonly classicStandIns?: boolean;
  /**
   * V8 (Chrome 136+) compiles every function of a file that starts with this comment on the
   * thread that streams it in, instead of on the main thread at each first call: for the files
   * that run on every page, not those loaded on demand.
   */
  readonly compileHint?: boolean;
}

/**
 * Every output, by `--mode` (Vite's default mode, `production`, is the npm modules). The drop-in
 * files (those with a `file`) are self-contained and minified, the CSS and HTML inside our Lit
 * literals too; the npm modules keep lit and js-cookie external.
 */
const OUTPUTS: Record<string, Output> = {
  production: {
    entry: [
      'src/index.ts', 'src/define.ts', 'src/core.ts', 'src/declaration.ts', 'src/integrations/google-consent-mode/google-consent-mode.ts',
      // the React component (with the JSX types of the bare tags), the types-only Vue and Svelte
      // declarations (empty modules, so that a plain import resolves too), the Lit SSR renderer
      'src/frameworks/react.ts', 'src/frameworks/vue.ts', 'src/frameworks/svelte.ts', 'src/frameworks/lit-ssr.ts',
    ],
    format: 'es',
  },
  // what it loads on demand sits beside it: the preferences, the Consent Mode integration and
  // `<cookie-declaration>` (`cookie-consent.<part>.js`), the languages other than English (`i18n/<code>.js`)
  bundle: { entry: 'src/drop-in/drop-in.ts', format: 'es', file: 'cookie-consent.bundle.js', compileHint: true },
  iife: { entry: 'src/drop-in/drop-in.ts', format: 'iife', file: 'cookie-consent.iife.js', classicStandIns: true, compileHint: true },
  // the preferences as a classic script, which the classic script runs on demand
  'preferences-iife': { entry: 'src/drop-in/preferences-classic.ts', format: 'iife', file: 'cookie-consent.preferences-dialog.iife.js' },
  // `<cookie-declaration>` as a classic script, which the classic script runs on a page that has
  // one; it loads its languages by URL as the classic script does
  'declaration-iife': {
    entry: 'src/drop-in/declaration-classic.ts', format: 'iife', file: 'cookie-consent.cookie-declaration.iife.js', classicStandIns: true,
  },
  // the Google Consent Mode bootstrap for `<head>`
  'consent-mode': { entry: 'src/integrations/google-consent-mode/bootstrap.ts', format: 'iife', file: 'consent-mode.js' },
};

/** `from` → `to`, for the classic script's stand-ins. */
const CLASSIC_STAND_INS = [
  ['src/i18n/load-strings.ts', 'src/drop-in/load-strings-url.ts'],
  ['src/integrations/google-consent-mode/load-consent-mode.ts', 'src/drop-in/load-consent-mode-url.ts'],
  ['src/preferences/load-preferences.ts', 'src/drop-in/load-preferences-url.ts'],
  ['src/components/cookie-declaration/load-declaration.ts', 'src/drop-in/load-declaration-url.ts'],
  ['src/drop-in/own-script.ts', 'src/drop-in/own-script-classic.ts'],
];

/** Replaces each module of `CLASSIC_STAND_INS` by its stand-in, however it is imported. */
function classicStandIns(): Plugin {
  const standIns = new Map(CLASSIC_STAND_INS.map(([from, to]) => [resolve(from), resolve(to)]));
  return {
    name: 'classic-script-stand-ins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const standIn = resolved && standIns.get(resolved.id);
      return standIn ?? null;
    },
  };
}

export default defineConfig(({ mode, command }) => {
  // (the dev server, `npm start`, serves `demo/` from the sources: what it builds does not matter)
  const output = command === 'serve' ? OUTPUTS.production : OUTPUTS[mode];
  if (!output) throw new Error(`vite.config.ts: no output for --mode ${mode} (${Object.keys(OUTPUTS).join(', ')})`);
  const { entry, format, file, compileHint } = output;
  return {
    plugins: [
      rootToDemo(),
      serveDistAsBuilt(),
      ...(output.classicStandIns ? [classicStandIns()] : []),
      // ours only: Lit ships minified (and the plugin skips, with a warning, any file that
      // mentions `unsafeCSS`, which Lit's own files define)
      ...(file ? [minifyLiterals({ include: 'src/**/*.ts' })] : []),
    ],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // each build adds its files; `npm run build` empties dist/ first (its `prebuild`)
      emptyOutDir: false,
      sourcemap: true,
      minify: !!file,
      lib: file
        ? { entry, formats: [format], name: 'CookieConsent', fileName: () => file }
        : { entry, formats: ['es'] },
      rolldownOptions: {
        // the npm modules keep named imports: inlining a constant from another module leaves a
        // bare `import './x.js'` behind, which the package's `sideEffects` tells bundlers to drop
        optimization: file ? undefined : { inlineConst: false },
        // (react and @lit-labs/ssr: the app's own, peers; @lit/react: a dependency, which only
        // `./react.js` imports)
        external: file ? [] : [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, 'js-cookie', /^react($|\/)/],
        // code that an on-demand part shares with the bundle would stay in the bundle, which then
        // exports it, instead of going to a third file that the first paint would wait for
        preserveEntrySignatures: 'allow-extension',
        output: file
          ? {
              minify: true,
              postBanner: (chunk) => (chunk.isEntry && compileHint ? '//# allFunctionsCalledOnLoad' : ''),
              // languages in dist/i18n/<code>.js (the classic script loads them by that URL);
              // the parts loaded on demand beside the bundle
              // (the preferences by what they are, whichever of their modules the import names)
              chunkFileNames: ({ name, facadeModuleId }) =>
                /^[a-z]{2}(-[A-Z]{2})?$/.test(name)
                  ? 'i18n/[name].js'
                  : facadeModuleId?.includes('/src/preferences/')
                    ? 'cookie-consent.preferences-dialog.js'
                    : `cookie-consent.${name.replace(/\.\w+$/, '')}.js`,
            }
          : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
