// The benchmark page, once per system: a heading, a paragraph, a banner with one optional
// category `analytics`, Accept all and Reject all, a 20-day expiry and one gated script. Each peer
// is set up the way its documentation shows, with the fewest options that give the same banner;
// the workarounds each one needs are commented where they are made.
import { probeScript } from './probe.mjs';

export const HEADING = 'We value your privacy';
export const MESSAGE = 'We use cookies for analytics to improve this site. You can accept or reject them.';
export const ACCEPT = 'Accept all';
export const REJECT = 'Reject all';
export const DAYS = 20;

const GATED_CODE = "window.__gatedRun('script')";

function page({ head = '', body = '', banner }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie banner benchmark</title>
<link rel="icon" href="data:,">
${probeScript(banner)}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
${head}
</head>
<body>
<h1>A page with a cookie banner</h1>
<p>This page stands for any page of a site: a heading and a paragraph of text, and a consent banner
that asks whether the site may use analytics. The banner stores the visitor's answer for twenty days,
and one analytics script on the page runs only once the visitor has accepted it.</p>
${body}
</body>
</html>
`;
}

const js = JSON.stringify;

/**
 * One of our pages: the element with the bench's banner, after the drop-in file that `files`
 * names first (a classic script, or the ES module), then `body`.
 */
function ours({ id, label, files, body }) {
  const [src] = files[0];
  const script = src.endsWith('.iife.js') ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
  return {
    id,
    label,
    pkg: null,
    files,
    accept: 'cookie-consent [part~="accept-button"]',
    cookie: 'cookie_consent',
    html: page({
      // (no exception before the element is defined: a throw in the probe costs time too)
      banner: `() => { const r = document.querySelector('cookie-consent')?.shadowRoot; return r ? r.querySelector('[part~="banner"]') : null; }`,
      head: `<style>cookie-consent:not(:defined){display:none}</style>\n${script}`,
      body: `<cookie-consent days="${DAYS}" categories="analytics" heading="${HEADING}" message="${MESSAGE}"></cookie-consent>\n${body}`,
    }),
  };
}

// what the classic script runs on demand (prefetched half a second after the banner shows)
const CLASSIC_PREFERENCES = ['/lib/ours/cookie-consent.preferences-dialog.iife.js', 'dist/cookie-consent.preferences-dialog.iife.js'];

/**
 * Each system: `id`, `label`, `pkg` (npm name, for its version), `files` ([url path, file under
 * the repo]), `html` (the page), `accept` (a Playwright selector for the accept-all button),
 * `cookie` (the consent cookie's name).
 */
export function systems({ oursFile }) {
  return [
    ours({
      id: 'ours',
      label: 'cookie-consent-element (ours)',
      files: [['/lib/ours/cookie-consent.iife.js', oursFile], CLASSIC_PREFERENCES],
      body: `<script type="text/plain" data-consent="analytics">${GATED_CODE}</script>
<script>
// (reported with the results: the gated <script> above is run by the drop-in's own gating)
document.addEventListener('DOMContentLoaded', function () {
  var C = window.CookieConsent;
  window.__bench.gatingMode = !C ? 'no CookieConsent global' : C.startGating ? 'drop-in' : 'no gating in the drop-in';
});
</script>`,
    }),
    // the same banner from the ES module build, which loads the preferences on demand
    ours({
      id: 'ours-module',
      label: 'cookie-consent-element, ES module (ours)',
      files: [
        ['/lib/ours/cookie-consent.bundle.js', 'dist/cookie-consent.bundle.js'],
        ['/lib/ours/cookie-consent.preferences-dialog.js', 'dist/cookie-consent.preferences-dialog.js'],
      ],
      body: `<script type="text/plain" data-consent="analytics">${GATED_CODE}</script>`,
    }),
    // the classic script again, the gated code given as a callback (whenGranted) rather than a
    // <script>: how osano's and tarteaucitron's pages here run theirs (the browser's compiling and
    // running of a new <script> element, about half a millisecond, is then not in the click)
    ours({
      id: 'ours-callback',
      label: 'cookie-consent-element, whenGranted() callback (ours)',
      files: [['/lib/ours/cookie-consent.iife.js', oursFile], CLASSIC_PREFERENCES],
      body: `<script>
document.addEventListener('DOMContentLoaded', function () {
  CookieConsent.whenGranted('analytics').then(function () { window.__gatedRun('callback'); });
});
</script>`,
    }),
    {
      id: 'vanilla',
      label: 'vanilla-cookieconsent',
      pkg: 'vanilla-cookieconsent',
      files: [
        ['/nm/vanilla-cookieconsent/dist/cookieconsent.css', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
        ['/nm/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'],
      ],
      accept: '#cc-main .cm [data-role="all"]',
      cookie: 'cc_cookie',
      html: page({
        banner: `() => document.querySelector('#cc-main .cm')`,
        head: `<link rel="stylesheet" href="/nm/vanilla-cookieconsent/dist/cookieconsent.css">`,
        body: `<script type="text/plain" data-category="analytics">${GATED_CODE}</script>
<script src="/nm/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  hideFromBots: false, // the default (true) shows nothing when navigator.webdriver is set
  cookie: { expiresAfterDays: ${DAYS} },
  guiOptions: { consentModal: { layout: 'bar', position: 'bottom' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: ${js(HEADING)}, description: ${js(MESSAGE)}, acceptAllBtn: ${js(ACCEPT)}, acceptNecessaryBtn: ${js(REJECT)}, showPreferencesBtn: 'Preferences' },
        preferencesModal: {
          title: 'Preferences', acceptAllBtn: ${js(ACCEPT)}, acceptNecessaryBtn: ${js(REJECT)}, savePreferencesBtn: 'Save choices',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Helps us improve the site.', linkedCategory: 'analytics' }
          ]
        }
      }
    }
  }
});
</script>`,
      }),
    },
    {
      id: 'osano',
      label: 'cookieconsent (Osano)',
      pkg: 'cookieconsent',
      files: [
        ['/nm/cookieconsent/build/cookieconsent.min.css', 'node_modules/cookieconsent/build/cookieconsent.min.css'],
        ['/nm/cookieconsent/build/cookieconsent.min.js', 'node_modules/cookieconsent/build/cookieconsent.min.js'],
      ],
      accept: '.cc-window .cc-allow',
      cookie: 'cookieconsent_status',
      html: page({
        banner: `() => document.querySelector('.cc-window')`,
        head: `<link rel="stylesheet" href="/nm/cookieconsent/build/cookieconsent.min.css">`,
        // No categories and no script gating: consent is all-or-nothing (opt-in), and the gated
        // code is called from the status callbacks. Initialised on load, as its snippet does.
        body: `<script src="/nm/cookieconsent/build/cookieconsent.min.js"></script>
