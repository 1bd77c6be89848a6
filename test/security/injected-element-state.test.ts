/**
 * A `<cookie-consent>` slipped into a page's markup (a comment; no script, no nonce), as the
 * site's own element lives on: made again for a new configuration, moved, sharing the site's
 * cookie, sending Global Privacy Control, naming the site's categories. It can keep more blocked;
 * it never lets the site's gated markup run, never erases the visitor's decision or grants in it
 * what the visitor did not, never starts a write storm, and never renames what a placeholder asks
 * for.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, earlierRecord, sleep, until } from '../helpers.js';
import { openInjectedPage } from './injected-page.js';

const openPage = openInjectedPage;

const click = (el: CookieConsentElement, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
const storeEarlier = (overrides: Parameters<typeof earlierRecord>[0]) =>
  (document.cookie = `cookie_consent=${encodeURIComponent(JSON.stringify(earlierRecord(overrides)))}; path=/`);
const OPT_OUT = '<cookie-consent mode="opt-out" cookie-name="x" hidden></cookie-consent>';
const LOCKS_ON = '<cookie-category name="analytics" required></cookie-category><cookie-category name="marketing" required></cookie-category>';

describe('a <cookie-consent> slipped into the page, as the site’s element lives on', function () {
  this.timeout(20000);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('the site’s element makes a new store (an embed of a new id) and the visitor rejects: nothing runs', async () => {
    const { win, site, doc } = await openPage({ inj: OPT_OUT });
    const embed = doc.createElement('iframe');
    embed.dataset.consent = 'youtube';
    embed.dataset.src = 'about:blank';
    doc.querySelector('main')!.append(embed);
    await sleep(100);
    click(site, 'reject-button');
    await sleep(200);
    expect(win.ran).to.deep.equal([]);
  });

  it('comments loaded later with it and a gated id of their own, then Reject all: nothing runs', async () => {
    const { win, site, doc } = await openPage({});
    doc.querySelector('.comment')!.innerHTML = `${OPT_OUT}<script type="text/plain" data-consent="zzz"></script>`;
    await sleep(100);
    click(site, 'reject-button');
    await sleep(200);
    expect(win.ran).to.deep.equal([]);
  });

  it('the site moves its own element: nothing runs', async () => {
    const { win, site, doc } = await openPage({ inj: OPT_OUT });
    doc.body.append(site);
    await sleep(200);
    expect(win.ran).to.deep.equal([]);
  });

  it('sharing the site’s cookie, marking categories required: a placeholder’s grant stores only what it asked for', async () => {
    const inj = `<cookie-consent>${LOCKS_ON}</cookie-consent><iframe data-consent="functional" data-consent-placeholder data-src="about:blank"></iframe>`;
    const { win, site, doc } = await openPage({ inj });
    doc.querySelector<HTMLButtonElement>('.consent-placeholder button')!.click();
    await sleep(200);
    expect(cookieRecord('cookie_consent', doc)!.granted).to.deep.equal(['necessary', 'functional']);
    expect(site.isGranted('marketing')).to.equal(false);
    expect(win.ran).to.deep.equal(['site functional']);
  });

  for (const [what, inj] of [
    ['another revision', '<cookie-consent gpc mode="opt-out" revision="x"></cookie-consent>'],
    ['a shorter lifetime', '<cookie-consent gpc mode="opt-out" days="0.5"></cookie-consent>'],
  ]) {
    it(`with GPC and ${what}, on an opt-out site: the visitor’s opt-out stays, untouched`, async () => {
      storeEarlier({ mode: 'opt-out', granted: ['necessary'], denied: ['analytics', 'marketing', 'functional'], cause: 'reject-all' });
      const before = document.cookie;
      const { win, doc } = await openPage({ site: 'mode="opt-out"', inj });
      expect(win.ran).to.deep.equal([]);
      expect(cookieRecord('cookie_consent', doc)!.cause).to.equal('reject-all');
      expect(document.cookie).to.equal(before);
    });
  }

  it('with GPC, locking on the site’s categories, on an opt-out site: the visitor’s opt-out stays', async () => {
    storeEarlier({ mode: 'opt-out', granted: ['necessary'], denied: ['analytics', 'marketing', 'functional'], cause: 'reject-all' });
    const inj = `<cookie-consent gpc hidden>${LOCKS_ON}<cookie-category name="zzz" sale-or-share></cookie-category></cookie-consent>`;
    const { win, site, doc } = await openPage({ site: 'mode="opt-out"', inj });
    expect(cookieRecord('cookie_consent', doc)!.denied).to.include.members(['analytics', 'marketing']);
    expect(site.isGranted('analytics')).to.equal(false);
    expect(win.ran).to.deep.equal([]);
  });

  it('sharing the cookie under GPC, each locking on what the other lets GPC deny: the writes settle', async () => {
    const inj = '<cookie-consent gpc hidden><cookie-category name="security" sale-or-share></cookie-category><cookie-category name="marketing" required></cookie-category></cookie-consent>';
    const { site } = await openPage({ site: 'gpc', children: '<cookie-category name="security" required></cookie-category>', inj });
    let changes = 0;
    site.addEventListener('consent-change', () => changes++);
    await sleep(500);
    expect(changes).to.be.below(3);
  });

  it('with GPC and another revision, on a page with GPC: no decision goes back and forth', async () => {
    const { site } = await openPage({ site: 'gpc', inj: '<cookie-consent gpc revision="x"></cookie-consent>' });
    let changes = 0;
    site.addEventListener('consent-change', () => changes++);
    await sleep(500);
    expect(changes).to.equal(0);
  });

  it('with GPC and another revision: the visitor’s Accept all sticks', async () => {
    const { site } = await openPage({ inj: '<cookie-consent gpc revision="x"></cookie-consent>' });
    click(site, 'accept-button');
    await sleep(300);
    expect(site.consent?.cause).to.equal('accept-all');
    expect(site.open).to.equal(false);
  });

  it('with GPC, another revision and a log endpoint: nothing is sent on a page view', async () => {
    await fetch('/beacon'); // (empties the log)
    storeEarlier({ granted: ['necessary', 'analytics'], denied: ['marketing', 'functional'] });
    await openPage({ inj: '<cookie-consent gpc revision="x" log-endpoint="/beacon" hidden></cookie-consent>' });
    await sleep(300);
    expect(await (await fetch('/beacon')).json()).to.deep.equal([]);
  });

  for (const order of ['after', 'before'] as const) {
    it(`naming the site’s category otherwise (${order} the site’s element): the placeholder names it by its id`, async () => {
      const inj = '<cookie-consent cookie-name="x" lang="fr"><cookie-category name="marketing" label="strictly necessary (no tracking)"></cookie-category></cookie-consent>';
      const { doc } = await openPage({ inj, order, ph: '1' });
      await until(() => doc.querySelector<HTMLElement>('.consent-placeholder')?.lang === 'fr', 'the placeholder drawn in the last language');
      const text = doc.querySelector('.consent-placeholder')!.textContent!;
      expect(text).to.not.include('no tracking');
      expect(text).to.include('marketing');
    });
  }
});
