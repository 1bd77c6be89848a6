/**
 * The demo site (`demo/`, issue 8), walked as a visitor would: each page in a frame, from the
 * TypeScript sources as `npm start` serves them, and once from the production build
 * (`npm run build:demo`, which `npm test` runs first) as static files under a sub-path.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../demo/inspector/consent-inspector.js';
import { clearStorage, cookieRecord, rawCookie, sleep, storeRecord, until } from '../helpers.js';
import {
  closeDemoPages, foreignRequests, openDemoPage, openPreferences, sectionText, type DemoPage,
} from './site-helpers.js';

const switchOf = (dialog: HTMLDialogElement, id: string) => dialog.querySelector<HTMLInputElement>(`[name="${id}"]`)!;

/** Waits until the gated analytics tag (`demo/site/fake-analytics.js`) has run in the page. */
const analyticsRan = (page: DemoPage) => until(() => page.win.demoAnalytics, 'the analytics tag to run');

/**
 * The inspector's line for the first Consent Mode `update`. The element loads its Consent Mode
 * part on demand: a click in the first milliseconds of the page is pushed once that arrived.
 */
const consentUpdate = (page: DemoPage) =>
  until(() => page.inspector.shadowRoot!.querySelector('#datalayer [data-command="update"]'), 'a Consent Mode update');