<script>
window.addEventListener('load', function () {
  window.cookieconsent.initialise({
    type: 'opt-in',
    position: 'bottom',
    cookie: { expiryDays: ${DAYS} },
    content: { header: ${js(HEADING)}, message: ${js(MESSAGE)}, allow: ${js(ACCEPT)}, deny: ${js(REJECT)}, link: 'Privacy policy', href: '#' },
    onInitialise: function (status) { if (status === 'allow') window.__gatedRun('callback'); },
    onStatusChange: function (status) { if (status === 'allow') window.__gatedRun('callback'); }
  });
});
</script>`,
      }),
    },
    {
      id: 'klaro',
      label: 'klaro',
      pkg: 'klaro',
      files: [['/nm/klaro/dist/klaro.js', 'node_modules/klaro/dist/klaro.js']],
      accept: '.klaro .cookie-notice .cm-btn-success',
      cookie: 'klaro',
      html: page({
        banner: `() => document.querySelector('.klaro .cookie-notice')`,
        head: `<script>
var klaroConfig = {
  version: 1, elementID: 'klaro', lang: 'en', storageMethod: 'cookie', cookieName: 'klaro', cookieExpiresAfterDays: ${DAYS},
  default: false, mustConsent: false, acceptAll: true, hideDeclineAll: false,
  hideLearnMore: true, // parity: no preferences link in the notice
  noticeAsModal: false,
  translations: { en: {
    consentNotice: { title: ${js(HEADING)}, description: ${js(MESSAGE)} },
    ok: ${js(ACCEPT)}, decline: ${js(REJECT)},
    purposes: { analytics: { title: 'Analytics' } },
    analytics: { title: 'Site analytics', description: 'Helps us improve the site.' }
  } },
  services: [{ name: 'analytics', title: 'Site analytics', purposes: ['analytics'], required: false, optOut: false, onlyOnce: true }]
};
</script>
<script defer data-config="klaroConfig" src="/nm/klaro/dist/klaro.js"></script>`,
        body: `<script type="text/plain" data-type="application/javascript" data-name="analytics">${GATED_CODE}</script>`,
      }),
    },
    {
      id: 'tarteaucitron',
      label: 'tarteaucitron',
      pkg: 'tarteaucitronjs',
      // it loads its language, services and CSS files itself, from its own script's folder
      files: [
        ['/nm/tarteaucitronjs/tarteaucitron.min.js', 'node_modules/tarteaucitronjs/tarteaucitron.min.js'],
        ['/nm/tarteaucitronjs/tarteaucitron.services.min.js', 'node_modules/tarteaucitronjs/tarteaucitron.services.min.js'],
        ['/nm/tarteaucitronjs/lang/tarteaucitron.en.min.js', 'node_modules/tarteaucitronjs/lang/tarteaucitron.en.min.js'],
        ['/nm/tarteaucitronjs/css/tarteaucitron.min.css', 'node_modules/tarteaucitronjs/css/tarteaucitron.min.css'],
      ],
      accept: '#tarteaucitronPersonalize2',
      cookie: 'tarteaucitron',
      html: page({
        banner: `() => document.getElementById('tarteaucitronAlertBig')`,
        head: `<script>
