/**
 * `<cookie-service>` in a site's page (docs/reference.md#services-cookie-service): gated markup,
 * placeholders, withdrawal, GPC, other tabs and bad markup, with `<cookie-consent>`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import type { ConsentChangeEvent } from '../../../src/core/consent-change-event.js';
import { whenGranted } from '../../../src/core/consent-hub.js';
import { captureWarnings, clearStorage, closeFrames, cookieRecord, openFrame, rawCookie, sleep, storeRecord, until } from '../../helpers.js';
import { banner, dialog, expectNone, part } from './element-helpers.js';

declare global {
  interface Window {
    __ranHere: string[];
  }
}

const CONFIG = `
  <cookie-category name="analytics" label="Statistics">Counts visits.</cookie-category>
  <cookie-category name="marketing" label="Advertising" cookies="ads_*">
    Shows personalised ads and embedded videos.
    <cookie-service name="youtube" label="YouTube" cookies="VISITOR_INFO1_LIVE YSC">Video embeds.</cookie-service>
    <cookie-service name="meta-pixel" label="Meta Pixel" cookies="_fbp">Measures ad campaigns.</cookie-service>
  </cookie-category>`;

/** A page with gated markup for a category and its services, and the element (`attributes`, `config`). */
async function page(attributes = 'categories="analytics marketing"', config = CONFIG) {
  const root = await fixture<HTMLDivElement>(html`<div .innerHTML=${`
    <script type="text/plain" data-consent="youtube">window.__ranHere.push('youtube')</script>
    <script type="text/plain" data-consent="meta-pixel">window.__ranHere.push('meta-pixel')</script>
    <script type="text/plain" data-consent="marketing">window.__ranHere.push('marketing')</script>
    <iframe data-consent="youtube" data-consent-placeholder data-src="about:blank#youtube" title="A video"></iframe>
    <cookie-consent ${attributes}>${config}</cookie-consent>`}></div>`);
  const el = root.querySelector('cookie-consent')!;
  await el.updateComplete;
  return { root, el };
}

