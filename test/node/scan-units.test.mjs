// The scanner's rules without a browser (issue 22): options, where the browser is looked for,
// what counts as first party, what is a violation and its fix, the suggested markup, and that
// page data cannot break the reports. Runs the built modules (dist/scanner/, `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findViolations } from '../../dist/scanner/find-violations.js';
import { findBrowser, usualBrowserPaths } from '../../dist/scanner/find-browser.js';
import { isFirstParty } from '../../dist/scanner/is-first-party.js';
import { matchesPattern, serviceForUrl } from '../../dist/scanner/known-services.js';
import { parseArgs } from '../../dist/scanner/parse-args.js';
import { reportHtml } from '../../dist/scanner/report-html.js';
import { plain } from '../../dist/scanner/plain.js';
import { painter, terminalSummary, wantsColour } from '../../dist/scanner/report-terminal.js';
import { ScanError } from '../../dist/scanner/scan-error.js';
import { suggestMarkup } from '../../dist/scanner/suggest-markup.js';
import { buildReport, reportJson } from '../../dist/scanner/build-report.js';
import { causeFromInitiator, PageMarkup } from '../../dist/scanner/request-cause.js';

/** The external script whose tag sits at `line`/`column` of `html`, as one visit's markup finds it. */
const scriptAt = (html, line, column, pageUrl) => new PageMarkup(html, pageUrl).scriptAt(line, column);

const PAGE = 'https://shop.example/';

/** A visit as `visitPage` answers it, with nothing in it unless given. */
const visit = (fields = {}) => ({
  decision: 'none', decided: null, granted: ['necessary'], status: 200, finalUrl: PAGE,
  cookies: [], localStorage: [], sessionStorage: [], requests: [], ungated: [], gated: [], ...fields,
});
const cookie = (name, fields = {}) => ({ name, domain: 'shop.example', path: '/', party: 'first', lifetime: 365, httpOnly: false, secure: true, sameSite: 'Lax', ...fields });
const config = (categories = [], fields = {}) => ({ cookieName: 'cookie_consent', storage: 'cookie', mode: 'opt-in', logEndpoint: '', categories, ...fields });
const category = (name, cookies = [], fields = {}) => ({ name, label: '', required: false, cookies, services: [], ...fields });
const page = (visits) => ({ url: PAGE, visits: { beforeDecision: null, afterReject: null, afterAccept: null, ...visits } });

test('options: URLs, --pages (default 10), --json, --html, --browser, --idle', () => {
  assert.deepEqual(parseArgs(['scan', 'https://a.example/#top', 'http://b.example/x']), { urls: ['https://a.example/', 'http://b.example/x'], pages: 10, idleMs: 1500 });
  const all = parseArgs(['scan', 'https://a.example/', '--pages', '3', '--json', 'r.json', '--html', 'r.html', '--browser', '/opt/chrome', '--idle', '0']);
  assert.deepEqual(all, { urls: ['https://a.example/'], pages: 3, idleMs: 0, json: 'r.json', html: 'r.html', browser: '/opt/chrome' });
  assert.equal(parseArgs(['--help']), 'help');
});

test('bad options are a ScanError with a one-line message', () => {
  const cases = [
    [['scan', 'ftp://x'], /only http and https/],
    [['scan', 'example.com'], /not a URL/],
    [['scan', 'https://a.example/', '--pages', '0'], /--pages takes a whole number of at least 1, not "0"/],
    [['scan', 'https://a.example/', '--pages', 'x'], /--pages takes a whole number/],
    [['scan', 'https://a.example/', '--pages', '2.5'], /--pages takes a whole number/],
    [['scan', 'https://a.example/', '--pages'], /--pages needs a value/],
    [['scan', 'https://a.example/', '--colour'], /unknown option --colour/],
    [['scan'], /at least one URL/],
    [['crawl', 'https://a.example/'], /unknown command "crawl"/],
    [[], /no command/],
  ];
  for (const [args, message] of cases) {
    assert.throws(() => parseArgs(args), (error) => error instanceof ScanError && message.test(error.message) && !error.message.includes('\n'), args.join(' '));
  }
});