var tarteaucitronForceLanguage = 'en', tarteaucitronForceExpire = ${DAYS}, tarteaucitronExpireInDay = true;
var tarteaucitronCustomText = { alertBigPrivacy: ${js(MESSAGE)}, acceptAll: ${js(ACCEPT)}, denyAll: ${js(REJECT)} };
</script>
<script src="/nm/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({ orientation: 'bottom', highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, showAlertSmall: false, showIcon: true,
  moreInfoLink: false, googleConsentMode: false, bingConsentMode: false, pianoConsentMode: false });
</script>`,
        // its built-in service "analytics" (Google Analytics) would replace a custom one of that
        // name once its services file loads: the custom service is "siteanalytics"
        body: `<script>
tarteaucitron.services.siteanalytics = {
  key: 'siteanalytics', type: 'analytic', name: 'Site analytics', uri: '', needConsent: true, cookies: [],
  js: function () { window.__gatedRun('callback'); },
  fallback: function () {}
};
(tarteaucitron.job = tarteaucitron.job || []).push('siteanalytics');
</script>`,
      }),
    },
    {
      // the floor of a Lit banner (lit-floor.ts, built by run.mjs): our CSS and markup in a bare
      // LitElement, deciding like the control page; what ours costs above it is the library's own
      id: 'lit-floor',
      label: 'a bare Lit element with our banner',
      pkg: 'lit',
      files: [],
      accept: 'lit-floor [part~="accept-button"]',
      cookie: 'consent',
      html: page({
        banner: `() => { const r = document.querySelector('lit-floor')?.shadowRoot; return r ? r.querySelector('[part~="banner"]') : null; }`,
        head: `<style>lit-floor:not(:defined){display:none}</style>
<script type="module" src="/lib/lit-floor/lit-floor.js"></script>`,
        body: `<lit-floor days="${DAYS}" heading="${HEADING}" message="${MESSAGE}"></lit-floor>
<script type="text/plain" data-consent="analytics">${GATED_CODE}</script>`,
      }),
    },
    {
      id: 'control',
      label: 'control (static HTML)',
      pkg: null,
      files: [],
      accept: '#accept',
      cookie: 'consent',
      html: page({
        banner: `() => document.getElementById('banner')`,
        head: `<style>
#banner{position:fixed;z-index:9999;left:0;right:0;bottom:0;padding:1rem;background:#fff;color:#1f2328;border-top:1px solid #6e7781;box-shadow:0 0 1rem rgb(0 0 0/.2)}
#banner h2{margin:0 0 .25rem;font-size:1.125rem}#banner p{margin:0 0 .75rem}
#banner button{font:inherit;padding:.5rem 1rem;margin-right:.5rem;border-radius:.375rem;border:1px solid #0b57d0;background:#0b57d0;color:#fff}
.consented #banner{display:none}
</style>
<script>if (/(?:^|; )consent=/.test(document.cookie)) document.documentElement.className = 'consented';</script>`,
        body: `<section id="banner" aria-labelledby="banner-heading">
<h2 id="banner-heading">${HEADING}</h2>
<p>${MESSAGE}</p>
<button type="button" id="accept">${ACCEPT}</button><button type="button" id="reject">${REJECT}</button>
</section>
<script type="text/plain" data-consent="analytics">${GATED_CODE}</script>
<script>
(function () {
  function run() {
    document.querySelectorAll('script[type="text/plain"][data-consent]').forEach(function (old) {
      var s = document.createElement('script');
      s.text = old.text;
      old.replaceWith(s);
    });
  }
  function decide(value) {
    document.cookie = 'consent=' + value + '; max-age=' + ${DAYS} * 86400 + '; path=/; samesite=lax';
    document.documentElement.className = 'consented';
    if (value === 'analytics') run();
  }
  document.getElementById('accept').onclick = function () { decide('analytics'); };
  document.getElementById('reject').onclick = function () { decide('none'); };
  if (/(?:^|; )consent=analytics/.test(document.cookie)) run();
})();
</script>`,
      }),
    },
  ];
}
