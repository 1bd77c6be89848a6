/**
 * `<cookie-declaration>` (docs/declaration.md): what the privacy page shows of the banner's
 * configuration and of the visitor's choice, kept up to date, in the banner's language.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/declaration.js';
import type { CookieConsentElement } from '../../../src/components/cookie-consent/cookie-consent.js';
import type { CookieDeclarationElement } from '../../../src/components/cookie-declaration/cookie-declaration.js';
import ar from '../../../src/i18n/ar.js';
import { captureWarnings, clearStorage, sleep, storeRecord, until } from '../../helpers.js';
import { banner, dialog, expectFocusOn, expectNone } from '../cookie-consent/element-helpers.js';

const CONFIG = `
  <cookie-category name="analytics" label="Statistics" cookies="_ga _ga_*">Counts visits.</cookie-category>
  <cookie-category name="marketing" label="Advertising">
    Shows personalised ads and embedded videos.
    <cookie-service name="youtube" label="YouTube" cookies="VISITOR_INFO1_LIVE YSC" policy-href="https://policies.example/privacy">Video embeds on our articles.</cookie-service>
    <cookie-service name="meta-pixel" label="Meta Pixel" cookies="_fbp" sale-or-share>Measures ad campaigns.</cookie-service>
  </cookie-category>`;

/** A privacy page: `declaration` (markup) and `<cookie-consent attributes>` with the site's configuration. */
async function privacyPage(declaration = '<cookie-declaration></cookie-declaration>', attributes = 'categories="analytics marketing"') {
  const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<h1>Privacy</h1>${declaration}<cookie-consent ${attributes}>${CONFIG}</cookie-consent>`}></div>`);
  const consent = page.querySelector('cookie-consent')!;
  const declaration_ = page.querySelector('cookie-declaration')!;
  await consent.ready;
  await consent.updateComplete;
  await until(() => declaration_.querySelector('.cookie-declaration'), 'the declaration');
  return { page, consent, declaration: declaration_ };
}

const text = (el: Element | null | undefined) => el?.textContent!.replace(/\s+/g, ' ').trim();
/** The stated choice about each category and service, by id. */
const choices = (d: Element) =>
  Object.fromEntries([...d.querySelectorAll<HTMLElement>('[data-category], [data-service]')].map((s) => [s.dataset.category ?? s.dataset.service, text(s.querySelector(':scope > dl .state'))]));

/** The choices stated before any decision. */
const undecided = { necessary: 'Always allowed', analytics: 'Not decided yet', marketing: 'Not decided yet', youtube: 'Not decided yet', 'meta-pixel': 'Not decided yet' };