test('the browser: --browser, then CHROME_PATH, then the usual paths; a named path that is missing is an error', () => {
  const only = (...paths) => (path) => paths.includes(path);
  assert.equal(findBrowser('/opt/chrome', { CHROME_PATH: '/usr/bin/chromium' }, 'linux', only('/opt/chrome', '/usr/bin/chromium')), '/opt/chrome');
  assert.equal(findBrowser(undefined, { CHROME_PATH: '/opt/c' }, 'linux', only('/opt/c', '/usr/bin/chromium')), '/opt/c');
  assert.equal(findBrowser(undefined, {}, 'linux', only('/usr/bin/google-chrome-stable', '/snap/bin/chromium')), '/usr/bin/google-chrome-stable');
  assert.equal(findBrowser(undefined, {}, 'linux', only('/snap/bin/chromium')), '/snap/bin/chromium');
  assert.throws(() => findBrowser('/nonexistent', {}, 'linux', only('/usr/bin/chromium')), /no browser at \/nonexistent \(--browser\)/);
  assert.throws(() => findBrowser(undefined, { CHROME_PATH: '/nope' }, 'linux', only('/usr/bin/chromium')), /no browser at \/nope \(CHROME_PATH\)/);
  assert.throws(() => findBrowser(undefined, { PATH: '/bin' }, 'linux', only()), /no Chrome or Chromium found/);
  assert.ok(usualBrowserPaths('darwin', {}).includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
  assert.ok(usualBrowserPaths('darwin', {}).includes('/Applications/Chromium.app/Contents/MacOS/Chromium'));
  const windows = usualBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' });
  assert.ok(windows.some((p) => p.startsWith('C:\\Program Files') && p.endsWith('chrome.exe')), windows.join(' '));
  assert.ok(windows.some((p) => p.includes('AppData') && p.endsWith('chrome.exe')), windows.join(' '));
});

test('first party: the same host, or one a subdomain of the other; a sibling subdomain or another name is another host', () => {
  assert.ok(isFirstParty('shop.example', 'shop.example'));
  assert.ok(isFirstParty('.example.com', 'www.example.com'));
  assert.ok(isFirstParty('img.www.example.com', 'www.example.com'));
  assert.ok(!isFirstParty('cdn.example.com', 'www.example.com'));
  assert.ok(!isFirstParty('localhost', '127.0.0.1'));
  assert.ok(!isFirstParty('notexample.com', 'example.com'));
});

test('cookie patterns: exact names, and * as a wildcard that escapes the rest', () => {
  assert.ok(matchesPattern('_ga', '_ga'));
  assert.ok(matchesPattern('_ga_ABC123', '_ga_*'));
  assert.ok(!matchesPattern('_gat', '_ga'));
  assert.ok(!matchesPattern('aXb', 'a.b'));
  assert.ok(matchesPattern('a.b', 'a.b'));
  // a scanned page's own pattern, which would make a regular expression backtrack for minutes
  assert.ok(!matchesPattern('a'.repeat(4000), `${'*a'.repeat(40)}*b`));
});

test('allowed before a decision: the consent record and what necessary and required categories declare; the rest is a violation', () => {
  const conf = config([category('necessary', ['session_id']), category('security', ['csrf_*'], { required: true }), category('analytics', ['_ga'])]);
  const before = visit({ granted: ['necessary', 'security'], cookies: [cookie('session_id', { lifetime: 'session' }), cookie('csrf_token'), cookie('cookie_consent'), cookie('_ga')] });
  const violations = findViolations(page({ beforeDecision: before }), conf);
  assert.deepEqual(violations.map((v) => `${v.kind} ${v.name} ${v.visit}`), ['cookie _ga before-decision']);
  assert.equal(violations[0].category, 'analytics', '_ga is Google Analytics');
});

test('after Reject all: only what was not there before a decision, and a gated script granted by necessary is allowed', () => {
  const conf = config([category('analytics')]);
  const before = visit({ cookies: [cookie('early')] });
  const reject = visit({ decision: 'reject-all', decided: true, cookies: [cookie('early'), cookie('late'), cookie('cookie_consent')] });
  const violations = findViolations(page({ beforeDecision: before, afterReject: reject }), conf);
  assert.deepEqual(violations.map((v) => `${v.name} ${v.visit}`), ['early before-decision', 'late after-reject']);

  const gated = visit({
    gated: [{ tag: 'script', src: 'https://cdn.vendor.example/need.js', consent: ['necessary'] }],
    requests: [{ url: 'https://cdn.vendor.example/need.js', host: 'cdn.vendor.example', type: 'script', cause: { kind: 'script', url: 'https://shop.example/cookie-consent.iife.js' } }],
    cookies: [cookie('vendor_id', { setBy: { kind: 'script', url: 'https://cdn.vendor.example/need.js' } })],
  });
  assert.deepEqual(findViolations(page({ beforeDecision: gated }), conf), []);
});

test('an ungated third-party script or iframe is a high violation; the iframe’s own requests are its line; a fix names a guessed category', () => {
  const before = visit({
    ungated: [
      { tag: 'script', src: 'https://www.googletagmanager.com/gtag/js', host: 'www.googletagmanager.com', party: 'third' },
      { tag: 'iframe', src: 'https://www.youtube.com/embed/x', host: 'www.youtube.com', party: 'third' },
      { tag: 'script', src: 'https://shop.example/app.js', host: 'shop.example', party: 'first' },
    ],
    requests: [
      { url: 'https://www.googletagmanager.com/gtag/js', host: 'www.googletagmanager.com', type: 'script', cause: { kind: 'markup', url: PAGE } },
      { url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com', type: 'fetch', cause: { kind: 'script', url: 'https://www.googletagmanager.com/gtag/js' } },
      { url: 'https://www.youtube.com/embed/x', host: 'www.youtube.com', type: 'document' },
      { url: 'https://i.ytimg.com/vi/x.jpg', host: 'i.ytimg.com', type: 'image', cause: { kind: 'frame', url: 'https://www.youtube.com/embed/x' } },
      { url: 'https://connect.facebook.net/en_US/fbevents.js', host: 'connect.facebook.net', type: 'script', cause: { kind: 'inline-script', url: PAGE } },
      { url: 'https://tracker.unknown.example/p.gif', host: 'tracker.unknown.example', type: 'image', cause: { kind: 'markup', url: PAGE, line: 12 } },
    ],
  });
  const found = findViolations(page({ beforeDecision: before }), config());
  const lines = found.map((v) => `${v.severity} ${v.kind} ${v.name} ${v.category}`);
  assert.deepEqual(lines, [
    'high ungated-script https://www.googletagmanager.com/gtag/js analytics',
    'high ungated-iframe https://www.youtube.com/embed/x marketing',
    'medium request https://connect.facebook.net/en_US/fbevents.js marketing',
    'medium request https://tracker.unknown.example/p.gif null',
    'medium request https://www.google-analytics.com/g/collect analytics',
  ]);
  const fix = (name) => found.find((v) => v.name === name).fix;
  assert.match(fix('https://www.googletagmanager.com/gtag/js'), /gate this script: type="text\/plain", src → data-src, data-consent="analytics"/);
  assert.match(fix('https://www.youtube.com/embed/x'), /gate this iframe: src → data-src, data-consent="marketing"/);
  assert.match(fix('https://connect.facebook.net/en_US/fbevents.js'), /gate the inline script that sends it: type="text\/plain", data-consent="marketing"/);
  assert.match(fix('https://tracker.unknown.example/p.gif'), /line 12 .*data-consent="…" naming the category it serves/);
});

test('a cookie the server sets with the page: the fix says to declare it necessary or set it after consent', () => {
  const before = visit({ cookies: [cookie('PHPSESSID', { lifetime: 'session', setBy: { kind: 'response', url: PAGE } })] });
  const [violation] = findViolations(page({ beforeDecision: before }), config());
  assert.equal(violation.severity, 'medium', 'a first-party session cookie');
  assert.match(violation.fix, /the server sets it .*<cookie-category name="necessary" cookies="PHPSESSID">.*only after consent/);
});

test('the banner’s own files from a CDN: the fix is to host them, not to gate them', () => {
  const before = visit({ ungated: [{ tag: 'script', src: 'https://cdn.jsdelivr.net/npm/cookie-consent-element/dist/cookie-consent.iife.js', host: 'cdn.jsdelivr.net', party: 'third' }] });
  const [violation] = findViolations(page({ beforeDecision: before }), config());
  assert.match(violation.fix, /host the banner's files on your own site/);
});

test('suggestions without services: one category snippet that keeps what it declares, grouped by the host that set each cookie', () => {
  const conf = config([category('analytics', ['_stats'], { label: 'Statistics' })]);
  const accept = visit({
    decision: 'accept-all', decided: true, granted: ['necessary', 'analytics'],
    gated: [{ tag: 'script', src: 'https://stats.vendor.example/s.js', consent: ['analytics'] }],
    cookies: [
      cookie('cookie_consent'), cookie('_stats'),
      cookie('_ga', { setBy: { kind: 'script', url: 'https://www.googletagmanager.com/gtag/js' } }),
      cookie('sv_id', { setBy: { kind: 'script', url: 'https://stats.vendor.example/s.js' } }),
    ],
  });
  const suggestions = suggestMarkup(accept, conf);
  assert.deepEqual(suggestions.map((s) => `${s.host} ${s.kind} ${s.category} ${s.cookies.join(',')}`), [
    'stats.vendor.example category analytics sv_id',
    'www.googletagmanager.com category analytics _ga',
  ]);
  assert.equal(suggestions[0].markup, '<cookie-category name="analytics" label="Statistics" cookies="_stats sv_id _ga"></cookie-category>');
  assert.equal(suggestions[1].markup, suggestions[0].markup, 'one complete snippet per category');
  assert.match(suggestions[0].why, /no <cookie-service>/);
});

test('suggestions with services: a <cookie-service> inside its category; a declared service is not suggested again; unknown categories are marked', () => {
  const conf = config([category('marketing', [], { services: [{ name: 'youtube', label: 'YouTube', cookies: ['YSC'] }] })]);
  const accept = visit({
    decision: 'accept-all', decided: true, granted: ['necessary', 'marketing', 'youtube'],
    cookies: [cookie('_fbp', { setBy: { kind: 'script', url: 'https://connect.facebook.net/en_US/fbevents.js' } }), cookie('odd', { setBy: { kind: 'inline-script', url: PAGE } })],
    requests: [
      { url: 'https://www.youtube.com/embed/x', host: 'www.youtube.com', type: 'document' },
      { url: 'https://connect.facebook.net/en_US/fbevents.js', host: 'connect.facebook.net', type: 'script' },
    ],
  });
  const suggestions = suggestMarkup(accept, conf);
  assert.deepEqual(suggestions.map((s) => `${s.host} ${s.kind} ${s.category} ${s.service?.name}`), [
    'connect.facebook.net service marketing meta-pixel',
    'shop.example service CATEGORY shop',
  ]);
  assert.equal(suggestions[0].markup, '<cookie-category name="marketing">\n  <cookie-service name="meta-pixel" label="Meta Pixel" cookies="_fbp"></cookie-service>\n</cookie-category>');
  assert.equal(suggestions[1].categoryKnown, false);
  assert.match(suggestions[1].why, /Replace CATEGORY/);
});

test('a third-party host that sets no cookie is suggested as a service: only a service names a vendor', () => {
  const accept = visit({ decision: 'accept-all', requests: [{ url: 'https://player.vimeo.com/video/1', host: 'player.vimeo.com', type: 'document' }] });
  const [suggestion] = suggestMarkup(accept, config([category('marketing')]));
  assert.equal(suggestion.kind, 'service');
  assert.equal(suggestion.markup, '<cookie-category name="marketing">\n  <cookie-service name="vimeo" label="Vimeo"></cookie-service>\n</cookie-category>');
});

test('a cookie name with * or whitespace is never put in suggested markup: it would declare a pattern or two names; it is listed apart', () => {
  // a widget the site gates as necessary writes `*`, `_*` and `chat id` besides chat_id; Chromium accepts all four names
  const widget = 'https://widget.example/chat.js';
  const setBy = { kind: 'script', url: widget };
  const accept = visit({
    decision: 'accept-all', decided: true, granted: ['necessary', 'analytics'],
    cookies: ['*', '_*', 'chat id', 'chat\tuid', 'chat_id'].map((name) => cookie(name, { setBy })),
    gated: [{ tag: 'script', src: widget, consent: ['necessary'] }],
  });
  const conf = config([category('necessary', ['session_id'])]);
  const [suggestion] = suggestMarkup(accept, conf);
  assert.equal(suggestion.markup, '<cookie-category name="necessary" cookies="session_id chat_id"></cookie-category>');
  assert.deepEqual(suggestion.cookies, ['chat_id']);
  assert.deepEqual(suggestion.undeclarable, ['*', '_*', 'chat\tuid', 'chat id'].sort());
  // pasted as suggested, the next scan still finds _ga before a decision
  const pasted = config([category('necessary', /cookies="([^"]*)"/.exec(suggestion.markup)[1].split(/\s+/))]);
  const before = visit({ cookies: [cookie('_ga'), cookie('chat')] });
  assert.deepEqual(findViolations(page({ beforeDecision: before }), pasted).map((v) => v.name), ['_ga', 'chat']);

  // a host whose only cookies cannot be named: listed, with nothing to paste
  const [only] = suggestMarkup(visit({ decision: 'accept-all', cookies: [cookie('ga uid', { setBy: { kind: 'inline-script', url: PAGE } })] }), config([category('analytics')]));
  assert.equal(only.markup, '');
  assert.deepEqual(only.undeclarable, ['ga uid']);
  assert.match(only.why, /"ga uid" set by shop\.example after Accept all cannot be declared exactly/);
  // with services: a <cookie-service> without the names
  const [service] = suggestMarkup(visit({ decision: 'accept-all', cookies: [cookie('*', { domain: 'track.example', party: 'third', setBy: { kind: 'script', url: 'https://track.example/t.js' } })] }), config([category('marketing', [], { services: [{ name: 'youtube', label: 'YouTube', cookies: [] }] })]));
  assert.equal(service.markup, '<cookie-category name="CATEGORY">\n  <cookie-service name="track" label="track.example"></cookie-service>\n</cookie-category>');
  assert.deepEqual(service.undeclarable, ['*']);

  // both reports show them beside the suggestion, quoted
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: conf, visits: { beforeDecision: null, afterReject: null, afterAccept: accept }, violations: [], suggestions: [suggestion, only], notes: [] }],
  });
  const terminal = terminalSummary(report, painter(false), {});
  assert.match(terminal, /not in the markup: "\*" "_\*" "chat\\tuid" "chat id" cannot be declared exactly/);
  assert.match(terminal, /not in the markup: "ga uid" cannot be declared exactly/);
  assert.match(terminal, /"ga uid" set by shop\.example after Accept all cannot be declared exactly/);
  const html = reportHtml(report);
  assert.match(html, /Not in the markup: <code>&quot;\*&quot; &quot;_\*&quot; &quot;chat\\tuid&quot; &quot;chat id&quot;<\/code> cannot be declared exactly/);
  assert.ok(!html.includes('<pre><code></code></pre>'), 'no empty snippet');

  // nor in a violation's fix
  const [served] = findViolations(page({ beforeDecision: visit({ cookies: [cookie('*', { setBy: { kind: 'response', url: PAGE } })] }) }), config());
  assert.doesNotMatch(served.fix, /cookies="/);
  assert.match(served.fix, /its name "\*" cannot be declared exactly/);
});

test('page data cannot break the reports: HTML escapes every string, the terminal drops control characters, markup escapes names', () => {
  const hostile = '"><img src=x onerror=alert(1)>';
  const before = visit({ localStorage: [{ origin: 'https://shop.example', party: 'first', key: hostile }], cookies: [cookie(`<b>${'\u001b'}[2J</b>`)] });
  const violations = findViolations(page({ beforeDecision: before }), config());
  const report = buildReport({ start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0, results: [{ url: `${PAGE}?q=<script>`, banner: true, config: config(), visits: { beforeDecision: before, afterReject: null, afterAccept: null }, violations, suggestions: [], notes: [hostile] }] });
  const html = reportHtml(report);
  assert.ok(!html.includes('<img'), 'no element from page data');
  assert.ok(!html.includes('<script'), 'no script at all');
  assert.ok(!html.includes('<b>'), 'cookie names are text');
  assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(violations.some((v) => v.fix.includes('cookies="&lt;b&gt;&#x1b;[2J&lt;/b&gt;"')), 'a fix that shows markup escapes the name in it');
  assert.ok(!violations.some((v) => v.fix.includes('cookies="&quot;')), 'a name with spaces is not offered as markup at all');
  assert.equal(plain('a\u001b[2Jb\u0007'), 'a\ufffd[2Jb\ufffd');
});

test('the terminal drops bidirectional formatting characters from page data: a cookie name cannot reorder its report line', () => {
  // a right-to-left override shows "x\u202egnp.exe" as "xexe.png"; isolates and marks do the same more quietly
  assert.equal(plain('x\u202egnp.exe'), 'x\ufffdgnp.exe');
  assert.equal(plain('a\u2066b\u2069c\u2067d\u2068e'), 'a\ufffdb\ufffdc\ufffdd\ufffde');
  assert.equal(plain('\u202a\u202b\u202c\u202d\u200e\u200f\u061c'), '\ufffd'.repeat(7));
  assert.equal(plain('نام_کوکی עוגייה'), 'نام_کوکی עוגייה', 'right-to-left text itself is kept');
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: config(), visits: { beforeDecision: visit(), afterReject: null, afterAccept: null }, violations: findViolations(page({ beforeDecision: visit({ cookies: [cookie('id\u202e1 ,yad 1')] }) }), config()), suggestions: [], notes: [] }],
  });
  const summary = terminalSummary(report, painter(false), {});
  assert.match(summary, /cookie id\ufffd1 ,yad 1 \(shop\.example/);
  assert.doesNotMatch(summary, /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
});

