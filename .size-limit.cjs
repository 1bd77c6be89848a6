// The size budgets, checked by `npm run size` as the last step of `npm test` (so in CI): a build
// that grows past a limit fails.
//
// Two numbers per budgeted file. `target` is the project's bar (CONTRIBUTING.md). `limit` is what
// CI enforces: the target where it is met, else a ceiling just above today's size — a ratchet,
// lowered by hand whenever a change makes a file smaller, until it reaches the target (then it is
// the target).
//
// The drop-in files are measured as they are served: what they load on demand (the preferences,
// Consent Mode, a language) stays outside them, measured on its own lines. `./core.js` is
// measured bundled with its imports (js-cookie), as a site's bundler would ship it.
const asServed = {
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm', minify: false, external: ['./i18n/*', './cookie-consent.*'] }),
};
const budget = (name, target, limit) => ({
  name: target === limit ? `${name} (budget: ${target})` : `${name} (budget: ${target}; ceiling until then: ${limit})`,
  limit,
});

module.exports = [
  { ...budget('drop-in ES module: what a first visit loads', '12 KB', '19.55 KB'), gzip: true, path: 'dist/cookie-consent.bundle.js', ...asServed },
  { name: 'drop-in ES module (brotli)', path: 'dist/cookie-consent.bundle.js', brotli: true, ...asServed },
  { name: '  + the preferences, on demand', gzip: true, path: 'dist/cookie-consent.preferences-dialog.js', ...asServed },
  { name: '  + Google Consent Mode, on demand', gzip: true, path: 'dist/cookie-consent.google-consent-mode.js', ...asServed },
  { name: '  + one language other than English (German), on demand', gzip: true, path: 'dist/i18n/de.js', ...asServed },
  { name: '  + <cookie-declaration>, on a page that has one', gzip: true, path: 'dist/cookie-consent.cookie-declaration.js', ...asServed },
  { ...budget('drop-in classic script: what a first visit loads', '12 KB', '19.75 KB'), gzip: true, path: 'dist/cookie-consent.iife.js', ...asServed },
  { name: 'drop-in classic script (brotli)', path: 'dist/cookie-consent.iife.js', brotli: true, ...asServed },
  { name: '  + the preferences, on demand (their classic twin)', gzip: true, path: 'dist/cookie-consent.preferences-dialog.iife.js', ...asServed },
  { name: '  + <cookie-declaration>, on a page that has one (its classic twin)', gzip: true, path: 'dist/cookie-consent.cookie-declaration.iife.js', ...asServed },
  { ...budget('./core.js with its imports', '4 KB', '6.4 KB'), gzip: true, path: 'dist/core.js', import: '*' },
  { name: './core.js with its imports (brotli)', path: 'dist/core.js', import: '*', brotli: true },
  { ...budget('Consent Mode bootstrap (dist/consent-mode.js)', '1.1 KB', '1.1 KB'), gzip: true, path: 'dist/consent-mode.js', ...asServed },
];