describe('demo site', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeDemoPages();
    clearStorage();
  });

  it('home, first visit: the banner asks, the inspector shows no decision, the Consent Mode default and the blocked tag', async () => {
    const page = await openDemoPage('/demo/index.html');
    expect(page.banner.open, 'banner shown').to.equal(true);
    expect(page.bannerButton('accept-button').textContent!.trim()).to.equal('Accept all');
    expect(await sectionText(page, 'record')).to.contain('No decision yet').and.contain('No cookie cookie_consent');
    const events = await page.section('events');
    expect(events.querySelector('[data-type="consent-ready"]')?.textContent).to.contain('no stored decision');
    expect(events.querySelector('[data-type="consent-show"]')?.textContent).to.contain('banner');
    const defaults = (await page.section('datalayer')).querySelectorAll('[data-command="default"]');
    expect(defaults.length, 'one default, from consent-mode.js in <head>').to.equal(1);
    expect(defaults[0].textContent).to.match(/granted\s+security_storage/).and.contain('ad_storage');
    expect(await sectionText(page, 'gated')).to.contain('blocked script fake-analytics.js (analytics)');
    await sleep(50);
    expect(page.win.demoAnalytics, 'the analytics tag did not run').to.equal(undefined);
    expect(rawCookie('_demo_views', page.doc)).to.equal(undefined);
    expect(foreignRequests(page.win), 'nothing fetched from elsewhere').to.deep.equal([]);
  });

  it('Accept all: the record, the event, a Consent Mode update, and the analytics tag runs', async () => {
    const page = await openDemoPage('/demo/index.html');
    page.bannerButton('accept-button').click();
    expect(page.banner.open).to.equal(false);
    expect(cookieRecord('cookie_consent', page.doc)!.granted).to.deep.equal(['necessary', 'analytics', 'marketing', 'youtube', 'meta-pixel']);
    expect(await sectionText(page, 'record')).to.contain('granted necessary analytics marketing youtube meta-pixel').and.contain('cause accept-all');
    const change = (await page.section('events')).querySelector('[data-type="consent-change"]')!;
    expect(change.textContent!.replace(/\s+/g, ' ')).to.contain(
      'cause accept-all · granted necessary analytics marketing youtube meta-pixel · changed analytics marketing youtube meta-pixel',
    );
    const update = await consentUpdate(page);
    expect(update.textContent).to.match(/granted[^·]*analytics_storage/).and.match(/granted[^·]*ad_storage/);
    await analyticsRan(page);
    expect(rawCookie('_demo_views', page.doc), 'the tag set its cookie').to.be.a('string');
    await until(async () => (await sectionText(page, 'gated')).includes('ran script fake-analytics.js'), 'the inspector to list the tag as run');
    // (the inert script stays in place beside the one that ran: listed once, as run)
    expect(await sectionText(page, 'gated')).not.to.contain('blocked script fake-analytics.js');
  });

  it('Reject all: nothing optional runs, and the inspector says so', async () => {
    const page = await openDemoPage('/demo/index.html');
    page.bannerButton('reject-button').click();
    expect(cookieRecord('cookie_consent', page.doc)!.denied).to.deep.equal(['analytics', 'marketing', 'youtube', 'meta-pixel']);
    expect(await sectionText(page, 'record')).to.contain('denied analytics marketing youtube meta-pixel').and.contain('cause reject-all');
    await sleep(100);
    // the update is pushed when it changes something (a click before the Consent Mode part
    // arrived is compared with the default); whatever is there grants nothing optional
    const commands = [...(await page.section('datalayer')).querySelectorAll('[data-command]')];
    expect(commands.length).to.be.greaterThan(0);
    for (const c of commands) expect(c.querySelector('.on')!.textContent).to.equal('granted security_storage');
    expect(page.win.demoAnalytics).to.equal(undefined);
    expect(await sectionText(page, 'gated')).to.contain('blocked script fake-analytics.js');
  });

  it('our numbers: the chart appears only once statistics are granted in the preferences', async () => {
    const page = await openDemoPage('/demo/stats.html');
    const widget = page.doc.querySelector<HTMLElement>('[data-analytics-widget]')!;
    expect(widget.textContent).to.contain('Statistics are not allowed');
    expect(widget.hasAttribute('data-drawn')).to.equal(false);
    const dialog = await openPreferences(page);
    expect(switchOf(dialog, 'analytics').checked, 'nothing pre-ticked').to.equal(false);
    expect(dialog.textContent).to.contain('Statistics');
    switchOf(dialog, 'analytics').click();
    dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    const record = cookieRecord('cookie_consent', page.doc)!;
    expect(record.granted).to.deep.equal(['necessary', 'analytics']);
    expect(record.denied).to.deep.equal(['marketing', 'youtube', 'meta-pixel']);
    await until(() => widget.hasAttribute('data-drawn'), 'the chart');
    expect(widget.textContent).to.contain('Page views counted in this browser: 1').and.contain('stats.html');
    expect(widget.querySelectorAll('.bar').length).to.equal(1);
    expect(await sectionText(page, 'record')).to.contain('cause save');
  });

  it('a returning visitor reopens the preferences from the footer link and withdraws statistics', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: ['marketing', 'youtube', 'meta-pixel'] });
    document.cookie = `_demo_views=${encodeURIComponent('{"index.html":3}')}; path=/`;
    const page = await openDemoPage('/demo/privacy.html');
    expect(page.banner.open, 'no banner for a stored decision').to.equal(false);
    await analyticsRan(page);
    expect(await sectionText(page, 'record')).to.contain('granted necessary analytics');
    const link = page.doc.querySelector<HTMLAnchorElement>('footer [data-consent-open]')!;
    expect(link.textContent).to.equal('Cookie settings');
    const dialog = await openPreferences(page, link);
    expect(page.win.location.hash, 'the link did not navigate').to.equal('');
    expect(switchOf(dialog, 'analytics').checked, 'the stored choice is shown').to.equal(true);
    expect(switchOf(dialog, 'marketing').checked).to.equal(false);
    switchOf(dialog, 'analytics').click();
    dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    expect(cookieRecord('cookie_consent', page.doc)!.denied).to.deep.equal(['analytics', 'marketing', 'youtube', 'meta-pixel']);
    expect(rawCookie('_demo_views', page.doc), 'the withdrawn category’s cookie is deleted').to.equal(undefined);
    const events = await sectionText(page, 'events');
    expect(events).to.contain('cause save · granted necessary · changed analytics');
  });

  it('the article: the video waits behind its placeholder, which allows YouTube alone and loads it in one click', async () => {
    const page = await openDemoPage('/demo/article.html');
    const video = page.doc.querySelector<HTMLIFrameElement>('iframe[data-consent="youtube"]')!;
    expect(video.hasAttribute('src'), 'nothing requested before consent').to.equal(false);
    const placeholder = page.doc.querySelector<HTMLElement>('.consent-placeholder')!;
    expect(placeholder.textContent).to.equal('This content is blocked because it uses YouTube cookies. Allow YouTube cookies and load');
    expect(await sectionText(page, 'gated')).to.contain('blocked iframe “How we roast, in two minutes” (youtube)');
    placeholder.querySelector('button')!.click();
    expect(video.getAttribute('src')).to.equal('./embed.html');
    expect(page.doc.querySelector('.consent-placeholder')).to.equal(null);
    const record = cookieRecord('cookie_consent', page.doc)!;
    expect(record.granted, 'YouTube, and nothing else of marketing').to.deep.equal(['necessary', 'youtube']);
    expect(page.banner.isGranted('marketing')).to.equal(false);
    expect(page.banner.isGranted('meta-pixel')).to.equal(false);
    await until(() => video.contentDocument?.querySelector('button[aria-label="Play"]'), 'the local player');
    await until(async () => (await sectionText(page, 'gated')).includes('loaded iframe “How we roast'), 'the inspector');
    expect(foreignRequests(page.win), 'nothing fetched from elsewhere').to.deep.equal([]);
  });

  for (const [file, current] of [
    ['index.html', 'Home'],
    ['article.html', 'Journal: how we roast'],
    ['stats.html', 'Our numbers'],
    ['privacy.html', 'Privacy'],
    ['notice.html', 'Classic notice'],
  ]) {
    it(`${file}: header with the navigation, footer with Cookie settings, the inspector, a banner`, async () => {
      const page = await openDemoPage(`/demo/${file}`);
      const nav = page.doc.querySelector('header nav[aria-label="Site"]')!;
      expect(nav.querySelector('[aria-current="page"]')?.textContent).to.equal(current);
      expect(nav.querySelector('a[href="./configurator.html"]'), 'the configurator is linked').to.not.equal(null);
      expect(page.doc.querySelector('footer [data-consent-open]')).to.not.equal(null);
      expect(page.inspector.shadowRoot!.querySelector('details')!.open).to.equal(true);
      expect(page.banner.open).to.equal(true);
    });

    it(`${file}: the header is written while the page is parsed, nothing below it moves`, async function () {
      const page = await openDemoPage(`/demo/${file}`);
      // (Chromium reports layout shifts; Firefox has no such entries)
      if (!page.win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      expect(await layoutShift(page.win), 'layout shift').to.be.below(0.01);
    });
  }

  it('the classic notice: one button, acknowledged, and no data layer on that page', async () => {
    const page = await openDemoPage('/demo/notice.html');
    const buttons = page.banner.shadowRoot!.querySelectorAll('[part~="banner"] button');
    expect([...buttons].map((b) => b.textContent!.trim())).to.deep.equal(['Accept !']);
    (buttons[0] as HTMLButtonElement).click();
    const record = cookieRecord('cookie_consent', page.doc)!;
    expect([record.mode, record.cause]).to.deep.equal(['notice', 'acknowledge']);
    expect(Date.parse(record.exp) - Date.parse(record.ts)).to.equal(20 * 864e5);
    expect(await sectionText(page, 'record')).to.contain('cause acknowledge').and.contain('mode notice');
    expect(await sectionText(page, 'datalayer')).to.contain('No data layer on this page');
  });

  /** axe's violations on the whole page (axe-core loaded into it), as `rule: [targets]`. */
  async function axeViolations(page: DemoPage): Promise<string[]> {
    type Axe = { run(ctx: Node): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    let axe = (page.win as unknown as { axe?: Axe }).axe;
    if (!axe) {
      const script = page.doc.createElement('script');
      const loaded = new Promise((r) => script.addEventListener('load', r));
      script.src = '/node_modules/axe-core/axe.min.js';
      page.doc.head.append(script);
      await loaded;
      axe = (page.win as unknown as { axe: Axe }).axe;
    }
    return (await axe.run(page.doc)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  it('the article’s preferences: YouTube and Meta Pixel behind Marketing’s disclosure, the category mixed once YouTube is on', async () => {
    const page = await openDemoPage('/demo/article.html');
    const dialog = await openPreferences(page);
    const summary = dialog.querySelector('[part~="services"] summary')!;
    expect(summary.textContent!.trim()).to.equal('2 services');
    summary.closest('details')!.open = true;
    switchOf(dialog, 'youtube').click();
    expect(switchOf(dialog, 'marketing').indeterminate).to.equal(true);
    expect(await axeViolations(page), 'the preferences with services').to.deep.equal([]);
    dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    expect(cookieRecord('cookie_consent', page.doc)!.granted).to.deep.equal(['necessary', 'youtube']);
    await until(() => page.doc.querySelector('iframe[data-consent="youtube"][src]'), 'the video');
  });

  it('the privacy page declares the cookies from the banner’s markup, live, and its button opens the preferences', async () => {
    const page = await openDemoPage('/demo/privacy.html');
    await page.win.customElements.whenDefined('cookie-declaration');
    const declaration = page.doc.querySelector('cookie-declaration')!;
    await until(() => declaration.querySelector('[data-service="youtube"]'), 'the declaration');
    const heads = (level: string) => [...declaration.querySelectorAll(level)].map((h) => h.textContent);
    expect(heads('h3')).to.deep.equal(['Necessary', 'Statistics', 'Marketing']);
    expect(heads('h4')).to.deep.equal(['YouTube', 'Meta Pixel']);
    const state = (id: string) => declaration.querySelector(`[data-category="${id}"] > dl .state, [data-service="${id}"] > dl .state`)!.textContent;
    expect([state('analytics'), state('youtube')]).to.deep.equal(['Not decided yet', 'Not decided yet']);
    expect(declaration.querySelector('.consent-record')!.textContent).to.equal('You have not made a choice yet.');
    expect(await axeViolations(page), 'no decision yet').to.deep.equal([]);
    page.bannerButton('reject-button').click();
    expect([state('analytics'), state('youtube')]).to.deep.equal(['Not allowed', 'Not allowed']);
    expect(declaration.querySelector('.consent-record code')!.textContent).to.equal(cookieRecord('cookie_consent', page.doc)!.id);
    const dialog = await openPreferences(page, declaration.querySelector('button')!);
    switchOf(dialog, 'youtube').click();
    dialog.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    expect([state('marketing'), state('youtube'), state('meta-pixel')]).to.deep.equal(['Not allowed', 'Allowed', 'Not allowed']);
    await page.inspector.updateComplete;
    expect(await axeViolations(page), 'after a decision').to.deep.equal([]);
  });

  it('axe finds nothing on a demo page with the inspector: banner, then after a decision', async () => {
    const page = await openDemoPage('/demo/article.html');
    expect(await axeViolations(page), 'banner showing').to.deep.equal([]);
    page.bannerButton('accept-button').click();
    await until(() => page.doc.querySelector('iframe[src]'), 'the video');
    await page.inspector.updateComplete;
    expect(await axeViolations(page), 'after Accept all').to.deep.equal([]);
  });

  for (const file of ['index.html', 'stats.html', 'privacy.html', 'notice.html']) {
    it(`axe finds nothing on ${file}, banner showing`, async () => {
      const page = await openDemoPage(`/demo/${file}`);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }

  it('the inspector on its own is accessible, collapsible, and lists what it sees', async () => {
    const el = await fixture(html`<div>
      <consent-inspector collapsed></consent-inspector>
      <script type="text/plain" data-consent="analytics" id="tag"></script>
    </div>`);
    const inspector = el.querySelector('consent-inspector')!;
    await inspector.updateComplete;
    const details = inspector.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(inspector.shadowRoot!.querySelector('summary')!.textContent).to.equal('Consent inspector');
    inspector.shadowRoot!.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(inspector.shadowRoot!.getElementById('gated')!.textContent).to.contain('script #tag');
    await expect(inspector).to.be.accessible();
  });
});

describe('demo site, production build (npm run build:demo) as static files under a sub-path', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    closeDemoPages();
    clearStorage();
  });

  it('the built home page shows the banner, records a decision and runs the analytics tag, all from its own folder', async () => {
    const head = await fetch('/dist-demo/demo/index.html');
    expect(head.ok, 'dist-demo/ is built (npm run build:demo)').to.equal(true);
    const page = await openDemoPage('/dist-demo/demo/index.html');
    expect(page.banner.open).to.equal(true);
    expect(await sectionText(page, 'datalayer')).to.contain('default');
    page.bannerButton('accept-button').click();
    await analyticsRan(page);
    expect(cookieRecord('cookie_consent', page.doc)!.cause).to.equal('accept-all');
    expect(await sectionText(page, 'record')).to.contain('cause accept-all');
    const requests = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.some((url) => url.endsWith('/dist-demo/dist/consent-mode.js')), 'the copied bootstrap').to.equal(true);
    expect(foreignRequests(page.win, '/dist-demo/'), 'every file from the built folder').to.deep.equal([]);
    const text = await (await fetch('/dist-demo/demo/index.html')).text();
    expect(text, 'built, not the sources').to.not.contain('src/define.ts');
  });

  it('the built folder carries the drop-in files for the configurator’s snippet', async () => {
    for (const file of [
      'cookie-consent.iife.js', 'cookie-consent.preferences-dialog.iife.js', 'cookie-consent.bundle.js',
      'cookie-consent.preferences-dialog.js', 'consent-mode.js', 'i18n/de.js',
    ]) {
      expect((await fetch(`/dist-demo/dist/${file}`)).ok, file).to.equal(true);
    }
  });
});

/**
 * The page's cumulative layout shift until its next painted frame (Chromium's `layout-shift`
 * entries): `buffered` puts the entries so far in the observer's buffer at once.
 */
async function layoutShift(win: Window & typeof globalThis): Promise<number> {
  await new Promise((painted) => win.requestAnimationFrame(() => win.setTimeout(painted)));
  const observer = new win.PerformanceObserver(() => {});
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords();
  observer.disconnect();
  return entries.reduce((total, entry) => total + (entry as PerformanceEntry & { value: number }).value, 0);
}