test('the HTML report drops bidirectional formatting and control characters from page data too: no row reads as something else', () => {
  // every place page data reaches: the page's URL, a note, a cookie, a storage key, a request, a cause, a fix, a suggestion's markup
  const rlo = '\u202e';
  const bidi = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  const conf = config([category('analytics', ['_stats'], { label: `Stats${rlo}\u2066 lanoitcnuf\u2069` })]);
  const setBy = { kind: 'script', url: `https://t.example/${rlo}sj.exe` };
  const before = visit({
    cookies: [cookie(`id${rlo}1 ,yad 1`, { setBy }), cookie('a\u0007b\u001b[2J')],
    localStorage: [{ origin: 'https://shop.example', party: 'first', key: `k${rlo}ey\u200f` }],
    requests: [{ url: `https://t.example/${rlo}fig.gif`, host: 't.example', type: 'image', cause: setBy }],
  });
  const accept = visit({ decision: 'accept-all', decided: true, granted: ['necessary', 'analytics'], gated: [{ tag: 'script', src: 'https://t.example/s.js', consent: ['analytics'] }], cookies: [cookie(`sv${rlo}di`, { setBy: { kind: 'script', url: 'https://t.example/s.js' } })] });
  const suggestions = suggestMarkup(accept, conf);
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: `${PAGE}${rlo}`, banner: true, config: conf, visits: { beforeDecision: before, afterReject: null, afterAccept: accept }, violations: findViolations(page({ beforeDecision: before }), conf), suggestions, notes: [`note${rlo}`] }],
  });
  const html = reportHtml(report);
  assert.doesNotMatch(html, bidi);
  assert.match(html, /<code>id\ufffd1 ,yad 1<\/code>/);
  assert.match(html, /cookie a\ufffdb\ufffd\[2J \(shop\.example/);
  assert.match(html, /Set by the script https:\/\/t\.example\/\ufffdsj\.exe/);
  assert.match(html, /<pre><code>&lt;cookie-category name=&quot;analytics&quot; label=&quot;Stats&amp;#x202e;&amp;#x2066; lanoitcnuf&amp;#x2069;&quot;/, 'a snippet shows them as character references');
  // a snippet keeps its own line breaks
  const services = config([category('marketing', [], { services: [{ name: 'x', label: 'X', cookies: [] }] })]);
  const [service] = suggestMarkup(visit({ decision: 'accept-all', cookies: [cookie(`t${rlo}id`, { domain: 'track.example', party: 'third', setBy: { kind: 'script', url: 'https://track.example/t.js' } })] }), services);
  const serviceHtml = reportHtml(buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: services, visits: { beforeDecision: null, afterReject: null, afterAccept: null }, violations: [], suggestions: [service], notes: [] }],
  }));
  assert.match(serviceHtml, /<pre><code>&lt;cookie-category name=&quot;CATEGORY&quot;&gt;\n  &lt;cookie-service name=&quot;track&quot; label=&quot;track\.example&quot; cookies=&quot;t&amp;#x202e;id&quot;&gt;&lt;\/cookie-service&gt;\n&lt;\/cookie-category&gt;<\/code><\/pre>/);
  assert.doesNotMatch(serviceHtml, bidi);
});

