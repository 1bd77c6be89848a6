// The size budgets (SPEC §11), checked by `npm run size` in CI. The drop-in files are measured as
// they are served: what they load on demand (the preferences, Consent Mode, a language) stays
// outside them, measured on its own lines. `./core.js` is measured bundled with its imports
// (js-cookie), as a site's bundler would ship it.
const asServed = {
  modifyEsbuildConfig: (config) => ({ ...config, minify: false, external: ['./i18n/*', './cookie-consent.*'] }),
};

module.exports = [
  { name: 'drop-in ES module: what a first visit loads', gzip: true, path: 'dist/cookie-consent.bundle.js', limit: '12 KB', ...asServed },
  { name: 'drop-in ES module (brotli)', path: 'dist/cookie-consent.bundle.js', brotli: true, ...asServed },
  { name: '  + the preferences, on demand', gzip: true, path: 'dist/cookie-consent.preferences-dialog.js', ...asServed },
  { name: '  + Google Consent Mode, on demand', gzip: true, path: 'dist/cookie-consent.google-consent-mode.js', ...asServed },
  { name: '  + one language other than English (German), on demand', gzip: true, path: 'dist/i18n/de.js', ...asServed },
  { name: 'drop-in classic script: everything inline but the languages', gzip: true, path: 'dist/cookie-consent.iife.js', limit: '12 KB', ...asServed },
  { name: 'drop-in classic script (brotli)', path: 'dist/cookie-consent.iife.js', brotli: true, ...asServed },
  { name: './core.js with its imports', gzip: true, path: 'dist/core.js', import: '*', limit: '4 KB' },
  { name: './core.js with its imports (brotli)', path: 'dist/core.js', import: '*', brotli: true },
  { name: 'Consent Mode bootstrap (dist/consent-mode.js)', gzip: true, path: 'dist/consent-mode.js', limit: '1 KB', ...asServed },
];
