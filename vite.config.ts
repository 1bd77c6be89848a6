import { defineConfig } from 'vite';
import minifyLiterals from 'rollup-plugin-minify-template-literals';

/**
 * Three library builds, chosen by `--mode`:
 * - default: the npm ES modules, one file per source file, lit and js-cookie external;
 * - `bundle`: `dist/cookie-consent.bundle.js`, one self-contained minified ES module;
 * - `iife`: `dist/cookie-consent.iife.js`, the same as a classic script exposing `window.CookieConsent`.
 * The dev server (`npm start`) serves `demo/` from the TypeScript sources.
 */
export default defineConfig(({ mode }) => {
  const dropIn = mode === 'bundle' || mode === 'iife';
  return {
    // the drop-in builds also minify the CSS and HTML inside Lit's css`` and html`` literals
    plugins: dropIn ? [minifyLiterals()] : [],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !dropIn,
      sourcemap: true,
      minify: dropIn,
      lib: dropIn
        ? {
            entry: 'src/drop-in.ts',
            formats: [mode === 'iife' ? 'iife' : 'es'],
            name: 'CookieConsent',
            fileName: () => `cookie-consent.${mode}.js`,
          }
        : { entry: ['src/index.ts', 'src/define.ts', 'src/core.ts'], formats: ['es'] },
      rolldownOptions: {
        external: dropIn ? [] : [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
        output: dropIn ? { minify: true } : { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