test('suggested markup writes invisible and reordering characters as character references: exact, and visible in every report', () => {
  // Chromium takes all of these in a cookie's name; pasted raw, the first reorders the owner's line and the others hide in it
  const names = ['sv\u202eid', '_g\u200ba', 'tag\u{e0041}x', 'c1\u0085x'];
  const setBy = { kind: 'script', url: 'https://t.example/s.js' };
  const conf = config([category('analytics', [], { label: 'Stats\u2067' })]);
  const accept = visit({ decision: 'accept-all', decided: true, granted: ['necessary', 'analytics'], gated: [{ tag: 'script', src: setBy.url, consent: ['analytics'] }], cookies: names.map((name) => cookie(name, { setBy })) });
  const [suggestion] = suggestMarkup(accept, conf);
  assert.doesNotMatch(suggestion.markup, /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u, suggestion.markup);
  assert.equal(suggestion.markup, '<cookie-category name="analytics" label="Stats&#x2067;" cookies="_g&#x200b;a c1&#x85;x sv&#x202e;id tag&#xe0041;x"></cookie-category>');
  // markup decodes the references to the names themselves: pasted, it declares exactly those cookies
  const decoded = /cookies="([^"]*)"/.exec(suggestion.markup)[1].replace(/&#x([0-9a-f]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).split(' ');
  assert.deepEqual(decoded.sort(), [...names].sort());
  // both reports show the snippet as it is to be pasted
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: conf, visits: { beforeDecision: null, afterReject: null, afterAccept: accept }, violations: [], suggestions: [suggestion], notes: [] }],
  });
  assert.ok(terminalSummary(report, painter(false), {}).includes(suggestion.markup));
  assert.ok(reportHtml(report).includes('cookies=&quot;_g&amp;#x200b;a c1&amp;#x85;x sv&amp;#x202e;id tag&amp;#xe0041;x&quot;'));
  // and a fix that offers markup
  const [fix] = findViolations(page({ beforeDecision: visit({ cookies: [cookie('id\u202e', { setBy: { kind: 'response', url: PAGE } })] }) }), config());
  assert.match(fix.fix, /cookies="id&#x202e;"/);
});

