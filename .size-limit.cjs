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
  // A returning visit (a decision stored) runs the drop-in file alone: no banner, no Lit.
  { ...budget('a returning visit: the drop-in ES module', '5 KB', '18.05 KB'), gzip: true, path: 'dist/cookie-consent.bundle.js', ...asServed },
  { ...budget('a returning visit: the drop-in classic script', '5 KB', '18.2 KB'), gzip: true, path: 'dist/cookie-consent.iife.js', ...asServed },
  // A first visit also prefetches the preferences (which bring Lit) once the banner shows.
  {
    ...budget('a first visit: the ES module and the preferences it prefetches', '14 KB', '23.45 KB'),
    gzip: true,
    path: ['dist/cookie-consent.bundle.js', 'dist/cookie-consent.preferences-dialog.js'],
    ...asServed,
  },
  {
    ...budget('a first visit: the classic script and the preferences it prefetches', '14 KB', '23.65 KB'),
    gzip: true,
    path: ['dist/cookie-consent.iife.js', 'dist/cookie-consent.preferences-dialog.iife.js'],
    ...asServed,
  },
  { name: 'drop-in ES module (brotli)', path: 'dist/cookie-consent.bundle.js', brotli: true, ...asServed },
  { name: '  the preferences alone, on demand', gzip: true, path: 'dist/cookie-consent.preferences-dialog.js', ...asServed },
  { name: '  Google Consent Mode, on demand', gzip: true, path: 'dist/cookie-consent.google-consent-mode.js', ...asServed },
  { name: '  one language other than English (German), on demand', gzip: true, path: 'dist/i18n/de.js', ...asServed },
  { name: '  <cookie-declaration>, on a page that has one', gzip: true, path: 'dist/cookie-consent.cookie-declaration.js', ...asServed },
  { name: '  <cookie-declaration>, on a page that has one (the classic script\'s version)', gzip: true, path: 'dist/cookie-consent.cookie-declaration.iife.js', ...asServed },
  { ...budget('./core.js with its imports', '4 KB', '7.85 KB'), gzip: true, path: 'dist/core.js', import: '*' },
  { name: './core.js with its imports (brotli)', path: 'dist/core.js', import: '*', brotli: true },
  // (it replays to Google only a decision the store would read: checked field by field as there)
  { ...budget('Consent Mode bootstrap (dist/consent-mode.js)', '1.3 KB', '1.3 KB'), gzip: true, path: 'dist/consent-mode.js', ...asServed },
];