describe('<cookie-consent> with services', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStorage();
    window.__ranHere = [];
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    closeFrames();
    clearStorage();
  });

  it('a service granted on its own runs its gated markup, and nothing else of its category', async () => {
    const { el } = await page();
    el.save(['youtube']);
    await until(() => window.__ranHere.length, 'the service’s script');
    await sleep(50);
    expect(window.__ranHere).to.deep.equal(['youtube']);
    expect([el.isGranted('youtube'), el.isGranted('marketing'), el.isGranted('meta-pixel')]).to.deep.equal([true, false, false]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('granting the category grants its services: all of its markup runs', async () => {
    const { el, root } = await page();
    el.save(['marketing']);
    await until(() => window.__ranHere.length === 3, 'the three scripts');
    expect(window.__ranHere).to.have.members(['youtube', 'meta-pixel', 'marketing']);
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#youtube');
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'marketing', 'youtube', 'meta-pixel']);
  });

  it('the placeholder names the service by its label, and its button grants that service only', async () => {
    const { el, root } = await page();
    const placeholder = root.querySelector('.consent-placeholder')!;
    expect(placeholder.textContent).to.equal('This content is blocked because it uses YouTube cookies. Allow YouTube cookies and load');
    const changed = new Promise<ConsentChangeEvent>((r) => el.addEventListener('consent-change', r as EventListener, { once: true }));
    let youtube = false;
    void whenGranted('youtube').then(() => (youtube = true));
    await sleep(50);
    expect(youtube, 'whenGranted waits').to.equal(false);
    placeholder.querySelector('button')!.click();
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#youtube');
    const { detail } = await changed;
    expect(detail.changed).to.deep.equal(['youtube']);
    expect(detail.consent!.granted).to.deep.equal(['necessary', 'youtube']);
    expect(detail.consent!.denied, 'one answer, not an answer for the others').to.deep.equal([]);
    await sleep(50);
    expect(youtube, 'whenGranted resolved').to.equal(true);
    await until(() => window.__ranHere.includes('youtube'), 'the service’s script');
    expect(window.__ranHere).to.deep.equal(['youtube']);
    await el.updateComplete;
    expect(el.open, 'the banner still asks about the rest').to.equal(true);
  });

  it('withdrawing a service deletes its cookies, and only its', async () => {
    const { el } = await page();
    el.save(['youtube', 'meta-pixel']);
    for (const name of ['VISITOR_INFO1_LIVE', 'YSC', '_fbp', 'ads_id']) document.cookie = `${name}=1; path=/`;
    el.save(['meta-pixel']);
    expect([rawCookie('VISITOR_INFO1_LIVE'), rawCookie('YSC'), rawCookie('_fbp'), rawCookie('ads_id')]).to.deep.equal([undefined, undefined, '1', '1']);
  });

  it('withdrawing the category deletes its cookies and its withdrawn services’, and keeps those of a service still granted', async () => {
    const { el } = await page();
    el.acceptAll();
    for (const name of ['VISITOR_INFO1_LIVE', 'YSC', '_fbp', 'ads_id']) document.cookie = `${name}=1; path=/`;
    el.save(['analytics', 'meta-pixel']);
    expect([rawCookie('VISITOR_INFO1_LIVE'), rawCookie('YSC'), rawCookie('_fbp'), rawCookie('ads_id')]).to.deep.equal([undefined, undefined, '1', undefined]);
    el.rejectAll();
    expect(rawCookie('_fbp')).to.equal(undefined);
  });

  it('a service withdrawn through another element that shares the cookie (where its id is a category): its cookies are deleted too', async () => {
    const { root, el } = await page();
    root.insertAdjacentHTML('beforeend', '<cookie-consent categories="youtube" no-revoke-button><cookie-category name="youtube" label="Videos"></cookie-category></cookie-consent>');
    const other = root.querySelectorAll('cookie-consent')[1] as CookieConsentElement;
    await other.updateComplete;
    el.acceptAll();
    for (const name of ['VISITOR_INFO1_LIVE', 'YSC', '_fbp']) document.cookie = `${name}=1; path=/`;
    // the visitor answers the other element's banner (which asks about the page's gated ids too): videos off
    other.save(['marketing', 'meta-pixel']);
    expect(el.isGranted('youtube')).to.equal(false);
    expect([rawCookie('VISITOR_INFO1_LIVE'), rawCookie('YSC'), rawCookie('_fbp')]).to.deep.equal([undefined, undefined, '1']);
    expect(rawCookie(), 'the consent cookie').to.not.equal(undefined);
  });

  it('a service added since the decision shows the banner again, the earlier choices pre-set', async () => {
    storeRecord({ granted: ['necessary', 'analytics', 'youtube'], denied: ['marketing'] });
    const { el } = await page();
    expect(el.open).to.equal(true);
    expect(banner(el)).to.not.equal(null);
    await until(() => window.__ranHere.includes('youtube'), 'the granted service’s script');
    await el.showPreferences();
    await el.updateComplete;
    const d = dialog(el)!;
    const input = (name: string) => d.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    expect([input('analytics').checked, input('youtube').checked, input('meta-pixel').checked]).to.deep.equal([true, true, false]);
    expect(input('marketing').indeterminate).to.equal(true);
    part(el, 'save-button')!.click();
    expect(cookieRecord()!.denied).to.have.members(['marketing', 'meta-pixel']);
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('a service a framework renders after the element connected: the banner asks again, and a changed label shows', async () => {
    storeRecord({ granted: ['necessary', 'analytics', 'marketing', 'youtube', 'meta-pixel'], denied: [] });
    const { el } = await page();
    expect(el.open, 'everything decided').to.equal(false);
    const marketing = el.querySelector('cookie-category[name="marketing"]')!;
    marketing.insertAdjacentHTML('beforeend', '<cookie-service name="tiktok" label="TikTok">Ads.</cookie-service>');
    await until(() => el.open, 'the banner, asking about the new service');
    await el.showPreferences();
    await el.updateComplete;
    expect(dialog(el)!.querySelector('input[name="tiktok"]'), 'its switch').to.not.equal(null);
    marketing.querySelector('cookie-service[name="tiktok"]')!.setAttribute('label', 'TikTok Pixel');
    await until(() => dialog(el)!.textContent!.includes('TikTok Pixel'), 'the new label');
  });

  it('what changes inside the slotted message and footer updates nothing; a category\u2019s text and a message of the element\u2019s own text do', async () => {
    const { el } = await page(undefined, `${CONFIG}<p slot="footer">Offer ends in <b>60</b> s</p>`);
    expect(el.open, 'the banner').to.equal(true);
    let updates = 0;
    const own = el as unknown as { update(changed: unknown): void };
    const update = own.update;
    own.update = function (changed) {
      updates++;
      update.call(this, changed);
    };
    // a countdown in the footer, as a page animates it
    const footer = el.querySelector('[slot="footer"]')!;
    for (let i = 59; i > 49; i--) {
      footer.querySelector('b')!.textContent = String(i);
      footer.setAttribute('data-left', String(i));
      await sleep(0);
    }
    await el.updateComplete;
    expect(updates, 'updates for the footer').to.equal(0);
    const message = part(el, 'message')!.textContent;
    // the whitespace before the first category, the element's own text, becomes a message
    const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)! as Text;
    text.data = 'Our own message.';
    await until(() => part(el, 'message')!.textContent !== message, 'the built-in message gone for the element\u2019s own');
    await el.showPreferences();
    el.querySelector('cookie-category[name="analytics"]')!.firstChild!.textContent = 'Counts page views.';
    await until(() => dialog(el)!.textContent!.includes('Counts page views.'), 'the new description');
  });

  it('GPC denies a sale-or-share service (and those of a sale-or-share category) on arrival; the record says so', async () => {
    storeRecord({ granted: ['necessary', 'analytics', 'marketing', 'youtube', 'meta-pixel', 'hotjar'], denied: [] });
    const config = `${CONFIG}<cookie-category name="analytics"><cookie-service name="hotjar" label="Hotjar" sale-or-share>Records visits.</cookie-service></cookie-category>`;
    const { el } = await page('categories="analytics marketing" gpc', config.replace('<cookie-category name="analytics" label="Statistics">Counts visits.</cookie-category>', ''));
    const record = el.consent!;
    expect([record.cause, record.gpc]).to.deep.equal(['gpc', true]);
    expect(record.denied).to.have.members(['marketing', 'youtube', 'meta-pixel', 'hotjar']);
    expect([el.isGranted('analytics'), el.isGranted('hotjar'), el.isGranted('youtube')]).to.deep.equal([true, false, false]);
    await sleep(50);
    expect(window.__ranHere).to.deep.equal([]);
    // Accept all does not grant them; the visitor's own grant of one service does
    el.acceptAll();
    expect(el.isGranted('youtube')).to.equal(false);
    el.save(['analytics', 'youtube']);
    expect(el.isGranted('youtube')).to.equal(true);
  });

  it('another tab’s decision about a service reaches this one: consent-change with cause sync, its markup runs', async () => {
    const { el, root } = await page();
    const frame = await openFrame('/test/fixtures/element/other-tab-services.html');
    const other = frame.contentDocument!.querySelector('cookie-consent') as CookieConsentElement;
    await frame.contentWindow!.customElements.whenDefined('cookie-consent');
    await other.ready;
    await sleep(50); // (both listen to other tabs from the task after they read)
    const synced = new Promise<ConsentChangeEvent>((r) => el.addEventListener('consent-change', r as EventListener, { once: true }));
    other.save(['youtube']);
    const { detail } = await synced;
    expect([detail.cause, detail.changed]).to.deep.equal(['sync', ['youtube']]);
    await until(() => root.querySelector('iframe')!.getAttribute('src'), 'the video');
    await until(() => window.__ranHere.includes('youtube'), 'the service’s script');
    expect(window.__ranHere).to.deep.equal(['youtube']);
  });

  describe('bad markup: one warning each, naming the element and the value; the rest works', () => {
    it('a service outside a category, an empty name, a name taken by a category or another service, necessary, a script URL', async () => {
      const { el } = await page(
        'categories="analytics marketing"',
        `${CONFIG}
        <cookie-service name="stray" label="Stray">Not in a category.</cookie-service>
        <cookie-category name="video">
          Video platforms.<!-- a note for the site's editors -->
          <cookie-service name="">No name.</cookie-service>
          <cookie-service name="necessary">Named like the category that is always on.</cookie-service>
          <cookie-service name="analytics">Named like a category.</cookie-service>
          <cookie-service name="youtube">Named like another service.</cookie-service>
          <cookie-service name="vimeo" label="Vimeo" policy-href=" javascript:alert(1)">Videos.</cookie-service>
        </cookie-category>
        <cookie-category name="youtube">A category named like a service.</cookie-category>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      await el.showPreferences();
      await el.updateComplete;
      expect(warnings.messages).to.have.members([
        '<cookie-consent>: <cookie-service name=""> has no name; it is ignored.',
        '<cookie-consent>: <cookie-service name="necessary"> cannot be a service: necessary is a category; it is ignored.',
        '<cookie-consent>: <cookie-service name="analytics"> has the name of another category or service; it is ignored.',
        '<cookie-consent>: <cookie-service name="youtube"> has the name of another category or service; it is ignored.',
        '<cookie-consent>: <cookie-service name="vimeo"> policy-href="javascript:alert(1)" is not valid; using no link.',
        '<cookie-consent>: <cookie-category name="youtube"> has the name of another category or service; it is ignored.',
        '<cookie-consent>: <cookie-service name="stray"> is not inside a <cookie-category>; it is ignored.',
      ]);
      expect(warnings.messages).to.have.length(7);
      const d = dialog(el)!;
      const names = [...d.querySelectorAll<HTMLInputElement>('input')].map((i) => i.name);
      expect(names).to.deep.equal(['necessary', 'analytics', 'marketing', 'youtube', 'meta-pixel', 'video', 'vimeo']);
      // a comment is markup, not a description
      const video = d.querySelector('input[name="video"]')!.closest('li')!.textContent!.replace(/\s+/g, ' ');
      expect(video).to.contain('Video platforms.');
      expect(video).not.to.contain('a note');
      expectNone(d.querySelector('input[name="vimeo"]')!.closest('li')!.querySelector('a'));
      // the stray one is no banner text either: the built-in message stays, and it is not shown
      expect(part(el, 'message')!.textContent).to.contain('We use cookies that this site needs to work.');
      expect(getComputedStyle(el.querySelector('cookie-service[name="stray"]')!).display).to.equal('none');
      el.save(['youtube']);
      expect(el.isGranted('youtube')).to.equal(true);
    });

    it("what a framework's template writes: camelCase attributes (lowercased, read by nothing) and \"false\" for a flag (present: on)", async () => {
      const { el } = await page(
        'categories="analytics"',
        `<cookie-category name="partners" saleOrShare consentMode="ad_storage">Partners.
          <cookie-service name="crm" policyHref="https://crm.example/privacy" sale-or-share="false">A CRM.</cookie-service>
        </cookie-category>
        <cookie-category name="support" required="false">Support chat.</cookie-category>`,
      );
      await el.updateComplete;
      expect(warnings.messages).to.have.members([
        '<cookie-consent>: <cookie-category name="partners"> has saleorshare, which nothing reads: write sale-or-share.',
        '<cookie-consent>: <cookie-category name="partners"> has consentmode, which nothing reads: write consent-mode.',
        '<cookie-consent>: <cookie-service name="crm"> has policyhref, which nothing reads: write policy-href.',
        '<cookie-consent>: <cookie-service name="crm"> sale-or-share="false" turns it on, as any value does: leave it out to turn it off.',
        '<cookie-consent>: <cookie-category name="support"> required="false" turns it on, as any value does: leave it out to turn it off.',
      ]);
      expect(warnings.messages).to.have.length(5);
      // as HTML reads them
      expect(el.isGranted('support'), 'required').to.equal(true);
    });
  });
});