test('the JSON report escapes invisible and reordering characters of page data: the same strings, a file that reads as it holds', () => {
  const names = ['id\u202e1 ,yad 1', '_g\u200ba', 'tag\u{e0041}x', 'nel\u0085x', 'del\u007fx', 'ls\u2028x', 'bom\ufeffx', 'lone\ud800x', 'نام_کوکی'];
  const before = visit({ cookies: names.map((name) => cookie(name)), localStorage: [{ origin: 'https://shop.example', party: 'first', key: 'k\u2066ey' }] });
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: config(), visits: { beforeDecision: before, afterReject: null, afterAccept: null }, violations: findViolations(page({ beforeDecision: before }), config()), suggestions: [], notes: ['note\u202e'] }],
  });
  const json = reportJson(report);
  assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
  assert.ok(json.includes('"name": "id\\u202e1 ,yad 1"'), 'written as an escape');
  assert.ok(json.includes('"name": "tag\\udb40\\udc41x"'));
  assert.ok(json.includes('نام_کوکی'), 'right-to-left text itself is kept');
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)), 'a reader gets the same report');
});

test('a request blamed on the parser at a <script src> tag is that script’s', () => {
  const html = '<!doctype html>\n<head>\n<script src="/a.js"></script> <script src=\'https://t.example/b.js?id=1\'></script>\n<img src="x.gif">';
  // Chromium names the end of the script's closing tag (line and column from 0)
  assert.equal(scriptAt(html, 2, html.split('\n')[2].length, PAGE), 'https://t.example/b.js');
  assert.equal(scriptAt(html, 2, 29, PAGE), 'https://shop.example/a.js');
  assert.equal(scriptAt(html, 3, 5, PAGE), '');
});