describe('<cookie-declaration>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStorage();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clearStorage();
  });

  it('declares each category and service: heading, description, cookies, policy, choice; no decision yet', async () => {
    const { declaration } = await privacyPage('<cookie-declaration><p>Our list of cookies needs JavaScript.</p></cookie-declaration>');
    expect(declaration.shadowRoot, 'page content, styled by the page').to.equal(null);
    expect(declaration.textContent, 'what it held is replaced').to.not.contain('needs JavaScript');
    const root = declaration.querySelector('.cookie-declaration')!;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect([...declaration.querySelectorAll('h2')].map(text)).to.deep.equal(['Necessary', 'Statistics', 'Advertising']);
    expect([...declaration.querySelectorAll('h3')].map(text)).to.deep.equal(['YouTube', 'Meta Pixel']);
    const marketing = declaration.querySelector('[data-category="marketing"]')!;
    expect(text(marketing.querySelector(':scope > .description'))).to.equal('Shows personalised ads and embedded videos.');
    const youtube = declaration.querySelector('[data-service="youtube"]')!;
    expect(youtube.parentElement).to.equal(marketing);
    expect(text(youtube.querySelector('.description'))).to.equal('Video embeds on our articles.');
    expect([...youtube.querySelectorAll('dt')].map(text)).to.deep.equal(['Your choice', 'Cookies used']);
    expect(text(youtube.querySelector('.cookies'))).to.equal('VISITOR_INFO1_LIVE, YSC');
    expect([...youtube.querySelectorAll('.cookies code')].map(text)).to.deep.equal(['VISITOR_INFO1_LIVE', 'YSC']);
    const policy = youtube.querySelector<HTMLAnchorElement>('.policy a')!;
    expect([text(policy), policy.getAttribute('href')]).to.deep.equal(['YouTube privacy policy', 'https://policies.example/privacy']);
    expect(text(declaration.querySelector('[data-category="necessary"] .cookies')), 'the consent cookie is a necessary one').to.equal('cookie_consent');
    expect(choices(declaration)).to.deep.equal(undecided);
    expect(text(declaration.querySelector('.consent-record'))).to.equal('You have not made a choice yet.');
    expect(text(declaration.querySelector('button'))).to.equal('Cookie settings');
    expect(warnings.messages).to.deep.equal([]);
    await expect(declaration).to.be.accessible();
  });

  it('keeps the choices and the stored decision up to date on every consent-change', async () => {
    const { consent, declaration } = await privacyPage();
    expect(choices(declaration), 'before the save').to.deep.equal(undecided);
    expect(text(declaration.querySelector('.consent-record')), 'before the save').to.equal('You have not made a choice yet.');
    consent.save(['youtube', 'analytics']);
    expect(choices(declaration), 'after the save').to.deep.equal({
      necessary: 'Always allowed',
      analytics: 'Allowed',
      marketing: 'Not allowed',
      youtube: 'Allowed',
      'meta-pixel': 'Not allowed',
    });
    expect(declaration.querySelector('[data-service="youtube"] .state')!.getAttribute('data-state')).to.equal('granted');
    const record = consent.consent!;
    const [id, date] = [...declaration.querySelectorAll('.consent-record dd')];
    expect(text(id)).to.equal(record.id);
    expect(date!.querySelector('time')!.getAttribute('datetime')).to.equal(record.ts);
    expect(text(date)).to.contain(String(new Date(record.ts).getFullYear()));
    expect([...declaration.querySelectorAll('.consent-record dt')].map(text)).to.deep.equal(['Your consent ID', 'Date of your choice']);
    consent.acceptAll();
    expect(Object.values(choices(declaration)).slice(1)).to.deep.equal(['Allowed', 'Allowed', 'Allowed', 'Allowed']);
    consent.reset();
    expect(choices(declaration), 'after the reset').to.deep.equal(undecided);
    expect(text(declaration.querySelector('.consent-record'))).to.equal('You have not made a choice yet.');
    await expect(declaration).to.be.accessible();
  });

  it('a returning visitor: no banner on the page, the stored choice and decision declared', async () => {
    const stored = storeRecord({ granted: ['necessary', 'analytics', 'youtube'], denied: ['marketing', 'meta-pixel'] });
    const { consent, declaration } = await privacyPage();
    expect(consent.open).to.equal(false);
    expectNone(banner(consent), 'banner rendered');
    expect(choices(declaration)).to.deep.include({ analytics: 'Allowed', marketing: 'Not allowed', youtube: 'Allowed', 'meta-pixel': 'Not allowed' });
    expect(text(declaration.querySelector('.consent-record code'))).to.equal(stored.id);
  });

  it('a service added since the decision is not decided yet (the banner asks again)', async () => {
    storeRecord({ granted: ['necessary', 'analytics', 'youtube'], denied: ['marketing'] });
    const { consent, declaration } = await privacyPage();
    expect(consent.open).to.equal(true);
    expect(choices(declaration)).to.deep.include({ analytics: 'Allowed', marketing: 'Not allowed', youtube: 'Allowed', 'meta-pixel': 'Not decided yet' });
  });

  it('opt-out: allowed until the visitor opts out', async () => {
    const { declaration } = await privacyPage(undefined, 'mode="opt-out" ignore-gpc categories="analytics marketing"');
    expect(Object.values(choices(declaration)).slice(1)).to.deep.equal(['Allowed', 'Allowed', 'Allowed', 'Allowed']);
  });

  it('its button opens the preferences; focus comes back to it', async () => {
    const { consent, declaration } = await privacyPage();
    const button = declaration.querySelector('button')!;
    button.focus();
    const shown = oneEvent(consent, 'consent-show');
    button.click();
    expect((await shown).detail.view).to.equal('preferences');
    await until(() => dialog(consent)?.open, 'the dialog');
    const hidden = oneEvent(consent, 'consent-hide');
    await sendKeys({ press: 'Escape' });
    await hidden;
    await consent.updateComplete;
    expectFocusOn(button);
  });

  it('heading-level sets the categories’ headings, the services’ one below; a bad one is 2, with one warning', async () => {
    let { declaration } = await privacyPage('<cookie-declaration heading-level="3"></cookie-declaration>');
    expect(declaration.querySelectorAll('h3').length).to.equal(3);
    expect(declaration.querySelectorAll('h4').length).to.equal(2);
    (declaration as CookieDeclarationElement).headingLevel = 6;
    expect(declaration.querySelectorAll('h6').length, 'no level below 6').to.equal(5);
    declaration.parentElement!.remove();
    ({ declaration } = await privacyPage('<cookie-declaration heading-level="9"></cookie-declaration>'));
    expect(declaration.querySelectorAll('h2').length).to.equal(3);
    expect(warnings.messages).to.deep.equal(['<cookie-consent>: <cookie-declaration heading-level="9"> is not a level from 1 to 6; using 2.']);
  });

  it('for="id" names the <cookie-consent>; naming none, one warning and the first one', async () => {
    const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`
      <cookie-consent categories="analytics"></cookie-consent>
      <cookie-consent id="shop" cookie-name="shop_consent" categories="functional"></cookie-consent>
      <cookie-declaration for="shop"></cookie-declaration>
      <cookie-declaration for="nothing"></cookie-declaration>`}></div>`);
    const [named, wrong] = [...page.querySelectorAll('cookie-declaration')];
    await until(() => named!.querySelector('h2') && wrong!.querySelector('h2'), 'both declarations');
    expect([...named!.querySelectorAll('h2')].map(text)).to.deep.equal(['Necessary', 'Functional']);
    expect(text(named!.querySelector('[data-category="necessary"] .cookies'))).to.equal('shop_consent');
    expect([...wrong!.querySelectorAll('h2')].map(text)).to.deep.equal(['Necessary', 'Analytics']);
    expect([choices(named!).functional, choices(wrong!).analytics], 'before the decision').to.deep.equal(['Not decided yet', 'Not decided yet']);
    (page.querySelector('#shop') as CookieConsentElement).acceptAll();
    expect(choices(named!).functional).to.equal('Allowed');
    expect(choices(wrong!).analytics).to.equal('Not decided yet');
    expect(warnings.messages).to.deep.equal([
      '<cookie-consent>: <cookie-declaration for="nothing">: no <cookie-consent id="nothing"> on the page; using the first <cookie-consent>.',
    ]);
  });

  it('with no <cookie-consent> on the page: one warning, and what it held stays', async () => {
    const el = await fixture(html`<cookie-declaration><p>Cookies we use: none.</p></cookie-declaration>`);
    expect(text(el)).to.equal('Cookies we use: none.');
    expect(warnings.messages).to.deep.equal(['<cookie-consent>: <cookie-declaration>: there is no <cookie-consent> on the page to declare.']);
  });

  for (const [where, forId] of [['in the <cookie-consent>', 'site'], ['in one of its <cookie-category> elements', '']] as const) {
    it(`${where} it would declare: one warning, and nothing shown (not a render after each render)`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-consent id="site" hidden categories="analytics">
        <cookie-category name="analytics" label="Statistics">Counts visits.</cookie-category></cookie-consent>`}></div>`);
      const consent = page.querySelector('cookie-consent')!;
      const declaration = document.createElement('cookie-declaration');
      if (forId) declaration.setAttribute('for', forId);
      let renders = 0;
      // (were it to render for good, the page would freeze: the spy takes it out after 20)
      declaration.replaceChildren = function (...nodes: (Node | string)[]) {
        if (++renders >= 20) queueMicrotask(() => this.remove());
        Element.prototype.replaceChildren.apply(this, nodes);
      };
      (forId ? consent : consent.querySelector('cookie-category')!).append(declaration);
      await sleep(100);
      expect(renders, 'renders').to.equal(0);
      expect(declaration.isConnected).to.equal(true);
      expect(warnings.messages).to.deep.equal(['<cookie-consent>: <cookie-declaration> is inside the <cookie-consent> it would declare; it shows nothing there.']);
    });
  }

  it('two declarations, each inside the <cookie-consent> the other declares: each renders once', async () => {
    const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`
      <cookie-consent id="one" hidden categories="analytics"></cookie-consent>
      <cookie-consent id="two" hidden categories="marketing" cookie-name="other"></cookie-consent>`}></div>`);
    const [one, two] = page.querySelectorAll('cookie-consent');
    const counted = (id: string) => {
      const declaration = Object.assign(document.createElement('cookie-declaration'), { renders: 0 });
      declaration.setAttribute('for', id);
      // (were they to render for good, the page would freeze: the spy takes one out after 20)
      declaration.replaceChildren = function (...nodes: (Node | string)[]) {
        if (++declaration.renders >= 20) queueMicrotask(() => this.remove());
        Element.prototype.replaceChildren.apply(this, nodes);
      };
      return declaration;
    };
    const [a, b] = [counted('one'), counted('two')];
    two!.append(a);
    one!.append(b);
    await sleep(200);
    expect(a.renders + b.renders, 'renders').to.be.at.most(4);
    expect(a.isConnected && b.isConnected).to.equal(true);
  });

  it('hostile text in the configuration is text; a script URL is no link', async () => {
    const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-declaration></cookie-declaration><cookie-consent>
      <cookie-category name="x" label="&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;
        <cookie-service name="evil" label="&lt;b&gt;Evil&lt;/b&gt;" cookies="&lt;i&gt;" policy-href="javascript:alert(1)">&lt;a href=x&gt;x&lt;/a&gt;</cookie-service>
      </cookie-category></cookie-consent>`}></div>`);
    const declaration = page.querySelector('cookie-declaration')!;
    await until(() => declaration.querySelector('h3'), 'the declaration');
    expect(declaration.querySelectorAll('img, script, b, i, a').length).to.equal(0);
    expect(text(declaration.querySelector('[data-category="x"] h2'))).to.equal('<img src=x onerror=alert(1)>');
    expect(text(declaration.querySelector('[data-service="evil"] h3'))).to.equal('<b>Evil</b>');
    expect(text(declaration.querySelector('[data-service="evil"] .cookies'))).to.equal('<i>');
  });

  it("a label's $& and $` stay as written in its policy link's text", async () => {
    const page = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<cookie-declaration></cookie-declaration><cookie-consent>
      <cookie-category name="x"><cookie-service name="odd" label="A$&amp;B$\`C" policy-href="https://policies.example/odd">Odd.</cookie-service></cookie-category>
    </cookie-consent>`}></div>`);
    const declaration = page.querySelector('cookie-declaration')!;
    const link = await until(() => declaration.querySelector('[data-service="odd"] a'), 'the declaration');
    expect(text(link)).to.equal('A$&B$`C privacy policy');
  });

  it('right to left: in Arabic with the banner, live, axe-clean', async () => {
    const { consent, declaration } = await privacyPage(undefined, 'lang="ar" categories="analytics marketing"');
    await until(() => declaration.querySelector('.cookie-declaration[lang="ar"]'), 'the Arabic declaration');
    const root = declaration.querySelector<HTMLElement>('.cookie-declaration')!;
    expect(root.dir).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text(declaration.querySelector('[data-category="necessary"] h2'))).to.equal(ar.categories.necessary[0]);
    expect(text(declaration.querySelector('button'))).to.equal(ar.settings);
    expect(text(declaration.querySelector('.consent-record'))).to.equal(ar.noDecision);
    expect(text(declaration.querySelector('[data-service="youtube"] .policy a'))).to.equal('سياسة خصوصية YouTube');
    expect(choices(declaration).youtube).to.equal(ar.stateUndecided);
    consent.save(['youtube']);
    expect(choices(declaration)).to.deep.include({ youtube: ar.stateGranted, marketing: ar.stateDenied, necessary: ar.stateAlways });
    expect([...declaration.querySelectorAll('.consent-record dt')].map(text)).to.deep.equal([ar.consentId, ar.consentDate]);
    await expect(declaration).to.be.accessible();
  });

  it('follows a change of the configuration: the banner’s language, a service added', async () => {
    const { consent, declaration } = await privacyPage();
    const button = declaration.querySelector('button')!;
    button.focus();
    consent.setAttribute('lang', 'fr');
    await until(() => declaration.querySelector('.cookie-declaration[lang="fr"]'), 'the French declaration');
    expect(declaration.querySelector('button') === button, 'the same button').to.equal(true);
    expect(document.activeElement === button, 'focus stays on it').to.equal(true);
    const vimeo = Object.assign(document.createElement('cookie-service'), { textContent: 'Videos.' });
    vimeo.setAttribute('name', 'vimeo');
    consent.querySelector('cookie-category[name="marketing"]')!.append(vimeo);
    await until(() => declaration.querySelector('[data-service="vimeo"]'), 'the new service');
  });

  it('its own lang wins over the banner’s', async () => {
    const { declaration } = await privacyPage('<cookie-declaration lang="de"></cookie-declaration>');
    await until(() => declaration.querySelector('.cookie-declaration[lang="de"]'), 'the German declaration');
    expect(text(declaration.querySelector('[data-category="necessary"] h2'))).to.equal('Notwendig');
  });
});