test('a page’s HTML cannot make the search for a script tag run for hours: each line is read once, in linear time', () => {
  // 400 kB of "<script " with no ">", then a pixel: a pattern tried again from every start took seconds here, hours for a few MB
  const junk = `<!-- ${'<script '.repeat(50_000)}--><script src="/s.js"></script><img src="p.gif">`;
  let started = performance.now();
  assert.equal(scriptAt(`<!doctype html>\n${junk}\n`, 1, junk.length - 1, PAGE), 'https://shop.example/s.js');
  assert.equal(scriptAt(`<!doctype html>\n${junk}\n`, 1, junk.indexOf('<script src'), PAGE), '', 'a tag that ends after the column is not it');
  let ms = performance.now() - started;
  assert.ok(ms < 1000, `one line of junk: ${Math.round(ms)} ms`);
  // one finder for a visit: two thousand requests blamed on one line of a 1 MB page read it once
  const line = '<script src="/s.js"></script><img src="p.gif">'.repeat(20_000);
  const markup = new PageMarkup(`<!doctype html>\n${line}\n`, PAGE);
  started = performance.now();
  for (let i = 1; i <= 2000; i++) assert.equal(markup.scriptAt(1, line.length - i * 46 - 1), 'https://shop.example/s.js');
  ms = performance.now() - started;
  assert.ok(ms < 1000, `two thousand requests: ${Math.round(ms)} ms`);
});

test('a request blamed on the parser where no markup names it is not the markup’s: an async script sent it', () => {
  // what Chromium reports for `new Image().src = …` in an async script run while the page is parsed
  const html = '<!doctype html>\n<script async src="https://t.example/tag.js"></script>\n<p>text</p>\n';
  const atEnd = { type: 'parser', url: PAGE, lineNumber: 4, columnNumber: 0 };
  assert.equal(causeFromInitiator(atEnd, PAGE, new PageMarkup(html, PAGE), 'https://collect.example/g/collect?v=2'), undefined);
  const img = '<!doctype html>\n<p>text</p>\n<img src="https://px.example/p.gif?id=1&amp;ev=1">\n';
  assert.deepEqual(causeFromInitiator({ type: 'parser', url: PAGE, lineNumber: 2, columnNumber: 50 }, PAGE, new PageMarkup(img, PAGE), 'https://px.example/p.gif?id=1&ev=1'), { kind: 'markup', url: PAGE, line: 3 });
  const [violation] = findViolations(page({ beforeDecision: visit({ requests: [{ url: 'https://collect.example/g/collect', host: 'collect.example', type: 'image' }] }) }), config());
  assert.match(violation.fix, /^find the script or element that sends it/);
  assert.doesNotMatch(violation.fix, /line/);
});

test('colour only on a terminal, and never with NO_COLOR set', () => {
  assert.equal(wantsColour({ isTTY: true }, {}), true);
  assert.equal(wantsColour({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(wantsColour({ isTTY: false }, {}), false);
  assert.equal(wantsColour({}, {}), false);
});

test('a suggested service says to go inside the category the banner already has: a second <cookie-category> of that name is ignored', () => {
  const conf = config([category('analytics', ['_ga', '_ga_*'], { label: 'Statistics' }), category('marketing', [], { services: [{ name: 'youtube', label: 'YouTube', cookies: [] }] })]);
  const accept = visit({ decision: 'accept-all', requests: [{ url: 'https://www.googletagmanager.com/gtag/js', host: 'www.googletagmanager.com', type: 'script' }] });
  const [suggestion] = suggestMarkup(accept, conf);
  assert.equal(suggestion.category, 'analytics');
  assert.match(suggestion.why, /put the <cookie-service> line inside it: a second one of that name is ignored/);
});

test('gated markup excuses only what it can have done, and never a URL the page also loads ungated', () => {
  // markup slipped into the page names the URL of a script the page loads ungated, gated as necessary
  const tag = 'https://stats.vendor.example/s.js';
  const setBy = { kind: 'script', url: tag };
  const twins = [
    { tag: 'img', src: tag, consent: ['necessary'] },
    { tag: 'script', src: tag, consent: ['necessary'] },
  ];
  for (const fake of twins) {
    const before = visit({
      ungated: [{ tag: 'script', src: tag, host: 'stats.vendor.example', party: 'third' }],
      gated: [fake],
      cookies: [cookie('sv_id', { setBy })],
      localStorage: [{ origin: PAGE.slice(0, -1), party: 'first', key: 'sv_key', setBy }],
      requests: [{ url: 'https://stats.vendor.example/hit', host: 'stats.vendor.example', type: 'fetch', cause: setBy }],
    });
    const found = findViolations(page({ beforeDecision: before }), config([category('analytics')]));
    assert.deepEqual(found.map((v) => `${v.kind} ${v.name}`), ['ungated-script https://stats.vendor.example/s.js', 'cookie sv_id', 'localStorage sv_key', 'request https://stats.vendor.example/hit'], `a gated <${fake.tag}> twin`);
    // nor does it steer the suggestion's category
    const accept = { ...before, decision: 'accept-all', decided: true, granted: ['necessary', 'analytics'] };
    const [suggestion] = suggestMarkup(accept, config([category('necessary'), category('analytics')]));
    assert.equal(suggestion.category, 'CATEGORY', `a gated <${fake.tag}> twin`);
  }
  // an <img> runs no code: it cannot answer for a script's writes, even one the page does not load ungated
  const imgOnly = visit({ gated: [{ tag: 'img', src: tag, consent: ['necessary'] }], cookies: [cookie('sv_id', { setBy })] });
  assert.deepEqual(findViolations(page({ beforeDecision: imgOnly }), config()).map((v) => v.name), ['sv_id']);
  // a copy gated as necessary does not excuse the one the site gates as analytics before a decision
  const both = visit({ gated: [{ tag: 'script', src: tag, consent: ['necessary'] }, { tag: 'script', src: tag, consent: ['analytics'] }], cookies: [cookie('sv_id', { setBy })] });
  assert.deepEqual(findViolations(page({ beforeDecision: both }), config([category('analytics')])).map((v) => v.name), ['sv_id']);
  // the real thing still counts: a gated script alone, granted, and a gated pixel's own load
  const real = visit({
    gated: [{ tag: 'script', src: tag, consent: ['necessary'] }, { tag: 'img', src: 'https://px.example/p.gif', consent: ['necessary'] }],
    cookies: [cookie('sv_id', { setBy })],
    requests: [{ url: 'https://px.example/p.gif', host: 'px.example', type: 'image', cause: { kind: 'script', url: 'https://shop.example/cookie-consent.iife.js' } }],
  });
  assert.deepEqual(findViolations(page({ beforeDecision: real }), config()), []);
});

test('a host that serves several things is told apart by its path: a Google Maps embed is functional, the rest of www.google.com is not maps', () => {
  assert.equal(serviceForUrl('https://www.google.com/maps/embed?pb=!1m18')?.name, 'google-maps');
  assert.equal(serviceForUrl('https://www.google.com/maps')?.name, 'google-maps');
  assert.equal(serviceForUrl('https://google.com/maps/embed/v1/place')?.name, 'google-maps');
  for (const other of ['https://www.google.com/', 'https://www.google.com/mapsearch', 'https://www.google.com/search?q=/maps/', 'https://www.google.com/recaptcha/api.js', 'https://www.google.com/url?q=https://www.google.com/maps', 'https://notgoogle.com/maps/embed', 'https://www.google.com.evil.example/maps/embed', 'not a url']) {
    assert.equal(serviceForUrl(other), undefined, other);
  }
  const embed = 'https://www.google.com/maps/embed';
  const before = visit({
    ungated: [{ tag: 'iframe', src: embed, host: 'www.google.com', party: 'third' }, { tag: 'script', src: 'https://www.google.com/recaptcha/api.js', host: 'www.google.com', party: 'third' }],
    requests: [{ url: 'https://www.google.com/pagead/1p-user-list', host: 'www.google.com', type: 'image', cause: { kind: 'frame', url: embed } }],
  });
  const found = findViolations(page({ beforeDecision: before }), config());
  assert.deepEqual(found.map((v) => `${v.kind} ${v.name} ${v.category}`), [
    'ungated-script https://www.google.com/recaptcha/api.js null',
    'ungated-iframe https://www.google.com/maps/embed functional',
  ]);
  assert.match(found[1].fix, /gate this iframe: src → data-src, data-consent="functional"/);
  // suggestions: the embed (and what it loads inside its frame) is one Google Maps service; the rest of the host is not
  const accept = visit({
    decision: 'accept-all', decided: true, granted: ['necessary', 'functional'],
    requests: [
      { url: embed, host: 'www.google.com', type: 'document' },
      { url: 'https://maps.gstatic.com/mapfiles/x.png', host: 'maps.gstatic.com', type: 'image', cause: { kind: 'frame', url: embed } },
      { url: 'https://www.google.com/recaptcha/api.js', host: 'www.google.com', type: 'script' },
    ],
  });
  const suggestions = suggestMarkup(accept, config([category('functional')]));
  assert.deepEqual(suggestions.map((s) => `${s.host} ${s.category} ${s.service?.name}`), ['maps.gstatic.com functional google-maps', 'www.google.com CATEGORY google']);
  assert.equal(suggestions[0].markup, '<cookie-category name="functional">\n  <cookie-service name="google-maps" label="Google Maps"></cookie-service>\n</cookie-category>');
  assert.match(suggestions[0].why, /^maps\.gstatic\.com and www\.google\.com are contacted after Accept all/);
});

test('one Google tag, one service: gtag.js and the collection it sends are Google Analytics, and the suggestion says to gate on the service’s id', () => {
  const gtag = 'https://www.googletagmanager.com/gtag/js';
  const setBy = { kind: 'script', url: gtag };
  const conf = config([category('analytics', [], { label: 'Statistics' }), category('marketing', [], { services: [{ name: 'youtube', label: 'YouTube', cookies: [] }] })]);
  const accept = visit({
    decision: 'accept-all', decided: true, granted: ['necessary', 'analytics', 'marketing', 'youtube'],
    cookies: [cookie('_ga', { setBy }), cookie('_ga_ABC123', { setBy })],
    requests: [
      { url: gtag, host: 'www.googletagmanager.com', type: 'script', cause: { kind: 'markup', url: PAGE, line: 4 } },
      { url: 'https://region1.google-analytics.com/g/collect', host: 'region1.google-analytics.com', type: 'fetch', cause: setBy },
    ],
  });
  const suggestions = suggestMarkup(accept, conf);
  assert.deepEqual(suggestions.map((s) => `${s.kind} ${s.category} ${s.service?.name} ${s.cookies.join(',')}`), ['service analytics google-analytics _ga,_ga_ABC123']);
  assert.equal(suggestions[0].markup, '<cookie-category name="analytics">\n  <cookie-service name="google-analytics" label="Google Analytics" cookies="_ga _ga_ABC123"></cookie-service>\n</cookie-category>');
  assert.match(suggestions[0].why, /set by region1\.google-analytics\.com and www\.googletagmanager\.com after Accept all/);
  assert.match(suggestions[0].why, /Gate its script or iframe with data-consent="google-analytics", the service's id/);
  // Tag Manager's own container stays Tag Manager
  const gtm = suggestMarkup(visit({ decision: 'accept-all', requests: [{ url: 'https://www.googletagmanager.com/gtm.js', host: 'www.googletagmanager.com', type: 'script' }] }), conf);
  assert.deepEqual(gtm.map((s) => `${s.category} ${s.service?.name}`), ['analytics google-tag-manager']);
  assert.match(gtm[0].why, /data-consent="google-tag-manager"/);
});
